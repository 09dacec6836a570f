"""A state of a federation's chambers and officers (round 51, actstate51; data/state_public_posts.tsv,
data/federations.tsv, resolve/state_posts.py): a chamber named with the state's name or "state" takes LEG (with the
state's country where its name says which), a legislator named by "state" and his title LEG, an executive officer
named with the state's name or "state" GOV; never the US Congress's USAGOVLEG. Made-up sentences, and the look-alikes
that keep their old codes: a US senator named by his state, a country's officer, a post left or sought, the state
house as a building, a title with no state."""
import pytest

from newsledger.model import Article
from newsledger.pipeline import extract_record
from newsledger.resolve import state_posts


@pytest.mark.parametrize("words, kind, hit", [
    ("Ohio Senate", "organization", ("LEG", "USA")),
    ("Nevada State Assembly", "organization", ("LEG", "USA")),
    ("state Legislature", "organization", ("LEG", None)),
    ("Kansas House", "organization", ("LEG", "USA")),
    ("New South Wales Legislative Council", "organization", ("LEG", "AUS")),
    ("state Sen.", "person", ("LEG", None)),
    ("Republican state Rep.", "person", ("LEG", None)),
    ("State Treasurer", "person", ("GOV", None)),
    ("Oregon Attorney General", "person", ("GOV", "USA")),
    ("Idaho Secretary of State", "person", ("GOV", "USA")),
    ("state 's climatologist", "person", ("GOV", None)),
])
def test_a_state_chamber_or_post(words, kind, hit):
    assert state_posts.match(words.split(), kind) == hit


@pytest.mark.parametrize("words, kind", [
    ("Senate", "organization"),             # the US Senate: no state named
    ("state house", "organization"),        # the building
    ("Ohio Sen.", "person"),                # as often a US senator for Ohio
    ("US attorney general", "person"),      # a country's officer
    ("Secretary of State", "person"),       # the country's, no state named
    ("Federal Treasurer", "person"),        # no state's name
    ("former state Sen.", "person"),        # a post left
    ("candidate for state treasurer", "person"),  # a post sought
    ("charity treasurer", "person"),        # a treasurer of no state
    ("Bavarian Landtag", "organization"),   # no row: left alone
])
def test_not_a_state_chamber_or_post(words, kind):
    assert state_posts.match(words.split(), kind) is None


def _actor(rec, word):
    return next(a for a in rec.actors if word in a.name or any(word in x for x in a.aliases))


def test_officers_and_a_chamber_in_a_record():
    text = ("State Treasurer Ann Cole said on Monday that the bond sale had gone well. Cole said buyers were many. "
            "The Ohio Senate passed the bill 20-12, and state Sen. Mark Delaney said he would vote for it again. "
            "Delaney said the House would take it up next week.")
    rec = extract_record(Article(text=text, published="2019-03-01"))
    cole, senate, delaney = _actor(rec, "Cole"), _actor(rec, "Ohio Senate"), _actor(rec, "Delaney")
    assert cole.code == "GOV" and cole.code_source == state_posts.STATE_POST
    assert senate.code == "USALEG"
    assert delaney.code == "LEG"


def test_a_us_senator_named_by_his_state_and_a_country_officer_keep_their_codes():
    text = ("Ohio Sen. Mark Delaney said the bill would pass Congress. US Attorney General Ruth Park said "
            "the department would review it.")
    rec = extract_record(Article(text=text, published="2019-03-01"))
    assert all(a.code_source != state_posts.STATE_POST for a in rec.actors)


def test_a_chamber_named_by_its_noun_after_the_state_is_the_state_chamber():
    text = ("The measure went to the state Senate on Monday. The Kansas House passed its own version, and the House "
            "will meet again in May.")
    rec = extract_record(Article(text=text, published="2019-03-01"))
    codes = {a.name: a.code for a in rec.actors if a.kind == "organization"}
    assert codes.get("Senate") == "LEG"          # "the state | Senate": the words before the mention
    assert codes.get("Kansas House") == "USALEG"
    assert codes.get("House") == "USALEG"        # second reference to the Kansas House


def test_a_second_reference_is_left_alone_where_the_article_names_the_national_legislature():
    text = ("The Kansas Senate passed the bill. Congress will take up a similar one, and the Senate is expected to "
            "vote in May.")
    rec = extract_record(Article(text=text, published="2019-03-01"))
    senate = next(a for a in rec.actors if a.name == "Senate")
    assert senate.code_source != state_posts.STATE_POST


def test_a_chamber_holding_the_nations_mentions_or_an_election_is_left():
    text = ("Ann Cole was elected to the state Senate in 2004. She now leads the Senate majority race against a "
            "rival, and the Senate will decide on the judge.")
    rec = extract_record(Article(text=text, published="2019-03-01"))
    senate = [a for a in rec.actors if a.name == "Senate"]
    assert all(a.code_source != state_posts.STATE_POST for a in senate)
    text = "He ran a close Maryland Senate race that year against a former governor."
    rec = extract_record(Article(text=text, published="2019-03-01"))
    assert all(a.code_source != state_posts.STATE_POST for a in rec.actors)


def test_a_home_state_senator_is_no_state_senator():
    assert state_posts.match(["home-state", "Sen."], "person") is None
    text = "Voters in Florida, where home-state Sen. Mark Delaney is running, go to the polls."
    rec = extract_record(Article(text=text, published="2019-03-01"))
    assert all(a.code_source != state_posts.STATE_POST for a in rec.actors)
