"""Describe the cross-article contradiction pair set (built at eval time from ../shared/corpus; no corpus text
is written): one line per pair with the Guardian row, the figure's offsets, the variant and the label.

    python scripts/build_contradiction_pairs.py [--limit 12]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsledger.eval.suites.contradictions_pairs import build_pairs

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit", type=int, default=12)
    args = ap.parse_args()
    for p in build_pairs(args.corpus, args.limit):
        print(json.dumps({"a": p["a"]["article"]["id"], "b": p["b"]["article"]["id"], "type": p["type"],
                          "label": p["label"], "published": p["b"]["article"]["published"]}))
