"""Issue 14 round 37 (brief37): the classes of scripts/brief_loss_census.py (what the brief's where answered
instead of the gold's, the gold why's opening marker) and its refusal to print items off tune-a. Phrases written
for the test."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.script_helpers import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "brief_loss_census.py"


@pytest.fixture(scope="module")
def census():
    mod = load_script(SCRIPT)  # hooks are installed by main() only
    return mod


def test_where_instead_partial_and_none(census):
    golds = ["at the Elm Street fire station in Millbrook"]
    assert census.where_instead(0.0, None, golds, "none") == "none"
    assert census.where_instead(0.5, "Millbrook", golds, "title") == "partial: the phrase cut (inside the gold)"
    assert census.where_instead(0.5, "the old mill at the Elm Street fire station in Millbrook, Ohio", golds,
                                "another sentence") == "partial: the phrase extended (holds the gold)"
    assert census.where_instead(0.0, "RIVERTON", golds, "dateline") == "the dateline's city, the event elsewhere"


def test_gold_marker(census):
    assert census.gold_marker("because of the storm") == "because of"
    assert census.gold_marker("to raise money for the library") == "to"
    assert census.gold_marker("heavy rain on the pass") == "unmarked"


def test_items_are_refused_off_tune_a():
    run = subprocess.run([sys.executable, str(SCRIPT), "where", "news", "tune-b", "-v"], capture_output=True,
                         text=True)
    assert run.returncode != 0 and "tune-a only" in run.stderr
