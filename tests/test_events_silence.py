"""Issue 16, fourth round: the coder stays silent on news of every topic (sport, accidents, business), where
everyday verbs read as political acts, and keeps the acts those verbs name between armed or political actors.
Classes from non_acts.json (found on the Giveme5W1H articles, which carry no event gold); the sentences below are
written for the tests, not taken from any article."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _events(text: str):
    return extract_events(text, published="2016-11-09")


@pytest.mark.parametrize("text", [
    "More than 40 passengers were taken to hospital after the crash.",  # care destination
    "The coach talked about the team's hopes for the new season.",  # conversation without a partner
    "Thousands of fans visited the club's website on Monday.",  # a visit to no actor or place
    "The veteran driver failed to finish his last race in Brazil.",  # failing is no refusal
    "The young striker defied expectations and scored twice.",  # defiance of no actor
    "The Cubs beat the Cleveland Indians to win the World Series.",  # a contest
    "The challenger overtook the champion on the final lap.",
    "Seven people were killed when a packed tram derailed in south London.",  # an accident
    "Four climbers died in an avalanche in the Alps.",
])
def test_everyday_text_is_no_event(text):
    rec, events = _events(text)
    assert events == [], [(e.type, e.trigger, actor_name(rec, e.source), actor_name(rec, e.target)) for e in events]


def test_acts_between_armed_actors_and_talks_stay_events():
    rec, events = _events("Syrian troops defeated the rebels.")
    assert [e.type for e in events] == ["ASSAULT"]
    rec, events = _events("Turkish troops were firing artillery at the town from the border.")
    assert [e.type for e in events] == ["ASSAULT"]
    rec, events = _events("Russia held talks with Turkey in Geneva on Monday.")
    assert "CONSULT" in [e.type for e in events]


@pytest.mark.parametrize("text", [
    "The press secretary declined to elaborate on the remarks the next day.",  # the routine no-comment
    "The suspect matched the description given by the bank teller.",  # "match" is no fight
    "The mayor said he would hold a press conference on the new parking rules.",  # a statement, no consultation
    "Two drivers were taken to Riverside Medical Center with minor injuries.",  # a care destination by name
])
def test_routine_news_is_no_event(text):
    rec, events = _events(text)
    assert events == [], [(e.type, e.trigger, actor_name(rec, e.source), actor_name(rec, e.target)) for e in events]


def test_headline_participle_is_passive():
    rec, events = _events("Scientology defector arrested after attempting to leave organization. He was released "
                          "on Thursday.")
    arrest = [e for e in events if e.trigger == "arrested"]
    assert arrest and arrest[0].source is None and actor_name(rec, arrest[0].target) == "Scientology defector"
    rec, events = _events("Man arrested for stabbing neighbour in Leeds. Police said the victim was recovering.")
    arrest = [e for e in events if e.trigger == "arrested"]
    assert arrest and arrest[0].source is None and actor_name(rec, arrest[0].target) == "Man"
