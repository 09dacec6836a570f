"""Issue 16 round 41 (evtype41): scripts/events_plover_census.py, the PLOVER dev type errors by the mechanism that
decided them, and its refusal to list items off tune-a. Sentences written for the test."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from newsledger import nlp
from tests.script_helpers import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "events_plover_census.py"


@pytest.fixture(scope="module")
def census():
    return load_script(SCRIPT)


@pytest.fixture(scope="module")
def tokens():
    doc = nlp.parse("Rebels attacked the convoy after officials hosted the talks.")
    return {t.lemma_.lower(): t for t in doc}


def _event(typ: str, cameo: str, confidence: float):
    return SimpleNamespace(type=typ, cameo=cameo, confidence=confidence)


def test_trigger_class_follows_the_confidence_model(census, tokens):
    assert census.trigger_class(tokens["attack"]) == "core"
    assert census.trigger_class(tokens["host"]) == "generic"
    assert census.trigger_class(tokens["talk"]) == "noun"


def test_mechanism_names_why_the_type_is_wrong(census, tokens):
    attack = (_event("ASSAULT", "190", 0.8), tokens["attack"])
    hosted = (_event("CONSULT", "042", 0.3), tokens["host"])
    assert census.mechanism("ASSAULT", "ASSAULT", [attack], 0.5) == "right"
    assert census.mechanism("COERCE", "ASSAULT", [attack], 0.5) == "other type|19|ASSAULT|core"
    assert census.mechanism("CONSULT", None, [hosted], 0.5) == "under threshold|generic"
    assert census.mechanism("AGREE", None, [hosted], 0.5) == "other type under threshold|04|CONSULT|generic"
    assert census.mechanism("AGREE", None, [], 0.5) == "no event"


def test_items_are_refused_off_tune_a(census):
    with pytest.raises(SystemExit):
        census.main("tune-b", "--items")
