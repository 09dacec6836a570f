"""Issue 16, round 28 (evprec28): deaths and injuries caused by no one are no ASSAULT (non_acts.json _accidents28):
a disaster or a destructive fire named by its site ("a house fire", "the blaze"), a vehicle as the death's "by" agent
("struck and killed by a pickup truck") or naming the incident ("the ferry tragedy"), a vehicle's collision in a
when/after clause ("when her car struck a tree"), and coordinated verbs sharing the clause. Attacks stay: gunfire, a
car bombing, a vehicle that hits a bomb. The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2024-05-02"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("A 54-year-old cyclist was struck and killed by a delivery van on Oak Avenue on Thursday.", "killed"),
        ("A retired teacher was killed on Sunday when her car struck a utility pole on Route 12.", "killed"),
        ("Three residents were killed in an apartment fire on Pine Street early Saturday.", "killed"),
        ("Two hikers were injured in the wildfire on Friday, the sheriff said.", "injured"),
        ("Four passengers were killed in the ferry tragedy off the coast on Monday.", "killed"),
        ("Nine people were killed and 40 others were injured when a bus overturned on the mountain road.", "killed"),
    ],
)
def test_an_accident_is_no_assault(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Two border guards were killed by Turkish fire near the crossing on Tuesday.",
        "Six people were killed in a car bombing outside the ministry on Monday.",
        "Three soldiers were killed when their truck struck a landmine near the border.",
        "Gunmen killed a shopkeeper in his car on Tuesday night.",
    ],
)
def test_an_attack_stays(text):
    assert_coded(text, "killed", "ASSAULT", published=PUBLISHED)


def test_an_aircraft_strike_stays():
    text = "Five villagers were killed when an army helicopter struck their village during an operation on Monday."
    assert_coded(text, "killed", "ASSAULT", published=PUBLISHED)
