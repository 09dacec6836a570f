"""Issue 16, tenth round (evconf): a speaker's own negation with no denial verb ("said it was not withdrawing",
"said he had never met") tells that no act happened, so it is no event; a denied attack or arrest stayed, as
denied (dropped since round 22, evprec22), and a later plain mention of a negated act is not promoted in its
place. Class found on unscored Guardian and LGL articles (dev/unlabelled); the sentences below are written for the
tests, not taken from any article."""
from __future__ import annotations

import pytest

from tests.event_helpers import assert_no_event, describe_events, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2019-02-14"


def _events(text: str):
    return extract_events(text, published=PUBLISHED)


@pytest.mark.parametrize("text, trigger", [
    ("The secretary of state said the United States was not withdrawing from Syria.", "withdrawing"),
    ("The governor said he had never met the Russian ambassador.", "met"),
])
def test_a_speakers_negation_is_no_event(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


def test_the_same_act_told_plainly_stays_an_event():
    rec, events = _events("The governor met the Russian ambassador in Moscow on Monday.")
    assert [e.type for e in events if e.trigger == "met"] == ["CONSULT"], describe_events(rec, events)


def test_denied_attack_goes_and_plain_act_stays():
    # evprec22 (round 22) reverses the tenth round's "a denied attack stays, as denied": a denied act is no event
    # (status.not_an_act); the plain act in the next sentence stays
    rec, events = _events("Israel said it had not bombed the camp. Turkish troops shelled the town on Sunday.")
    by_trigger = {e.trigger: e for e in events}
    assert "shelled" in by_trigger, describe_events(rec, events)
    assert "bombed" not in by_trigger, describe_events(rec, events)
