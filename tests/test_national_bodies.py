"""A state's body named without its country ("the Home Office", "the State Department") takes that state's code
where the article names the country (actor_codes.national_body, issue 16). Made-up sentences, and the look-alikes
that name no country, another country, or a body every state has."""
import pytest

from newsledger.model import Actor, Article
from newsledger.pipeline import extract_record
from newsledger.resolve import actor_codes
from tests.actor_helpers import actor_code as _code


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


def test_a_code_from_the_article_keeps_the_code_its_own_words_give():
    """The body's code and a member's are marked as found from the article; named_code keeps what the words give
    (the body none, a Dutch adviser of it his nationality), and named_view shows the actor so."""
    actors = [Actor("c1", "United States", "country", country="US"),
              Actor("o1", "State Department", "organization"),
              Actor("p1", "Pieter Vermeulen", "person", affiliation="o1", role="adviser", country="NL")]
    actor_codes.assign(actors, "2019-03-01")
    body, adviser = actors[1], actors[2]
    assert (body.code, body.code_source, body.named_code) == ("USAGOV", actor_codes.FROM_ARTICLE_COUNTRY, None)
    assert (adviser.code, adviser.code_source, adviser.named_code) == ("USAGOV", actor_codes.FROM_ARTICLE_COUNTRY,
                                                                       "NLD")
    assert actor_codes.named_view(body).code is None and actor_codes.named_view(adviser).code == "NLD"
    assert actor_codes.named_view(actors[0]) is actors[0]


def _accusation(text):
    rec = extract_record(Article(text=text, published="2019-03-01"))
    return next(e for e in rec.events if e.type == "ACCUSE")


def test_a_code_from_the_article_is_no_evidence_of_the_act(monkeypatch):
    """The event shows the body's country, but its confidence is the one it has where the body is uncoded (the
    article names no country): a code from the context is weaker evidence than a code the text names."""
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    named = _accusation("Britain sent a team to Lagos. The Home Office accused Nigeria of ignoring the request.")
    unnamed = _accusation("A team flew to Lagos. The Home Office accused Nigeria of ignoring the request.")
    assert named.source_code == "GBR" and unnamed.source_code != "GBR"
    assert named.confidence == unnamed.confidence
