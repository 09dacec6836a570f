"""Issue 14 round 41 (brief41): the units of scripts/brief_unit_census.py (the sentence an answer and the coders'
phrase come from) and its refusal to print items off tune-a. Text written for the test."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.script_helpers import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "brief_unit_census.py"
TEXT = "Flood waters closed the bridge on Monday. The council blamed heavy rain. Repairs begin next week."


@pytest.fixture(scope="module")
def census():
    return load_script(SCRIPT)  # the builder hook is installed by census() only


@pytest.fixture()
def units():
    first, second = TEXT.index("The council"), TEXT.index("Repairs")
    return {"title": "Bridge shut as river rises", "text": TEXT,
            "sents": [(0, first), (first, second), (second, len(TEXT))]}


def test_units_of_gold_title_and_sentence(census, units):
    assert census.units_of_gold(units, "bridge shut") == ["title"]
    assert census.units_of_gold(units, "heavy rain") == ["sent2"]
    assert census.units_of_gold(units, "the bridge") == ["sent1"]
    assert census.units_of_gold(units, "bridge") == ["title", "sent1"]
    assert census.units_of_gold(units, "a burst dam") == ["not found"]


def test_answer_unit_and_relation(census, units):
    assert census.answer_unit(units, None) == "none"
    assert census.answer_unit(units, {"in": "title", "start": 0}) == "title"
    assert census.answer_unit(units, {"in": "text", "start": TEXT.index("on Monday")}) == "sent1"
    assert census.unit_of_offset(units, len(TEXT) + 5) == "later"
    assert census.relation("sent2", ["sent2", "title"]) == "answer in a gold unit"
    assert census.relation("sent1", ["sent2"]) == "answer elsewhere"


def test_direction_of_a_lost_answer(census):
    assert census.direction("none", ["sent2"]) == "no answer"
    assert census.direction("sent2", ["title", "sent2"]) == "same unit"
    assert census.direction("title", ["sent1"]) == "title, gold in the text"
    assert census.direction("sent1", ["sent3", "later"]) == "earlier sentence"
    assert census.direction("later", ["sent1"]) == "later sentence"
    assert census.direction("sent1", ["not found"]) == "gold not in text"


def test_items_are_refused_off_tune_a():
    run = subprocess.run([sys.executable, str(SCRIPT), "news", "tune-b", "-v"], capture_output=True, text=True)
    assert run.returncode != 0 and "tune-a only" in run.stderr
