"""Draw contradictions from the corpus output for hand judgement (issue 14, tenth round): a seeded random sample of
cross-article and within-article contradictions that `claims` finds over the 249-article Guardian sample, written as
rows of `newsledger/data/contradictions/corpus_pairs.tsv` (ids, offsets, empty label: no text) and, for the judge,
a listing with the texts to a file outside the repository.

    python scripts/contradictions_corpus_sample.py --records /tmp/guardian_records.jsonl --seed 10 \\
        --cross 60 --within 30 --start 1 --out /tmp/rows.tsv --show /tmp/judge.txt

Pairs already in the hand set are skipped, so a later round draws new ones (`--start` numbers them on).
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

from newsledger.eval.suites.contradictions_corpus import PAIRS, load, matches, predicted, sides
from newsledger.eval.suites.contradictions_guardian import articles


def _sentence(rec: dict, start: int, end: int) -> slice:
    """The run of the record's sentences that holds start..end (for the judge's listing)."""
    sents = [(s["start"], s["end"]) for s in rec.get("sentences", []) if s["start"] < end and start < s["end"]]
    return slice(min([start, *(s for s, _e in sents)]), max([end, *(e for _s, e in sents)]))


def main() -> None:
    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from contradictions_corpus_count import records

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--records", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--cross", type=int, default=60)
    ap.add_argument("--within", type=int, default=30)
    ap.add_argument("--start", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--show", type=Path, required=True)
    args = ap.parse_args()
    recs = records(args.corpus, args.records)
    by_id = {r["article"]["id"]: r for r in recs}
    texts = articles(args.corpus)
    old = load() if PAIRS.exists() else []
    preds = [(s, c) for s, c in predicted(recs) if not any(matches(c, j, by_id) for j in old)]
    rng = random.Random(args.seed)
    drawn = []
    for scope, n in (("cross", args.cross), ("within", args.within)):
        pool = [c for s, c in preds if s == scope]
        drawn += [(scope, c) for c in rng.sample(pool, min(n, len(pool)))]
    with args.out.open("w", encoding="utf-8") as out, args.show.open("w", encoding="utf-8") as show:
        for k, (scope, c) in enumerate(drawn, args.start):
            a, b = sides(c, by_id)
            pid = f"p{k:03d}"
            out.write("\t".join([pid, scope, a[0], str(a[1]), str(a[2]), b[0], str(b[1]), str(b[2]), c["kind"], ""])
                      + "\n")
            ta, tb = (texts[x[0]][1][_sentence(by_id[x[0]], x[1], x[2])] for x in (a, b))
            da, db = (texts[x[0]][0] for x in (a, b))
            show.write(f"== {pid} {scope} {c['kind']} {a[0]}({da}) / {b[0]}({db})\n"
                       f"  claim: {c.get('claim', '')[:200]}\n  for: {c.get('asserted_by')} against: "
                       f"{c.get('disputed_by')}\n  A: {' '.join(ta.split())[:400]}\n"
                       f"  B: {' '.join(tb.split())[:400]}\n")


if __name__ == "__main__":
    main()
