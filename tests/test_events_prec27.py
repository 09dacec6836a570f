"""Issue 16, round 27 (evprec27): a contest verb is no threat between unarmed actors. The CAMEO dictionary's patterns
read "beat ... with" as 130 and "defeat" under an intent as 138 (threats); a goal scored past a goalie or a rival
beaten in a race threatens no one (WordNet 3.0 beat.v.01, defeat.v.01). An armed source or target keeps the threat.
The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2019-01-15"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Then, Smith beat the Toronto goalie through the legs with a backhand late in the first period.", "beat"),
        ("Jones promised to defeat Senator Brown and two other rivals in the August contest.", "defeat"),
    ],
)
def test_a_contest_is_no_threat(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger, typ",
    [
        ("The general vowed that his troops would defeat the rebels within a month.", "defeat", "THREATEN"),
        ("The police beat the protesters with batons outside the parliament.", "beat", "THREATEN"),
    ],
)
def test_an_armed_threat_stays(text, trigger, typ):
    assert_coded(text, trigger, typ, published=PUBLISHED)
