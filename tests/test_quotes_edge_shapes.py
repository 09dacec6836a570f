"""The edge-shape census (scripts/quotes_edge_shapes.py, round 38): the right-edge shape an indirect quote is
counted under (sentences made up for the test)."""
from __future__ import annotations

import sys
from pathlib import Path

from newsledger import nlp

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import quotes_edge_shapes as shapes  # noqa: E402


def _shape(text: str, content: str) -> tuple[str, tuple[int, int] | None]:
    start = text.index(content)
    return shapes.shape(nlp.parse(text), start, start + len(content))


def test_a_reason_clause_after_the_span_is_left_out_and_continuing():
    text = "The mayor said the bridge would stay closed because the repairs had not been finished."
    name, clause = _shape(text, "the bridge would stay closed")
    assert name == "left out: adverbial clause: because"
    assert shapes.continuing(name)
    assert text[clause[0]:clause[1]].startswith("because the repairs")


def test_a_span_closing_with_its_time_clause_holds_it():
    text = "The minister said the talks would resume when the envoys returned to the capital."
    name, _ = _shape(text, "the talks would resume when the envoys returned to the capital")
    assert name == "holds trailing adverbial clause: when"
    assert not shapes.continuing(name)


def test_a_span_ending_its_sentence_is_other():
    text = "The union said its members would strike on Monday."
    assert _shape(text, "its members would strike on Monday")[0] == "other"
