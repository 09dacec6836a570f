"""Cross-article contradictions on article pairs built at eval time from the corpus (nothing is copied into the
repository): real Guardian Syria reports (../shared/corpus/dev/unlabelled) cut to the sentence that gives a
casualty figure plus the sentence before it (where the place usually is). Each base gives:

- agree (same):   the excerpt vs itself with a closing sentence added (same figure, another text);
- agree (bound):  the figure vs "at least <figure>" (a lower bound that the exact figure satisfies);
- disagree (+1):  the figure vs figure + 1 (the "169 vs 170" case);
- disagree (x2):  the figure vs twice the figure plus three;
- unrelated:      the excerpt vs the next base's excerpt, given the same publication date (different events).

A pair is reported when `cross_article` returns a figure contradiction for it. Precision: reported pairs that are
disagree pairs / reported pairs (target >= 0.8); recall: disagree pairs reported / disagree pairs."""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, prf_score

COMPONENT = "contradictions"
DATASET = "pairs"
FIGURE = re.compile(r"\b(\d{1,3}(?:,\d{3})*|\d+)\s+(?:\w+\s+){0,3}?(?:were|have been|had been|was)?\s*"
                    r"(?:killed|dead|died|wounded|injured)\b")
GUARDIAN = Path("dev") / "unlabelled" / "Guardian_SDF_sample.csv"


def excerpts(corpus: Path) -> list[dict[str, Any]]:
    """(row, paragraph, excerpt, figure offsets, date) for each Guardian paragraph with a casualty figure."""
    csv.field_size_limit(sys.maxsize)
    out = []
    with open(corpus / GUARDIAN, encoding="utf-8") as fh:
        for row_i, row in enumerate(csv.DictReader(fh)):
            # the texts come without paragraph breaks: sentences stand in for paragraphs
            paras = [p.strip() for p in re.split(r"(?<=[.!?\u201d])\s+(?=[A-Z\u201c])", row["text"]) if p.strip()]
            for k, p in enumerate(paras):
                m = FIGURE.search(p)
                if not m or len(p) > 700:
                    continue
                value = int(m.group(1).replace(",", ""))
                if value < 2 or 1900 <= value <= 2100:
                    continue
                prev = paras[k - 1] if k > 0 and len(paras[k - 1]) < 700 else ""
                text = (prev + " " + p) if prev else p
                off = (len(prev) + 1 if prev else 0) + m.start(1)
                out.append({"row": row_i, "para": k, "text": text, "start": off, "end": off + len(m.group(1)),
                            "value": value, "date": row["date"][:10]})
                break  # one excerpt per article
    return out


def variant(base: dict[str, Any], new: str) -> str:
    return base["text"][:base["start"]] + new + base["text"][base["end"]:]


def build_pairs(corpus: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Pairs of (id, text, date) with the label; the bases are the excerpts whose figure the extractor reads as a
    casualty figure with a place (others could not test the cross-article rule)."""
    from newsledger.extract.claims import claims_of
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    bases = []
    for ex in excerpts(corpus):
        rec = extract_record(Article(text=ex["text"], id=f"g{ex['row']}", published=ex["date"])).to_dict()
        figs = [c for c in claims_of(rec) if c.topic.startswith("figure:") and c.place and c.value == ex["value"]
                and not c.approximate]
        if figs:
            bases.append((ex, rec))
        if limit and len(bases) >= limit:
            break
    pairs = []
    for i, (ex, rec) in enumerate(bases):
        n, d, rid = ex["value"], ex["date"], f"g{ex['row']}"
        pairs.append({"label": "agree", "type": "same", "a": rec,
                      "b": (rid + "-same", ex["text"] + "\n\nFurther details were not immediately available.", d)})
        pairs.append({"label": "agree", "type": "bound", "a": rec, "b": (rid + "-bound", variant(ex, f"at least {n}"), d)})
        pairs.append({"label": "disagree", "type": "+1", "a": rec, "b": (rid + "-plus1", variant(ex, str(n + 1)), d)})
        pairs.append({"label": "disagree", "type": "x2", "a": rec, "b": (rid + "-double", variant(ex, str(2 * n + 3)), d)})
        if len(bases) > 1:
            ex2, rec2 = bases[(i + 1) % len(bases)]
            pairs.append({"label": "agree", "type": "unrelated", "a": rec,
                          "b": (f"g{ex2['row']}-samedate", ex2["text"], d)})
    for p in pairs:
        bid, text, d = p["b"]
        p["b"] = extract_record(Article(text=text, id=bid, published=d)).to_dict()
    return pairs


def run(corpus: Path, limit: int | None = None) -> list[Score]:
    from newsledger.extract.claims import cross_article

    if not (corpus / GUARDIAN).exists():
        return []
    pairs = build_pairs(corpus, limit or 12)
    reported = tp = 0
    by_type: dict[str, list[int]] = {}
    false_pos = []
    for p in pairs:
        found = any(c["kind"] == "figure" for c in cross_article([p["a"], p["b"]]))
        reported += found
        tp += found and p["label"] == "disagree"
        by_type.setdefault(p["type"], [0, 0])
        by_type[p["type"]][0] += found
        by_type[p["type"]][1] += 1
        if found and p["label"] != "disagree":
            false_pos.append(f"{p['a']['article']['id']} vs {p['b']['article']['id']} ({p['type']})")
    n_disagree = sum(p["label"] == "disagree" for p in pairs)
    return [prf_score(COMPONENT, DATASET, tp, reported, n_disagree, pairs=len(pairs),
                      reported_by_type={k: f"{v[0]}/{v[1]}" for k, v in by_type.items()}, false_positives=false_pos)]
