"""Issue 16, round 26 (evprec26): a "meet" that is no consultation. A reaction met with or a fate met (WordNet
meet.v.11 "experience as a reaction", v.12 "undergo or suffer") is no meeting, and a private person's meeting with a
relative or a friend is no CAMEO 04 consultation between political actors. A meeting with an official, or with a
definite description ("the wife of a jailed journalist"), stays CONSULT. The sentences are invented for the tests,
not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2016-03-10"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The mayor's plan to close two schools has met with fierce resistance from parents.", "met"),
        ("Senator Jane Smith met up with a friend from Denver for lunch on Saturday.", "met"),
        ("Governor Tom Hart met his brother for dinner in Chicago on Friday.", "met"),
        ("The governor said he was excited to meet his first grandchild in Boston on Sunday.", "meet"),
    ],
)
def test_a_meet_that_is_no_consultation(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Governor Tom Hart met with the wife of a jailed journalist in Denver on Friday.", "met"),
        ("Governor Tom Hart met with President Alan Moore of Ghana in Accra on Friday.", "met"),
        ("Council members met with the school board on Monday to discuss the fate of the school.", "met"),
    ],
)
def test_a_meeting_stays(text, trigger):
    assert_coded(text, trigger, "CONSULT", published=PUBLISHED)
