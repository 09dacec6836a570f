"""Issue 16, round 25 (evprec25): a protest verb in its other senses is no protest. "Demonstrate" with an object or
a clause is to exhibit, prove or show (WordNet demonstrate.v.01-03), "rally" with an object is to gather or drum up
(rally.v.01-03: drum up, call to arms, muster); only the intransitive "demonstrate" is CAMEO 141 "Demonstrate or
rally" (demonstrate.v.04 "march in protest"). A protester as subject keeps the protest. The sentences are invented
for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2021-05-12"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The senator has repeatedly demonstrated his loyalty to the governor of Ohio.", "demonstrated"),
        ("The mayor's decision demonstrated that the city council could act quickly.", "demonstrated"),
        ("The minister sought to rally farmers and teachers behind her budget plan.", "rally"),
        ("Governor Hart demonstrated fiscal discipline in the new budget.", "demonstrated"),
        ("Senator Mills rallied the mayors of three cities behind the transport bill.", "rallied"),
    ],
)
def test_a_protest_verb_in_another_sense_is_no_protest(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Thousands of students demonstrated against the tuition increase in Lagos on Monday.", "demonstrated"),
        ("Protesters demonstrated their anger outside the parliament in Nairobi on Friday.", "demonstrated"),
    ],
)
def test_a_protest_stays(text, trigger):
    assert_coded(text, trigger, "PROTEST", published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Governor Hart captured the hearts of the residents with her speech.", "captured"),
        ("Governor Hart captured the spirit of the city in her speech.", "captured"),
        ("Senator Mills has captured the loyalty of the unions.", "captured"),
        ("The film captures the frustration of young workers in Ohio.", "captures"),
        ("Senator Mills captured wins in three states on Tuesday.", "captured"),
    ],
)
def test_capture_of_something_intangible_is_no_seizure(text, trigger):
    """capture.v.01 "represent or express something intangible", v.02 "attract; cause to be enamored", a win."""
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Rebel fighters captured the town of Zorka on Monday.", "captured"),
        ("Police captured the two suspects near the border.", "captured"),
        ("Rebel fighters captured 40 percent of the city of Zorka.", "captured"),
    ],
)
def test_a_capture_of_people_or_places_stays(text, trigger):
    assert_coded(text, trigger, "COERCE", published=PUBLISHED)
