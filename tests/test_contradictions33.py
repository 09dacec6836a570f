"""Round 33 (issue 14): claims that were never extracted or read the wrong way. (1) Whom a ceasefire binds (CAMEO
0871), a negated modal ("would not affect") as the denial; (2) "not just / only" opens an additive correlative, no
negation."""
from __future__ import annotations

from newsledger.extract.claims import cross_article
from newsledger.extract.claims.statements import claims_of


def _rec(text, published="2018-02-25", aid="t33"):
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    return extract_record(Article(text=text, id=aid, published=published)).to_dict()


def _topic(rec, topic):
    return [c for c in claims_of(rec) if c.topic == topic]


def test_a_ceasefire_that_would_not_affect_the_speakers_operation_is_a_claim_against():
    rec = _rec("On Sunday the Turkish government said the UN ceasefire would not affect its operation.")
    claims = _topic(rec, "ceasefire-scope")
    assert claims and claims[0].polarity == -1
    assert "turkey" in (claims[0].parties or [])


def test_a_ceasefire_that_applies_to_a_party_is_a_claim_for():
    rec = _rec("Syria claimed that the ceasefire applied to Turkish forces in Afrin.")
    claims = _topic(rec, "ceasefire-scope")
    assert claims and claims[0].polarity == 1


def test_the_two_ceasefire_claims_contradict_across_articles():
    a = _rec("Syria claimed that the ceasefire applied to Turkish forces in Afrin.", aid="t33c")
    b = _rec("The Turkish government said the UN ceasefire would not affect its operation.",
             published="2018-02-26", aid="t33d")
    assert any(d["kind"] == "ceasefire-scope" for d in cross_article([a, b]))


def test_a_ceasefire_that_holds_is_no_claim_on_its_scope():
    rec = _rec("The army said the ceasefire would not hold for long.")
    assert not _topic(rec, "ceasefire-scope")


def test_not_just_asserts_what_follows():
    rec = _rec('"The Kurdish forces have not only captured Raqqa but also Tabqa," the commander said.')
    claims = _topic(rec, "control")
    assert claims and claims[0].polarity == 1
