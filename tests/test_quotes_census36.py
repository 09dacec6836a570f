"""The mechanism census (scripts/quotes_census.py, round 36): the features a prediction is counted under."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from newsledger import nlp

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import quotes_census as census  # noqa: E402


@dataclass
class Pred:
    kind: str
    cue: str
    speaker_text: str | None
    start: int
    end: int


def test_an_inner_report_in_another_reports_content_is_counted_apart():
    text = "The mayor said the council believes the bridge will reopen in May."
    doc = nlp.parse(text)
    outer = Pred("indirect", "said", "The mayor", text.index("the council"), len(text) - 1)
    inner = Pred("indirect", "believes", "the council", text.index("the bridge"), len(text) - 1)
    features = census.mechanism_features(inner, doc, text, [outer, inner])
    assert "indirect inner ccomp report=True" in features
    assert "indirect speaker=named" in features
    assert "indirect inner ccomp report=False" in census.mechanism_features(outer, doc, text, [outer, inner])


def test_a_report_alone_is_no_inner_report():
    text = "She said that the vote would be delayed."
    doc = nlp.parse(text)
    q = Pred("indirect", "said", "She", text.index("that"), len(text) - 1)
    features = census.mechanism_features(q, doc, text, [q])
    assert "indirect inner ccomp report=False" in features
    assert "indirect speaker=pronoun" in features
    assert "indirect opens=that" in features
