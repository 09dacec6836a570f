"""A local or regional government's commission or council named by the body's own head noun takes its CAMEO sector
alone where its phrase names no country (round 50, actlocal50; data/local_public_posts.tsv's rows: Phoenix's agents
dictionary's "planning commission" GOV, and "council" after the noun of the area a local government governs: "city
council", "town council", "county council"). Made-up sentences,
and the look-alikes that keep their old codes: a bare commission or council, which firms, clubs and charities name
too, and a national election commission (a state's body, which takes the country's code, not the bare sector)."""
import pytest

from newsledger.resolve import actor_codes
from tests.actor_helpers import actor_code as _code


@pytest.mark.parametrize("text, name", [
    ("Two members of the city Planning Commission filed for the seat on Monday.", "city Planning Commission"),
    ("The Planning Commission has been reviewing the rules on short-term rentals.", "Planning Commission"),
    ("The vacancy on the City Council will be filled in a special election.", "City Council"),
    ("The Town Council voted to buy the old mill for a new library.", "Town Council"),
])
def test_a_local_commission_or_council_gives_its_sector(text, name):
    assert _code(text, name) == "GOV"


@pytest.mark.parametrize("name, sector", [
    ("city Planning Commission", "GOV"), ("Marsh County Council", "GOV"), ("Harlow Parish Council", "GOV"),
    ("Oakton Borough Council", "GOV"),
    # a national election commission: no bare sector (round 49, actrank49's verdict)
    ("Federal Election Commission", None), ("Electoral Commission", None),
    # a bare commission or council, or one no local government is: no sector
    ("Harbor Commission", None), ("Student Council", None), ("Refugee Council", None), ("council", None),
    ("Board of Trade", None), ("Atlantic Council", None),
])
def test_only_the_named_commissions_and_area_councils_match(name, sector):
    assert actor_codes.local_post_sector(name, "organization") == sector


def test_the_rows_are_bodies_not_posts():
    assert actor_codes.local_post_sector("city council", "person") is None


def test_the_sector_alone_is_hidden_from_the_event_coder():
    from newsledger.model import Article
    from newsledger.pipeline import extract_record
    rec = extract_record(Article(text="The Planning Commission approved the plan for the harbour on Tuesday.",
                                 published="2019-03-01"))
    body = next(a for a in rec.actors if a.name == "Planning Commission")
    assert (body.code, body.code_source) == ("GOV", actor_codes.LOCAL_POST)
    assert actor_codes.named_view(body).code is None
