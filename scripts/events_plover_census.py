"""Census (issue 16, round 41, evtype41): the PLOVER dev sentences' type errors by the mechanism that decided them.

For every gold record of one half, the headline prediction (events_plover: the `extract` path at the default
threshold, the main event and its coordinated events) against the gold type, and when they differ, why:
- "under threshold": an event of the gold type was made and fell below the default confidence threshold;
- "other type": the headline's event has another type (keyed by its CAMEO root, its type and the trigger's class);
  "other type under threshold": no headline event, only events of another type below the threshold;
- "no event": nothing of the gold type at any confidence and no headline event.
The trigger's class is the confidence model's: "core" (core_verbs.tsv), "curated" (overrides.tsv), "noun" (an event
noun), else "generic". Beside it, the predicted events no gold record takes (spurious) by type.

Off tune-a the script prints AGGREGATE COUNTS ONLY (CONTRIBUTING.md's measurement discipline); on tune-a `--items`
also prints every wrong record (id, gold, prediction, the events made) for reading.

    PYTHONPATH=. python scripts/events_plover_census.py tune-a [--items]
    PYTHONPATH=. python scripts/events_plover_census.py tune-b
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from newsledger.eval.split import select
from newsledger.eval.suites import events_plover as P
from newsledger.extract.eventcoding import dictionary as D

CORPUS = Path("/work/shared/corpus")


def trigger_class(tok) -> str:
    """The trigger's class as the confidence model reads it (confidence.features: core_verb, curated_verb)."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return "noun"
    lemma = tok.lemma_.lower()
    if lemma in D.core_verbs():
        return "core"
    return "curated" if lemma in D.curated_verbs() else "generic"


def mechanism(gold: str, predicted: str | None, found: list, threshold: float) -> str:
    """Why a record's headline type is not its gold type (see the module docstring); "right" when it is."""
    if predicted == gold:
        return "right"
    under = [(e, t) for e, t in found if e.type == gold and (e.confidence or 0.0) < threshold]
    if under:
        return f"under threshold|{trigger_class(under[0][1])}"
    if predicted is not None:
        main = next((e, t) for e, t in found if e.type == predicted)
        return f"other type|{(main[0].cameo or '??')[:2]}|{predicted}|{trigger_class(main[1])}"
    if found:
        e, t = found[0]
        return f"other type under threshold|{(e.cameo or '??')[:2]}|{e.type}|{trigger_class(t)}"
    return "no event"


def census(split: str) -> tuple[Counter, Counter, list[tuple]]:
    """(mechanism tallies keyed (gold, mechanism), spurious events by type, the wrong records for reading)."""
    from newsledger.extract.events import default_min_confidence

    threshold = default_min_confidence()
    records = select(P.load(CORPUS), lambda r: str(r["id"]), split)
    items = P.extracted([r["text"] for r in records])
    assigned, extra = P.assign(records, P.predict_extracted(items))
    tally, wrong = Counter(), []
    for rec, (pred, _), (_, found) in zip(records, assigned, items):
        gold = P.gold_type(rec)
        why = mechanism(gold, pred, found, threshold)
        tally[(gold, why)] += 1
        if why != "right":
            wrong.append((rec["id"], gold, pred, why, [(e.type, e.cameo, e.trigger, e.confidence) for e, _ in found]))
    return tally, Counter(p for p, _ in extra), wrong


def main(split: str = "tune-a", *flags: str) -> None:
    if "--items" in flags and split != "tune-a":
        sys.exit("items are listed for tune-a only")
    tally, spurious, wrong = census(split)
    for (gold, why), n in sorted(tally.items(), key=lambda kv: (kv[0][1] == "right", -kv[1], kv[0])):
        print(f"{n:3d}  {gold:10s} {why}")
    print("spurious:", dict(spurious))
    if "--items" in flags:
        for row in wrong:
            print(*row, sep="\t")


if __name__ == "__main__":
    main(*sys.argv[1:])
