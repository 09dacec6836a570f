"""Shared scoring pieces: the result row, precision/recall/F1, and the corpus README's text-matching rules."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, TypeVar

J = TypeVar("J", bound=Hashable)


@dataclass
class Score:
    component: str
    dataset: str
    metric: str = "prf"
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    value: float | None = None  # for single-number metrics (accuracy, agreement)
    n: int | None = None  # items scored
    split: str = "check"  # which half of the data set (newsledger.eval.split)
    extra: dict[str, Any] = field(default_factory=dict)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def prf_score(component: str, dataset: str, tp: int, n_pred: int, n_gold: int, **extra: Any) -> Score:
    p, r, f = prf(tp, n_pred, n_gold)
    return Score(component, dataset, "prf", round(p, 4), round(r, 4), round(f, 4), n=n_gold, extra=extra)


_TOKEN = re.compile(r"\w+", re.UNICODE)


def agreement_kappa(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Raw agreement and Cohen's kappa of two judges' labels, one (first, second) pair per item read twice."""
    n = len(pairs)
    if not n:
        return {"rows": 0, "raw": None, "kappa": None}
    po = sum(a == b for a, b in pairs) / n
    labels = {a for a, _ in pairs} | {b for _, b in pairs}
    pe = sum(sum(a == k for a, _ in pairs) * sum(b == k for _, b in pairs) for k in labels) / n / n
    return {"rows": n, "raw": round(po, 4), "kappa": round((po - pe) / (1 - pe), 4) if pe < 1 else None}


def normalize(text: str) -> str:
    """Case-folded, with curly quotes and apostrophes made straight and whitespace collapsed."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.lower().split())


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize(text))


def token_overlap(a: str, b: str) -> float:
    """Overlap of token multisets relative to the longer text (1.0 = same tokens)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = 0
    pool = list(tb)
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    return common / max(len(ta), len(tb))


def text_match(pred: str, gold: str, threshold: float = 0.8) -> bool:
    """The corpus README's rule: one contains the other, or token overlap >= threshold."""
    p, g = normalize(pred).strip(" ,.\"'"), normalize(gold).strip(" ,.\"'")
    if not p or not g:
        return False
    return p in g or g in p or token_overlap(p, g) >= threshold


def greedy_pairs(candidates: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one matching: (score, gold index, predicted index) candidates taken best first, each gold and
    each prediction used at most once. Ties go to the lower indices."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in sorted(candidates, key=lambda t: (-t[0], t[1], t[2])):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def pooled(preds: list[tuple[str, dict[str, Any]]], judged: list[J],
           matches: Callable[[str, dict[str, Any], J], bool]) -> tuple[dict[J, dict[str, Any]], int]:
    """Pooled judgement, as TREC pools: each prediction (article id, item) is judged by the first row it matches;
    each judged row with the first prediction it judges (record order); and the number of predictions judged."""
    out: dict[J, dict[str, Any]] = {}
    n = 0
    for aid, item in preds:
        hit = next((j for j in judged if matches(aid, item, j)), None)
        if hit is not None:
            n += 1
            out.setdefault(hit, item)
    return out, n
