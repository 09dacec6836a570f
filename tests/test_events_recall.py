"""Issue 16, recall round: classes of real acts the coder missed or scored under the default threshold (agentless
passives, nominal events, denials and refusals in speech), and the political "charged that" that is no arrest.
The sentences are written for the tests, not taken from any article; they run at the default threshold."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events


def _events(text: str):
    return extract_events(text, published="2018-01-20")


def _typed(text: str) -> list[tuple[str, str | None, str | None]]:
    rec, events = _events(text)
    return [(e.type, actor_name(rec, e.source), actor_name(rec, e.target)) for e in events]


@pytest.mark.parametrize("text, kind", [
    ("The woman was robbed behind an apartment complex on Sunday.", "COERCE"),  # overrides.tsv: rob 171
    ("Two French men were captured near the border in March.", "COERCE"),  # core_verbs.tsv: capture
    ("A regional court sentenced five men to life imprisonment.", "COERCE"),  # core_verbs.tsv: sentence
])
def test_agentless_and_court_coercion_is_kept(text, kind):
    assert kind in [t for t, _, _ in _typed(text)]


def test_denials_and_rejected_statements_are_reject():
    assert ("REJECT", "Russia", None) in _typed("Russia denied the allegations.")
    typed = _typed("The Turkish president rejected a US statement calling for restraint in the region.")
    assert any(t == "REJECT" and target == "United States" for t, _, target in typed), typed


def test_charged_that_is_an_accusation_not_an_arrest():
    typed = _typed("The opposition leader charged that the government lied over the war in 2019.")
    assert [t for t, _, _ in typed] == ["ACCUSE"], typed


def test_a_proposal_judged_unrealistic_is_refused_and_an_attack_claim_stays_an_accusation():
    assert [t for t, _, _ in _typed("Russia also says demands for Iranian units to leave Syria are unrealistic.")] \
        == ["REJECT"]
    assert ("ACCUSE", "Syria", "United States") in _typed(
        "The US plan was a blatant attack on Syrian sovereignty, Syria said.")


def test_nominal_events_pass_the_threshold():
    typed = _typed("Canberra announced financial sanctions against John Hartley in 2015.")
    assert ("SANCTION", "Australia", "John Hartley") in typed, typed
    assert ("ACCUSE", "mother", "United Kingdom") in _typed(
        "The mother has launched a legal challenge against the UK government.")


def test_appositive_participle_on_a_named_person_reports_the_act():
    typed = _typed("Maria Lopez, convicted of fraud and jailed for seven years by a court in Ankara, was freed.")
    assert any(t == "COERCE" and target == "Maria Lopez" for t, _, target in typed), typed


def test_temporal_gerund_clause_reports_its_own_act():
    typed = _typed("The mayor resigned after meeting with the protesters.")
    assert any(t == "CONSULT" and target == "protesters" for t, _, target in typed), typed


@pytest.mark.parametrize("text, target", [  # round 5: a plain human phrase is the target of an arrest or sentence
    ("Police in Leeds arrested two men on Monday. The other three were arrested inside a flat in Bradford.",
     "The other three"),
    ("A court in Lyon on Friday sentenced five individuals to life imprisonment for the bombing.",
     "five individuals"),
    ("The suspect, a 30-year-old man, was arrested for assault on Sunday.", "The suspect"),
])
def test_human_phrase_is_the_target_of_custody(text, target):
    assert any(t == "COERCE" and tgt == target for t, _, tgt in _typed(text)), _typed(text)


def test_a_later_arrest_of_the_suspect_retells_the_first():
    typed = _typed("Mark Dolan was arrested for burglary on Sunday. Police arrived within minutes and promptly "
                   "detained the suspect.")
    assert [t for t, _, _ in typed].count("COERCE") == 1, typed


def test_nationality_adjective_is_the_source_of_an_event_noun():
    typed = _typed("Turkey and the US traded accusations on Monday amid a Turkish military campaign inside Syria.")
    assert any(t == "ASSAULT" and src == "Turkey" for t, src, _ in typed), typed


@pytest.mark.parametrize("text", [
    "Local militias, backed by the army, are fighting to drive the rebels out of the valley.",
    "The man was charged with robbery after fighting with Target employees and city police.",
])
def test_fighting_an_actor_is_an_assault(text):
    assert "ASSAULT" in [t for t, _, _ in _typed(text)], _typed(text)


@pytest.mark.parametrize("text", [
    "The singer fought cancer for ten years.",
    "Teachers will fight for better pay.",
    "The mayor said he would fight the charges in court.",
])
def test_fighting_no_one_is_no_event(text):
    assert "ASSAULT" not in [t for t, _, _ in _typed(text)], _typed(text)


def test_a_death_in_a_named_attack_is_that_attack_on_the_dead():
    typed = _typed("Three civilians died in a Russian airstrike on the town.")
    assert any(t == "ASSAULT" and s == "Russia" for t, s, _ in typed), typed


def test_fighting_alongside_an_ally_is_no_attack_on_the_common_enemy():
    typed = _typed("British troops have fought alongside Kurdish forces to oust the militants from the city.")
    assert not any(t == "COOPERATE" and target == "militants" for t, _, target in typed), typed


def test_a_legal_claim_lodged_against_an_actor_is_an_accusation():
    assert any(t == "ACCUSE" for t, _, _ in _typed("The company lodged a claim against the city council on Monday."))



def test_an_attack_carried_out_by_an_actor_has_that_actor_as_source():
    for text in ("The attack on the convoy was carried out by Islamic State.",
                 "Rebels fled after an offensive launched by Syrian government forces on the town."):
        rec, events = _events(text)
        assert any(e.type == "ASSAULT" and e.source for e in events), text
