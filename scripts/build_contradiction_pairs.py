"""Describe the contradiction pair sets (no corpus text is written into the repository).

Default: the templated development set, built at eval time from ../shared/corpus: one line per pair with the two
article ids (g<row>: Guardian row, w<id>: giveme5w1h article, t<k>: a templated claim; the second id's suffix
names the variant), the kind, family, label, whether the claim side is real corpus text, and the texts' dates;
--summary prints the pair counts per kind and label instead.

--real: the hand-annotated real pairs (newsledger/data/contradictions/guardian_pairs.tsv), each with its two
spans read from the corpus, for review by the annotator (prints corpus text to the terminal; keep it there).

    python scripts/build_contradiction_pairs.py [--limit 12] [--summary]
    python scripts/build_contradiction_pairs.py --real [--summary]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsledger.eval.split import half
from newsledger.eval.suites.contradictions_guardian import articles, load_pairs
from newsledger.eval.suites.contradictions_pairs import build_pairs

ROOT = Path(__file__).resolve().parent.parent


def show_real(corpus: Path, summary: bool) -> None:
    pairs = load_pairs()
    if summary:
        counts = Counter((p.topic, p.label) for p in pairs)
        for (topic, label), n in sorted(counts.items()):
            print(f"{topic:<36}{label:<10}{n:>4}")
        by = Counter((p.label, "within" if p.within else "cross", half(p.id).value) for p in pairs)
        for key, n in sorted(by.items()):
            print(f"{' '.join(key):<46}{n:>4}")
        print(f"{'total':<46}{len(pairs):>4}")
        return
    texts = articles(corpus)
    for p in pairs:
        print(f"{p.id} {p.label} {p.topic} ({half(p.id).value})")
        for side in (p.a, p.b):
            date, text = texts[side[0]]
            print(f"   [{side[0]} {date} {side[1]}:{side[2]}] {text[side[1]:side[2]]}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit", type=int, default=12)
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--real", action="store_true", help="the hand-annotated real pairs instead")
    args = ap.parse_args()
    if args.real:
        show_real(args.corpus, args.summary)
        raise SystemExit(0)
    counts: Counter = Counter()
    for p in build_pairs(args.corpus, args.limit):
        counts[(p["family"], p["type"], p["label"])] += 1
        if not args.summary:
            print(json.dumps({"a": p["a"]["article"]["id"], "b": p["b"]["article"]["id"], "type": p["type"],
                              "family": p["family"], "label": p["label"], "real_claim": p.get("real"),
                              "published": [p["a"]["article"]["published"], p["b"]["article"]["published"]]}))
    if args.summary:
        for (fam, kind, label), n in sorted(counts.items()):
            print(f"{fam:<14}{kind:<16}{label:<10}{n:>4}")
        print(f"{'total':<40}{sum(counts.values()):>4}")
