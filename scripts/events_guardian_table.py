"""Print the split table of the hand-annotated Guardian event gold (articles, events, required events per half),
as INSTRUCTIONS.md shows it: `python scripts/events_guardian_table.py [--ids 147,285,...]` (with --ids, the table
of those articles only, e.g. one annotation round)."""
from __future__ import annotations

import argparse

from newsledger.eval.split import Split, select
from newsledger.eval.suites.events_guardian import load_gold


def table(ids: set[str] | None = None) -> str:
    gold = {a: evs for a, evs in load_gold().items() if ids is None or a in ids}
    rows = ["| split | articles | events | required |", "|---|---|---|---|"]
    for split in (Split.tune, Split.tune_a, Split.tune_b, Split.check, Split.all):
        arts = select(sorted(gold, key=int), lambda a: a, split)
        events = [e for a in arts for e in gold[a]]
        rows.append(f"| {split.value} | {len(arts)} | {len(events)} | {sum(not e.optional for e in events)} |")
    return "\n".join(rows)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ids", help="comma-separated article ids (default: every annotated article)")
    args = ap.parse_args()
    print(table(set(args.ids.split(",")) if args.ids else None))
