"""Issue 16, fourteenth round (evstatus): two classes of undated background acts that are historical
(event-annotation.md: finished episodes five or more months before publication), and their converses.
- a past perfect act told as before its governing clause's time ("stated in January 2002 that the army had mined the
  border"): it precedes that time (dates._anterior_to_old); a recent governing time or none leaves it reported;
- a confinement in the perfect with a "for" duration ("has been jailed for almost 20 years"): the jailing began that
  long ago (dates._confined_for); "was jailed for two years" is the sentence's length, and "for months" may be fewer
  than five;
- an undated past act under an old "when" or "before" clause, or told before a coordinated simple-past clause so
  dated (dates._before_old_clause); an "after" clause does not bound it, a recent one leaves it reported.
The sentences are written for the tests, not taken from any article."""
from __future__ import annotations

import pytest

from tests.event_helpers import extract_events


def _statuses(text, typ, published="2018-03-14"):
    _, events = extract_events(text, published=published)
    return [e.status for e in events if e.type == typ]


def test_a_past_perfect_act_before_an_old_statement_is_historical(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    got = _statuses("In January 2016, the minister stated that the rebels had attacked the border post.", "ASSAULT")
    assert got == ["historical"]


def test_a_past_perfect_act_before_a_recent_statement_stays_reported(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    got = _statuses("On Monday, the minister stated that the rebels had attacked the border post.", "ASSAULT")
    assert got == ["reported"]


def test_a_simple_past_act_under_an_old_statement_is_not_anterior(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    got = _statuses("In January 2016, the minister stated that the rebels attacked the border post.", "ASSAULT")
    assert got == ["reported"]  # only the past perfect is told as before the statement


def test_a_confinement_that_has_lasted_years_is_historical(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    got = _statuses("The group follows its founder, who has been jailed by the government for almost 20 years.",
                    "COERCE")
    assert got == ["historical"]


def _trigger_statuses(text, trigger, published="2018-03-01"):
    _, events = extract_events(text, published=published)
    return [e.status for e in events if e.trigger == trigger]


def test_an_act_under_an_old_when_clause_is_historical(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    assert _trigger_statuses("When the envoy visited Kabul in March 2016, the rebels attacked the convoy.",
                             "attacked") == ["historical"]


def test_an_act_under_a_recent_when_clause_stays_reported(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    assert _trigger_statuses("When the envoy visited Kabul on Monday, the rebels attacked the convoy.",
                             "attacked") == ["reported"]


def test_an_act_told_before_an_old_coordinated_clause_is_historical(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    text = ("The prime minister finally agreed to a moratorium, but when the envoy visited the region in March 2010, "
            "he was caught off guard by a new housing project.")
    assert _trigger_statuses(text, "agreed", published="2015-11-10") == ["historical"]


def test_a_shift_by_weekends_does_not_crash_the_record():
    # "the previous weekend" with a publication date reached timex.resolve.shift with the unit "weekend"
    rec, _ = extract_events("The newspaper said the previous weekend that the senator attacked the plan.",
                            published="2016-08-27")
    assert rec.article.published == "2016-08-27"


@pytest.mark.parametrize("text, trigger", [
    ("The founder was jailed by the court for 20 years.", "jailed"),  # the sentence's length, not time since
    ("The activist has been detained by police for months.", "detained"),  # "for months" may be fewer than five
    ("The rebels attacked the convoy after the envoy visited Kabul in March 2016.", "attacked"),  # "after": no bound
])
def test_the_converses_stay_reported(monkeypatch, text, trigger):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    got = _trigger_statuses(text, trigger)
    assert got and "historical" not in got
