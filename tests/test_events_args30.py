"""Round 30, issue 16 (event arguments): an episode retold under an old time is historical
(events.dates._narrative_past)."""
from __future__ import annotations


def _status_at(text, trigger, published, monkeypatch):
    from tests.event_helpers import extract_events

    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = extract_events(text, published=published)
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.trigger, e.type, e.status) for e in events]
    return found[0].status


def test_a_participle_clause_takes_its_matrix_clause_tense(monkeypatch):
    text = ("About the turn of the millennium, the PKK abandoned the demand for a separate state. "
            "It called a unilateral ceasefire, pressing for peace talks with the government.")
    assert _status_at(text, "pressing", "2018-02-23", monkeypatch) == "historical"


def test_finite_clause_of_a_participle():
    from newsledger.extract.events.dates import _finite_clause
    from tests.event_helpers import verb_token

    assert _finite_clause(verb_token("It called a ceasefire, pressing for peace talks.", "press")).lemma_ == "call"
    while_ = verb_token("It called a ceasefire while pressing for peace talks.", "press")
    assert _finite_clause(while_).lemma_ == "press"  # a time relation of its own
    finite = verb_token("The rebels are pressing for peace talks.", "press")
    assert _finite_clause(finite).lemma_ == "press"


def test_a_simple_past_sentence_between_asks_a_year_more(monkeypatch):
    old = ("Three years ago the world watched fighters in the town of Kobane hold off a vast army of militants. "
           "The defenders insisted they were acting in the name of democracy. "
           "The militants vowed to exterminate them for that very reason.")
    assert _status_at(old, "vowed", "2018-02-23", monkeypatch) == "historical"
    # eighteen months back: one step forward from it may still be old, two may not
    recent = ("In August 2016 the world watched fighters in the town of Kobane hold off a vast army of militants. "
              "The defenders insisted they were acting in the name of democracy. "
              "The militants vowed to exterminate them for that very reason.")
    assert _status_at(recent, "vowed", "2018-02-23", monkeypatch) != "historical"


def test_a_detention_that_lasted_five_months_or_more_is_historical(monkeypatch):
    text = "In October, Turkey released a US pastor detained for two years on terror charges."
    assert _status_at(text, "detained", "2018-12-20", monkeypatch) == "historical"
    short = "In October, Turkey released a US pastor detained for two weeks on terror charges."
    assert _status_at(short, "detained", "2018-12-20", monkeypatch) != "historical"
