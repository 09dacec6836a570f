"""Quantities on the reference article: each gold figure is located in the text (its first occurrence) and
matched to the predicted figure overlapping it (else by the corpus README's text rule); then value, kind and
`of` are scored. The issue's target is value and kind right for at least 7 of the 8 gold figures."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, normalize, prf_score, text_match
from newsledger.eval.reference import actor_names, cases, gold_actor_for, record
from newsledger.model import Quantity, Record

COMPONENT = "quantities"
DATASET = "reference"


def locate(text: str, needle: str) -> tuple[int, int] | None:
    i = normalize(text).find(normalize(needle))
    if i < 0:
        return None
    # normalize() keeps lengths except for collapsed whitespace; the reference text has single spaces
    return i, i + len(needle)


def match(pred: list[Quantity], gold: list[dict[str, Any]], text: str) -> list[tuple[dict[str, Any], Quantity | None]]:
    used: set[int] = set()
    out = []
    for g in gold:
        span = locate(text, g["text"])
        cands = [i for i, q in enumerate(pred) if i not in used and (
            (span and q.start < span[1] and span[0] < q.end) or text_match(q.text, g["text"]))]
        cands.sort(key=lambda i: (abs(pred[i].value - g["value"]) > 0, pred[i].kind != g["kind"]))
        q = pred[cands[0]] if cands else None
        if cands:
            used.add(cands[0])
        out.append((g, q))
    return out


def of_right(q: Quantity, g: dict[str, Any], rec: Record, gold_actors: list[dict[str, Any]]) -> bool | None:
    if not g.get("of"):
        return None
    if q.of is None:
        return False
    actor = rec.actor(q.of)
    names = actor_names(actor) if actor else {normalize(q.of)}
    if gold_actor_for(names, gold_actors) == g["of"]:
        return True
    return normalize(g["of"]) in names


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    """One article: scored whole under every split."""
    scores: list[Score] = []
    for case in cases(corpus)[:limit]:
        gold = case.gold.get("quantities") or []
        if not gold:
            continue
        rec = record(case)
        rows = match(rec.quantities, gold, case.article.text)
        found = [(g, q) for g, q in rows if q is not None]
        value_kind = [(g, q) for g, q in found if q.value == g["value"] and q.kind == g["kind"]]
        ofs = [of_right(q, g, rec, case.gold["actors"]) for g, q in found]
        wrong = [{"gold": g["text"], "value": q.value, "gold_value": g["value"], "kind": q.kind,
                  "gold_kind": g["kind"]} for g, q in found if (g, q) not in value_kind]
        ds = f"{DATASET}:{case.name}"
        scores.append(prf_score(COMPONENT, ds, len(found), len(rec.quantities), len(gold),
                                missed=[g["text"] for g, q in rows if q is None], wrong=wrong,
                                extra_predicted=[q.text for q in rec.quantities
                                                 if all(q is not m for _, m in rows)]))
        scores.append(Score(COMPONENT, ds, "value_and_kind_right", value=round(len(value_kind) / len(gold), 4),
                            n=len(gold),
                            extra={"target": ">= 7 of 8", "right": len(value_kind), "gold": len(gold)}))
        scored = [o for o in ofs if o is not None]
        scores.append(Score(COMPONENT, ds, "of_right", value=round(sum(scored) / len(scored), 4) if scored else None,
                            n=len(scored)))
    return scores
