"""Contradictions on the real Guardian pairs read in their whole articles: a diagnostic beside the headline figure
(contradictions_guardian), which gives the extractor each side's span alone.

A span read alone loses what its article named before it (a group called "the militia" or "it" after its name, a
speaker named a paragraph earlier); in use the extractor reads whole articles. Here each side's article is extracted
whole (dated as its article), and a pair is *reported* when the contradictions found (within the article for a
pair inside one article, `claims.cross_article` between the two records else) include one whose evidence for lies
in one side's span and whose evidence against lies in the other's (any overlap of characters). An agree pair is
reported only on that condition too, so precision counts claims that look alike, as in the headline suite.

Same pairs, splits and targets as contradictions_guardian; slower (long live blogs are extracted whole), so it is a
data set of its own: `newsledger eval --component contradictions --dataset guardian-articles`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score
from newsledger.eval.split import select
from newsledger.eval.suites.contradictions_guardian import GUARDIAN, Pair, articles, load_pairs, score_pairs

COMPONENT = "contradictions"
DATASET = "guardian-articles"

Side = tuple[str, int, int]


def item_spans(rec: dict[str, Any], ids: list[str]) -> list[tuple[int, int]]:
    """Character spans of a record's evidence ids: quotes and events by id, "s<k>" the k-th sentence, "n<k>" the
    k-th quantity."""
    items = {q["id"]: (q["start"], q["end"]) for q in rec.get("quotes", [])}
    items.update({e["id"]: (e["start"], e["end"]) for e in rec.get("events", [])
                  if e.get("start") is not None and e.get("end") is not None})
    out = []
    for i in ids:
        if i in items:
            out.append(items[i])
        elif i[:1] in {"s", "n"} and i[1:].isdigit():
            rows = rec.get("sentences" if i[0] == "s" else "quantities", [])
            k = int(i[1:])
            if k < len(rows):
                out.append((rows[k]["start"], rows[k]["end"]))
    return out


def _in(spans: list[tuple[int, int]], side: Side) -> bool:
    return any(s < side[2] and side[1] < e for s, e in spans)


def found_in_articles(pair: Pair, records: dict[str, dict[str, Any]]) -> bool:
    """Whether a contradiction of the whole articles has its two sides' evidence in the pair's two spans."""
    from newsledger.extract.claims import cross_article

    ra, rb = records[pair.a[0]], records[pair.b[0]]
    if pair.within:
        for c in ra.get("contradictions", []):
            pro, con = item_spans(ra, c["evidence_for"]), item_spans(ra, c["evidence_against"])
            if (_in(pro, pair.a) and _in(con, pair.b)) or (_in(pro, pair.b) and _in(con, pair.a)):
                return True
        return False
    for c in cross_article([ra, rb]):
        ids: dict[str, list[str]] = {}
        for e in [*c["evidence_for"], *c["evidence_against"]]:
            ids.setdefault(e["article"], []).append(e["id"])
        if _in(item_spans(ra, ids.get(pair.a[0], [])), pair.a) and _in(item_spans(rb, ids.get(pair.b[0], [])), pair.b):
            return True
    return False


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    if not (corpus / GUARDIAN).exists():
        return []
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    texts = articles(corpus)
    pairs = select(load_pairs(), lambda p: p.id, split, limit)
    if not pairs:
        return []
    records = {aid: extract_record(Article(text=texts[aid][1], id=aid, published=texts[aid][0])).to_dict()
               for aid in sorted({p.a[0] for p in pairs} | {p.b[0] for p in pairs})}
    return score_pairs(DATASET, pairs, lambda p: found_in_articles(p, records), articles=len(records))
