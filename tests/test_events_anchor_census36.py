"""Issue 16 round 36 (evanchor36): the automatic tallies of scripts/events_anchor_census.py (a false event beside a
missed gold event of its type at another mention: what the pipeline made at the gold's sentence, how the gold span
names the act) and its refusal to print items off tune-a. Sentences written for the test."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

import newsledger.extract.events as E
from newsledger import nlp
from tests.script_helpers import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "events_anchor_census.py"


@pytest.fixture()
def census():
    plain = E._events_of
    mod = load_script(SCRIPT)
    yield mod
    E._events_of = plain  # the script wraps it at import to log raw events


def test_items_are_refused_off_tune_a(census):
    with pytest.raises(SystemExit):
        census.census("tune-b", True)


def test_made_reads_the_furthest_step_of_the_type(census):
    sent = SimpleNamespace(start_char=100)
    raws = [(100, 180, "ASSAULT", None, [("ASSAULT", 0.3)]), (100, 180, "COERCE", None, []),
            (200, 260, "CONSULT", None, [("CONSULT", 0.9)])]
    assert census._made(raws, sent, "ASSAULT", 0.5) == "low_conf"
    assert census._made(raws, sent, "COERCE", 0.5) == "no_act"
    assert census._made(raws, sent, "CONSULT", 0.5) == "other_type"
    assert census._made(raws + [(100, 180, "CONSULT", None, [("CONSULT", 0.7)])], sent, "CONSULT", 0.5) == "merged"
    assert census._made(raws, SimpleNamespace(start_char=300), "ASSAULT", 0.5) == "none"


def test_bridge_names_the_act_by_lemma_family_or_other(census):
    text = "Police arrested the mayor on Monday. The mayor's detention angered his party. The party denied everything."
    doc = nlp.parse(text)
    event = SimpleNamespace(start=0, trigger="arrested", type="COERCE")

    def gold(phrase: str):
        start = text.index(phrase)
        return SimpleNamespace(start=start, end=start + len(phrase))

    assert census._bridge(doc, gold("Police arrested the mayor"), event) == "same"
    assert census._bridge(doc, gold("The mayor's detention"), event) == "family"
    assert census._bridge(doc, gold("The party denied everything"), event) == "other"
