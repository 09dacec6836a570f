"""Boundary census for the quote extractor (issue 18): for each gold Content matched by the lenient containment
rule but failing the strict one (character overlap >= 0.8), where the predicted span starts and ends against
the gold span, counted by class.

    python scripts/quotes_boundary_census.py [--set train|tune-a] [--every K] [--examples N] [--cache]

Only train and tune-a (rules are written looking at those; tune-b and the check half are never listed).
Classes, from the text between the two edges:
- start: "same", "early: cue or source inside" (the gold's cue or source text lies between), "early: that"
  (only a complementizer), "early: other"; "late: complementizer", "late: quotation mark", "late: other";
- end: "same"; too short: "carried paragraph" (a paragraph break between), "second sentence" (a sentence end
  between), "trailing clause: <first word>" (", which ...", ", saying ..."), "short: other"; too long:
  "attribution tail" (", he said"), "parenthetical", "second sentence", "long: <first word>", "long: other".
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_polnear_train as train  # noqa: E402

from newsledger.eval.split import select  # noqa: E402
from newsledger.eval.suites import quotes_polnear as suite  # noqa: E402

SENT_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[\"'\u201c\u2018]?[A-Z]")
PUNCT = set(" \t,.;:!?\"'\u201c\u201d\u2018\u2019()-\u2014")


def _trivial(s: str) -> bool:
    return all(c in PUNCT for c in s)


def _first_word(s: str) -> str:
    m = re.match(r"[\s,;:\u2014\-(\"'\u201c\u201d]*([A-Za-z']+)", s)
    return m.group(1).lower() if m else "?"


def start_class(text: str, p: tuple[int, int], g: suite.GoldAttr) -> str:
    gs = suite._outer(g)
    if p[0] == gs[0]:
        return "same"
    if p[0] < gs[0]:
        extra = text[p[0]:gs[0]]
        if _trivial(extra):
            return "same"
        for a, _b in g.sources:
            if p[0] <= a < gs[0]:
                return "early: source inside"
        if g.cue_text and g.cue_text.lower() in extra.lower():
            return "early: cue inside"
        if extra.strip().lower() in {"that", "whether", "if"}:
            return "early: complementizer"
        return f"early: {_first_word(extra)}" if len(extra.split()) <= 3 else "early: other"
    missing = text[gs[0]:p[0]]
    if _trivial(missing):
        return "same"
    if missing.strip().lower() in {"that", "whether", "if", "how", "what", "why", "when"}:
        return "late: complementizer"
    if "\n" in missing:
        return "late: paragraph before"
    if SENT_END.search(missing):
        return "late: sentence before"
    return f"late: {_first_word(missing)}" if len(missing.split()) <= 3 else "late: other"


def end_class(text: str, p: tuple[int, int], g: suite.GoldAttr) -> str:
    ge = suite._outer(g)[1]
    if p[1] == ge:
        return "same"
    if p[1] < ge:
        missing = text[p[1]:ge]
        if _trivial(missing):
            return "same"
        if "\n" in missing:
            return "short: carried paragraph"
        if SENT_END.search(missing):
            return "short: second sentence"
        if re.match(r"\s*[,;(\u2014]|\s*--|\s+-\s", missing):
            return f"short: trailing clause: {_first_word(missing)}"
        return f"short: {_first_word(missing)}"
    extra = text[ge:p[1]]
    if _trivial(extra):
        return "same"
    if "\n" in extra:
        return "long: paragraph after"
    if SENT_END.search(extra):
        return "long: second sentence"
    for a, _b in g.sources:
        if ge <= a < p[1]:
            return "long: attribution tail (source inside)"
    if g.cue_text and g.cue_text.lower() in extra.lower():
        return "long: attribution tail (cue inside)"
    if re.match(r"\s*\(", extra):
        return "long: parenthetical"
    if re.match(r"\s*[,;\u2014]|\s*--|\s+-\s", extra):
        return f"long: after comma: {_first_word(extra)}"
    return f"long: {_first_word(extra)}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="train", choices=["train", "tune-a"])
    ap.add_argument("--corpus", type=Path, default=train.CORPUS)
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--only", help="print examples of classes starting with this")
    ap.add_argument("--cache", action="store_true")
    args = ap.parse_args(argv)
    if args.set == "train":
        docs = suite.load(args.corpus, "train")[::args.every][:args.limit]
    else:
        docs = select(suite.load(args.corpus, "dev"), lambda d: d[0], args.set, args.limit)
    recs, _ = train.records([t for _, t, _ in docs], f"{args.set}-{args.every}-{args.limit}", args.cache)
    starts, ends, both = Counter(), Counter(), Counter()
    examples = defaultdict(list)
    n = 0
    for (name, text, gold), rec in zip(docs, recs):
        pred = suite.fold(rec.quotes, text)
        for g, q in suite.match(pred, gold, "containment", text):
            p = suite.scored_span(q, text)
            if suite.span_overlap(p, suite._outer(g)) >= suite.THRESHOLD:
                continue
            n += 1
            ov = suite.span_overlap(p, suite._outer(g))
            if ov < 0.5:
                # far from the gold span: another report or a quoted fragment inside it, not a boundary slip
                kind = "inside" if suite._outer(g)[0] <= p[0] and p[1] <= suite._outer(g)[1] else "around"
                s = e = f"far ({kind}, {q.kind})"
            else:
                s, e = start_class(text, p, g), end_class(text, p, g)
            starts[s] += 1
            ends[e] += 1
            both[(s.split(":")[0], e.split(":")[0], q.kind)] += 1
            gs = suite._outer(g)
            examples[s].append((name, text[gs[0]:gs[1]], text[p[0]:p[1]], g.cue_text))
            if e != s:
                examples[e].append((name, text[gs[0]:gs[1]], text[p[0]:p[1]], g.cue_text))
            examples[f"{s} | {e} | {q.kind}"].append((name, text[gs[0]:gs[1]], text[p[0]:p[1]], g.cue_text))
    print(f"{args.set}: {n} pairs matched by containment, failing strict")
    print("start:", *(f"  {k}: {v}" for k, v in starts.most_common(25)), sep="\n")
    print("end:", *(f"  {k}: {v}" for k, v in ends.most_common(40)), sep="\n")
    print("start x end:", *(f"  {k}: {v}" for k, v in both.most_common()), sep="\n")
    if args.examples:
        for k, exs in examples.items():
            if args.only and not k.startswith(args.only):
                continue
            print(f"\n== {k} ({len(exs)})")
            for name, gt, pt, cue in exs[:args.examples]:
                print(f"  [{name}] cue={cue!r}\n    G: {gt[:300]!r}\n    P: {pt[:300]!r}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("NEWSLEDGER_CACHE_DIR", "/tmp")
    sys.exit(main())
