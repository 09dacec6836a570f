"""The right edge of indirect quotes by grammatical shape (issue 18, round 38): counts only, on PolNeAR (train,
tune-a, tune-b) against the gold's edge and on the hand-judged quotes sample (`quotes_sample/judged.tsv`) against
the judge's labels. Shapes (CGEL ch. 8 and 15, Quirk et al. 1985 15.17-15.24: an adverbial clause is an adjunct of
the clause it closes, a coordinated clause a conjunct of it), from the md parse of the sentence around the span:

- "left out: adverbial clause: W": the words right after the span open an adverbial clause (advcl) whose
  subordinator or infinitive marker is W ("..., because X", "... to buy Y", "in order to Z");
- "left out: coordinated clause / conjunct": a coordinator right after the span joins a conjunct to a word of it;
- "holds trailing adverbial clause: W" / "holds coordinated clause": the span closes with such a clause;
- on the sample, "fragment folded / unfolded" for a quoted fragment (kind partial) inside, or not, an indirect quote
  of the same speaker (PolNeAR's adapter folds the first: `quotes_polnear.fold`), "direct" for direct quotes.

The class CONTINUING (purpose, reason, condition: the source's own account, INSTRUCTIONS.md "whose a trailing clause
is") is also simulated on PolNeAR with `--extend`: each indirect prediction that leaves such a clause out is run on
to the clause's end and the set re-matched (strict P, R, F1 before and after).

    python scripts/quotes_edge_shapes.py polnear train tune-a tune-b [--extend] [--cache]
    python scripts/quotes_edge_shapes.py sample tune-a|tune-b --records CACHE [--rows | --pool]

Never the check half. `--rows` lists tune-a rows only (tune-b is counted, never listed).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_polnear_train as train  # noqa: E402 (the censuses' loader and parse cache)

from newsledger import nlp  # noqa: E402
from newsledger.eval.metrics import prf  # noqa: E402
from newsledger.eval.split import select  # noqa: E402
from newsledger.eval.suites import quotes_polnear as suite  # noqa: E402
from newsledger.eval.suites import quotes_sample as sample  # noqa: E402

SUBORDINATORS = {"though", "although", "because", "while", "whereas", "after", "before", "as", "since", "if",
                 "unless", "until", "when", "once", "so", "in", "to"}
# purpose, reason and condition: the source's account goes on (Quirk et al. 15.45-15.48); "in" is "in order to"
CONTINUING = {"to", "in", "because", "if", "unless"}
HALVES = {"tune-a", "tune-b"}


def _extent(tok) -> tuple[int, int]:
    sub = list(tok.subtree)
    return min(t.idx for t in sub), max(t.idx + len(t) for t in sub)


def left_out(sent, end: int, last) -> tuple[str, tuple[int, int]] | None:
    """The clause the span stops before: an adverbial clause or a conjunct opening right after it."""
    after = [t for t in sent if t.idx >= end and not t.is_punct]
    if not after:
        return None
    w = after[0]
    clause = w.head if w.dep_ in {"mark", "advmod", "aux"} else w
    if clause.dep_ == "advcl" and w.lower_ in SUBORDINATORS:
        return f"left out: adverbial clause: {w.lower_}", _extent(clause)
    if w.pos_ == "CCONJ" and w.head.i <= last.i:
        conj = [c for c in w.head.children if c.dep_ == "conj" and c.i > w.i]
        if conj:
            form = "clause" if conj[0].pos_ in {"VERB", "AUX"} else "conjunct"
            return f"left out: coordinated {form}", _extent(conj[0])
    return None


def held(span) -> tuple[str, tuple[int, int]] | None:
    """The adverbial or coordinated clause the span closes with."""
    root = span.root
    for t in span:
        if t.dep_ == "advcl" and t.i > root.i and t.head.i >= span.start:
            marks = [c for c in t.children if c.dep_ in {"mark", "advmod", "aux"} and c.i < t.i]
            if marks and marks[0].lower_ in SUBORDINATORS:
                return f"holds trailing adverbial clause: {marks[0].lower_}", _extent(t)
    for t in span:
        if t.head == root and t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"}:
            return "holds coordinated clause", _extent(t)
    return None


def shape(doc, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """The right-edge shape of the span [start, end) in `doc` and the clause it names (character offsets)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "other", None
    found = left_out(span.sent, end, span[-1]) or held(span)
    return found if found else ("other", None)


def continuing(name: str) -> bool:
    return name.startswith("left out: adverbial clause: ") and name.rsplit(": ", 1)[1] in CONTINUING


def outcome(q, clause, gold, hit: bool) -> str:
    """Strict match; else where the most-overlapping gold content ends against the prediction and the clause (for
    a span holding the clause, "gold stops before the clause" is the gold leaving it out)."""
    if hit:
        return "strict"
    best = max(((suite.span_overlap((q.start, q.end), suite._outer(g)), g) for g in gold), default=(0.0, None),
               key=lambda t: t[0])
    if best[0] < 0.1:
        return "no gold"
    if clause is None:
        return "unmatched"
    gold_end = suite._outer(best[1])[1]
    if gold_end >= clause[1] - 3:
        return "gold runs to the clause's end"
    if abs(gold_end - q.end) <= 3:
        return "gold ends where the prediction does"
    if gold_end <= clause[0] + 1:
        return "gold stops before the clause"
    return "gold ends elsewhere"


