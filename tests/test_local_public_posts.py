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
