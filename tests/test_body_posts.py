"""A person whose title names a post in a local public body by the body's head noun ("commission Chairman X", "X, 58,
council member", "chairman of the commission") takes the code of that body where the same article names it and
data/local_public_posts.tsv codes it (round 51, actpost51: actor_codes.body_post_code, data/body_post_nouns.tsv; an
age set off by commas between the name and the title is skipped, actors._age_apposition). Made-up sentences, and the
look-alikes that keep no code: a body the article does not name, a private body's post, a candidate for the body, a
former member."""
import pytest

from newsledger.model import Actor
from newsledger.resolve import actor_codes
from tests.actor_helpers import actor_code as _code

COMMISSION = "The Harbor Town Planning Commission met on Tuesday to review the new marina rules. "


@pytest.mark.parametrize("text, name", [
    (COMMISSION + "Commission Chairman Walter Brisby said the rules would be ready in May.", "Walter Brisby"),
    (COMMISSION + "Greta Halloway, 58, commission member, said the hearing was too short.", "Greta Halloway"),
    (COMMISSION + "Greta Halloway, a commission member, said the hearing was too short.", "Greta Halloway"),
    (COMMISSION + "Walter Brisby, chairman of the commission, said the rules were late.", "Walter Brisby"),
    ("The Millbrook City Council voted against the plan. Nora Quill, the council president, said the vote was final.",
     "Nora Quill"),
])
def test_a_post_in_a_named_local_body_takes_its_code(text, name):
    assert _code(text, name) == "GOV"


@pytest.mark.parametrize("text, name", [
    # the article names no commission the table codes
    ("Commission Chairman Walter Brisby said the rules would be ready in May.", "Walter Brisby"),
    # a firm's board is no public body: no table row codes it
    ("Dunmore Freight said on Monday its board would meet. Board Chairman Walter Brisby said profits rose.",
     "Walter Brisby"),
    # a candidate for the council, and a former member, hold no post in it
    ("The Millbrook City Council voted against the plan. Council candidate Nora Quill said the vote was wrong.",
     "Nora Quill"),
    (COMMISSION + "Former commission member Greta Halloway said the hearing was too short.", "Greta Halloway"),
])
def test_no_code_where_the_post_is_no_post_in_a_named_local_body(text, name):
    assert _code(text, name) is None


def test_after_an_age_only_a_title_is_read():
    """"X, 27, a Danish convert to Islam": no title, so nothing is read from the apposition (no affiliation to the
    faith's name), as before ages were skipped."""
    from newsledger.model import Article
    from newsledger.pipeline import extract_record
    rec = extract_record(Article(text="She married Anders Kvist, 27, a Danish convert to Islam, a week after she "
                                      "arrived in Raqqa.", published="2019-03-01"))
    person = next(a for a in rec.actors if a.name == "Anders Kvist")
    assert (person.role, person.affiliation) == (None, None)


def test_a_conjunct_with_another_name_is_no_part_of_the_title():
    from newsledger.model import Article
    from newsledger.pipeline import extract_record
    rec = extract_record(Article(text=COMMISSION + "Greta Halloway, 58, commission member, and commission Chairman "
                                      "Walter Brisby, 46, both have filed for the seat.", published="2019-03-01"))
    person = next(a for a in rec.actors if a.name == "Greta Halloway")
    assert person.role == "commission member"


def _body(name: str, code: str, source: str) -> Actor:
    return Actor(id=name, name=name, kind="organization", code=code, code_source=source)


@pytest.mark.parametrize("role, code", [
    ("commission Chairman", "GOV"), ("council member", "GOV"), ("city council member in Oakton", "GOV"),
    ("chairman of the planning commission", "GOV"), ("council's president", "GOV"),
    ("commission vice chairman", "GOV"), ("police spokesman", "COP"),
    ("council candidate", None), ("former council member", None), ("commission expert", None),
    ("board chairman", None), ("chairman", None),
])
def test_the_title_words_that_name_the_body(role, code):
    bodies = [_body("Oakton Planning Commission", "GOV", actor_codes.LOCAL_POST),
              _body("Oakton City Council", "GOV", actor_codes.LOCAL_POST),
              _body("Oakton police", "COP", actor_codes.LOCAL_POST),
              _body("Dunmore Freight Board", "BUS", "organization list")]
    assert actor_codes.body_post_code(role, {b.id: b for b in bodies}) == code


def test_bodies_so_headed_with_different_codes_give_none():
    bodies = [_body("Oakton police", "COP", actor_codes.LOCAL_POST),
              _body("Millbrook police", "GOV", actor_codes.LOCAL_POST)]
    assert actor_codes.body_post_code("police spokesman", {b.id: b for b in bodies}) is None


def test_the_body_head_is_the_word_before_of():
    assert actor_codes.body_head("Board of Education") == "board"
    assert actor_codes.body_head("the city Planning Commission") == "commission"


def test_the_code_is_hidden_from_the_event_coder():
    from newsledger.model import Article
    from newsledger.pipeline import extract_record
    rec = extract_record(Article(text=COMMISSION + "Commission Chairman Walter Brisby said the rules were late.",
                                 published="2019-03-01"))
    person = next(a for a in rec.actors if a.name == "Walter Brisby")
    assert (person.code, person.code_source) == ("GOV", actor_codes.LOCAL_POST)
    assert actor_codes.named_view(person).code is None


def test_a_body_coded_late_codes_the_post_too():
    """"police spokesman X" where the article's "police" is made and coded after the resolver (by the event or quotes
    pass, assign_late_local_posts): the person takes the body's code then, as the resolver would have."""
    police = Actor(id="b", name="police", kind="organization", code=None, code_source=None)
    person = Actor(id="p", name="Ivo Marsh", kind="person", role="police spokesman", code=None, code_source="none")
    other = Actor(id="q", name="Lena Dorsey", kind="person", role="lawyer", code=None, code_source="none")
    given = actor_codes.assign_late_local_posts([police, person, other], "2019-03-01")
    assert (police.code, person.code, person.code_source, other.code) == ("COP", "COP", actor_codes.LOCAL_POST, None)
    assert given == {"b": "COP", "p": "COP"}


def test_a_conjunct_that_is_no_name_stays_in_the_title():
    """Only a conjunct that is a person's name is cut: "a fellow governor and former colleague in the Carter
    administration" is read whole as before (a name inside the conjunct is no other person's phrase)."""
    from newsledger.model import Article
    from newsledger.pipeline import extract_record
    rec = extract_record(Article(text="Greta Halloway, a fellow governor and former colleague in the Carter "
                                      "administration, said the fund was sound.", published="2019-03-01"))
    person = next(a for a in rec.actors if a.name == "Greta Halloway")
    assert "colleague" in person.role and person.code is None
