"""Issue 16, tenth round: a strike named by its weapon or by "military" is an attack (nominals.tsv: drone 195,
missile 194, military 190), not a strike from work (143); the compound next to the noun decides ("a Tomahawk
missile strike"). The sentences are written for the tests, not taken from any article."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import nominal
from tests.event_helpers import parse


def _strike_code(text: str) -> str | None:
    tok = next(t for t in parse(text) if t.lemma_.lower() == "strike" and t.pos_ == "NOUN")
    return nominal._nominal_code(tok)


@pytest.mark.parametrize("text, code", [
    ("Ruritania's drone strike hit the convoy.", "195"),
    ("They condemned the Tomahawk missile strike on the airbase.", "194"),
    ("Ruritania's military strikes on the border posts went on.", "190"),
    ("The union's general strike closed the ports.", "143"),
    ("The nurses' strike ended on Friday.", "143"),
])
def test_a_strike_is_read_by_its_modifier(text, code):
    assert _strike_code(text) == code
