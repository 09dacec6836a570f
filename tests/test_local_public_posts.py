"""A local public post or body named without a country takes its CAMEO sector alone (round 48, actlocal48;
data/local_public_posts.tsv, actor_codes.local_post_sector): "Sheriff X" COP, "First Selectman X" GOV, "Gov. X" GOV,
"the <town> Police Department" COP. Made-up sentences, and the look-alikes that keep their old codes: a post left or
sought, a body whose phrase names its country, a title that is no local post."""
import pytest

from newsledger.model import Article
from newsledger.pipeline import extract_record
from newsledger.resolve import actor_codes
from tests.actor_helpers import actor_code as _code


@pytest.mark.parametrize("text, name, code", [
    ("Marsh County Sheriff Tom Brady said the road would stay closed until Monday.", "Tom Brady", "COP"),
    ("The board met at the request of First Selectman Paul Kerr, who wants a new roof.", "Paul Kerr", "GOV"),
    ("The budget was signed by Gov. Mark Landry after a long night of talks.", "Mark Landry", "GOV"),
    ("Acting Oakton Mayor Will Reyes opened the new library on Friday.", "Will Reyes", "GOV"),
    ("The crash was reported by Police Chief Ann Lowe, who arrived within minutes.", "Ann Lowe", "COP"),
])
def test_a_local_post_without_a_country_gives_its_sector(text, name, code):
    assert _code(text, name) == code


@pytest.mark.parametrize("text, name, code", [
    ("The Millbrook Police Department said two cars were damaged overnight.", "Millbrook Police Department", "COP"),
    ("A spokesman for Dover Police said officers had searched the house.", "Dover Police", "COP"),
])
def test_a_local_public_body_without_a_country_gives_its_sector(text, name, code):
    assert _code(text, name) == code


def test_the_title_inside_the_name_is_the_post_not_the_name():
    rec = extract_record(Article(text="Sheriff Tom Brady said the road was closed. Sheriff Brady said more.",
                                 published="2019-03-01"))
    brady = [a for a in rec.actors if a.kind == "person"]
    assert [a.name for a in brady] == ["Tom Brady"]
    assert brady[0].code == "COP"


def test_a_body_coded_by_its_sector_lends_it_to_its_spokesman():
    rec = extract_record(Article(text="A spokesman for Dover Police said officers had searched the house.",
                                 published="2019-03-01"))
    spokesman = next(a for a in rec.actors if a.kind == "person")
    assert spokesman.code == "COP"  # the body's code, not "COPMED" (a country prefix it is not)


@pytest.mark.parametrize("title", ["Former mayor", "ex-sheriff", "candidate for mayor", "the late governor"])
def test_a_post_left_or_sought_gives_no_sector(title):
    assert actor_codes.local_post_sector(title, "person") is None


@pytest.mark.parametrize("title, kind, sector", [
    ("Oakton Mayor", "person", "GOV"), ("First Selectman", "person", "GOV"), ("Gov.", "person", "GOV"),
    ("chief of police", "person", "COP"), ("Harlow County Sheriff's Office", "organization", "COP"),
    ("Millbrook Board of Education", "organization", "EDU"),
    # no local post: a firm's president, a lawyer, a spokesman, a ministry
    ("founder and president", "person", None), ("human rights lawyer", "person", None),
    ("spokesman", "person", None), ("Ministry of Defence", "organization", None),
])
def test_only_the_rows_posts_and_bodies_match(title, kind, sector):
    assert actor_codes.local_post_sector(title, kind) == sector


def test_a_body_whose_phrase_names_its_country_keeps_the_country():
    assert _code("The Kenya Police Service said two men were arrested.", "Kenya Police Service") == "KENCOP"
    assert _code("A spokesman for the British Transport Police said the line was closed.",
                 "British Transport Police") == "GBRCOP"


def test_the_sector_alone_is_no_evidence_for_the_event_coder():
    rec = extract_record(Article(text="Marsh County Sheriff Tom Brady said the road would stay closed.",
                                 published="2019-03-01"))
    brady = next(a for a in rec.actors if a.name == "Tom Brady")
    assert (brady.code, brady.code_source) == ("COP", actor_codes.LOCAL_POST)
    assert actor_codes.named_view(brady).code is None  # the confidence model reads him as before the rule


# Revision (round 48, actlocal48r): a post word inside a longer title that names another post, or a post held no
# more, names no holder of the post (actor_codes.holds_post; Quirk et al. 1985, 17.41-17.44: the genitive and the
# premodifier classify the head); and the sector alone makes or drops no event.
@pytest.mark.parametrize("role, post, holds", [
    ("Harlow County Sheriff", "sheriff", True), ("acting Oakton Mayor", "mayor", True), ("Gov.", "gov.", True),
    ("brusque governor of Westland", "governor", True), ("chief of police", "chief of police", True),
    ("Harlow County sheriff's deputy", "sheriff", False), ("deputy sheriff", "sheriff", False),
    ("the governor's chief of staff", "governor", False), ("mayor's spokesman", "mayor", False),
    ("former governor", "governor", False), ("ex-mayor", "mayor", False), ("Vice Mayor", "mayor", False),
    ("Lieutenant Governor", "governor", False), ("candidate for mayor", "mayor", False), (None, "mayor", False),
])
def test_a_post_names_its_holder_only_as_the_titles_head(role, post, holds):
    assert actor_codes.holds_post(role, post) is holds


def _speakers(text: str) -> list[str]:
    rec = extract_record(Article(text=text, published="2019-03-01"))
    return [rec.actor(q.speaker).name for q in rec.quotes if q.speaker and rec.actor(q.speaker)]


def test_the_sheriff_is_the_sheriff_not_the_sheriffs_deputy():
    text = ("The chase began on Route 9, according to Harlow County Sheriff Dan Webb. The van was stopped by "
            "Harlow County sheriff's deputy Carl Moss after six miles. The driver was taken to the county jail, "
            "the sheriff said.")
    assert _speakers(text)[-1] != "Carl Moss"  # the deputy is no sheriff (the guard only takes matches away)


def test_the_governor_is_not_the_governors_chief_of_staff():
    text = ("Gov. Ruth Alder signed the budget on Friday. The governor's chief of staff Paul Kerr called it late. "
            "The roads will be repaired this year, the governor said.")
    assert _speakers(text)[-1] != "Paul Kerr"


@pytest.mark.parametrize("text", [
    "\u201cThe papers are talking about another quarrel over words,\u201d Gov. Tom Hale said at a town hall here.",
    "Mayor Jim Cole called the Special Council Meeting of the Bay City Council to order on Monday, May 4.",
])
def test_the_sector_alone_makes_no_event(text):
    rec = extract_record(Article(text=text, published="2019-03-01"))
    assert any(a.code_source == actor_codes.LOCAL_POST for a in rec.actors)  # the post is coded in the record
    assert not [e.type for e in rec.events if e.type == "CONSULT"]  # a speech, a meeting: no consultation
