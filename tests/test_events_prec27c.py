"""Issue 16, round 27 (evprec27): a withdrawal is no concession or threat. Combatants withdrawn are CAMEO 0874
"Retreat or surrender militarily" (PLOVER RETREAT) as troops are (WordNet 3.0 fighter.n.01), and the CAMEO
dictionary's "leave ... &FIGHT" pattern no longer reads a later fight word as the leaving (leave.v.01). The fight
itself stays. The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2019-01-15"


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "With the town about to fall, she had heard her commanders were withdrawing female fighters for their "
            "safety.",
            "withdrawing",
        ),
        ("The militia withdrew its gunmen for their safety on Tuesday.", "withdrew"),
    ],
)
def test_combatants_withdrawn_are_a_retreat(text, trigger):
    assert_coded(text, trigger, "RETREAT", published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            '"We will be leaving at a proper pace while at the same time continuing to fight ISIS," the president '
            "said.",
            "leaving",
        ),
        ("An exile leaves the good life in Pennsylvania to fight on the frontlines of the conflict.", "leaves"),
    ],
)
def test_a_leaving_is_no_fight(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


def test_the_fight_stays():
    assert_coded(
        '"We will be leaving at a proper pace while at the same time continuing to fight ISIS," the president said.',
        "fight",
        "ASSAULT",
        published=PUBLISHED,
    )
