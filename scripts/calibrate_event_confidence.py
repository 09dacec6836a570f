"""Fit the event confidence model (newsledger/data/events/confidence.json) on the TUNE halves of the hand-annotated
Guardian event set (newsledger/eval/annotations/events_guardian) and of the all-news set (events_allnews: news of
every topic, issue 16 fourth round): a logistic regression from each predicted
event's evidence features (newsledger.extract.events.features) to "matches a gold event" (the scorer's typed
match). The check half is never read. Usage:

    PYTHONPATH=. python scripts/calibrate_event_confidence.py [--write]

Prints the fitted weights and the tune-half precision/recall per threshold; --write stores weights and the
default threshold: the one with the best tune F0.5 (precision weighted twice as much as recall: precision first,
without keeping only a handful of events).
"""
from __future__ import annotations

import argparse
import json
import math
import os
from pathlib import Path

os.environ["NEWSLEDGER_EVENT_MIN_CONFIDENCE"] = "0"  # every event, so the curve covers all of them

from newsledger.eval.split import select  # noqa: E402
from newsledger.eval.suites import events_allnews as A  # noqa: E402
from newsledger.eval.suites import events_guardian as G  # noqa: E402
from newsledger.extract import events  # noqa: E402

CONFIG = Path(events.__file__).resolve().parents[1] / "data" / "events" / "confidence.json"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def collect(corpus: Path) -> tuple[list[dict[str, float]], list[int], list[int], int]:
    """Features and labels of every event of the tune articles (features recorded as extraction computes
    them: newsledger.extract.events builds an event, then its features)."""
    by_event: dict[int, dict[str, float]] = {}
    last: list = [None]
    plain_event, plain_features = events._event, events.features

    def event_hook(*args, **kwargs):
        last[0] = plain_event(*args, **kwargs)
        return last[0]

    def features_hook(*args, **kwargs):
        f = plain_features(*args, **kwargs)
        by_event[id(last[0])] = f
        return f

    events._event, events.features = event_hook, features_hook
    try:
        gold = G.load_gold()
        ids = select(sorted(gold, key=int), lambda i: i, "tune")
        recs = G.records(corpus, ids)
        # the all-news set's tune half: news of every topic, where most verbs must give no event
        listed = A.load_articles()
        news_gold = {a: [] for a in listed}
        news_gold.update(G.load_gold(A.GOLD))
        news_ids = select(list(listed), lambda a: a, "tune")
        recs.update(A.records(corpus, news_ids))
        gold.update(news_gold)
    finally:
        events._event, events.features = plain_event, plain_features
    X, y, y_required = [], [], []
    for aid, rec in recs.items():
        pairs = {ei: gi for gi, ei in G.match(rec, gold[aid], rec.events)}
        X += [by_event[id(e)] for e in rec.events]
        y += [int(i in pairs) for i in range(len(rec.events))]
        y_required += [int(i in pairs and not gold[aid][pairs[i]].optional) for i in range(len(rec.events))]
    n_required = sum(not g.optional for aid in recs for g in gold[aid])
    return X, y, y_required, n_required


def fit(X: list[dict[str, float]], y: list[int], l2: float = 3.0, steps: int = 4000, lr: float = 0.1):
    names = sorted(X[0])
    w = dict.fromkeys(names, 0.0)
    b = 0.0
    n = len(X)
    for _ in range(steps):
        gw = dict.fromkeys(names, 0.0)
        gb = 0.0
        for x, t in zip(X, y):
            z = b + sum(w[k] * x[k] for k in names)
            p = 1 / (1 + math.exp(-z))
            for k in names:
                gw[k] += (p - t) * x[k]
            gb += p - t
        for k in names:
            w[k] -= lr * (gw[k] / n + l2 * w[k] / n)
        b -= lr * gb / n
    return b, w


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    X, y, y_required, n_required = collect(args.corpus)
    b, w = fit(X, y)
    print(f"{len(y)} tune events, {sum(y)} matched; {n_required} required gold; bias {b:.3f}")
    for k, v in sorted(w.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:18} {v:+.3f}")
    settings = json.loads(CONFIG.read_text(encoding="utf-8")) if CONFIG.exists() else {}
    settings.update({"bias": round(b, 3), "weights": {k: round(v, 3) for k, v in w.items()}})
    conf = [round(1 / (1 + math.exp(-(b + sum(w[k] * x[k] for k in w)))), 3) for x in X]
    chosen, best = None, -1.0
    print("at_least  predicted  precision  recall  F0.5")
    for c in [round(0.05 * k, 2) for k in range(20)]:
        kept = [i for i, p in enumerate(conf) if p >= c]
        prec = sum(y[i] for i in kept) / len(kept) if kept else 0.0
        rec = sum(y_required[i] for i in kept) / n_required if n_required else 0.0
        f05 = 1.25 * prec * rec / (0.25 * prec + rec) if prec + rec else 0.0
        print(f"  {c:.2f}    {len(kept):5d}     {prec:.3f}   {rec:.3f}  {f05:.3f}")
        if f05 > best:
            chosen, best = c, f05
    print("default threshold:", chosen)
    if args.write and chosen is not None:
        settings["default_threshold"] = chosen
        CONFIG.write_text(json.dumps(settings, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("written", CONFIG)


if __name__ == "__main__":
    main()
