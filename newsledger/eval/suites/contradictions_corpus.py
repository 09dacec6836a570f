"""Contradictions over the whole 249-article Guardian sample, judged by hand where they were drawn: the precision a
researcher meets in the corpus table (issue 14, tenth round), beside the pair set's (contradictions_guardian), which
only scores pairs chosen by story.

The hand set (`newsledger/data/contradictions/corpus_pairs.tsv`, instructions in CORPUS_PAIRS.md beside it) holds
contradictions drawn at random from one run's output on the sample: article ids, the character offsets of one piece
of evidence on each side, and a label judged by ANNOTATION.md's definitions (`right`: the same thing, claimed by
different actors, disagreeing; `wrong`; `borderline`, counted as wrong). Pooling, as TREC does: a predicted
contradiction is *judged* when it has a row (same articles, its evidence for overlapping one side and its evidence
against the other); precision is right / judged, and the share judged (judged / predicted) says how much of the
output the figure covers. New pairs are judged in later rounds. Halves by `newsledger.eval.split` on the pair id.

Extracting the 249 articles takes minutes, so this is a data set of its own:
`newsledger eval --component contradictions --dataset guardian-corpus`, or
`python scripts/contradictions_corpus_count.py --records FILE --judged` on cached records.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score
from newsledger.eval.split import select
from newsledger.eval.suites.contradictions_guardian import GUARDIAN, articles
from newsledger.eval.suites.contradictions_guardian_articles import item_spans

COMPONENT = "contradictions"
DATASET = "guardian-corpus"
OPT_IN = True  # extracts 249 articles: run only when named (`--dataset guardian-corpus`)
PAIRS = Path(__file__).resolve().parents[2] / "data" / "contradictions" / "corpus_pairs.tsv"


@dataclass(frozen=True)
class Judged:
    id: str
    scope: str  # "within" or "cross"
    a: tuple[str, int, int]
    b: tuple[str, int, int]
    label: str  # right, wrong, borderline


def load(path: Path = PAIRS) -> list[Judged]:
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")]
    return [Judged(r["pair"], r["scope"], (r["a_article"], int(r["a_start"]), int(r["a_end"])),
                   (r["b_article"], int(r["b_start"]), int(r["b_end"])), r["label"]) for r in rows if r["label"]]


def predicted(records: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Every contradiction of the sample as (scope, contradiction): within each article, then across articles,
    with its evidence as {"article", "id"} dicts in both cases."""
    from newsledger.extract.claims import contradictions_in, cross_article

    out = []
    for r in records:
        aid = r["article"]["id"]
        for c in contradictions_in(r):
            out.append(("within", {**c, "articles": [aid, aid],
                                   "evidence_for": [{"article": aid, "id": i} for i in c["evidence_for"]],
                                   "evidence_against": [{"article": aid, "id": i} for i in c["evidence_against"]]}))
    out.extend(("cross", c) for c in cross_article(records))
    return out


def sides(c: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> tuple[tuple[str, int, int], tuple[str, int, int]]:
    """The first evidence item of each side as (article, start, end)."""
    def one(e: dict[str, Any]) -> tuple[str, int, int]:
        spans = item_spans(by_id[e["article"]], [e["id"]])
        s, t = spans[0] if spans else (-1, -1)
        return (e["article"], s, t)
    return one(c["evidence_for"][0]), one(c["evidence_against"][0])


def _overlaps(spans: list[tuple[int, int]], side: tuple[str, int, int]) -> bool:
    return any(s < side[2] and side[1] < e for s, e in spans)


def matches(c: dict[str, Any], j: Judged, by_id: dict[str, dict[str, Any]]) -> bool:
    """Whether a predicted contradiction is the judged pair: its evidence for overlaps one side and its evidence
    against the other (either way round)."""
    def spans(side: str, art: str) -> list[tuple[int, int]]:
        return item_spans(by_id[art], [e["id"] for e in c[side] if e["article"] == art]) if art in by_id else []
    for x, y in ((j.a, j.b), (j.b, j.a)):
        if _overlaps(spans("evidence_for", x[0]), x) and _overlaps(spans("evidence_against", y[0]), y):
            return True
    return False


def score(records: list[dict[str, Any]], split: str = "check", pairs: list[Judged] | None = None
          ) -> dict[str, Any]:
    """Judged precision and share judged over the predicted contradictions, all and by scope."""
    by_id = {r["article"]["id"]: r for r in records}
    judged = select(pairs if pairs is not None else load(), lambda p: p.id, split)
    preds = predicted(records)
    out: dict[str, Any] = {"predicted": len(preds), "by_scope": {}}
    for scope in ("all", "within", "cross"):
        ps = [c for s, c in preds if scope in ("all", s)]
        js = [j for j in judged if scope in ("all", j.scope)]
        hit = {j.id for j in js for c in ps if matches(c, j, by_id)}
        right = sum(1 for j in js if j.id in hit and j.label == "right")
        out["by_scope"][scope] = {"predicted": len(ps), "judged_pairs": len(js), "judged_found": len(hit),
                                  "right": right, "precision": round(right / len(hit), 4) if hit else None,
                                  "gone": sorted(j.id for j in js if j.id not in hit)}
    return out


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    if not (corpus / GUARDIAN).exists() or not PAIRS.exists():
        return []
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    texts = articles(corpus)
    ids = sorted(texts)[:limit] if limit else sorted(texts)
    records = [extract_record(Article(text=texts[a][1], id=a, published=texts[a][0])).to_dict() for a in ids]
    res = score(records, split)
    out = []
    for scope, s in res["by_scope"].items():
        name = DATASET if scope == "all" else f"{DATASET}:{scope}"
        out.append(Score(COMPONENT, name, "precision", precision=s["precision"], value=s["precision"],
                         n=s["judged_found"], split=split,
                         extra={"predicted": s["predicted"], "judged_pairs_in_half": s["judged_pairs"],
                                "right": s["right"], "no_longer_predicted": len(s["gone"]),
                                "target": "judged precision >= 0.8 on the corpus"}))
    return out
