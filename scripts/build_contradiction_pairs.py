"""Describe the cross-article contradiction pair set (built at eval time from ../shared/corpus; no corpus text
is written): one line per pair with the two article ids (g<row>: Guardian row, w<id>: giveme5w1h article, t<k>:
a templated claim; the second id's suffix names the variant), the kind, family, label, whether the claim side is
real corpus text, and the texts' dates; --summary prints the pair counts per kind and label instead.

    python scripts/build_contradiction_pairs.py [--limit 12]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsledger.eval.suites.contradictions_pairs import build_pairs

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit", type=int, default=12)
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args()
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
