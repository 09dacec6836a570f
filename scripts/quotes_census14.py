"""Quote census by class (issue 18, round 14): every gold PolNeAR Content with no strict match, sorted by its cue
class, where its Source stands and, for a Content some prediction overlaps by less than 0.8, which edge is wrong;
and every prediction no gold matches strictly, by kind, cue class and overlap.

    python scripts/quotes_census14.py [--set train|tune-a] [--every K] [--cache] [--examples CLASS]

Train and tune-a only (counts; --examples prints items of one class, tune-a or train: never tune-b or check).
Cue classes (from the gold Cue's words and the head's part of speech in the md parse): "according to", say,
tell, belief (think/believe/know/expect/hope/want/fear ...), colon/dash (punctuation cue), nominal (the cue's
head a noun), other verb, other. Source: before / after / inside the Content, none. Edges, against the
best-overlapping prediction: start "swallows cue/source" (cue or source between the two starts), "early
other", "late: complementizer" (the gold starts with that/whether/if/to and the prediction after it), "late
other"; end "cut at comma", "cut at sentence", "cut at paragraph", "cut other", "long to comma/sentence/paragraph/
other"; "continuation paragraph" when the gold's pieces span a line break the prediction does not reach.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_polnear_train as train  # noqa: E402

from newsledger.eval.suites import quotes_polnear as suite  # noqa: E402

SAY = {"say", "says", "said", "saying"}
TELL = {"tell", "tells", "told", "telling"}
BELIEF = {"think", "believe", "know", "feel", "expect", "hope", "want", "fear", "worry", "doubt", "assume",
          "suspect", "consider", "understand", "wish", "predict", "see", "agree", "disagree"}
SENT_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s")


def cue_class(doc, text: str, cue_text: str | None, cue_spans) -> str:
    if not cue_text and not cue_spans:
        return "none"
    words = (cue_text or " ".join(text[a:b] for a, b in cue_spans or [])).lower()
    if "according" in words:
        return "according to"
    if words.strip() in {":", "-", "\u2014", "\u2013"} or (words and not re.search(r"\w", words)):
        return "colon/dash"
    toks = re.findall(r"[a-z]+", words)
    lemmas = set(toks)
    if lemmas & SAY:
        return "say"
    if lemmas & TELL:
        return "tell"
    if any(t.rstrip("sd").rstrip("e") in {b.rstrip("e") for b in BELIEF} or t in BELIEF for t in toks):
        return "belief"
    if cue_spans and doc is not None:
        a, b = cue_spans[0]
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and len(span):
            pos = span.root.pos_
            if pos in {"NOUN", "PROPN"}:
                return "nominal"
            if pos in {"VERB", "AUX"}:
                return "other verb"
            return f"other ({pos})"
    return "other"


def source_place(g: suite.GoldAttr) -> str:
    if not g.sources:
        return "none"
    gs = suite._outer(g)
    a = g.sources[0][0]
    if a < gs[0]:
        return "before"
    if a >= gs[1]:
        return "after"
    return "inside"


def gap_class(gap: str) -> str:
    if "\n" in gap:
        return "paragraph"
    if SENT_END.search(gap + " "):
        return "sentence"
    if gap.lstrip(" \"'\u201d\u2019").startswith((",", ";", "\u2014", " -")) or gap.startswith(","):
        return "comma"
    return "other"


def edges(text: str, g: suite.GoldAttr, p: tuple[int, int]) -> tuple[str, str]:
    gs = suite._outer(g)
    if abs(p[0] - gs[0]) <= 2:
        start = "same"
    elif p[0] < gs[0]:
        between = (p[0], gs[0])
        inside = [s for s in (g.sources + (g.cues or [])) if between[0] <= s[0] < between[1]]
        start = "early: swallows cue/source" if inside else f"early: {gap_class(text[p[0]:gs[0]])}"
    else:
        missing = text[gs[0]:p[0]].strip().lower()
        first = missing.split()[0] if missing.split() else ""
        start = "late: complementizer" if first in {"that", "whether", "if", "to"} else \
            f"late: {gap_class(text[gs[0]:p[0]])}"
    if abs(p[1] - gs[1]) <= 2:
        end = "same"
    elif p[1] < gs[1]:
        multi = len(g.spans) > 1 and any("\n" in text[g.spans[i][1]:g.spans[i + 1][0]]
                                         for i in range(len(g.spans) - 1))
        end = "cut: continuation paragraph" if multi and "\n" in text[p[1]:gs[1]] else \
            f"cut at {gap_class(text[p[1]:gs[1]])}"
    else:
        end = f"long to {gap_class(text[gs[1]:p[1]])}"
    return start, end


def main(argv: list[str] | None = None) -> int:
    ap = train.census_parser(__doc__.split("\n\n")[0])
    ap.add_argument("--examples", help="print the items of this class (a substring of the class line)")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    docs, parsed, recs = train.census_inputs(args.set, args.corpus, args.every, args.cache)
    gold_c, fp_c, edge_c = Counter(), Counter(), Counter()
    n_gold = n_pred = 0
    for (name, text, gold), rec, doc in zip(docs, recs, parsed):
        pred = suite.fold(rec.quotes, text)
        pairs = suite.match(pred, gold, "strict", text)
        hit_g = {id(g) for g, _ in pairs}
        hit_p = {id(q) for _, q in pairs}
        spans = [suite.scored_span(q, text) for q in pred]
        n_gold += len(gold)
        n_pred += len(pred)
        for g in gold:
            if id(g) in hit_g:
                continue
            gs = suite._outer(g)
            best = max(((suite.span_overlap(s, gs), s) for s in spans), default=(0, None), key=lambda t: t[0])
            cc = cue_class(doc, text, g.cue_text, g.cues)
            sp = source_place(g)
            if best[0] <= 0:
                key = ("miss", cc, sp)
                gold_c[key] += 1
                line = f"{key}"
            else:
                st, en = edges(text, g, best[1])
                key = ("partial", cc, sp)
                gold_c[key] += 1
                edge_c[(st, en)] += 1
                edge_c[("start", st)] += 1
                edge_c[("end", en)] += 1
                line = f"{key} {st} | {en}"
            if args.examples and args.examples in line:
                pr = text[best[1][0]:best[1][1]] if best[1] else ""
                print(f"[{name[:30]}] {line} cue={g.cue_text!r}\n   G: {text[gs[0]:gs[1]][:240]!r}\n"
                      f"   P: {pr[:240]!r}")
        for s, q in zip(spans, pred):
            if id(q) in hit_p:
                continue
            ov = max((suite.span_overlap(s, suite._outer(g)) for g in gold), default=0)
            cc = cue_class(None, text, q.cue, None)
            if cc == "other" and q.cue:
                cc = "other cue"
            key = ("partial" if ov > 0 else "no gold", q.kind, cc)
            fp_c[key] += 1
            if args.examples and args.examples in f"fp {key}":
                print(f"[{name[:30]}] fp {key} cue={q.cue!r} speaker={q.speaker_text!r}\n"
                      f"   P: {text[s[0]:s[1]][:240]!r}")
    print(f"{args.set}: {len(docs)} texts, gold {n_gold}, unmatched gold {sum(gold_c.values())}; "
          f"predictions {n_pred}, unmatched {sum(fp_c.values())}")
    for title, c in (("unmatched gold (status, cue class, source place)", gold_c),):
        print(f"\n## {title}")
        for k, v in c.most_common(args.top):
            print(f"{v:6d}  {k}")
    print("\n## unmatched gold by status x cue class")
    agg = Counter()
    for (st, cc, _sp), v in gold_c.items():
        agg[(st, cc)] += v
    for k, v in agg.most_common():
        print(f"{v:6d}  {k}")
    print("\n## partial overlap: edges (start; end; start x end)")
    for k, v in sorted(edge_c.items(), key=lambda kv: (kv[0][0] not in {"start", "end"}, kv[0][0], -kv[1])):
        print(f"{v:6d}  {k}")
    print("\n## false positives (overlap, kind, cue class)")
    for k, v in fp_c.most_common(args.top):
        print(f"{v:6d}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
