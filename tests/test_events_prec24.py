"""Issue 16, round 24 (evprec24): an election won is no act. "Would beat/defeat X" with a score or in a poll, and
"captured the nomination / delegates / N percent in the primary" are the electoral senses of these verbs (WordNet:
beat.v.01, defeat.v.01, capture "win"); CAMEO codes no electoral competition. Military defeats and captures keep
their codes. The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2021-05-12"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Senator Mills would defeat Governor Hart 51 percent to 44 percent, the survey said.", "defeat"),
        ("The survey found that Governor Hart would defeat the mayor easily.", "defeat"),
        ("Senator Mills captured 53 percent in the Ohio primary.", "captured"),
        ("Governor Hart captured the Republican nomination last spring.", "captured"),
        ("Senator Mills captured 1,200 delegates on Super Tuesday.", "captured"),
        ("In hypothetical match-ups, Senator Mills would beat Governor Hart and the mayor.", "beat"),
        ("Governor Hart captured Ohio by about 70,000 votes.", "captured"),
    ],
)
def test_an_election_won_is_no_act(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger, typ",
    [
        ("Government troops defeated the rebels near Zorka ahead of the election.", "defeated", "ASSAULT"),
        ("The army vowed to defeat the insurgents before the presidential election.", "defeat", "THREATEN"),
        ("Rebel fighters captured 40 percent of the city of Zorka.", "captured", "COERCE"),
        ("Rebel fighters captured the town of Zorka on Monday.", "captured", "COERCE"),
    ],
)
def test_a_military_defeat_or_capture_stays(text, trigger, typ):
    assert_coded(text, trigger, typ, published=PUBLISHED)
