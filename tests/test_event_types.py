"""Issue 16, types of statements and announcements (evtypes): warnings that are predictions, promises read as
threats, announced withdrawals, repeated demands and the acts demands ask for, participles naming people, failed
persuasion. Sentences written for the test after the classes in extract/eventcoding/coder.py and verb_senses.tsv."""
from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.extract.eventcoding.coder import code_sentence
from newsledger.extract.quotes import speech_verbs

from .event_helpers import extract_events


def _coded(text: str) -> list[tuple[str, str | None]]:
    doc = nlp.parse(text)
    return [(e.trigger.lemma_.lower(), e.type) for s in doc.sents for e in code_sentence(s, speech_verbs())]


@pytest.mark.parametrize("text", [
    "Aid agencies warned that a large-scale assault on the city could cause a humanitarian crisis.",
    "Defence officials have warned that Iran is delivering missiles to the group.",
])
def test_warning_of_another_actor_or_outcome_is_no_threat(text):
    assert ("warn", "THREATEN") not in _coded(text)


@pytest.mark.parametrize("text", [
    "Russia warned Ukraine it would strike if the troops crossed the border.",
    "The president warned that missiles will be coming in response to the attack.",
])
def test_warning_of_own_act_stays_a_threat(text):
    assert ("warn", "THREATEN") in _coded(text)


def test_pledge_with_that_clause_is_a_promise():
    coded = _coded("The secretary of state pledged that US forces would remain in Syria well after any defeat of "
                   "the militants.")
    assert ("pledge", "AGREE") in coded and ("pledge", "THREATEN") not in coded


def test_vow_of_revenge_stays_a_threat():
    assert ("vow", "THREATEN") in _coded("The rebels vowed revenge attacks on government forces.")


def test_troops_leaving_a_country_is_retreat():
    assert ("leave", "RETREAT") in _coded("American troops would leave Syria soon.")
    assert ("leave", "RETREAT") not in _coded("The French president left Syria on Tuesday after a visit.")


def test_announced_withdrawal_is_planned_retreat_agreed_one_a_promise():
    _, evs = extract_events("The president decided on Monday to withdraw troops from Syria.", published="2019-01-10")
    assert [(e.type, e.status) for e in evs] == [("RETREAT", "planned")]
    _, evs = extract_events("Russia agreed on Monday to withdraw its troops from the border.", published="2019-01-10")
    assert [e.type for e in evs] == ["AGREE"]


def test_repeated_call_is_a_request_and_the_asked_act_no_event():
    coded = _coded("The president reiterated calls for Israel to accept a two-state solution.")
    assert coded == [("reiterate", "REQUEST")]
    coded = _coded("The president urged Israel to accept a two-state solution.")
    assert ("accept", "SUPPORT") not in coded and ("urge", "REQUEST") in coded


def test_participle_naming_people_is_no_accusation():
    coded = _coded("The video showed the accused, a local man, assaulting a girl.")
    assert all(lemma != "accuse" for lemma, _ in coded)
    assert ("accuse", "ACCUSE") in _coded("The opposition accused the minister of lying to parliament.")


def test_failed_persuasion_reports_no_agreement():
    assert ("agree", "AGREE") not in _coded("The envoy failed to persuade Russia to agree to the ceasefire.")
    assert ("agree", "AGREE") in _coded("The envoy persuaded Russia to agree to the ceasefire.")
