"""Issue 16, round 26 (evprec26): custody told as a state is no act of taking (event-annotation.md: descriptions of
states are no events; the events sample's rule for people held or detained with no act of taking; WordNet hold.n.05
"detention, custody: a state of being confined"). A present or progressive custody verb, an infinitive under "is
known to", or a reduced participle on a counted noun reports no COERCE or ASSAULT; an arrest with its own time or a
"after" clause stays. The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2019-04-02"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The two journalists are held in solitary confinement in a prison near Ankara.", "held"),
        ("Isis is known to hold foreign hostages in the desert town.", "hold"),
        ("The fate of at least 5,000 fighters detained in camps in the east worries the government.", "detained"),
        ("Two reporters are being held by rebels in the north, their newspaper said.", "held"),
    ],
)
def test_custody_as_a_state_is_no_act(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Police detained 30 protesters in the capital on Monday.", "detained"),
        ("Three men were detained after the raid on the warehouse.", "detained"),
        ("Nearly 600 migrants detained last week were released on Friday.", "detained"),
        ("A man is detained on Monday after a stabbing in the city centre.", "detained"),
    ],
)
def test_an_arrest_stays(text, trigger):
    assert_coded(text, trigger, "COERCE", published=PUBLISHED)