def polnear_set(set_name: str, cache: bool, extend: bool) -> None:
    docs, parsed, recs = train.census_inputs(set_name, train.CORPUS, 1, cache)
    tally, tp, tp_ext, n_pred, n_gold = Counter(), 0, 0, 0, 0
    for (_, text, gold), doc, rec in zip(docs, parsed, recs):
        pred = suite.fold(rec.quotes, text)
        hits = {id(q) for _, q in suite.match(pred, gold, "strict", text)}
        runs_on = []
        for q in pred:
            name, clause = shape(doc, q.start, q.end) if q.kind == "indirect" else (q.kind, None)
            if q.kind == "indirect":
                tally[(name, outcome(q, clause, gold, id(q) in hits))] += 1
            run = extend and continuing(name) and clause is not None
            runs_on.append(dataclasses.replace(q, end=clause[1], text=text[q.start:clause[1]]) if run else q)
        tp, n_pred, n_gold = tp + len(hits), n_pred + len(pred), n_gold + len(gold)
        tp_ext += len(suite.match(runs_on, gold, "strict", text))
    ran_on = f"; continuing clauses run on: {fmt(prf(tp_ext, n_pred, n_gold))} (tp {tp} -> {tp_ext})"
    print(f"== polnear {set_name}: strict P/R/F1 {fmt(prf(tp, n_pred, n_gold))}" + (ran_on if extend else ""))
    for (name, out), n in sorted(tally.items()):
        print(f"  {name:45s} {out:36s} {n}")


def fmt(p: tuple[float, float, float]) -> str:
    return "/".join(f"{x:.4f}" for x in p)


def label(j: sample.Judged) -> str:
    return "strict right" if j.strict_right else f"{j.attribution}/{j.content}/{j.speaker}"


def stretch(rec: dict, lo: int, hi: int) -> str:
    """The article's text between two offsets, rebuilt from the record's sentences (blank between them)."""
    buf = [" "] * (hi - lo)
    for s in rec["sentences"]:
        for k, ch in enumerate(s["text"]):
            if lo <= s["start"] + k < hi:
                buf[s["start"] + k - lo] = ch
    return "".join(buf)


def sample_shape(pipe, rec: dict, q: dict) -> str:
    """A judged row's shape: fragment (folded or not), direct, or the right edge of an indirect quote."""
    if q["kind"] == "partial":
        folded = any(i["kind"] == "indirect" and i["start"] <= q["start"] and q["end"] <= i["end"]
                     and i.get("speaker") == q.get("speaker") for i in rec["quotes"])
        return "fragment " + ("folded" if folded else "unfolded")
    if q["kind"] != "indirect":
        return q["kind"]
    sents = [s for s in rec["sentences"] if s["start"] <= q["end"] and q["start"] < s["end"]]
    lo, hi = min(s["start"] for s in sents), max(s["end"] for s in sents)
    doc = pipe(stretch(rec, lo, hi))
    return shape(doc, q["start"] - lo, q["end"] - lo)[0]


def sample_half(half: str, records: Path, rows: bool) -> None:
    if half not in HALVES:
        raise SystemExit("tune-a or tune-b only")
    judged = select(sample.load(), lambda j: sample.split_id(j.article), half)
    wanted = {j.article for j in judged}
    recs = {r["article"]["id"]: r for r in map(json.loads, records.open(encoding="utf-8"))
            if r["article"]["id"] in wanted}
    pipe, tally = nlp.load(), Counter()
    for j in judged:
        rec = recs[j.article]
        q = next(q for q in rec["quotes"] if q["start"] == j.start and q["end"] == j.end)
        name = sample_shape(pipe, rec, q)
        tally[(name, label(j))] += 1
        if rows and half == "tune-a":
            print(f"  {j.article} {j.start}-{j.end} {label(j):20s} {name}")
    print(f"== sample {half}: {len(judged)} rows")
    for (name, lab), n in sorted(tally.items()):
        print(f"  {name:45s} {lab:22s} {n}")


def pool_half(half: str, records: Path) -> None:
    """Every indirect quote entry of the half's articles by right-edge shape (no labels: how large a class is in
    what the sample draws from)."""
    if half not in HALVES:
        raise SystemExit("tune-a or tune-b only")
    pipe, tally, n = nlp.load(), Counter(), 0
    for rec in map(json.loads, records.open(encoding="utf-8")):
        if not select([rec["article"]["id"]], sample.split_id, half):
            continue
        for q in rec.get("quotes", []):
            n += 1
            tally[sample_shape(pipe, rec, q) if q["kind"] == "indirect" else q["kind"]] += 1
    print(f"== sample pool {half}: {n} quote entries")
    for name, k in sorted(tally.items()):
        print(f"  {name:45s} {k}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("polnear")
    p.add_argument("sets", nargs="+", choices=["train", "tune-a", "tune-b"])
    p.add_argument("--extend", action="store_true")
    p.add_argument("--cache", action="store_true")
    s = sub.add_parser("sample")
    s.add_argument("half", choices=sorted(HALVES))
    s.add_argument("--records", type=Path, required=True)
    s.add_argument("--rows", action="store_true")
    s.add_argument("--pool", action="store_true", help="every quote entry of the half, by shape (no labels)")
    a = ap.parse_args()
    if a.cmd == "polnear":
        for name in a.sets:
            polnear_set(name, a.cache, a.extend)
    elif a.pool:
        pool_half(a.half, a.records)
    else:
        sample_half(a.half, a.records, a.rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
