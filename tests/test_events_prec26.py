"""Issue 16, round 26 (evprec26): a rally or a march of one person is no protest. A candidate's rally is a gathering
to arouse enthusiasm (WordNet rally.n.01, hypernym gathering), not a demonstration (demonstration.n.03, the protest
forms), and CAMEO 14 codes collective actions carried out as protests against a target; a person marching in a
parade or towards a nomination makes no protest either (march.n.03 "a steady advance"). A crowd's rally, and a
rally marked as a protest ("against", "anti-"), stay PROTEST. The sentences are invented for the tests, not taken
from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2016-03-10"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("At a Smith rally in Dayton on Saturday, some of his supporters punched a heckler.", "rally"),
        ("Hundreds of supporters cheered at a Jane Smith rally in Dayton on Saturday.", "rally"),
        ("Governor Tom Hart's campaign rally drew thousands in Tulsa on Friday.", "rally"),
        ("Senator Jane Smith will be holding a rally at a high school gym in Dayton on Friday.", "holding"),
        ("Senator Jane Smith was rallying in Ohio for a local congressional candidate on Monday.", "rallying"),
        ("Senator Jane Smith marched in the city's annual parade on Sunday.", "marched"),
    ],
)
def test_one_persons_rally_or_march_is_no_protest(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Thousands of students rallied in the capital on Sunday against the new tuition law.", "rallied"),
        ("Hundreds of protesters marched through the city centre on Monday.", "marched"),
        ("Opposition leader Ivan Petrov held a rally against corruption in Moscow on Saturday.", "held"),
        ("Senator Jane Smith held an anti-war rally outside the Capitol on Friday.", "held"),
        ("Senator Jane Smith marched with striking nurses to protest the hospital cuts on Monday.", "marched"),
    ],
)
def test_a_protest_stays(text, trigger):
    assert_coded(text, trigger, "PROTEST", published=PUBLISHED)
