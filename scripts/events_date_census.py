"""Census of the dates of matched events on a tune quarter (issue 16): for every gold event the system matched, the
gold dates, the record's date and precision, and the time expressions of the event's sentence with how each attaches
to the trigger (events._time_attaches). Refuses the check half: its items are never listed.

    PYTHONPATH=. .venv/bin/python scripts/events_date_census.py --split tune-a [--wrong] [--dataset guardian|allnews]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsledger.eval.split import select
from newsledger.eval.suites import events_allnews as A
from newsledger.eval.suites import events_guardian as G
from newsledger.extract.events import dates as E
from newsledger.nlp import parse


def _sets(corpus: Path, which: list[str], split: str):
    if "guardian" in which:
        gold = G.load_gold()
        ids = select(sorted(gold, key=int), lambda i: i, split)
        yield "guardian", G.records(corpus, ids), gold
    if "allnews" in which:
        listed = A.load_articles()
        gold = {a: [] for a in listed}
        gold.update(G.load_gold(A.GOLD))
        ids = select(list(listed), lambda a: a, split)
        yield "allnews", A.records(corpus, ids), gold


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["tune-a", "tune-b"], required=True)
    ap.add_argument("--dataset", action="append", choices=["guardian", "allnews"])
    ap.add_argument("--wrong", action="store_true", help="only the matched events whose date is wrong")
    ap.add_argument("--totals", action="store_true", help="counts only (for tune-b)")
    ap.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    args = ap.parse_args()
    if args.split != "tune-a" and not args.totals:
        sys.exit("items are listed for tune-a only; use --totals for tune-b")
    thr = G.default_threshold()
    for name, recs, gold in _sets(args.corpus, args.dataset or ["guardian", "allnews"], args.split):
        n = right = prefix = 0
        for aid, rec in recs.items():
            events = [e for e in rec.events if G._confidence(e) >= thr]
            doc = None
            for gi, ei in G.match(rec, gold[aid], events):
                g, e = gold[aid][gi], events[ei]
                ok = G.date_right(e, g)
                n += 1
                right += ok
                prefix += G.date_right_lenient(e, g)
                if args.totals or (args.wrong and ok):
                    continue
                if doc is None:
                    doc = parse(rec.article.text)
                sent = doc.char_span(e.start, e.end, alignment_mode="expand")
                trig = next((t for t in sent if t.text == e.trigger), None) if sent is not None else None
                print(f"{'OK ' if ok else 'BAD'} {name} {aid} pub={rec.article.published} gold={'|'.join(g.dates)} "
                      f"got={e.date} ({e.date_precision}) {e.type} {e.status} trig={e.trigger}")
                print("    ", e.sentence.replace("\n", " ")[:400])
                for t in rec.times:
                    if e.start <= t.start < e.end:
                        how = E._time_attaches(rec, doc, t, trig) if trig is not None else "?"
                        print(f"     time {t.text!r} -> {t.value} [{t.precision}] {how}")
        print(f"== {name} {args.split}: matched {n}, date right {right}, by prefix {prefix}")


if __name__ == "__main__":
    main()
