"""Issue 16, tenth round (evtypes3): types the random sample of events judged wrong on real text, fixed by the
structure that names their class. The sentences are written for the tests, not taken from any article.

- the bare noun "strike" whose phrase names an armed owner ("-led", a state) or a country it is on or against is an
  attack (CAMEO 190), not a labour strike (143);
- a meeting the outlet reports as scheduled or expected is a planned CONSULT, not an AGREE 036 statement of intent;
  a promise, offer or agreement to meet stays AGREE;
- a vow to exterminate (core_verbs.tsv, WordNet exterminate.v.01) is a threat of force (CAMEO 138)."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import nominal
from tests.event_helpers import extract_events, parse


def _strike_code(text: str) -> str | None:
    tok = next(t for t in parse(text) if t.lower_ in {"strike", "strikes"} and t.pos_ == "NOUN")
    return nominal._nominal_code(tok)


@pytest.mark.parametrize("text, code", [
    ("Ruritania will stand by its ally in the event of a Freedonian-led strike.", "190"),
    ("Most voters oppose strikes against Freedonia.", "190"),
    ("They discussed the expected American strike.", "190"),
    ("The nurses' strike ended on Friday.", "143"),
    ("The dockers began a strike on Monday.", "143"),
    ("The union called a strike against the pension reform.", "143"),
])
def test_a_bare_strike_is_read_by_its_owner_and_target(text, code):
    assert _strike_code(text) == code


def _types(text: str) -> set[tuple[str, str | None]]:
    _, events = extract_events(text, published="2018-04-12")
    return {(e.type, e.status) for e in events}


def test_a_scheduled_meeting_is_a_planned_consultation():
    types = _types("The European Union will hold a reconstruction conference on Syria on 24 April.")
    assert ("CONSULT", "planned") in types
    assert not any(t == "AGREE" for t, _ in types)


def test_a_promise_to_meet_stays_a_promise():
    types = _types("The Russian foreign minister promised to meet the Syrian opposition in Geneva.")
    assert any(t == "AGREE" for t, _ in types)


def test_a_vow_to_exterminate_is_a_threat():
    types = _types("The militants vowed to exterminate the villagers.")
    assert any(t == "THREATEN" for t, _ in types)
    assert not any(t == "AGREE" for t, _ in types)


def test_a_party_saying_it_would_meet_on_a_condition_states_its_intent():
    types = _types("Opposition leaders said on Wednesday they would meet the mediator if he gave them a veto.")
    assert any(t == "AGREE" for t, _ in types)


def test_a_veto_is_a_rejection():
    # CAMEO 129 "Veto" (under 12 "Reject"), not the dictionary's bare default 172 (administrative sanctions)
    types = _types("Russia has vetoed a United Nations resolution on Syria, citing bias.")
    assert any(t == "REJECT" for t, _ in types)
    assert not any(t == "COERCE" for t, _ in types)
