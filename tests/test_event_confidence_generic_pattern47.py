"""generic_pattern (round 47, evconf47): a CAMEO dictionary pattern coded the event and its verb is in neither the
core nor the curated verbs, nor coded by a verb_senses.tsv row (the pattern is the only evidence). Made-up
sentences."""
from __future__ import annotations

import pytest

from newsledger.extract import events as E
from newsledger.extract.eventcoding import dictionary as D
from tests.event_helpers import extract_events


def _features_of(monkeypatch, text: str) -> dict[str, dict]:
    """{trigger: features} of every event extraction weighs in `text`, all kept."""
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    captured = {}
    plain = E.features

    def hook(*args, **kwargs):
        f = plain(*args, **kwargs)
        captured.setdefault(args[1].trigger.text, f)
        return f

    monkeypatch.setattr(E, "features", hook)
    extract_events(text, published="2021-03-01")
    return captured


@pytest.mark.parametrize("text, trigger, fires", [
    ("The mayor pressed for new talks with the striking unions.", "pressed", True),  # a pattern, generic verb
    ("The minister called for a ceasefire in the province.", "called", True),
    ("Police arrested dozens of protesters in the capital.", "arrested", False),  # a core verb's pattern
    ("Rebel commanders said they would retaliate against the army.", "retaliate", False),  # generic, default code
])
def test_generic_pattern_marks_a_pattern_on_a_generic_verb(monkeypatch, text, trigger, fires):
    feats = _features_of(monkeypatch, text)
    assert trigger in feats
    assert feats[trigger]["generic_pattern"] == float(fires)


def test_generic_pattern_has_a_stored_negative_weight():
    assert D.confidence_settings()["weights"]["generic_pattern"] < 0
