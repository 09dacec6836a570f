"""Issue 16, round 28 (evprec28): a thing or an event that "threatens" poses a danger (WordNet threaten.v.02/v.03);
it is no CAMEO 13 threat, which an actor makes (non_acts.json threat_thing_subjects). Actors that threaten stay.
The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2024-05-02"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The bribery scandal threatens to sink the mayor's re-election bid.", "threatens"),
        ("A brush fire threatened dozens of homes on the east side of the county on Friday.", "threatened"),
        ("Engineers inspected the old dam, which threatens to give way after a week of rain.", "threatens"),
        ("The dispute over fishing rights threatened the trade pact, officials said.", "threatened"),
    ],
)
def test_a_thing_that_threatens_is_no_threat(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The militia threatened to shell the port if the ships did not leave.", "threatened"),
        ("Striking nurses threatened to walk out again next month.", "threatened"),
        ("The governor threatened the county with a funding freeze.", "threatened"),
    ],
)
def test_an_actor_threat_stays(text, trigger):
    assert_coded(text, trigger, "THREATEN", published=PUBLISHED)
