"""Historical episodes and their dates (issue 16): "a year ago" counted at month precision (events.dates._ago_month),
and the narrative time of an old episode carried to the past-tense sentences that retell it (_narrative_past)."""
from __future__ import annotations

from tests.event_helpers import extract_events


def _first(events, typ):
    return [e for e in events if e.type == typ][0]


def test_a_year_ago_counts_from_the_month_a_year_before(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    _, events = extract_events("A year ago, Syrian troops attacked the rebels in the town.", published="2018-04-08")
    ev = _first(events, "ASSAULT")
    assert ev.date == "2017" and ev.status == "historical"  # counted from April 2017, dated by the tagger's year


def test_a_hedged_ago_keeps_its_year():
    from types import SimpleNamespace

    from newsledger.extract.events.dates import _ago_month

    text = "He was detained nearly two years ago. He was detained two years ago."
    rec = SimpleNamespace(article=SimpleNamespace(text=text, published="2018-07-19"))
    hedged = SimpleNamespace(text="two years ago", start=text.index("two"))
    plain = SimpleNamespace(text="two years ago", start=text.rindex("two"))
    assert _ago_month(rec, hedged) is None
    assert _ago_month(rec, plain) == "2016-07"
    assert _ago_month(rec, SimpleNamespace(text="six months ago", start=0)) == "2018-01"
def test_a_retold_old_episode_is_historical_but_keeps_the_publication_date(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    text = ("In January 2015, the men travelled to Raqqa. Her husband was later arrested by the militants. "
            "Police arrested two men in London.")
    _, events = extract_events(text, published="2019-02-14")
    old = [e for e in events if e.type == "COERCE" and "husband" in e.sentence]
    assert old and old[0].status == "historical" and old[0].date_precision == "publication"


def test_the_present_resumes_the_report(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    text = ("In January 2015, the men travelled to Raqqa. The family says it wants them home. "
            "Her husband was arrested by the militants.")
    _, events = extract_events(text, published="2019-02-14")
    ev = [e for e in events if e.type == "COERCE" and "husband" in e.sentence][0]
    assert ev.status == "reported"


def test_a_perfect_infinitive_under_a_past_verb_continues_the_narrative(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    text = ("The woman married a fighter in July 2016. The fighter was later reported to have been killed in "
            "coalition airstrikes.")
    _, events = extract_events(text, published="2019-02-14")
    ev = [e for e in events if e.type == "ASSAULT"][0]
    assert ev.status == "historical" and ev.date_precision == "publication"


def test_an_event_heard_of_is_dated_by_the_hearing(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    text = ("Speaking from jail, Smith said he was pleased when he first heard news of the Paris terror attacks in "
            "2015 and blamed his reaction on airstrikes.")
    _, events = extract_events(text, published="2019-02-22")
    ev = [e for e in events if e.type == "ASSAULT"][0]
    assert ev.date == "2015" and ev.status == "historical"


def test_the_last_month_is_the_publication_month(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    text = "Government forces have attacked rebel towns in the south in the last month."
    _, events = extract_events(text, published="2018-07-19")
    ev = [e for e in events if e.type == "ASSAULT"][0]
    assert ev.date == "2018-07" and ev.date_precision == "month"


def test_the_last_few_weeks_early_in_a_month_are_the_month_before(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    text = "In the last few weeks, government forces have attacked rebel towns in the south."
    _, events = extract_events(text, published="2018-03-04")
    ev = [e for e in events if e.type == "ASSAULT"][0]
    assert ev.date == "2018-02" and ev.date_precision == "month"
