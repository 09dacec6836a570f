"""Issue 16, fifteenth round (evresolve): the right actor behind a source or target.
- a new group actor is named without a quantifying adjective ("additional refugees") or a gradable adjective
  phrase with its own degree adverb ("massively outgunned rebels" are rebels), keeping race, age, legal status,
  demonyms, affiliation forms and the agents dictionary's classifiers ("heavily armed men", "Iran-backed militias");
- a noun of personal acquaintance ("a friend of X") is someone other than X, named by its appositive when the
  parser hangs that on X;
- a civilian occupation named with a country ("a US pastor", "an American journalist") is the country's national,
  not the state; a state noun ("US officials") stays the state.
The sentences are written for the tests, not taken from any article."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import actorcodes
from newsledger.extract.events.actors import _name_start
from tests.event_helpers import actor_name, extract_events, parse


def _group_name(text: str, head: str) -> str:
    doc = parse(text)
    tok = next(t for t in doc if t.text == head)
    return doc[_name_start(tok, actorcodes.np_tokens(tok)): tok.i + 1].text


@pytest.mark.parametrize("text,head,name", [
    ("The army forced surrender on massively outgunned rebels.", "rebels", "rebels"),
    ("The aid agency will take in additional refugees next year.", "refugees", "refugees"),
    ("The army said the remaining militants surrendered.", "militants", "militants"),
    ("The police searched for undocumented immigrants.", "immigrants", "undocumented immigrants"),
    ("The campaign rallied young people in the city.", "people", "young people"),
    ("The police shot black men in the city.", "men", "black men"),
    ("The police stopped heavily armed men near the border.", "men", "heavily armed men"),
    ("The police arrested armed men near the border.", "men", "armed men"),
    ("Aid workers reached the displaced people in the camp.", "people", "displaced people"),
    ("The militias were joined by foreign fighters.", "fighters", "foreign fighters"),
    ("The army shelled Iran-backed militias.", "militias", "Iran-backed militias"),
    ("The army shelled pro-government militias.", "militias", "pro-government militias"),
    ("The jets bombed Syrian rebels.", "rebels", "Syrian rebels"),
])
def test_a_group_is_named_without_unclassifying_modifiers(text, head, name):
    assert _group_name(text, head) == name


def test_an_evaluated_group_target_is_named_by_its_head(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = extract_events("Government troops attacked massively outgunned rebels near the town on Monday.",
                                 published="2018-07-20")
    targets = [actor_name(rec, e.target) for e in events if e.type == "ASSAULT"]
    assert targets == ["rebels"]


def test_a_friend_of_a_named_person_is_the_appositive_not_the_person(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = extract_events("Adam Karlsson was a teacher. Another friend of Karlsson, Peter Lindqvist, was "
                                 "killed in an air strike in 2016.", published="2018-07-20")
    targets = [actor_name(rec, e.target) for e in events if e.type == "ASSAULT"]
    assert targets == ["Peter Lindqvist"]


def test_a_civilian_named_by_a_country_is_a_national_not_the_state(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = extract_events("The police in Ankara detained a US pastor on Monday.", published="2018-07-20")
    target = next(rec.actor(e.target) for e in events if e.type == "COERCE")
    assert (target.name, target.kind, target.country) == ("US pastor", "person", "US")


def test_state_agents_named_by_a_country_stay_the_state(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = extract_events("The police in Ankara detained US officials on Monday.", published="2018-07-20")
    targets = [rec.actor(e.target) for e in events if e.type == "COERCE"]
    assert [t.kind for t in targets if t is not None] == ["country"]


def test_a_capital_before_a_civilian_noun_gives_no_nationality(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, _ = extract_events("A Paris woman was arrested at her home on Friday night.", published="2018-07-20")
    assert not any(a.name == "Paris woman" for a in rec.actors)  # a city of residence, not France's national
