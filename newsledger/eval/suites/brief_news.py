"""The brief's 5W1H on whole news articles annotated by hand (newsledger/eval/annotations/brief_news/).

A second brief gold beside Giveme5W1H, closer to the articles newsledger is accepted on: 12 Guardian articles from
the SDF sample (dev/unlabelled, no title: the text opens with the lead) and 14 local news articles from LGL
(dev/geoparsing/lgl.xml, with their title), chosen by a written rule (INSTRUCTIONS.md) and annotated by hand
following the Giveme5W1H coders' conventions. The gold keeps ids, character offsets and labels only; the phrases
are read from the corpus at run time.

Scored exactly as brief_giveme5w1h (its `score_item` and `summarize`): graded precision of the top answer per
question, strict (the headline) and lenient beside it. Halves by the article id ("guardian:195", "lgl:44148905").
"""
from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

from newsledger.eval.giveme5w1h import QUESTIONS, Item
from newsledger.eval.metrics import Score
from newsledger.eval.split import select
from newsledger.eval.suites.brief_giveme5w1h import predict, print_scores, score_item, summarize
from newsledger.model import Article

COMPONENT = "brief"
DATASET = "news"
GOLD = Path(__file__).resolve().parent.parent / "annotations" / "brief_news" / "gold.tsv"
GUARDIAN = Path("dev") / "unlabelled" / "Guardian_SDF_sample.csv"
LGL = Path("dev") / "geoparsing" / "lgl.xml"
NO_OFFSET = "-"


def gold_rows() -> dict[str, list[dict[str, str]]]:
    """The gold file's rows grouped by article id, in file order."""
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    with GOLD.open(encoding="utf-8") as fh:
        for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            if row["question"] not in QUESTIONS:
                raise ValueError(f"{GOLD.name}: unknown question {row['question']!r} for {row['article']}")
            out[row["article"]].append(row)
    return out


def _guardian(corpus: Path, ids: set[str]) -> dict[str, tuple[Article, str]]:
    csv.field_size_limit(10_000_000)
    with (corpus / GUARDIAN).open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if "guardian:" + r[""] in ids]
    return {"guardian:" + r[""]: (Article(text=r["text"], id="guardian-" + r[""], published=r["date"],
                                          outlet=r.get("source") or None), r["text"]) for r in rows}


def _lgl(corpus: Path, ids: set[str]) -> dict[str, tuple[Article, str]]:
    """LGL's text repeats the title as its first sentence ("Title. Body"): the article is the title and the body
    after it; gold offsets index the full text."""
    out = {}
    for a in ET.parse(corpus / LGL).getroot().iter("article"):
        key = "lgl:" + a.get("docid", "")
        if key not in ids:
            continue
        full = a.findtext("text") or ""
        title = (a.findtext("title") or "").strip()
        body = full[len(title):].lstrip(" .") if title and full.startswith(title) else full
        out[key] = (Article(text=body, id="lgl-" + key[4:], title=title or None,
                            published=(a.findtext("dltime") or "")[:10] or None,
                            outlet=a.findtext("domain")), full)
    return out


def load(corpus: Path) -> list[Item]:
    """Items (Giveme5W1H's shape) in the gold file's order: phrases read from the source text at the offsets."""
    rows = gold_rows()
    ids = set(rows)
    sources = {**_guardian(corpus, ids), **_lgl(corpus, ids)}
    missing = ids - set(sources)
    if missing:
        raise ValueError(f"{GOLD.name}: articles not found in the corpus: {', '.join(sorted(missing))}")
    items = []
    for key, labels in rows.items():
        article, full = sources[key]
        item = Item(key, article, {q: [] for q in QUESTIONS})
        for row in labels:
            if row["start"] == NO_OFFSET:
                item.no_answer.add(row["question"])
                continue
            item.answers[row["question"]].append(_phrase(full, row))
        items.append(item)
    return items


def _phrase(full: str, row: dict[str, str]) -> dict[str, Any]:
    return {"text": full[int(row["start"]):int(row["end"])], "count": int(row["count"]),
            "parsed": None if row["date"] == NO_OFFSET else row["date"]}


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    items = select(load(corpus), lambda it: it.name, split, limit)
    briefs = predict(items)
    return summarize([(it, score_item(it, b)) for it, b in zip(items, briefs)], label=DATASET)


def main() -> None:
    """python -m newsledger.eval.suites.brief_news [tune|check|all] [-v]: a table and, with -v, the misses (the
    tune half by default: misses are for writing rules)."""
    import sys

    split = next((a for a in sys.argv[1:] if a in {"tune", "tune-a", "tune-b", "check", "all"}), "tune")
    print(f"split: {split}")
    print_scores(run(Path(__file__).resolve().parents[3].parent / "shared" / "corpus", None, split), "-v" in sys.argv)


if __name__ == "__main__":
    main()
