"""Places on the reference article: each gold place is found by text (the corpus README's rule) and is right
when the predicted coordinates lie within its `tolerance_km` and the country agrees. Optional places count
only when found."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, normalize, text_match
from newsledger.eval.reference import cases, record
from newsledger.model import Place
from newsledger.resolve.gazetteer import distance_km

COMPONENT = "places"
DATASET = "reference"


def is_right(p: Place, g: dict[str, Any]) -> bool:
    if p.lat is None or p.lon is None or p.country != g.get("country"):
        return False
    return distance_km(p.lat, p.lon, g["lat"], g["lon"]) <= g.get("tolerance_km", 25)


def judge(pred: list[Place], gold: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Place | None, bool]]:
    """(gold place, best predicted place matching its text or None, right): an exact text match first, then a
    right prediction, then the closest in length."""
    out = []
    for g in gold:
        cands = [p for p in pred if text_match(p.text, g["text"])]
        cands.sort(key=lambda p: (normalize(p.text) != normalize(g["text"]), not is_right(p, g),
                                  abs(len(p.text) - len(g["text"]))))
        p = cands[0] if cands else None
        out.append((g, p, p is not None and is_right(p, g)))
    return out


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    """One article: scored whole under every split."""
    scores: list[Score] = []
    for case in cases(corpus)[:limit]:
        rec = record(case)
        rows = judge(rec.places, case.gold.get("places", []))
        required = [r for r in rows if not r[0].get("optional")]
        optional = [r for r in rows if r[0].get("optional")]
        right = sum(1 for r in required if r[2])
        wrong = [(g["text"], p.name if p else None, p.country if p else None,
                  round(distance_km(p.lat, p.lon, g["lat"], g["lon"])) if p and p.lat is not None else None)
                 for g, p, ok in rows if not ok]
        scores.append(Score(COMPONENT, f"{DATASET}:{case.name}", "within_tolerance",
                            value=round(right / len(required), 4) if required else None, n=len(required),
                            extra={"right": right, "required": len(required),
                                   "optional_right": sum(1 for r in optional if r[2]), "optional": len(optional),
                                   "predicted_places": len(rec.places), "wrong_or_missed": wrong}))
    return scores
