"""Issue 16, seventh round (evprec): acts between actors whose other side is no actor (non_acts.json _visit_host,
_public_audience). The sentences are written for the tests, not taken from any article."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _kinds(text: str, kind: str):
    rec, events = extract_events(text, published="2019-02-20")
    return rec, [e for e in events if e.type == kind]


@pytest.mark.parametrize("text", [
    "The teenager travelled to Syria in 2014 without telling his parents.",  # a private person's journey
    "He flew to Florida to look for work.",  # no host at all
])
def test_a_journey_is_no_visit(text):
    rec, events = _kinds(text, "CONSULT")
    assert events == [], [(e.trigger, actor_name(rec, e.source), actor_name(rec, e.target)) for e in events]


def test_the_public_is_not_threatened_by_an_advisory():
    rec, events = _kinds("The water company is warning people not to swim near the outlet.", "THREATEN")
    assert events == []


def test_a_warning_to_a_state_stays_a_threat():
    rec, events = _kinds("The United States warned Iran not to attack its ships.", "THREATEN")
    assert [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events] == [("United States", "Iran")]


def test_a_leaders_journey_visits_the_country_it_goes_to():
    rec, events = _kinds("Prime Minister Boris Johnson travelled to India on Monday.", "CONSULT")
    assert [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events] == [("Boris Johnson", "India")]


def test_the_public_is_no_partner_in_talks():
    rec, events = _kinds("John Smith talked to residents at the Green Hill Community Center on Wednesday.", "CONSULT")
    assert events == [], [(e.trigger, actor_name(rec, e.source), actor_name(rec, e.target)) for e in events]
    rec, events = _kinds("Over the years, the mayor met all sorts of people.", "CONSULT")
    assert events == [], [(e.trigger, actor_name(rec, e.source), actor_name(rec, e.target)) for e in events]
    # a talk needs a political side since round 35 (filters._unofficial_talk): a meeting keeps the event
    rec, events = _kinds("John Smith met the residents of the flooded town on Wednesday.", "CONSULT")
    assert [actor_name(rec, e.source) for e in events] == ["John Smith"]


def test_a_lead_arrest_of_a_described_person_is_retold_with_the_name():
    text = ("Former soldier arrested after leaving the camp\n\nA former soldier was arrested on Friday, police said. "
            "John Carver, 24, was arrested after leaving the camp on foot.")
    rec, events = _kinds(text, "COERCE")
    assert [actor_name(rec, e.target) for e in events] == ["John Carver"], \
        [(e.trigger, e.sentence, actor_name(rec, e.target)) for e in events]


def test_he_in_an_organizations_report_is_not_the_organization():
    text = ("A man was detained in Syria on suspicion of joining a militia. "
            "The group said he had been captured in the city a month ago.")
    rec, events = _kinds(text, "COERCE")
    assert "the group" not in {(actor_name(rec, e.target) or "").lower() for e in events}
    assert all(rec.actor(e.target) is None or rec.actor(e.target).kind != "organization" for e in events), \
        [(e.trigger, actor_name(rec, e.target)) for e in events]
