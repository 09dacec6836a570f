"""Runaway-quote census (issue 18, eleventh round): quotations (`marks.find_quotations`) whose content is long,
counted over the Guardian sample (`dev/unlabelled/Guardian_SDF_sample.csv`, 249 articles, no line breaks) and
PolNeAR train. Counts only, never text.

    python scripts/quotes_runaway_census.py [--corpus DIR] [--long N]

A quotation is long when its content has more than N characters (default 600, a chosen round figure, fitted to
nothing: a long news paragraph); in a text that keeps its line breaks these are mostly genuine long quoted
paragraphs, in one that lost them mostly runaways. Also counted: quotations never closed (close is None) and
quotations whose content holds an opening double mark (a reopened quote swallowed by the one before it).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from newsledger.extract.quotes.marks import OPEN_DOUBLE, find_quotations


def texts(corpus: Path) -> dict[str, list[str]]:
    csv.field_size_limit(10**9)
    with open(corpus / "dev" / "unlabelled" / "Guardian_SDF_sample.csv", encoding="utf-8") as fh:
        guardian = [r["text"] for r in csv.DictReader(fh)]
    train = [p.read_text(encoding="utf-8") for p in sorted((corpus / "dev" / "polnear" / "data" / "train").rglob("*"))
             if p.is_file() and p.parent.name == "text"]
    return {"guardian": guardian, "polnear-train": train}


def census(docs: list[str], long: int) -> dict[str, int]:
    out = {"texts": len(docs), "quotations": 0, "runaway": 0, "unclosed": 0, "holds an opening mark": 0,
           "texts with a runaway": 0}
    for text in docs:
        marks = find_quotations(text)
        out["quotations"] += len(marks)
        n = sum(1 for m in marks if m.end - m.start > long)
        out["runaway"] += n
        out["texts with a runaway"] += n > 0
        out["unclosed"] += sum(1 for m in marks if m.close is None)
        out["holds an opening mark"] += sum(1 for m in marks if any(c in OPEN_DOUBLE for c in text[m.start:m.end]))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    ap.add_argument("--long", type=int, default=600)
    a = ap.parse_args(argv)
    for name, docs in texts(a.corpus).items():
        print(name, census(docs, a.long))


if __name__ == "__main__":
    main(sys.argv[1:])
