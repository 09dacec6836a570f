"""Event dates, twelfth round (issue 16): a content to come dated by its statement's time (events.dates._said_when
with the coder's modality), and an undated page's year from its link (events.dates._latest_in_text, _link_year)."""
from __future__ import annotations

from tests.event_helpers import extract_events


def test_a_threat_voiced_last_month_is_dated_last_month(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    text = ("The chief of staff of Russia's armed forces said last month that Russia would shoot down incoming "
            "missiles and attack their launching platforms.")
    _, events = extract_events(text, published="2018-04-10")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and all(e.date == "2018-03" for e in threats)


def test_an_act_reported_as_done_keeps_its_own_dating(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    text = "The minister said on Monday that the army had attacked the rebels in the town."
    _, events = extract_events(text, published="2018-04-10")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all(e.date != "2018-04-09" for e in attacks)  # done, not voiced: not the saying's day
