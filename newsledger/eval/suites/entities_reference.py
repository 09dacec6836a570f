"""Named entities of the reference article: the gold lists unique (text, type) pairs, so the score compares
the sets of unique entity texts, and type accuracy on the texts both have."""
from __future__ import annotations

from pathlib import Path

from newsledger.eval.metrics import Score, prf_score
from newsledger.eval.reference import cases, record

COMPONENT = "entities"
DATASET = "reference"
TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    """One article: scored whole under every split."""
    out = []
    for case in cases(corpus):
        gold = {e["text"]: e["type"] for e in case.gold.get("entities", [])}
        pred: dict[str, str] = {}
        for e in record(case).entities:
            if e.type in TYPES:
                pred.setdefault(e.text, e.type)
        both = set(gold) & set(pred)
        typed = sum(1 for t in both if gold[t] == pred[t])
        out.append(prf_score(COMPONENT, f"{DATASET}:{case.name}", len(both), len(pred), len(gold),
                             type_accuracy=round(typed / len(both), 4) if both else None,
                             missed=sorted(set(gold) - set(pred)), spurious=sorted(set(pred) - set(gold))))
    return out
