"""False-positive census for the quote extractor (issue 18, tenth round): the predictions no gold matches
strictly (character overlap >= 0.8 of the longer span), counted by class. Counts only, never text.

    python scripts/quotes_fp_census.py [--set train|tune-a] [--every K] [--cache] [--top N]

Only train and tune-a (rules are written looking at those; tune-b and the check half are never listed).
An unmatched prediction is, first that applies:
- "duplicate": it overlaps a gold by >= 0.8 but that gold went to another prediction (one-to-one pairing);
- "partial overlap": it shares characters with a gold, less than 0.8; then the boundary class of its best partner:
  start early / late / same, end early / late / same (too long or too short at which end);
- "no gold overlapping": not one character shared. These are classed by the prediction's kind (direct, partial,
  indirect), its cue (none, verb, noun, "according to", other), the content's form (a quoted span: a short quoted
  term of <= 3 words, or a longer quotation; an indirect content: that-clause, infinitive, question, noun phrase,
  other clause), whether it lies in the text's first line (a headline), its length in words, and its speaker
  (none, a pronoun, other).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_polnear_train as train  # noqa: E402

from newsledger.eval.suites import quotes_polnear as suite  # noqa: E402

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "who", "this", "that"}
WH = {"whether", "if", "how", "what", "why", "when", "where", "who", "which"}
SLACK = 2  # characters of punctuation or space an edge may differ by and still count as "same"


def edge(p: int, g: int) -> str:
    if abs(p - g) <= SLACK:
        return "same"
    return "early" if p < g else "late"


def content_form(q, text: str, doc) -> str:
    if q.kind in {"direct", "partial"}:
        words = len(q.text.split())
        return "quoted term (<= 3 words)" if words <= 3 else "quotation"
    words = re.findall(r"[A-Za-z']+", q.text)
    w0 = words[0].lower() if words else ""
    if w0 == "that":
        return "that-clause"
    if w0 == "to":
        return "infinitive"
    if w0 in WH:
        return "question"
    toks = [t for t in doc if q.start <= t.idx < q.end]
    if toks and not any(t.pos_ in {"VERB", "AUX"} for t in toks):
        return "noun phrase"
    return "clause"


def cue_kind(q, doc) -> str:
    if not q.cue:
        return "no cue"
    low = q.cue.lower()
    if low.startswith("according"):
        return "according to"
    first = low.split()[0]
    lemmas = {t.pos_ for t in doc if t.lower_ == first}
    if "VERB" in lemmas or "AUX" in lemmas:
        return "verb cue"
    if "NOUN" in lemmas or "PROPN" in lemmas:
        return "noun cue"
    return "other cue"


def speaker_kind(q) -> str:
    if not q.speaker_text:
        return "no speaker"
    return "pronoun speaker" if q.speaker_text.lower() in PRONOUNS else "named speaker"


def length(q) -> str:
    n = len(q.text.split())
    return "1-3 words" if n <= 3 else "4-10 words" if n <= 10 else "11-30 words" if n <= 30 else "> 30 words"


def main(argv: list[str] | None = None) -> int:
    ap = train.census_parser(__doc__.split("\n\n")[0])
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args(argv)
    docs, parsed, recs = train.census_inputs(args.set, args.corpus, args.every, args.cache)
    n_pred = 0
    top, boundary, by_kind, none_cls, none_feat = Counter(), Counter(), Counter(), Counter(), Counter()
    for (_, text, gold), rec, doc in zip(docs, recs, parsed):
        pred = suite.fold(rec.quotes, text)
        n_pred += len(pred)
        hit = {id(q) for _, q in suite.match(pred, gold, "strict", text)}
        first_line = text.find("\n") if "\n" in text else len(text)
        for q in pred:
            if id(q) in hit:
                continue
            s = suite.scored_span(q, text)
            overlaps = [(suite.span_overlap(s, suite._outer(g)), g) for g in gold]
            best = max(overlaps, default=(0.0, None), key=lambda t: t[0])
            if best[0] >= suite.THRESHOLD:
                top["duplicate (its gold taken by another prediction)"] += 1
                by_kind[(q.kind, "duplicate")] += 1
                continue
            if best[0] > 0:
                gs = suite._outer(best[1])
                cls = f"start {edge(s[0], gs[0])}, end {edge(s[1], gs[1])}"
                top["partial overlap"] += 1
                boundary[(q.kind, cls)] += 1
                by_kind[(q.kind, "partial overlap")] += 1
                continue
            top["no gold overlapping"] += 1
            by_kind[(q.kind, "no gold")] += 1
            head = "headline" if q.start < first_line else "body"
            form = content_form(q, text, doc)
            none_cls[(q.kind, cue_kind(q, doc), form)] += 1
            for feat in (f"kind: {q.kind}", f"cue: {cue_kind(q, doc)}", f"form: {form}", f"place: {head}",
                         f"length: {length(q)}", f"speaker: {speaker_kind(q)}",
                         f"{q.kind} x {speaker_kind(q)}", f"{q.kind} x {length(q)}"):
                none_feat[feat] += 1
    n_fp = sum(top.values())
    print(f"{args.set}: {len(docs)} texts, {n_pred} predictions, {n_fp} match no gold strictly "
          f"({n_fp / max(n_pred, 1):.1%})")
    print("\n## top classes")
    for k, v in top.most_common():
        print(f"{v:6d}  {k}")
    print("\n## by prediction kind")
    for (k, c), v in sorted(by_kind.items()):
        print(f"{v:6d}  {k} | {c}")
    print("\n## partial overlap: boundary against the best-overlapping gold (kind | edges)")
    for (k, c), v in boundary.most_common(args.top):
        print(f"{v:6d}  {k} | {c}")
    print("\n## no gold overlapping: features (each prediction counts once per feature family)")
    for k, v in sorted(none_feat.items(), key=lambda kv: (kv[0].split(":")[0].split(" x ")[0], -kv[1])):
        print(f"{v:6d}  {k}")
    print("\n## no gold overlapping: kind | cue | form")
    for (k, c, f), v in none_cls.most_common(args.top):
        print(f"{v:6d}  {k} | {c} | {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
