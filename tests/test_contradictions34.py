"""Round 34 (issue 14): a negation reaches only its own clause (Quirk et al. 1985, 10.64), and a negative pronoun as
the subject ("nobody / no one / none of") negates its clause up to where another clause opens."""
from __future__ import annotations

from newsledger.extract.claims.statements import claims_of


def _rec(text, published="2018-03-01", aid="t34"):
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    return extract_record(Article(text=text, id=aid, published=published)).to_dict()


def _topic(rec, topic):
    return [c for c in claims_of(rec) if c.topic == topic]


def test_a_negation_inside_an_aside_does_not_negate_the_clause_around_it():
    claims = _topic(_rec('"The army, not the militias, captured Tabqa last week," the colonel said.'), "control")
    assert claims and all(c.polarity == 1 for c in claims)


def test_a_negation_around_an_aside_still_negates():
    claims = _topic(_rec('"The Islamic State has not, so far, been defeated," the general said.'), "control")
    assert claims and all(c.polarity == -1 for c in claims)


def test_nobody_as_subject_negates_its_own_clause():
    rec = _rec('"Nobody from the Syrian air force carried out the gas attack in Douma," the minister said.')
    claims = _topic(rec, "responsibility")
    assert claims and all(c.polarity == -1 for c in claims)


def test_nobody_does_not_reach_into_a_relative_clause():
    rec = _rec('"No one was hurt in the explosion which was carried out by the Islamic State," the police said.')
    claims = _topic(rec, "responsibility")
    assert claims and all(c.polarity == 1 for c in claims)


def test_nobody_denies_and_nobody_but_are_claims_for():
    for text in ('"Nobody disputes that the Syrian air force carried out the gas attack in Douma," the envoy said.',
                 '"Nobody but the Syrian air force carried out the gas attack in Douma," the envoy said.'):
        claims = _topic(_rec(text), "responsibility")
        assert claims and all(c.polarity == 1 for c in claims), text
