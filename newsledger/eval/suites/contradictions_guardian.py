"""Contradictions on real claim pairs from the Guardian Syria sample (dev/unlabelled/Guardian_SDF_sample.csv), the
headline contradiction figure.

The pairs are annotated by hand in newsledger/data/contradictions/guardian_pairs.tsv (instructions beside it, in
ANNOTATION.md): two claims about the same thing (a toll, who did an attack, who holds a place, whether a group is
defeated) by different actors or articles, labelled agree or disagree, with a topic. The file keeps article ids
(the csv's index column) and character offsets only; the texts are read from the corpus at eval time.

Each pair is given to the extractor the way it meets claims in use:
- two articles (a and b differ): each span is an article of its own, dated as its article, and the pair is
  *reported* when `claims.cross_article` returns any contradiction between the two records;
- one article (a and b in the same article): the two spans, in text order, make one article, and the pair is
  reported when its record carries any contradiction (the within-article path).

Precision: reported disagree pairs / reported pairs; recall: reported disagree pairs / disagree pairs (first
target P >= 0.8 at R >= 0.5). Scored overall and per path ("guardian:cross", "guardian:within"); the misses and
false positives name the pair and its topic.
"""
from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, prf_score
from newsledger.eval.split import select

COMPONENT = "contradictions"
DATASET = "guardian"
GUARDIAN = Path("dev") / "unlabelled" / "Guardian_SDF_sample.csv"
PAIRS = Path(__file__).resolve().parents[2] / "data" / "contradictions" / "guardian_pairs.tsv"


@dataclass
class Pair:
    id: str
    a: tuple[str, int, int]  # (article id, start, end)
    b: tuple[str, int, int]
    label: str  # agree | disagree
    topic: str

    @property
    def within(self) -> bool:
        return self.a[0] == self.b[0]


def load_pairs(path: Path = PAIRS) -> list[Pair]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            if row["label"] not in {"agree", "disagree"}:
                raise ValueError(f"{path}: pair {row['pair']}: label must be agree or disagree, not {row['label']!r}")
            out.append(Pair(row["pair"], (row["a_article"], int(row["a_start"]), int(row["a_end"])),
                            (row["b_article"], int(row["b_start"]), int(row["b_end"])), row["label"], row["topic"]))
    return out


def articles(corpus: Path) -> dict[str, tuple[str, str]]:
    """Article id (the csv's index column) -> (date, text)."""
    csv.field_size_limit(sys.maxsize)
    with open(corpus / GUARDIAN, encoding="utf-8") as fh:
        return {row[""]: (row["date"][:10], row["text"]) for row in csv.DictReader(fh)}


def reported(pair: Pair, texts: dict[str, tuple[str, str]]) -> bool:
    """Whether the extractor reports a contradiction for the pair (see the module doc)."""
    from newsledger.extract.claims import cross_article
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    def span(side: tuple[str, int, int]) -> str:
        return texts[side[0]][1][side[1]:side[2]]

    if pair.within:
        first, second = sorted((pair.a, pair.b), key=lambda s: s[1])
        text = span(first) + "\n\n" + span(second)
        rec = extract_record(Article(text=text, id=f"{pair.id}", published=texts[pair.a[0]][0]))
        return bool(rec.contradictions)
    recs = [extract_record(Article(text=span(side), id=f"{pair.id}{tag}", published=texts[side[0]][0])).to_dict()
            for side, tag in ((pair.a, "a"), (pair.b, "b"))]
    return bool(cross_article(recs))


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    if not (corpus / GUARDIAN).exists():
        return []
    texts = articles(corpus)
    pairs = select(load_pairs(), lambda p: p.id, split, limit)
    return score_pairs(DATASET, pairs, lambda p: reported(p, texts))


def score_pairs(dataset: str, pairs: list, found: Callable[[Any], bool], **extra) -> list[Score]:
    """P/R of the disagreeing pairs `found` reports, overall and per path (cross- or within-article), with the
    false positives and misses by id and topic; `extra` goes into the overall score's details."""
    if not pairs:
        return []
    counts: dict[str, list[int]] = {}  # path -> [reported disagree, reported, disagree]
    false_pos, missed = [], []
    for p in pairs:
        hit, dis = found(p), p.label == "disagree"
        for key in ("all", "within" if p.within else "cross"):
            c = counts.setdefault(key, [0, 0, 0])
            c[0] += hit and dis
            c[1] += hit
            c[2] += dis
        if hit and not dis:
            false_pos.append(f"{p.id} ({p.topic})")
        if dis and not hit:
            missed.append(f"{p.id} ({p.topic})")
    out = [prf_score(COMPONENT, dataset, *counts["all"], pairs=len(pairs), **extra, false_positives=false_pos,
                     missed=missed, target="P >= 0.8 at R >= 0.5")]
    for key in ("cross", "within"):
        if key in counts:
            out.append(prf_score(COMPONENT, f"{dataset}:{key}", *counts[key],
                                 pairs=sum(p.within == (key == "within") for p in pairs)))
    return out
