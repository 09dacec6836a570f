"""Issue 16, round 33 (evtarget33): the target of an event, the target field only (events.arguments._retarget,
RawEvent.lent_targets: a target rule never adds or drops an event).
1. A time is no party of an event noun: the "on" phrase of "a telephone call to the Kremlin on Sunday" names a
   time, so the noun's counterpart (its "to" or "with" party) is the target (eventcoding.nominal._time_phrase; the
   reading of a verb's prepositional object already leaves times out, arguments.objects_of).
Sentences invented for the tests (no evaluation sentence)."""

from __future__ import annotations

import pytest

from newsledger.extract.eventcoding.nominal import _time_phrase, nominal_events
from tests.event_helpers import actor_name, extract_events, parse


def _events(text: str, typ: str) -> list[tuple[str | None, str | None, str]]:
    rec, events = extract_events(text, published="2018-05-10")
    return [(actor_name(rec, e.source), actor_name(rec, e.target), e.trigger) for e in events if e.type == typ]


@pytest.mark.parametrize("text, word", [
    ("A telephone call to the Kremlin on Sunday ended.", "Sunday"),
    ("The attack on Tuesday night killed five people.", "Tuesday"),
])
def test_a_time_is_no_party(text, word):
    tok = next(t for t in parse(text) if t.text == word)
    assert _time_phrase(tok)


@pytest.mark.parametrize("text, word", [
    ("The attack on the rebels killed five people.", "rebels"),
    ("Protests on the first day of the convention turned violent.", "day"),
])
def test_a_party_or_a_named_occasion_stays(text, word):
    tok = next(t for t in parse(text) if t.text == word)
    assert not _time_phrase(tok)


def test_a_call_on_a_day_has_its_counterpart():
    found = _events("In a telephone call to the Kremlin on Sunday, Angela Merkel urged Vladimir Putin to ensure the "
                    "ceasefire holds.", "CONSULT")
    assert any(t in {"Kremlin", "Russia"} for _, t, trig in found if trig == "call"), found


def test_a_call_without_a_day_unchanged():
    found = _events("In a telephone call to the Kremlin, Angela Merkel urged Vladimir Putin to ensure the "
                    "ceasefire holds.", "CONSULT")
    assert any(t in {"Kremlin", "Russia"} for _, t, trig in found if trig == "call"), found


def test_the_counterpart_fills_the_target_field_only():
    """The counterpart found where the reading before took the time is lent no weight: the event stands on no target,
    as before (its confidence and no-act filters unchanged), so the rule adds and drops no event."""
    doc = parse("In a telephone call to the Kremlin on Sunday, Angela Merkel urged Vladimir Putin to act.")
    raws = [r for r in nominal_events(doc[:], []) if r.trigger.lower_ == "call"]
    assert raws and [h.text for h in raws[0].targets] == ["Kremlin"], raws
    assert raws[0].lent_targets == {0: None}


def test_no_time_no_lent_target():
    doc = parse("Russia's attack on the rebels killed five people.")
    raws = [r for r in nominal_events(doc[:], []) if r.trigger.lower_ == "attack"]
    assert raws and raws[0].lent_targets == {}, raws
