"""Round 34 (issue 14): (1) a negation reaches only its own clause (Quirk et al. 1985, 10.64), and a negative pronoun
as the subject ("nobody / no one / none of") negates its clause up to where another clause opens; (2) the speaker of
a statement about a relation is its subject only when the content refers to the speaker (a nonfinite clause without
its own subject, a pronoun of one person)."""
from __future__ import annotations

from newsledger.extract.claims import cross_article
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


def test_a_speaker_speaking_about_two_groups_is_not_their_subject():
    rec = _rec('"The YPG is the Syrian branch of the PKK," said Mevlut Cavusoglu, the Turkish foreign minister.')
    claims = _topic(rec, "affiliation")
    assert claims and all(c.subjects == [] for c in claims)


def test_a_speaker_denying_his_own_membership_is_its_subject():
    for text in ('"I was never a member of Islamic State," said Tom Haywood.',
                 'Tom Haywood denied being a member of Islamic State.'):
        claims = _topic(_rec(text), "affiliation")
        assert claims and any("tom haywood" in c.subjects for c in claims), text


def test_a_minister_and_a_spokesman_on_two_groups_contradict_across_articles():
    a = _rec('"The YPG is the Syrian branch of the PKK," said Mevlut Cavusoglu, the Turkish foreign minister.',
             aid="t34a")
    b = _rec('"The YPG has no links to the PKK," said Redur Xelil, a spokesman for the YPG.',
             published="2018-03-05", aid="t34b")
    assert any(d["kind"] == "affiliation" for d in cross_article([a, b]))
