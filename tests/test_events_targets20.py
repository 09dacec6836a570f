"""Issue 16, twentieth round (evtarget20): targets from the structure of the sentence. A request's from-phrase on
what is asked names the one asked (VerbNet require-103 "NP V NP from NP"; CAMEO 02 / 10: the target is the one
asked); a noun inside a purpose clause under a reciprocal verb is the meeting's topic, no party: the parties named
together as its subject stay each other's counterpart (not when a with-phrase names the counterpart, nor for the
object of an infinitive complement), and the with-phrase's party is the target (VerbNet meet-36.3 "V with NP").
Sentences invented for the tests (no evaluation sentence)."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _pairs(text: str, typ: str) -> list[tuple[str | None, str | None]]:
    rec, events = extract_events(text, published="2018-05-10")
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events if e.type == typ]


def test_an_apology_demanded_from_a_body_targets_the_body():
    pairs = _pairs("Opposition leaders in Kenya demanded an apology from the Electoral Commission.", "REQUEST")
    assert any(p[1] and "Electoral Commission" in p[1] for p in pairs), pairs


def test_pleading_for_help_from_a_state_targets_the_state():
    pairs = _pairs("Members of the Free Syrian Army were in Paris, pleading for help from the French government.",
                   "REQUEST")
    assert any(p[1] and ("France" in p[1] or "French government" in p[1]) for p in pairs), pairs


def test_a_withdrawal_from_a_country_is_no_one_asked():
    pairs = _pairs("Iran demanded the withdrawal of foreign troops from Iraq.", "REQUEST")
    assert all(p[1] != "Iraq" for p in pairs), pairs


def test_the_topic_of_a_meeting_is_no_party():
    pairs = _pairs("Emmanuel Macron and Angela Merkel will meet in Berlin on Friday to discuss Libya.", "CONSULT")
    assert any({n for n in p if n} == {"Emmanuel Macron", "Angela Merkel"} for p in pairs), pairs


def test_a_meeting_with_someone_else_is_no_meeting_of_the_subjects():
    pairs = _pairs("Emmanuel Macron and Angela Merkel met with Vladimir Putin to discuss Libya.", "CONSULT")
    assert all(p[1] != "Angela Merkel" for p in pairs), pairs


def test_the_with_party_of_a_meeting_is_its_target_not_the_topic():
    pairs = _pairs("Emmanuel Macron met with Vladimir Putin in Paris to discuss Libya.", "CONSULT")
    assert any(p[1] == "Vladimir Putin" for p in pairs), pairs


def test_a_with_phrase_beside_a_real_object_changes_nothing():
    pairs = _pairs("Emmanuel Macron met Vladimir Putin with his advisers in Paris.", "CONSULT")
    assert all(p[1] is None or "advisers" not in p[1] for p in pairs), pairs


def test_an_infinitive_object_of_an_agreement_is_no_topic():
    pairs = _pairs("Emmanuel Macron and Angela Merkel agreed to send aid to Libya.", "AGREE")
    assert all(p[1] != "Angela Merkel" for p in pairs), pairs
