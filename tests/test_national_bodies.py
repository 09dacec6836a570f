"""A state's body named without its country ("the Home Office", "the State Department") takes that state's code
where the article names the country (actor_codes.national_body, issue 16). Made-up sentences, and the look-alikes
that name no country, another country, or a body every state has."""
import pytest

from newsledger.model import Article
from newsledger.pipeline import extract_record
from newsledger.resolve import actor_codes


def _code(text, name):
    rec = extract_record(Article(text=text, published="2019-03-01"))
    return next(a for a in rec.actors if a.name == name).code


@pytest.mark.parametrize("text, name, code", [
    # data/national_bodies.tsv (the UK's bodies, which Phoenix lacks)
    ("Two aid workers from Britain were held in Yemen. The Home Office said it was aware of the case.", "Home Office",
     "GBRGOV"),
    ("A Britain-based charity warned that the NHS could not cope with the winter.", "NHS", "GBRHLH"),
    # Phoenix's country-prefixed entry ("u.s. state department")
    ("The United States sent an envoy to Cairo. The State Department declined to comment on the talks.",
     "State Department", "USAGOV"),
])
def test_a_body_named_without_its_country_takes_the_named_country(text, name, code):
    assert _code(text, name) == code


@pytest.mark.parametrize("text, name", [
    # the body's country is not named in the article
    ("The Home Office declined to comment on the case of the missing teenager.", "Home Office"),
    # another country named only
    ("Officials in France said the State Department had not replied to their letter.", "State Department"),
])
def test_a_body_whose_country_the_article_does_not_name_stays_uncoded(text, name):
    assert _code(text, name) is None


def test_generic_sector_nouns_and_parties_name_no_one_state():
    for name in ("Army", "Congress", "Supreme Court", "Communist Party"):
        assert actor_codes.national_body(name, {"USA", "CHN", "GBR"}) is None
