"""Issue 16, round 33 (evtarget33): the target of an event, the target field only (events.arguments._retarget,
RawEvent.lent_targets: a target rule never adds or drops an event).
1. A time is no party of an event noun: the "on" phrase of "a telephone call to the Kremlin on Sunday" names a
   time, so the noun's counterpart (its "to" or "with" party) is the target (eventcoding.nominal._time_phrase; the
   reading of a verb's prepositional object already leaves times out, arguments.objects_of).
2. A withdrawal's target is the country it leaves, where the reading took the country's name but made no actor
   for it: "halve the US troop presence in Afghanistan" (events.arguments._withdrawn_from; PLOVER RETREAT, CAMEO
   087; VerbNet remove-10.1 "from" Source), as a deployment's is the country the forces are sent to (round 32).
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


def test_a_drawdown_leaves_a_country():
    found = _events("Donald Trump is planning to halve the US troop presence in Afghanistan.", "RETREAT")
    assert ("Donald Trump", "Afghanistan", "halve") in found, found


def test_the_withdrawn_from_country_fills_the_field_only():
    """The country fills the target field only (lent_targets: the event stands on no target, as before)."""
    import newsledger.extract.events.arguments as A
    seen = []
    orig = A._retarget

    def spy(index, record, ev, srcs, tgts):
        out = orig(index, record, ev, srcs, tgts)
        if ev.type == "RETREAT":
            seen.append((dict(ev.lent_targets), [getattr(a, "name", None) for a in out]))
        return out

    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(A, "_retarget", spy)
        import newsledger.extract.events as E
        mp.setattr(E, "_retarget", spy)
        _events("Donald Trump is planning to halve the US troop presence in Afghanistan.", "RETREAT")
    finally:
        mp.undo()
    assert ({0: None}, ["Afghanistan"]) in seen, seen


@pytest.mark.parametrize("text", [
    "Turkey sent troops to Syria on Monday.",  # a deployment: round 32's rule, no RETREAT
    "Russia is planning to halve its troop presence in Aleppo.",  # a town: no country named
])
def test_no_withdrawn_country_otherwise(text):
    found = _events(text, "RETREAT")
    assert not any(t in {"Syria", "Aleppo"} for _, t, _ in found), found
