"""Issue 16 fifteenth round (evcore7): default verbs of force named by a CAMEO code title (1711 "Confiscate
property", 180/182/1821 assault) are core verbs (core_verbs.tsv), so the confidence model weighs an agentless
wounding up; injuring (accidents, fires) stays out. Sentences written for the test."""
from __future__ import annotations

from newsledger.extract.eventcoding import dictionary as D
from tests.event_helpers import extract_events


def test_force_rows_carry_their_cameo_root():
    roots = D.core_verb_roots()
    assert roots["confiscate"] == "17"
    assert all(roots[v] == "18" for v in ("wound", "assault", "rape", "stab"))
    assert "injure" not in roots and "hurt" not in roots and "beat" not in roots


def test_agentless_wounding_is_kept():
    _, events = extract_events("Two soldiers were wounded in the shootout with gunmen near the border on Tuesday.",
                               published="2018-04-12")
    assert [(e.type, e.trigger) for e in events] == [("ASSAULT", "wounded")]


def test_stabbing_in_a_crime_report_is_kept():
    _, events = extract_events("Police said a man was stabbed outside the bar on Friday night.",
                               published="2018-04-12")
    assert [(e.type, e.trigger) for e in events] == [("ASSAULT", "stabbed")]


def test_injured_in_an_accident_is_no_event():
    _, events = extract_events("Three firefighters were injured while fighting the blaze on Sunday.",
                               published="2018-04-12")
    assert events == []


def test_figurative_stab_in_the_back_is_no_event():
    _, events = extract_events("Erdogan said the United States had stabbed Turkey in the back.",
                               published="2018-04-12")
    assert [e for e in events if e.trigger == "stabbed"] == []
