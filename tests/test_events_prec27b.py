"""Issue 16, round 27 (evprec27): more uses of "meet" that are no CAMEO 04 consultation. The reaction sense behind a
quantity word ("met with a lot of skepticism": WordNet 3.0 meet.v.11), force met with ("met with tear gas"), an
acquaintance made between sides that are not both political ("first met", "met over the Internet": meet.v.08) and
a condition fulfilled (meet.v.04). Meetings between officials stay, a first meeting of two leaders too. The
sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2016-03-10"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("When the ministry announced the plan, it was met with a lot of skepticism by the opposition.", "met"),
        ("The marchers were met with pepper spray and tear gas by police near the station.", "met"),
        ("Smith, who first met Jones when they were both students in Ohio, runs the bakery.", "met"),
        ("The agency met these conditions by informing the government of its plans.", "met"),
    ],
)
def test_a_meet_that_is_no_consultation(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Senator Smith met with the governor on Monday to discuss the budget.", "met"),
        ("The ministers met with the task force on Tuesday in Geneva.", "met"),
    ],
)
def test_a_meeting_stays(text, trigger):
    assert_coded(text, trigger, "CONSULT", published=PUBLISHED)
