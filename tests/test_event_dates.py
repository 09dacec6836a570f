"""Issue 16, ninth round: the event's own date. A lead's undated event takes the day its retelling in the next
sentences gives (not an act with a new, indefinite participant, not past the lead); a promise, threat or demand made
in a statement is dated by the statement's time; "last week" is dated to the month; a time on the event noun
itself ("a March 21 robbery") is its day. Sentences invented for the tests (no evaluation sentence)."""
from __future__ import annotations

import pytest

from tests.event_helpers import extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _first(events, typ):
    return next(e for e in sorted(events, key=lambda e: e.start) if e.type == typ)


def test_a_leads_event_takes_the_day_of_its_retelling():
    _, events = extract_events("A British soldier fighting against the rebels has died in an explosion in the north, "
                               "the ministry said. The soldier was killed on Thursday night alongside a colleague.",
                               published="2018-03-30")
    e = _first(events, "ASSAULT")
    assert (e.trigger, e.date, e.date_precision) == ("died", "2018-03-29", "day")


def test_a_retelling_a_month_ago_gives_the_month():
    _, events = extract_events("A man has been detained by the army on suspicion of spying. "
                               "The army said he had been captured in the city a month ago.", published="2018-09-23")
    e = _first(events, "COERCE")
    assert (e.trigger, e.date, e.date_precision) == ("detained", "2018-08", "month")


def test_a_headline_is_dated_by_the_leads_dated_noun():
    _, events = extract_events("Woman is robbed behind apartment complex. "
                               "Police are searching for a suspect in a March 21 robbery.", published="2009-03-31")
    e = _first(events, "COERCE")
    assert (e.trigger, e.date, e.date_precision) == ("robbed", "2009-03-21", "day")


def test_an_act_on_someone_new_is_no_retelling():
    _, events = extract_events("Jane Miller, 19, was arrested and charged with arson. "
                               "Police arrested a man at the station on Monday.", published="2009-03-20")
    e = _first(events, "COERCE")
    assert e.date == "2009-03-20" and e.date_precision == "publication"


def test_no_retelling_past_the_lead():
    _, events = extract_events("The mayor met the governor. Rain fell. Crowds waited. Rebels attacked the town. "
                               "The town was attacked on Monday, officials said.", published="2018-03-30")
    e = _first(events, "ASSAULT")
    assert e.date_precision == "publication"


def test_a_promise_is_dated_by_its_statement():
    _, events = extract_events("France on Tuesday announced it would accept any adult fighters who return from the "
                               "camps.", published="2019-01-30")
    e = _first(events, "AGREE")
    assert (e.date, e.date_precision) == ("2019-01-29", "day")


def test_a_statement_of_a_done_act_does_not_date_it():
    _, events = extract_events("France said on Tuesday it had agreed to the request.", published="2019-01-30")
    e = _first(events, "AGREE")
    assert e.date != "2019-01-29"


def test_last_week_is_dated_to_the_month():
    _, events = extract_events("Police last week arrested the mayor of Springfield.", published="2009-03-16")
    e = _first(events, "COERCE")
    assert (e.date, e.date_precision) == ("2009-03", "month")
