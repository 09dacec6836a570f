"""Issue 16, round 26 (evprec26): a state captured by one unarmed person is won in a vote, no seizure (CAMEO 192
"Occupy territory" codes territory taken by force; WordNet capture.v.05 "take possession of by force"). Fighters,
troops and a person with an armed role keep their COERCE. The sentences are invented for the tests, not taken from
any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2016-03-02"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Senator Jane Smith captured Ohio, Iowa and Nevada in Tuesday's contests.", "captured"),
        ("Governor Tom Hart also captured his home state of Kansas on Tuesday.", "captured"),
    ],
)
def test_a_state_won_is_no_seizure(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Rebel fighters captured Aleppo after a long siege.", "captured"),
        ("Rebel commander Abu Omar captured Idlib on Sunday.", "captured"),
        ("Government troops captured the town of Kura on Monday.", "captured"),
    ],
)
def test_a_seizure_stays(text, trigger):
    assert_coded(text, trigger, "COERCE", published=PUBLISHED)
