"""Issue 16, recall on new text: the act an actor's decision or plan names ("X's decision to withdraw troops", "a
decision by the cabinet to expel diplomats"), arguments.decision_owner. The sentences are written for the tests, not
taken from any article."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import arguments, descriptions, modality, nominal
from tests.event_helpers import actor_name, extract_events, parse, verb_token


@pytest.mark.parametrize("text, lemma, owner", [
    ("Critics attacked Canada's decision to expel two Venezuelan diplomats on Monday.", "expel", "Canada"),
    ("A decision by the Kenyan government to close the refugee camp was criticised.", "close", "government"),
])
def test_the_infinitive_on_a_named_decision_is_its_owners_act(text, lemma, owner):
    verb = verb_token(text, lemma)
    assert arguments.decision_owner(verb).text == owner
    assert not descriptions._in_description(verb)
    subj, passive, _ = arguments.subject_of(verb)
    assert [s.text for s in subj] == [owner] and not passive


@pytest.mark.parametrize("text, lemma", [
    ("Critics attacked his decision to expel two Venezuelan diplomats on Monday.", "expel"),  # a pronoun owner
    ("The decision to expel two Venezuelan diplomats was criticised on Monday.", "expel"),  # no owner
    ("Canada's efforts to expel two Venezuelan diplomats failed on Monday.", "expel"),  # not a decision noun
])
def test_no_owner_or_no_decision_noun_stays_a_description(text, lemma):
    verb = verb_token(text, lemma)
    assert arguments.decision_owner(verb) is None
    assert descriptions._in_description(verb)


def test_a_plan_is_intended_a_decision_is_the_act():
    plan = verb_token("Canada's plan to expel two Venezuelan diplomats was criticised on Monday.", "expel")
    decision = verb_token("Canada's decision to expel two Venezuelan diplomats was criticised on Monday.", "expel")
    assert modality.modality_of(plan) == "intent"
    assert modality.modality_of(decision) is None


def test_the_decided_act_is_an_event_of_the_owner():
    rec, events = extract_events("Venezuela condemned Canada's decision to expel two Venezuelan diplomats on Monday.",
                                 published="2019-03-04")
    expel = [e for e in events if e.trigger == "expel"]
    assert expel and actor_name(rec, expel[0].source) == "Canada"


def _nominals(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    doc = parse(text)
    return [(e.trigger.lower_, e.cameo, [s.text for s in e.sources], [t.text for t in e.targets])
            for sent in doc.sents for e in nominal.nominal_events(sent, [])]


def test_a_meeting_as_the_occasion_of_a_clause_is_its_subjects():
    text = "Speaking after a meeting with Angela Merkel in Berlin on Monday, Mark Rutte said the talks went well."
    assert ("meeting", "040", ["Rutte"], ["Merkel"]) in _nominals(text)


@pytest.mark.parametrize("text", [
    "Mark Rutte said on Monday, ahead of a meeting with Angela Merkel in Berlin, that he was hopeful.",  # to come
    "Mark Rutte said on Monday, after a meeting with his advisers in Berlin, that he was hopeful.",  # no actor
])
def test_a_meeting_to_come_or_without_a_named_counterpart_is_no_event(text):
    assert not [n for n in _nominals(text) if n[0] == "meeting"]
