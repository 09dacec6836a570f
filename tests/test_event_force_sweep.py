"""Issue 16, tenth round: armed forces sweeping through territory (CAMEO 190, PLOVER ASSAULT; verb_senses.tsv "sweep"
with an armed subject). The sentences are written for the tests, not taken from any article."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import matching
from tests.event_helpers import parse


def _sweep_code(text: str) -> str | None:
    verb = next(t for t in parse(text) if t.lemma_.lower() == "sweep" and t.pos_ == "VERB")
    return matching.coded_verb(verb)[0]


@pytest.mark.parametrize("text", [
    "Government forces have swept through the southern province in the last month.",
    "Four years ago, when the militants swept into the towns of the plain, thousands fled.",
    "Rebel fighters swept across the valley before dawn.",
])
def test_armed_forces_sweeping_through_territory_use_force(text):
    assert _sweep_code(text) == "190"


@pytest.mark.parametrize("text", [
    "Police swept into the district at dawn.",  # a police sweep keeps the dictionary's code
    "Protests swept across the country.",
])
def test_other_sweeps_are_no_military_force(text):
    assert _sweep_code(text) != "190"
