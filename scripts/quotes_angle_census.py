"""The strict misses by angle, each with its upper bound (issue 18, round 41). Counts; items only for tune-a.

    python scripts/quotes_angle_census.py [--set train|tune-a|tune-b] [--cache] [--items]

Every gold content no prediction matches under the strict rule (character overlap >= 0.8 of the longer span) gets
one class, the first that applies: a gold span annotated twice; a gold nested in another gold (or holding one); no
overlapping prediction (in the headline, the text's first line, or by the cue class of `quotes_census.cue_class`);
a gold in pieces or over sentences; then the wrong edge (`quotes_census.edges`: one edge, or both). Beside each
class, the strict F1 if all of it were right: a partial overlap fixed adds a match, a gold with no overlapping
prediction adds a match and a prediction. A second table asks whether the content's edge conventions (PolNeAR's
Content against ours: punctuation and quotation marks at the edges, a leading complementiser, a trailing or
leading "he said") keep any partial overlap under 0.8: how many would cross it with the edges normalised alike on
both sides.

tune-b is counted, never listed: --items refuses it.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_census as qc  # noqa: E402
import quotes_polnear_train as train  # noqa: E402

from newsledger.eval.suites import quotes_polnear as suite  # noqa: E402

EDGE_PUNCT = set(" \n\t.,;:!?\"'\u201c\u201d\u2018\u2019-\u2014\u2013()")
COMPLEMENTISER = re.compile(r"(?:that|whether|if)\s+", re.I)
NAME = r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*"
SPEECH_TAG = re.compile(rf"[,\s]*(?:(?:he|she|they|it|I|we|{NAME}) (?:said|says|added|wrote|noted|told \w+)"
                        rf"|(?:said|says|added) (?:he|she|{NAME}))[,.\s]*$")
EDGE_LEVELS = ("punctuation", "+ complementiser", "+ speech tag")


def sentence_count(doc, start: int, end: int) -> int:
    return len({t.sent.start for t in doc if start <= t.idx < end and not t.is_space})


def angle(text: str, doc, g: suite.GoldAttr, best, outers: list[tuple[int, int]]) -> str:
    """The class of one strictly unmatched gold; best is its most-overlapping prediction (overlap, span, quote)."""
    gs = suite._outer(g)
    if sum(o == gs for o in outers) > 1:
        return "gold span annotated twice"
    if any(o != gs and (gs[0] <= o[0] and o[1] <= gs[1] or o[0] <= gs[0] and gs[1] <= o[1]) for o in outers):
        return "gold nested in a gold or holding one"
    if not best or best[0] == 0:
        if gs[0] < text.find("\n"):
            return "no overlap: headline"
        return f"no overlap: cue {qc.cue_class(doc, text, g.cue_text, g.cues)}"
    if len(g.spans) > 1 or sentence_count(doc, *gs) > 1:
        return "partial: gold in pieces or over sentences"
    start, end = qc.edges(text, g, best[1])
    if start != "same" and end != "same":
        return "partial: both edges"
    return "partial: " + (start if start != "same" else end)


def edge_trim(text: str, start: int, end: int, level: int) -> tuple[int, int]:
    """The span without what the edge conventions differ on, up to `level` (an index of EDGE_LEVELS)."""
    while True:
        before = (start, end)
        while start < end and text[start] in EDGE_PUNCT:
            start += 1
        while end > start and text[end - 1] in EDGE_PUNCT:
            end -= 1
        if level >= 1 and (m := COMPLEMENTISER.match(text, start, end)):
            start = m.end()
        if level >= 2 and (m := SPEECH_TAG.search(text[start:end])) and m.start() > 0:
            end = start + m.start()
        if (start, end) == before:
            return start, end


def edge_crossing(text: str, gold_span: tuple[int, int], pred_span: tuple[int, int]) -> str | None:
    """The first edge convention under which a partial overlap would reach the strict threshold, or None."""
    for level, name in enumerate(EDGE_LEVELS):
        if suite.span_overlap(edge_trim(text, *pred_span, level), edge_trim(text, *gold_span, level)) \
                >= suite.THRESHOLD:
            return name
    return None


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def census(docs, parsed, recs, items: bool) -> tuple[Counter, Counter, tuple[int, int, int]]:
    classes, crossings = Counter(), Counter()
    tp = n_pred = n_gold = 0
    for (_, text, gold), doc, rec in zip(docs, parsed, recs):
        pred = suite.fold(rec.quotes, text)
        tp += len(suite.match(pred, gold, "strict", text))
        n_pred += len(pred)
        n_gold += len(gold)
        outers = [suite._outer(g) for g in gold]
        for g, gs, best in train.unmatched_gold(text, gold, rec):
            cls = angle(text, doc, g, best, outers)
            classes[cls] += 1
            if best and best[0] > 0:
                crossings[edge_crossing(text, gs, best[1]) or "none crosses"] += 1
            if items:
                print(f"{cls}\t{best[0] if best else 0:.2f}\t{text[gs[0]:gs[1]][:160]!r}\t{g.cue_text!r}")
    return classes, crossings, (tp, n_pred, n_gold)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="tune-a", choices=["train", "tune-a", "tune-b"])
    ap.add_argument("--corpus", type=Path, default=train.CORPUS)
    ap.add_argument("--cache", action="store_true")
    ap.add_argument("--items", action="store_true", help="list each miss with its class (tune-a only)")
    args = ap.parse_args(argv)
    if args.items and args.set != "tune-a":
        print("--items: only tune-a items are listed", file=sys.stderr)
        return 2
    docs, parsed, recs = train.census_inputs(args.set, args.corpus, 1, args.cache)
    classes, crossings, (tp, n_pred, n_gold) = census(docs, parsed, recs, args.items)
    print(f"{args.set}: tp {tp}, predictions {n_pred}, gold {n_gold}, strict F1 {f1(tp, n_pred, n_gold):.4f}")
    for cls, n in classes.most_common():
        added = n if cls.startswith(("no overlap", "gold span annotated twice")) else 0
        print(f"{n:6d}  F1 if all right {f1(tp + n, n_pred + added, n_gold):.4f}  {cls}")
    print("partial overlaps crossing 0.8 with the edges normalised:", dict(crossings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
