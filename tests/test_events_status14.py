"""Issue 16, fourteenth round (evstatus): undated confinements that are historical
(event-annotation.md: finished episodes five or more months before publication), and their converses:
- a confinement in the perfect with a "for" duration ("has been jailed for almost 20 years"): the jailing began that
  long ago (dates._confined_for), and so does a confinement a release ended ("released an aid worker detained for
  two years"); "was jailed for two years" is the sentence's length, and "for months" may be fewer than five.
The sentences are written for the tests, not taken from any article."""
from __future__ import annotations

from tests.event_helpers import extract_events


def _statuses(text, typ, published="2018-03-14"):
    _, events = extract_events(text, published=published)
    return [e.status for e in events if e.type == typ]


def test_a_confinement_that_has_lasted_years_is_historical(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    got = _statuses("The group follows its founder, who has been jailed by the government for almost 20 years.",
                    "COERCE")
    assert got == ["historical"]


def test_a_sentence_length_is_not_time_since(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    got = _statuses("The founder was jailed by the court for 20 years.", "COERCE")
    assert got and "historical" not in got


def test_a_confinement_for_months_is_not_counted(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    got = _statuses("The activist has been detained by police for months.", "COERCE")
    assert got and "historical" not in got


def _trigger_statuses(text, trigger, published="2018-03-01"):
    _, events = extract_events(text, published=published)
    return [e.status for e in events if e.trigger == trigger]


def test_a_confinement_a_release_ended_is_historical(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    text = "Last month, the government released an aid worker detained for two years on spying charges."
    assert _trigger_statuses(text, "detained") == ["historical"]


def test_a_short_confinement_a_release_ended_stays_reported(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    text = "Last month, the government released an aid worker detained for three days on spying charges."
    got = _trigger_statuses(text, "detained")
    assert got and "historical" not in got
