"""Cost of place resolution beside the bare spaCy parse of the same texts, in one run.

    python benchmarks/places_cost.py [--limit N] [--corpus PATH] [--repeat 5] [--json out.json]

For the first N Guardian articles of dev/unlabelled/ (parsed once, before any clock starts):
- parse: `nlp.parse` of each text (the bare pipeline the extraction uses);
- lookup: every place mention's gazetteer lookup, once on a fresh `Gazetteer` (empty lookup cache) and once warm;
- ranking: `places._resolve` on the mentions with lookups cached, so the ranking alone is timed; also given per
  candidate (the tests used to hold this under 100 microseconds; a timed test fails on a loaded machine, so the
  figure lives here).
Each timing is the best of `--repeat` runs (other processes' load is not our cost); ratios are against the parse.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsledger import nlp  # noqa: E402
from newsledger.extract import places  # noqa: E402
from newsledger.resolve import gazetteer  # noqa: E402


def _texts(corpus: Path, limit: int) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with open(corpus / "dev" / "unlabelled" / "Guardian_SDF_sample.csv", newline="", encoding="utf-8") as f:
        return [row["text"] for row, _ in zip(csv.DictReader(f), range(limit))]


def _best(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return min(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    texts = _texts(args.corpus, args.limit)
    gaz = gazetteer.get()
    docs = [nlp.parse(t) for t in texts]  # warms the model; not timed
    parse_s = _best(lambda: [nlp.parse(t) for t in texts], 1)
    mentions = [places._mentions(d, gaz) for d in docs]
    names = [m.text for ms in mentions for m in ms]

    cold = gazetteer.Gazetteer(gaz.path)
    t = time.perf_counter()
    for name in names:
        cold.lookup(name)
    lookup_cold_s = time.perf_counter() - t
    lookup_warm_s = _best(lambda: [cold.lookup(n) for n in names], args.repeat)

    for ms in mentions:
        places._resolve(ms, gaz)  # fills the lookup cache: the ranking alone is timed below
    ranking_s = _best(lambda: [places._resolve(ms, gaz) for ms in mentions], args.repeat)
    candidates = sum(len(m.candidates or []) for ms in mentions for m in ms)

    out = {
        "articles": len(texts), "mentions": len(names), "candidates": candidates,
        "parse_s": round(parse_s, 3),
        "lookup_cold_s": round(lookup_cold_s, 3), "lookup_warm_s": round(lookup_warm_s, 4),
        "ranking_s": round(ranking_s, 4),
        "ranking_us_per_candidate": round(1e6 * ranking_s / max(candidates, 1), 1),
        "lookup_cold_vs_parse": round(lookup_cold_s / parse_s, 4),
        "ranking_vs_parse": round(ranking_s / parse_s, 4),
    }
    print(json.dumps(out, indent=2))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
