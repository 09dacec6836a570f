"""Issue 16, eighteenth round (evprec18): a possible or obligatory act (could, might, may, should, must) told by
someone other than its doer is a prediction or advice, no event (events.filters._prediction); a party's own
possible act told by that party, a conjunct with its own tense, a negated refusal and a hedged count stay.
Sentences written for the test."""
from __future__ import annotations

import pytest

from tests.event_helpers import extract_events

PUB = "2018-04-12"


def _triggers(text: str) -> set[str]:
    _, events = extract_events(text, published=PUB)
    return {(e.trigger or "").lower() for e in events}


@pytest.mark.parametrize("text, trigger", [
    ("Analysts say the new alliance may yet pull the United States deeper into the war in Yemen.", "pull"),
    ("The opposition newspaper wrote that the army could attack the rebel town of Idlib any day now.", "attack"),
    ("Voters might blame the governor for the closure of the steel mill.", "blame"),
    ("The editorial board said the president should deport the Iranian diplomats.", "deport"),
])
def test_prediction_or_advice_is_no_event(text, trigger):
    assert trigger not in _triggers(text)


@pytest.mark.parametrize("text, trigger", [
    ("Slovakia could suspend all relations with Hungary over the pipeline deal, Slovakia's prime minister "
     "told journalists on Tuesday.", "suspend"),  # a party's own possible act, told by the party
    ("The violence must stop, and I am urging the government to arrest the gunmen, the minister said.", "urging"),
    ("The Turkish foreign minister said Turkey could not support the plan to arm the Kurdish militia.", "support"),
    ("Turkish troops attacked the Kurdish town of Afrin on Sunday.", "attacked"),
])
def test_own_plan_conjunct_refusal_and_facts_stay(text, trigger):
    assert trigger in _triggers(text)
