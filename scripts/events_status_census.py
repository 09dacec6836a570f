"""Census of the status of matched events on a tune quarter (issue 16, fourteenth round): a confusion table gold
status x predicted status of the matched events and, for tune-a, each wrong one with its sentence's time
expressions. Refuses the check half: its items are never listed; tune-b gives totals only.

    PYTHONPATH=. .venv/bin/python scripts/events_status_census.py --split tune-a [--wrong] [--dataset guardian]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from newsledger.eval.suites import events_guardian as G

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_date_census import _sets  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["tune-a", "tune-b"], required=True)
    ap.add_argument("--dataset", action="append", choices=["guardian", "allnews"])
    ap.add_argument("--wrong", action="store_true", help="list only the matched events whose status is wrong")
    ap.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    args = ap.parse_args()
    listing = args.split == "tune-a"
    thr = G.default_threshold()
    for name, recs, gold in _sets(args.corpus, args.dataset or ["guardian", "allnews"], args.split):
        table: Counter = Counter()
        for aid, rec in recs.items():
            events = [e for e in rec.events if G._confidence(e) >= thr]
            for gi, ei in G.match(rec, gold[aid], events):
                g, e = gold[aid][gi], events[ei]
                ok = e.status in g.statuses
                table["|".join(sorted(g.statuses)), e.status] += 1
                if not listing or (args.wrong and ok):
                    continue
                gs = "|".join(sorted(g.statuses))
                print(f"{'OK ' if ok else 'BAD'} {name} {aid} pub={rec.article.published} gold={gs}"
                      f" got={e.status} date={e.date} ({e.date_precision}) {e.type} trig={e.trigger} "
                      f"gold_span={g.start}-{g.end}")
                print("    ", e.sentence.replace("\n", " ")[:400])
                for t in rec.times:
                    if e.start <= t.start < e.end:
                        print(f"     time {t.text!r} -> {t.value} [{t.precision}]")
        print(f"== {name} {args.split}: gold x predicted status of the matched")
        for (gs, ps), n in sorted(table.items()):
            print(f"   {gs:<24} {ps:<14} {n}")
        print(f"   right {sum(n for (gs, ps), n in table.items() if ps in gs.split('|'))} of {sum(table.values())}")


if __name__ == "__main__":
    main()
