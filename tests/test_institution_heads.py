"""An institution named with no country takes the sector its name's head gives, alone, where nothing else codes it
(round 51, actsector51; data/institution_heads.tsv: Phoenix's agents dictionary's university, college, school EDU),
and a town's or county's municipal court its JUD (data/local_public_posts.tsv). Made-up sentences and names, and the
look-alikes that keep their old codes: a body whose head is not such a noun ("<name> Institute at <name> University"),
a body of electors named "college", a name with a country in it (its country's code, as before)."""
import pytest

from newsledger.resolve import actor_codes
from tests.actor_helpers import actor_code as _code


@pytest.mark.parametrize("name, sector", [
    ("Millbrook State University", "EDU"), ("University of Oakton", "EDU"), ("Harlow Community College", "EDU"),
    ("the Oakton Law School", "EDU"), ("Marsh Valley High School", "EDU"), ("Oakton State University's", "EDU"),
    ("Millbrook University Graduate School of Nursing", "EDU"),
    # the head is the word before a postmodifier: an institute at a university is no university
    ("Fenwick Institute for Policy at Millbrook State University", None),
    ("Oakton Academy of Music", None), ("Millbrook Hospital", None),
    # bodies named "college" that are no school
    ("Electoral College", None), ("the College of Cardinals", None),
    # a country in the name: left to the country's code
    ("Canadian University of Oakton", None),
    # a name cut before its end
    ("University of", None), ("University of the", None),
])
def test_the_head_gives_the_sector(name, sector):
    assert actor_codes.institution_sector(name) == sector


def test_a_university_named_without_a_country_is_edu():
    text = "Officials at Millbrook State University said on Friday that tuition would rise by four percent."
    assert _code(text, "Millbrook State University") == "EDU"


def test_its_president_named_by_a_post_in_it_takes_its_code():
    from newsledger.model import Article
    from newsledger.pipeline import extract_record
    text = ("Millbrook State University President Dana Oakes, who earns about $200,000 a year, said Friday she would "
            "give up her raise.")
    rec = extract_record(Article(text=text, published="2019-03-01"))
    body = next(a for a in rec.actors if a.name == "Millbrook State University")
    person = next(a for a in rec.actors if a.name == "Dana Oakes")
    assert (body.code, body.code_source) == ("EDU", actor_codes.INSTITUTION)
    assert person.affiliation == body.id and person.code == "EDU"


def test_the_sector_alone_is_hidden_from_the_event_coder():
    from newsledger.model import Article
    from newsledger.pipeline import extract_record
    rec = extract_record(Article(text="Harlow Community College closed its campus on Tuesday after the storm.",
                                 published="2019-03-01"))
    body = next(a for a in rec.actors if a.name == "Harlow Community College")
    assert (body.code, body.code_source) == ("EDU", actor_codes.INSTITUTION)
    assert actor_codes.named_view(body).code is None


def test_a_municipal_court_is_a_local_court():
    assert actor_codes.local_post_sector("Marsh County Municipal Court", "organization") == "JUD"
    # a state's own courts are no local body: no bare sector
    assert actor_codes.local_post_sector("Supreme Court", "organization") is None
    assert actor_codes.local_post_sector("District Court", "organization") is None


def test_a_judge_of_a_municipal_court_takes_its_sector():
    from newsledger.model import Article
    from newsledger.pipeline import extract_record
    text = ("In Fenwick, Judge Carla Mendez, of Marsh County Municipal Court, says the court has just enough money "
            "to pay for hearings.")
    rec = extract_record(Article(text=text, published="2019-03-01"))
    court = next(a for a in rec.actors if a.name == "Marsh County Municipal Court")
    assert court.code == "JUD"
    judge = next(a for a in rec.actors if a.name == "Carla Mendez")
    assert judge.code == "JUD"


@pytest.mark.parametrize("role, code", [
    (None, "EDU"),  # "<name> University President X": the premodifying title leaves no role
    ("professor of history", "EDU"),
    ("former dean", None),  # a post left: not its serving staff
    ("Gov.", "GOV"),  # a local public post of his own: his post's sector, not the institution's
])
def test_who_takes_the_institution_s_sector(role, code):
    from newsledger.model import Actor
    body = Actor(id="a1", name="Millbrook State University", kind="organization")
    person = Actor(id="a2", name="Dana Oakes", kind="person", role=role, affiliation="a1")
    actor_codes.assign([body, person], "2019-03-01")
    assert (body.code, body.code_source) == ("EDU", actor_codes.INSTITUTION)
    assert person.code == code
