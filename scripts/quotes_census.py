"""Quote censuses (issue 18): one script, one loader (`quotes_polnear_train.census_inputs`: PolNeAR train or the dev
tune-a quarter, parsed once and cached), one subcommand per census. Counts; text only where an option asks for
items, and then of train or tune-a only (rules are written looking at those; tune-b and the check half are never
listed).

    python scripts/quotes_census.py boundary  [--set train|tune-a] [--every K] [--cache] [--overlap] [--examples N]
    python scripts/quotes_census.py cues      [--set ...] [--cache] [--examples CLASS] [--top N]
    python scripts/quotes_census.py otherverb [--set ...] [--cache] [--key LEMMA|CONSTRUCTION|LIST]
    python scripts/quotes_census.py fp        [--set ...] [--cache] [--top N]
    python scripts/quotes_census.py miss      [--set ...] [--cache] [--verbnet DIR] [--top N] [--examples]
    python scripts/quotes_census.py nested    [--set ...] [--cache] [--examples N]
    python scripts/quotes_census.py npobj     [--set ...] [--cache] [--top N] [--examples]
    python scripts/quotes_census.py complement [--set ...] [--cache] [--top N] [--prep] [--examples]
    python scripts/quotes_census.py edges     [--set ...] [--cache] [--top N] [--ids "EDGE: CLASS"]
    python scripts/quotes_census.py pieces    [--set ...] [--cache] [--examples]
    python scripts/quotes_census.py runaway   [--corpus DIR] [--long N]
    python scripts/quotes_census.py mechanism [--set train|tune-a|tune-b] [--cache] [--lemma L] [--min N]
    python scripts/quotes_census.py speaker   --out quotes.jsonl [--half tune] [--show CLASS] | --diff A B

boundary (rounds 8 and 16; was quotes_boundary_census.py): for each gold Content matched by the lenient containment
  rule but failing the strict one (character overlap >= 0.8), where the predicted span starts and ends against the
  gold span. Start: "same", "early: cue or source inside" (the gold's cue or source text lies between), "early:
  that" (only a complementizer), "early: other"; "late: complementizer", "late: quotation mark", "late: other". End:
  "same"; too short: "carried paragraph" (a paragraph break between), "second sentence", "trailing clause: <first
  word>" (", which ...", ", saying ..."), "short: other"; too long: "attribution tail" (", he said"),
  "parenthetical", "second sentence", "long: <first word>", "long: other". --overlap (round 16) counts instead every
  gold Content the strict rule leaves unmatched whose most-overlapping prediction shares 0.1-0.8 of the longer span
  (the partial overlaps, found from the gold side, not by containment): which edge is wrong, by how many words (1,
  2-3, 4-10, > 10), the prediction's cue against the gold's, and the class of the text between, its first word
  grouped (preposition, relative, coordinator, -ing/-ed form).
cues (round 14; was quotes_census14.py): every gold Content with no strict match, by its cue class, where its
  Source stands and, for a Content some prediction overlaps by less than 0.8, which edge is wrong; and every
  prediction no gold matches strictly, by kind, cue class and overlap. Cue classes (the gold Cue's words and the
  head's part of speech in the md parse): "according to", say, tell, belief, colon/dash, nominal, other verb,
  other. Source: before / after / inside the Content, none. Edges: start "swallows cue/source", "early other",
  "late: complementizer", "late other"; end "cut at comma/sentence/paragraph/other", "long to ...";
  "continuation paragraph" when the gold's pieces span a line break the prediction does not reach.
otherverb (round 15; was quotes_census15.py): every gold Content no prediction overlaps whose cue is a verb other
  than say/tell/belief/according to (the "other verb" class of `cues`), by the cue's lemma, the cue list it is in
  (speech, belief, stance, preposition or none, data/speech_verbs.txt) and the construction (the content root's
  dependency on the cue: dobj, ccomp+that, xcomp+to, prep:<word>, quote; "not child" when the parse hangs it
  elsewhere). --key prints the items of that lemma, construction or list.
fp (round 10; was quotes_fp_census.py): the predictions no gold matches strictly, first that applies: "duplicate"
  (it overlaps a gold by >= 0.8 but that gold went to another prediction); "partial overlap" (then the edges of its
  best partner: start and end early / late / same); "no gold overlapping" (by kind, cue, the content's form, a
  headline, length in words, and speaker).
miss (round 9; was quotes_miss_census.py): the gold attributions no prediction overlaps at all, by the gold cue
  (lemma and part of speech of the cue span's head word), by construction and by why newsledger made nothing
  ("cue not in lexicon", "cue filtered", "content elsewhere"). With --verbnet (a VerbNet 3.4 folder of class XML
  files, github.com/cu-clear/verbnet) the cue verbs missing from the lexicon are grouped by VerbNet class, which is
  how new cue words are chosen (a whole class, never a word picked by its count here). Construction, first that
  applies: "no cue", "according to", "punctuation cue", "cue in an earlier/later sentence", "source after content",
  "noun cue", "adjective cue", "preposition cue", and for a verb "verb + that-clause / bare clause / infinitive /
  question / object"; a belief or knowledge verb (the belief list, or VerbNet conjecture-29.5, consider-29.9,
  comprehend-87.2, cognize-85, suspect-81, wish-62, want-32.1) is counted apart: "belief ...".
nested (round 17): one report inside another's content. Gold side: pairs of gold attributions whose inner Cue starts
  inside the outer Content, by where the inner content lies (wholly inside the outer content, running past its end,
  starting before it) and whether the inner Source is inside too. Prediction side: pairs of indirect predictions
  whose inner cue (its words found in the 80 characters before the inner content: the record keeps no cue offset)
  lies inside the outer content, by which of the two matches a gold strictly and, when the outer matches none,
  whether its most-overlapping gold ends before the inner cue or runs over it. --examples N (tune-a only) prints N
  items of each class.
npobj (round 18): the indirect predictions with a verb cue whose content is a bare noun phrase (no verb or auxiliary
  inside it: `content_form`), by whether they match a gold strictly, only overlap one, or overlap none; grouped by
  the WordNet 3.0 lexicographer file of the cue verb's first sense (scripts/wordnet30.py), by whether any sense of
  the verb is verb.communication or verb.cognition, and by the cue lemma. --examples (tune-a only) lists the items.
complement (round 19): the gold attributions whose cue is a verb with an object and then a complement (a
  preposition of/for/about/with/against/over/to hung on the cue, or on a named object right after it; or a
  to-infinitive: "accused X of Y", "blamed X for Y", "urged X to Y"), by the cue's lexicon class in
  data/speech_verbs.txt (its first VerbNet class, or its WordNet file; "not a cue" when in no list) and the frame
  (NP V NP PP / NP V NP to VP; --prep: PP.<preposition>): which part the gold Content is (object + complement,
  complement only, object only, wider: from before the object, other), and the most-overlapping prediction's part
  ("=" when it matches strictly). --examples (tune-a only) lists the items.
edges (round 20): the false positives that overlap a gold Content by 0.1-0.8 (the boundary errors), each wrong
  edge (start late / early, end short / long) by what sits between the predicted and the gold edge
  (`gap_construction`: quotation mark, attribution tag, sentence, complementizer, comma + coordination,
  coordinator, participial / relative / adverbial clause, apposition, prepositional phrase, object or addressee,
  other) and the prediction's kind. --ids prints text ids and offsets only.
mechanism (round 36): every prediction as a strict hit, a partial overlap or no gold, by kind, speaker (named,
  pronoun, none), the cue token's part of speech and dependency, the content's opening word and whether it is an
  inner report (a ccomp cue inside another prediction's content); --lemma one cue lemma. Counts only, so it runs on
  tune-b too: the automatic count of a class on the half whose items are never read.
runaway (round 11; was quotes_runaway_census.py): quotations (`marks.find_quotations`) whose content is over N
  characters (default 600, a round figure fitted to nothing), never closed, or holding an opening double mark, over
  the Guardian sample (`dev/unlabelled/Guardian_SDF_sample.csv`, no line breaks) and PolNeAR train; marks only.
pieces (round 22): the gold contents whose Cue lies inside the content's outer span (a content in pieces around
  its source and cue), by what separates the first piece from the rest ("medial tag (comma)": "A, he said, B";
  "quotation": a direct quote interrupted by its tag; "no comma") and, for "no comma", by where the cue sits in the
  md parse ("relative clause on a noun in the first piece": "the target it pledged to reach"; "relative clause on
  another noun"; "fused relative": "what the senators said was X"; "other"), each by whether a prediction matches
  it strictly, overlaps it by 0.1-0.8 ("partial") or less ("none"). --examples (tune-a only) lists the items.
speaker (round 13; was quotes_speaker_census.py): each direct quote of the Guardian sample by how its speaker was
  chosen: `next-sentence` (named after the quote in a sentence beginning after its closing full stop), `inherited`
  (no cue of its own), `own-cue`, `none`; also `tweet` when its cue or the 80 characters before it name a tweet or
  post. --show prints a class's quotes with the words around them, for judging by reading (tune-half articles
  only: `newsledger.eval.split.half(id) == "tune"`); --diff lists the speakers changed between two --out files.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_polnear_train as train  # noqa: E402

from newsledger.eval.suites import quotes_polnear as suite  # noqa: E402
from newsledger.extract.quotes import cues  # noqa: E402
from newsledger.extract.quotes.marks import OPEN_DOUBLE, find_quotations  # noqa: E402

WH = {"whether", "if", "how", "what", "why", "when", "where", "who", "which"}


def examples_refused(args: argparse.Namespace) -> bool:
    """Whether --examples was asked for outside tune-a (rules are written looking at tune-a items only); says so."""
    if args.examples and args.set != "tune-a":
        print("--examples lists tune-a items only (rules are written looking at tune-a)", file=sys.stderr)
        return True
    return False


# ---- boundary: edges of the near misses ----

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

PREPS = {"about", "at", "during", "from", "in", "on", "of", "for", "with", "to", "after", "before", "over", "across",
         "past", "since", "by", "against", "amid", "under", "into", "as", "through", "without", "among", "between"}

RELATIVES = {"which", "who", "whom", "whose", "where", "when", "that"}

COORDINATORS = {"and", "but", "or", "while", "nor", "yet", "so"}


def group(cls: str) -> str:
    """A boundary class with its first word grouped: preposition, relative, coordinator, -ing/-ed form, other."""
    head, _, word = cls.rpartition(": ")
    if not head or word in {"other", "same"} or "(" in word or " " in word:
        return cls
    kind = ("preposition" if word in PREPS else "relative" if word in RELATIVES else
            "coordinator" if word in COORDINATORS else "-ing/-ed form" if word.endswith(("ing", "ed")) else
            "complementizer" if word in {"whether", "if"} else "other word")
    return f"{head}: {kind}"


def _words(n: int) -> str:
    return "1 word" if n <= 1 else "2-3 words" if n <= 3 else "4-10 words" if n <= 10 else "> 10 words"


def overlap_census(docs, recs, examples: int = 0, only: str | None = None) -> None:
    """--overlap: the partial overlaps (0.1 <= overlap < 0.8) of strictly unmatched gold contents, by wrong edge."""
    edges, reasons, sizes, cues, matched_other = Counter(), Counter(), Counter(), Counter(), Counter()
    shown = defaultdict(list)
    n = 0
    for (name, text, gold), rec in zip(docs, recs):
        taken = {id(q) for _, q in suite.match(suite.fold(rec.quotes, text), gold, "strict", text)}
        for g, gs, best in train.unmatched_gold(text, gold, rec):
            if best is None or not 0.1 <= best[0] < suite.THRESHOLD:
                continue
            if id(best[2]) in taken:  # the prediction matches another gold content: a miss beside a right report
                matched_other[best[2].kind] += 1
                continue
            n += 1
            p = best[1]
            s, e = start_class(text, p, g), end_class(text, p, g)
            sw = len(text[min(p[0], gs[0]):max(p[0], gs[0])].split()) if s != "same" else 0
            ew = len(text[min(p[1], gs[1]):max(p[1], gs[1])].split()) if e != "same" else 0
            edge = ("start " + s.split(":")[0] if s != "same" else "") + (" + " if s != "same" != e else "") + \
                   ("end " + e.split(":")[0] if e != "same" else "")
            q = best[2]
            same = bool(q.cue and g.cue_text) and q.cue.lower().split()[-1] == g.cue_text.lower().split()[-1]
            edges[(edge or "same (punctuation only)", q.kind)] += 1
            cues[(edge or "same (punctuation only)", "same cue" if same else "another cue")] += 1
            for side, cls, w in (("start", s, sw), ("end", e, ew)):
                if cls != "same":
                    reasons[f"{side} {group(cls)}"] += 1
                    sizes[(side, cls.split(":")[0], _words(w))] += 1
                    if examples and (only is None or f"{side} {group(cls)}".startswith(only)):
                        shown[f"{side} {group(cls)}"].append((name, text[gs[0]:gs[1]], text[p[0]:p[1]], g.cue_text))
    print(f"{n} gold contents unmatched strictly whose most-overlapping prediction (0.1-0.8) matches no other gold; "
          f"{sum(matched_other.values())} more whose prediction matches another ({dict(matched_other)})")
    print("wrong edge (prediction kind):", *(f"  {k[0]} ({k[1]}): {v}" for k, v in edges.most_common()), sep="\n")
    print("the prediction's cue against the gold's (last word):",
          *(f"  {k[0]}, {k[1]}: {v}" for k, v in sorted(cues.items())), sep="\n")
    print("by how many words:", *(f"  {a} {b}, {c}: {v}" for (a, b, c), v in sorted(sizes.items())), sep="\n")
    print("why (the text between the edges):", *(f"  {k}: {v}" for k, v in reasons.most_common(45)), sep="\n")
    for k, exs in shown.items():
        print(f"\n== {k} ({len(exs)})")
        for name, gt, pt, cue in exs[:examples]:
            print(f"  [{name}] cue={cue!r}\n    G: {gt[:300]!r}\n    P: {pt[:300]!r}")


def boundary_main(args: argparse.Namespace) -> int:
    docs, _, recs = train.census_inputs(args.set, args.corpus, args.every, args.cache, args.limit)
    if args.overlap:
        overlap_census(docs, recs, args.examples, args.only)
        return 0
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


# ---- cues: unmatched gold by cue class, source place and edge ----

SAY = {"say", "says", "said", "saying"}

TELL = {"tell", "tells", "told", "telling"}

BELIEF = {"think", "believe", "know", "feel", "expect", "hope", "want", "fear", "worry", "doubt", "assume",
          "suspect", "consider", "understand", "wish", "predict", "see", "agree", "disagree"}

GAP_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s")


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
    if GAP_SENT_END.search(gap + " "):
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


def cues_main(args: argparse.Namespace) -> int:
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


# ---- otherverb: missed contents of other cue verbs ----


def cue_list(lemma: str, nouns: bool = False) -> str:
    """The cue list that holds a word: speech, belief, stance, prep (data/speech_verbs.txt's sections, in that
    order), with nouns also speech-noun (data/quote_words.tsv), or none."""
    lists = [("speech", cues.speech_verbs()), ("belief", cues.belief_verbs()), ("stance", cues.stance_verbs()),
             ("prep", cues.preposition_verbs())] + ([("speech-noun", cues.SPEECH_NOUNS)] if nouns else [])
    return next((name for name, words in lists if lemma in words), "none")


def otherverb_main(args: argparse.Namespace) -> int:
    setname = args.set
    ex = args.key
    docs, parsed, recs = train.census_inputs(setname, args.corpus, args.every, args.cache)
    lem, lst, cons, pair = Counter(), Counter(), Counter(), Counter()
    n = 0
    for (name, text, gold), rec, doc in zip(docs, recs, parsed):
        for g, gs, best in train.unmatched_gold(text, gold, rec):
            if best is not None and best[0] > 0:
                continue
            cc = cue_class(doc, text, g.cue_text, g.cues)
            if cc != "other verb":
                continue
            n += 1
            a, b = g.cues[0]
            cs = doc.char_span(a, b, alignment_mode="expand")
            cue = cs.root
            L = cue.lemma_.lower()
            which = cue_list(L)
            span = doc.char_span(gs[0], gs[1], alignment_mode="expand")
            ctext = text[gs[0]:gs[1]].lstrip()
            if ctext[:1] in "\"\u201c'":
                c = "quote"
            elif span is None or not len(span):
                c = "nospan"
            else:
                r = span.root
                first = span[0].lower_
                if r.head == cue or r.head.head == cue and r.head.dep_ == "prep":
                    d = r.dep_ if r.head == cue else "prep:" + r.head.lower_
                    wh = first in cues.WH_WORDS or first == "if"
                    c = d + ("+that" if first == "that" else "+to" if first == "to" else "+wh" if wh else "")
                elif cue.head == r or cue in r.subtree and cue != r:
                    c = "cue inside content"
                elif r == cue:
                    c = "content root is cue"
                else:
                    c = "not child:" + r.dep_
            lem[L] += 1
            lst[which] += 1
            cons[c] += 1
            pair[(which, c)] += 1
            if ex and (ex == L or ex == c or ex == which):
                print(f"[{name[:25]}] {L} {which} {c}\n  S: {text[max(0, gs[0] - 120):gs[0]]!r}\n"
                      f"  G: {text[gs[0]:gs[1]][:200]!r}")
    print(setname, "n", n)
    for t, C in (("list", lst), ("construction", cons), ("list x construction", pair), ("lemma", lem)):
        print("##", t)
        for k, v in C.most_common(45):
            print(f"{v:6d} {k}")


# ---- fp: false positives ----

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "who", "this", "that"}

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


def fp_main(args: argparse.Namespace) -> int:
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


# ---- miss: gold contents with no overlapping prediction ----

BELIEF_CLASSES = {"conjecture-29.5", "consider-29.9", "comprehend-87.2", "cognize-85", "suspect-81", "wish-62",
                  "want-32.1"}


def verbnet(folder: Path | None) -> dict[str, set[str]]:
    """lemma -> top-level VerbNet classes (subclass members counted to their top class)."""
    out: dict[str, set[str]] = defaultdict(set)
    if folder is None:
        return out
    for f in sorted(folder.glob("*.xml")):
        top = f.stem
        for m in ET.parse(f).getroot().iter("MEMBER"):
            out[m.get("name", "").replace("_", " ").lower()].add(top)
    return out


def lexicon() -> set[str]:
    words = set(cues.speech_verbs() | cues.belief_verbs() | cues.stance_verbs() | cues.preposition_verbs())
    words |= cues.SPEECH_NOUNS | cues.VIEW_AS_VERBS | cues.RAISING_VERBS | cues.HEADLINE_VERBS
    words |= cues.STANCE_ADJECTIVES | cues.IN_SOURCES | {"according"}
    return words


def cue_head(doc, spans):
    toks = [t for t in doc if any(a <= t.idx < b for a, b in spans)]
    if not toks:
        return None
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    content = [t for t in heads if t.pos_ in {"VERB", "NOUN", "ADJ", "PROPN"}]
    return (content or heads or toks)[0]


def construction(doc, text, g, head, belief) -> str:
    if not g.cues or head is None:
        return "no cue"
    cue_txt = " ".join(text[a:b] for a, b in g.cues).lower()
    if "according to" in cue_txt:
        return "according to"
    if not any(c.isalnum() for c in cue_txt):
        return "punctuation cue"
    gs = suite._outer(g)
    first = next((t for t in doc if t.idx >= gs[0]), None)
    if first is not None and first.sent.start != head.sent.start:
        return "cue in a later sentence" if head.idx > gs[0] else "cue in an earlier sentence"
    if g.cues[0][0] >= gs[1]:
        return "source after content"
    pos = head.pos_
    if pos in {"NOUN", "PROPN"}:
        return "noun cue"
    if pos == "ADJ":
        return "adjective cue"
    if pos == "ADP":
        return "preposition cue"
    if pos not in {"VERB", "AUX"}:
        return f"other cue ({pos})"
    pre = "belief " if belief else ""
    words = text[gs[0]:gs[1]].lstrip(" \"'\u201c\u2018").split()
    w0 = words[0].lower() if words else ""
    if w0 == "that":
        return pre + "verb + that-clause"
    if w0 in WH:
        return pre + "verb + question"
    if w0 == "to":
        return pre + "verb + infinitive"
    ctoks = [t for t in doc if gs[0] <= t.idx < gs[1]]
    if any(t.head.i == head.i and t.dep_ in {"ccomp", "xcomp"} for t in ctoks):
        return pre + ("verb + infinitive" if any(t.dep_ == "xcomp" and t.head.i == head.i for t in ctoks)
                      else "verb + bare clause")
    return pre + "verb + object"


def miss_main(args: argparse.Namespace) -> int:
    docs, parsed, recs = train.census_inputs(args.set, args.corpus, args.every, args.cache)
    vn = verbnet(args.verbnet)
    lex = lexicon()
    belief_words = cues.belief_verbs()
    n_gold = 0
    by_cons, by_why, by_pos, by_cons_why = Counter(), Counter(), Counter(), Counter()
    missing_lemmas, class_count, filtered = Counter(), Counter(), Counter()
    for (_, text, gold), rec, doc in zip(docs, recs, parsed):
        pred = suite.fold(rec.quotes, text)
        spans = [suite.scored_span(q, text) for q in pred]
        n_gold += len(gold)
        for g in gold:
            gs = suite._outer(g)
            if any(a < gs[1] and gs[0] < b for a, b in spans):
                continue
            head = cue_head(doc, g.cues) if g.cues else None
            lemma = head.lemma_.lower() if head is not None else ""
            classes = vn.get(lemma, set())
            belief = lemma in belief_words or bool(classes & BELIEF_CLASSES)
            cons = construction(doc, text, g, head, belief)
            if head is None:
                why = "no cue"
            elif lemma not in lex and head.lower_ not in lex:
                why = "cue not in lexicon"
            else:
                sent = head.sent
                made = any(q.cue and sent.start_char <= q.start < sent.end_char + 400
                           and q.cue.lower().split()[0] == head.lower_ for q in rec.quotes)
                why = "content elsewhere" if made else "cue filtered"
            by_cons[cons] += 1
            if args.examples and args.set == "tune-a":
                cue_words = " ".join(text[a:b] for a, b in g.cues or [])
                print(f"{cons} | {why} | {cue_words!r} | {text[gs[0]:gs[1]][:100]!r}")
            by_why[why] += 1
            by_cons_why[(cons, why)] += 1
            if head is not None:
                by_pos[head.pos_] += 1
            if why == "cue filtered":
                filtered[(cons, lemma)] += 1
            if why == "cue not in lexicon" and head is not None and head.pos_ in {"VERB", "AUX"}:
                missing_lemmas[lemma] += 1
                for c in classes or {"(no VerbNet class)"}:
                    class_count[c] += 1
    n_miss = sum(by_cons.values())
    print(f"{args.set}: {len(docs)} texts, {n_gold} gold attributions, {n_miss} with no overlapping prediction "
          f"({n_miss / max(n_gold, 1):.1%})")
    for title, counter in (("construction", by_cons), ("why", by_why), ("cue part of speech", by_pos)):
        print(f"\n## {title}")
        for k, v in counter.most_common():
            print(f"{v:6d}  {k}")
    print("\n## construction x why")
    for (c, w), v in by_cons_why.most_common(args.top):
        print(f"{v:6d}  {c} | {w}")
    if vn:
        print("\n## VerbNet classes of the verb cues missing from the lexicon (a verb counts in each of its classes)")
        for k, v in class_count.most_common(args.top):
            print(f"{v:6d}  {k}")
    print("\n## verb lemmas missing from the lexicon (ranks classes only)")
    for k, v in missing_lemmas.most_common(args.top):
        print(f"{v:6d}  {k} {sorted(vn.get(k, []))}")
    print("\n## listed cues with no report made, by construction and lemma (ranks classes only)")
    for (c, k), v in filtered.most_common(args.top):
        print(f"{v:6d}  {c} | {k}")
    print(f"\n{len(missing_lemmas)} distinct verb lemmas missing from the lexicon, "
          f"{sum(missing_lemmas.values())} misses")
    return 0


# ---- runaway: long quotations (marks only) ----


def runaway_texts(corpus: Path) -> dict[str, list[str]]:
    csv.field_size_limit(10**9)
    with open(corpus / "dev" / "unlabelled" / "Guardian_SDF_sample.csv", encoding="utf-8") as fh:
        guardian = [r["text"] for r in csv.DictReader(fh)]
    polnear = [p.read_text(encoding="utf-8") for p in sorted((corpus / "dev" / "polnear" / "data" / "train").rglob("*"))
               if p.is_file() and p.parent.name == "text"]
    return {"guardian": guardian, "polnear-train": polnear}


def runaway_count(docs: list[str], long: int) -> dict[str, int]:
    out = {"texts": len(docs), "quotations": 0, "runaway": 0, "unclosed": 0, "holds an opening mark": 0,
           "texts with a runaway": 0}
    for text in docs:
        marks = find_quotations(text)
        out["quotations"] += len(marks)
        n = sum(1 for m in marks if m.end - m.start > long)
        out["runaway"] += n
        out["texts with a runaway"] += n > 0
        out["unclosed"] += sum(1 for m in marks if m.close is None)
        out["holds an opening mark"] += sum(1 for m in marks if any(c in OPEN_DOUBLE for c in text[m.start:m.end]))
    return out


def runaway_main(a: argparse.Namespace) -> int:
    for name, docs in runaway_texts(a.corpus).items():
        print(name, runaway_count(docs, a.long))


# ---- speaker: how direct quotes got their speakers (Guardian sample) ----

TWEET = re.compile(r"\b(tweet\w*|twitter|in a post|posted|wrote on)\b", re.IGNORECASE)


def speaker_class(text: str, q: dict) -> str:
    if q["speaker_text"] is None:
        return "none"
    if q["cue"] is None:
        return "inherited"
    s = q.get("speaker_start")
    if s is not None and s > q["end"]:
        between = text[q["end"]:s]
        if re.match(r"""^[.!?]?["'\u201d\u2019]?\s+[A-Z]""", between) and text[q["end"] - 1: q["end"]] in ".!?" \
                or re.match(r"""^[.!?]["'\u201d\u2019]?\s+[A-Z]""", between):
            return "next-sentence"
    return "own-cue"


def speaker_run(corpus: Path, out: Path, half: str | None) -> None:
    from newsledger.eval.split import half as half_of
    from newsledger.eval.suites.contradictions_guardian import articles
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    with out.open("w", encoding="utf-8") as fh:
        for aid, (date, text) in articles(corpus).items():
            if half and half_of(aid).value != half:
                continue
            rec = extract_record(Article(text=text, id=aid, published=date))
            for q in rec.quotes:
                d = {k: getattr(q, k) for k in ("start", "end", "kind", "speaker_text", "speaker_start", "cue")}
                d["id"] = aid
                d["class"] = speaker_class(text, d) if q.kind == "direct" else "indirect"
                d["tweet"] = bool(TWEET.search((q.cue or "") + " " + text[max(0, q.start - 80):q.start]))
                fh.write(json.dumps(d) + "\n")


def speaker_load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def speaker_main(a: argparse.Namespace) -> int:
    from newsledger.eval.suites.contradictions_guardian import articles
    texts = articles(a.corpus)
    if a.out and not a.out.exists():
        speaker_run(a.corpus, a.out, a.half)
    if a.diff:
        before = {(q["id"], q["start"], q["end"]): q for q in speaker_load(a.diff[0])}
        for q in speaker_load(a.diff[1]):
            b = before.get((q["id"], q["start"], q["end"]))
            if b is not None and b["speaker_text"] == q["speaker_text"]:
                continue
            t = texts[q["id"]][1]
            print(f"{q['id']} {q['start']}-{q['end']}: {b and b['speaker_text']!r} -> {q['speaker_text']!r}")
            print("   ", t[max(0, q["start"] - 250):q["end"] + 150].replace("\n", " "))
        return
    qs = speaker_load(a.out)
    print(Counter(q["class"] for q in qs), "tweet:", Counter(q["class"] for q in qs if q["tweet"]))
    if a.show:
        for q in qs:
            if q["class"] == a.show or (a.show == "tweet" and q["tweet"]):
                t = texts[q["id"]][1]
                print(f"{q['id']} {q['start']}-{q['end']} cue={q['cue']!r} speaker={q['speaker_text']!r}")
                print("   ", t[max(0, q["start"] - 250):q["end"] + 150].replace("\n", " "))


# ---- nested: a report inside another report's content (round 17) ----

def _inside(a: int, span: tuple[int, int]) -> bool:
    return span[0] <= a < span[1]


def nested_main(args: argparse.Namespace) -> int:
    if examples_refused(args):
        return 2
    docs, _, recs = train.census_inputs(args.set, args.corpus, args.every, args.cache)
    gold_pairs, pred_pairs = Counter(), Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for (name, text, gold), rec in zip(docs, recs):
        for o in gold:
            os_ = suite._outer(o)
            for i in gold:
                if i is o or not i.cues or not _inside(i.cues[0][0], os_):
                    continue
                is_ = suite._outer(i)
                where = ("inner content wholly inside the outer" if os_[0] <= is_[0] and is_[1] <= os_[1] else
                         "inner content runs past the outer's end" if is_[0] >= os_[0] else
                         "inner content starts before the outer")
                src = ("inner source inside" if i.sources and all(_inside(a, os_) for a, _ in i.sources) else
                       "inner source outside" if i.sources else "no inner source")
                gold_pairs[f"{where}; {src}"] += 1
                shown[f"gold: {where}; {src}"].append(
                    f"[{name}] OUTER ({o.cue_text}): {text[os_[0]:os_[1]][:200]!r}\n"
                    f"      INNER ({i.source_text} | {i.cue_text}): {text[is_[0]:is_[1]][:160]!r}")
        pred = suite.fold(rec.quotes, text)
        hit = {id(q) for _, q in suite.match(pred, gold, "strict", text)}
        spans = {id(q): suite.scored_span(q, text) for q in pred}
        for o in (q for q in pred if q.kind == "indirect"):
            os_ = spans[id(o)]
            for i in (q for q in pred if q.kind == "indirect" and q is not o and q.cue):
                is_ = spans[id(i)]
                lo = max(0, is_[0] - 80)
                at = [m.start() + lo for m in re.finditer(re.escape(i.cue), text[lo:is_[0]])]
                if not at or not _inside(at[-1], os_):
                    continue
                cls = ("outer hit" if id(o) in hit else "outer miss") + " / " + \
                      ("inner hit" if id(i) in hit else "inner miss")
                best = max(((suite.span_overlap(os_, suite._outer(g)), g) for g in gold), default=(0.0, None),
                           key=lambda t: t[0])
                if id(o) not in hit and best[1] is not None and best[0] > 0.1:
                    cls += ("; the outer's best gold ends before the inner cue" if suite._outer(best[1])[1] <= at[-1]
                            else "; the outer's best gold runs over the inner cue")
                pred_pairs[cls] += 1
                shown[f"pred: {cls}"].append(f"[{name}] OUTER ({o.speaker_text} | {o.cue}): "
                                             f"{text[os_[0]:os_[1]][:200]!r}\n      INNER ({i.speaker_text} | "
                                             f"{i.cue}): {text[is_[0]:is_[1]][:160]!r}")
    print(f"{args.set}: {len(docs)} texts, {sum(len(g) for _, _, g in docs)} gold attributions")
    print("gold pairs (an inner Cue inside an outer Content):", *(f"  {v} {k}" for k, v in gold_pairs.most_common()),
          sep="\n")
    print("indirect prediction pairs (an inner cue inside an outer content):",
          *(f"  {v} {k}" for k, v in pred_pairs.most_common()), sep="\n")
    for k, items in shown.items():
        if args.examples:
            print(f"\n== {k} ({len(items)})", *(f"  {x}" for x in items[:args.examples]), sep="\n")
    return 0


# ---- mechanism (round 36): strict precision of the predictions by mechanism, tune-b counted too ----

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}

OPENERS = {"that", "to", "whether", "if", "how", "what", "why"}


def mechanism_features(q, doc, text: str, pred: list) -> list[str]:
    """The automatic features one prediction is counted under: its kind, speaker (named, pronoun, none), the cue
    token's part of speech and dependency, the content's opening word class, and whether it is an inner report
    (its cue a clause complement, `ccomp`, inside another prediction's content: round 17's nested class)."""
    tok = cue_token(q, doc)
    span = text[q.start:q.end].split()
    first = span[0].lower().strip("\"'\u201c\u2018") if span else ""
    speaker = ("none" if not q.speaker_text else "pronoun" if q.speaker_text.lower() in PRONOUNS else "named")
    pos, dep = (tok.pos_, tok.dep_) if tok is not None else ("-", "-")
    inner = tok is not None and dep == "ccomp" and any(p is not q and p.start <= tok.idx < p.end for p in pred)
    return [f"kind={q.kind}", f"{q.kind} speaker={speaker}", f"{q.kind} cue pos={pos}", f"{q.kind} cue dep={dep}",
            f"{q.kind} opens={first if first in OPENERS else 'other'}", f"{q.kind} inner ccomp report={inner}"]


def mechanism_main(args: argparse.Namespace) -> int:
    """Every prediction as a strict hit, a partial overlap (0 < overlap < 0.8 with its best gold) or no gold, by
    `mechanism_features`; --lemma keeps the predictions whose cue's first word has that lemma. Counts only: the
    way to count a class on tune-b (never its items)."""
    docs, parsed, recs = train.census_inputs(args.set, args.corpus, args.every, args.cache)
    stat = defaultdict(Counter)
    for (_, text, gold), rec, doc in zip(docs, recs, parsed):
        pred = suite.fold(rec.quotes, text)
        hit = {id(q) for _, q in suite.match(pred, gold, "strict", text)}
        for q in pred:
            tok = cue_token(q, doc)
            if args.lemma and (tok is None or tok.lemma_.lower() != args.lemma):
                continue
            s = suite.scored_span(q, text)
            ov = max((suite.span_overlap(s, suite._outer(g)) for g in gold), default=0.0)
            res = "hit" if id(q) in hit else "partial" if ov > 0 else "no gold"
            for f in mechanism_features(q, doc, text, pred):
                stat[f][res] += 1
    print(f"{args.set}: {len(docs)} texts; strict precision by mechanism (n >= {args.min})")
    for f, c in sorted(stat.items()):
        n = sum(c.values())
        if n >= args.min:
            print(f"  P={c['hit'] / n:.2f} n={n:5d} {f} {dict(c)}")
    return 0


# ---- npobj: indirect contents that are a bare noun phrase (round 18) ----

def cue_token(q, doc):
    """The cue's verb token: the nearest token before the content (or after it) whose text is the cue's first word."""
    if not q.cue:
        return None
    first = q.cue.lower().split()[0]
    cands = [t for t in doc if t.lower_ == first and not (q.start <= t.idx < q.end)]
    if not cands:
        return None
    return min(cands, key=lambda t: abs(t.idx - q.start))


def wn_first_lexfile(lemma: str) -> str:
    from wordnet30 import WordNet
    global _WN
    if _WN is None:
        _WN = WordNet()
    offs = _WN.synsets(lemma, "v")
    return _WN.lexfile(offs[0], "v") if offs else "none"


def wn_any_report_sense(lemma: str) -> bool:
    """Whether any WordNet 3.0 verb sense of the lemma is in verb.communication or verb.cognition."""
    wn_first_lexfile(lemma)
    return any(_WN.lexfile(o, "v") in {"verb.communication", "verb.cognition"} for o in _WN.synsets(lemma, "v"))


_WN = None


def npobj_main(args: argparse.Namespace) -> int:
    docs, parsed, recs = train.census_inputs(args.set, args.corpus, args.every, args.cache)
    by = defaultdict(Counter)
    by_lex = defaultdict(Counter)
    by_any = defaultdict(Counter)
    items = []
    for (name, text, gold), rec, doc in zip(docs, recs, parsed):
        pred = suite.fold(rec.quotes, text)
        hit = {id(q) for _, q in suite.match(pred, gold, "strict", text)}
        for q in pred:
            if q.kind != "indirect" or content_form(q, text, doc) != "noun phrase":
                continue
            tok = cue_token(q, doc)
            if tok is None or tok.pos_ not in {"VERB", "AUX"}:
                continue
            lemma = tok.lemma_.lower()
            lex = wn_first_lexfile(lemma)
            if id(q) in hit:
                res = "strict"
            else:
                s = suite.scored_span(q, text)
                res = "overlap" if any(suite.span_overlap(s, suite._outer(g)) > 0 for g in gold) else "none"
            by[(lemma, lex)][res] += 1
            by_lex[lex][res] += 1
            by_any["some sense communication/cognition" if wn_any_report_sense(lemma) else
                   "no sense communication/cognition"][res] += 1
            items.append((lex, lemma, res, name, q.speaker_text, text[max(0, tok.idx - 40):q.end]))
    total = sum(sum(c.values()) for c in by.values())
    print(f"{args.set}: indirect predictions, verb cue, bare noun-phrase content: {total}")
    print("\n## by WordNet 3.0 first-sense lexicographer file of the cue verb: strict / overlap only / none")
    for k, c in sorted(by_lex.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{c['strict']:5d} {c['overlap']:5d} {c['none']:5d}  {k}")
    print("\n## by whether any WordNet 3.0 sense of the cue verb is communication or cognition")
    for k, c in sorted(by_any.items()):
        print(f"{c['strict']:5d} {c['overlap']:5d} {c['none']:5d}  {k}")
    print("\n## by cue lemma")
    for (lemma, lex), c in sorted(by.items(), key=lambda kv: -sum(kv[1].values()))[:args.top]:
        print(f"{c['strict']:5d} {c['overlap']:5d} {c['none']:5d}  {lemma} ({lex})")
    if args.examples and args.set == "tune-a":
        print("\n## items")
        for it in sorted(items):
            print(" | ".join(str(x).replace("\n", " ") for x in it))
    return 0


# ---- complement: a cue verb with an object and a complement (round 19) ----

# The complements of the recipient/target + theme frames of VerbNet 3.4: judgment-33.1 NP V NP PP.theme ("for"),
# suspect-81 / accuse ("of"), advise-37.9 / warn ("of", "about", "against"), urge-58.1 / order-58.3 / advise-37.9
# NP V NP to VP, charge ("with"), compare-22.2 ("to", "with").
COMPLEMENT_PREPS = {"of", "for", "about", "with", "against", "over", "to"}


def verb_classes() -> dict[str, str]:
    """lemma -> the lexicon class of data/speech_verbs.txt (its first VerbNet class, top level, or WordNet file)."""
    out: dict[str, str] = {}
    from newsledger import resources
    for line in resources.data_path("speech_verbs.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[0].lower() in out:
            continue
        words = parts[1].split()
        if words and words[0] == "VerbNet" and len(words) > 1:
            out[parts[0].lower()] = "VN " + re.sub(r"(-\d+(\.\d+)*)(-\d+)+$", r"\1", words[1])
        else:
            out[parts[0].lower()] = " ".join(words[:2])
    return out


def complement_frame(cue):
    """(frame, object span, complement span, complement span with its preposition) for a verb cue with an object
    after it and then a complement, or None: "accused X of Y" -> ("NP V NP PP.of", X, Y, of Y); "urged X to Y" ->
    ("NP V NP to VP", X, to Y, to Y). Token index spans, inclusive."""
    right = [c for c in cue.children if c.i > cue.i]
    dobj = next((c for c in right if c.dep_ in {"dobj", "dative"}), None)
    if dobj is None:
        return None
    obj = (dobj.left_edge.i, dobj.right_edge.i)
    for c in [*right, *dobj.children]:
        if c.i <= dobj.i:
            continue
        if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS and c.i <= dobj.right_edge.i + 2 and c.head == cue \
                or c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS and c.head == dobj and c.i == dobj.i + 1 \
                and dobj.pos_ in {"PROPN", "PRON"}:  # "accused Holt of", not "questioned the health of"
            inner = [t for g in c.children if g.dep_ in {"pobj", "pcomp"} for t in g.subtree]
            if not inner:
                continue
            obj = (dobj.left_edge.i, c.i - 1) if c.head == dobj else obj
            return (f"NP V NP PP.{c.lower_}", obj, (min(t.i for t in inner), max(t.i for t in inner)),
                    (c.i, c.right_edge.i))
        if c.dep_ in {"xcomp", "ccomp"} and c.head == cue and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                  for g in c.children):
            return "NP V NP to VP", obj, (c.left_edge.i, c.right_edge.i), (c.left_edge.i, c.right_edge.i)
    return None


def span_form(doc, span: tuple[int, int], frame) -> str:
    """Which part of the frame a character span is: object only / complement only / object + complement /
    the whole clause (from the subject) / other (overlap < 0.8 with each)."""
    _, obj, comp, pcomp = frame
    ch = lambda a, b: (doc[a].idx, doc[b].idx + len(doc[b].text))  # noqa: E731
    forms = [("object + complement", ch(obj[0], pcomp[1])), ("complement only", ch(*comp)),
             ("complement only", ch(*pcomp)), ("object only", ch(*obj))]
    best = max(forms, key=lambda f: suite.span_overlap(span, f[1]))
    if suite.span_overlap(span, best[1]) >= 0.8:
        return best[0]
    if span[0] < ch(*obj)[0] and span[1] >= ch(*pcomp)[1] - 1:
        return "wider (clause)"
    return "other"


def complement_main(args: argparse.Namespace) -> int:
    if examples_refused(args):
        return 2
    docs, parsed, recs = train.census_inputs(args.set, args.corpus, args.every, args.cache)
    classes = verb_classes()
    table = defaultdict(Counter)   # (class, frame) -> Counter(gold form -> n)
    cross = defaultdict(Counter)   # (class, frame, gold form) -> Counter(prediction form)
    lemmas = defaultdict(Counter)
    items = []
    for (name, text, gold), rec, doc in zip(docs, recs, parsed):
        pred = suite.fold(rec.quotes, text)
        spans = [suite.scored_span(q, text) for q in pred]
        for g in gold:
            if not g.cues:
                continue
            head = cue_head(doc, g.cues)
            if head is None or head.pos_ not in {"VERB", "AUX"}:
                continue
            frame = complement_frame(head)
            if frame is None:
                continue
            lemma = head.lemma_.lower()
            cls = classes.get(lemma, "not a cue")
            gs = suite._outer(g)
            gform = span_form(doc, gs, frame)
            best = max(((suite.span_overlap(s, gs), s) for s in spans), default=(0, None))
            pform = span_form(doc, best[1], frame) if best[0] > 0 else "no prediction"
            if best[0] >= 0.8:
                pform = "= " + pform
            key = (cls, frame[0] if args.prep or "PP" not in frame[0] else frame[0].split(".")[0])
            table[key][gform] += 1
            cross[(key, gform)][pform] += 1
            lemmas[key][lemma] += 1
            items.append((key, gform, pform, name, text[doc[frame[1][0]].idx - 30 - len(head.text):gs[1] + 10]))
    print(f"{args.set}: gold attributions whose verb cue has an object and then a complement "
          f"({sum(sum(c.values()) for c in table.values())})")
    forms = ["object + complement", "complement only", "object only", "wider (clause)", "other"]
    print(f"\n{'class / frame':48s}" + "".join(f"{f[:12]:>14s}" for f in forms) + "   lemmas")
    for key, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values()))[:args.top]:
        print(f"{key[0][:30]:30s} {key[1]:17s}" + "".join(f"{c[f]:14d}" for f in forms) + "   "
              + ", ".join(lemma for lemma, _ in lemmas[key].most_common(6)))
    print("\n## the prediction overlapping most, by the gold's form ('=' strict match)")
    for (key, gform), c in sorted(cross.items(), key=lambda kv: -sum(kv[1].values()))[:args.top]:
        print(f"{key[0][:30]:30s} {key[1]:17s} gold {gform:20s}: "
              + ", ".join(f"{p} {n}" for p, n in c.most_common()))
    if args.examples:
        print("\n## items")
        for it in sorted(items):
            print(" | ".join(str(x).replace("\n", " ") for x in it))
    return 0


# ---- edges (round 20): the partial-overlap false positives by wrong edge and what sits between ----

QUOTE_MARKS = set("\"\u201c\u201d\u2018\u2019'")


def gap_construction(doc, text: str, a: int, b: int, g: suite.GoldAttr, q) -> str:
    """What stands between a predicted edge and the gold edge (characters a..b), first class that applies: "quotation
    mark" (no word, a mark), "attribution tag" (the gold's cue or source), "the prediction's cue (one report inside
    another)" (its cue or speaker: the prediction is an inner report of the gold's content, or the reverse),
    "sentence/paragraph" (a sentence end or line break), "complementizer", "comma + coordination" (a comma and a
    coordinator: "A, B and C", ", and Y"), "coordinator" (and/or/but first), "participial clause" (", -ing/-ed"),
    "relative clause" (", which/who/where"), "adverbial clause" (a subordinator or an adverbial clause's verb
    first), "apposition" (a comma and a noun phrase the parse calls appos/npadvmod), "prepositional phrase", "object
    or addressee" (a noun phrase the parse hangs on a verb as dobj/dative/iobj), "other"."""
    gap = text[a:b]
    if not any(c.isalnum() for c in gap):
        return "quotation mark" if any(c in QUOTE_MARKS for c in gap) else "punctuation"
    for x, _y in [*g.sources, *(g.cues or [])]:
        if a <= x < b:
            return "attribution tag"
    low = gap.lower()
    if (q.cue and re.search(rf"\b{re.escape(q.cue.lower())}\b", low)) or \
            (q.speaker_text and re.search(rf"\b{re.escape(q.speaker_text.lower())}\b", low)):
        return "the prediction's cue (one report inside another)"
    if "\n" in gap or GAP_SENT_END.search(gap):
        return "sentence/paragraph"
    span = doc.char_span(a, b, alignment_mode="expand")
    toks = [t for t in span if not t.is_space] if span is not None else []
    words = [t for t in toks if not t.is_punct]
    if not words:
        return "other"
    w = words[0]
    comma = toks[0].text in {",", ";", "\u2014", "--", "-", "("}
    if gap.strip().lower() in {"that", "whether", "if"}:
        return "complementizer"
    if comma and any(t.dep_ == "cc" for t in words[:-1]):
        return "comma + coordination"
    if w.dep_ == "cc" or w.lower_ in COORDINATORS:
        return "coordinator"
    if w.tag_ in {"VBG", "VBN"} and comma:
        return "participial clause"
    if w.lower_ in RELATIVES - {"that"} and comma:
        return "relative clause"
    if w.dep_ == "mark" or w.dep_ == "advcl" or (w.dep_ == "advmod" and w.head.dep_ == "advcl"):
        return "adverbial clause"
    if comma and (w.head.dep_ in {"appos", "npadvmod"} or w.dep_ in {"appos", "npadvmod"}):
        return "apposition"
    if w.dep_ == "prep" or w.lower_ in PREPS:
        return "prepositional phrase"
    anc = w
    while anc.head.i != anc.i and anc.pos_ not in {"VERB", "AUX"}:
        if anc.dep_ in {"dobj", "dative", "iobj"}:
            return "object or addressee"
        anc = anc.head
    return "other"


def edges_main(args: argparse.Namespace) -> int:
    """Predictions no gold matches strictly that share 0.1-0.8 of the longer span with their best gold: each wrong
    edge (start late/early, end short/long) by the construction between the two edges (`gap_construction`) and
    the prediction's kind. --ids CLASS prints the text id and offsets of the items of a class (no text)."""
    docs, parsed, recs = train.census_inputs(args.set, args.corpus, args.every, args.cache)
    table, n = Counter(), Counter()
    ids = []
    for (name, text, gold), doc, rec in zip(docs, parsed, recs):
        pred = suite.fold(rec.quotes, text)
        hit = {id(q) for _, q in suite.match(pred, gold, "strict", text)}
        for q in pred:
            if id(q) in hit:
                continue
            p = suite.scored_span(q, text)
            best = max(((suite.span_overlap(p, suite._outer(g)), g) for g in gold), default=None, key=lambda t: t[0])
            if best is None or not 0.1 <= best[0] < suite.THRESHOLD:
                continue
            n[q.kind] += 1
            g = best[1]
            gs = suite._outer(g)
            for edge, a, b in (("start late", gs[0], p[0]), ("start early", p[0], gs[0]),
                               ("end short", p[1], gs[1]), ("end long", gs[1], p[1])):
                if a < b:
                    cls = gap_construction(doc, text, a, b, g, q)
                    if cls == "punctuation":
                        continue
                    table[(edge, cls, q.kind)] += 1
                    if args.ids and args.ids in f"{edge}: {cls}":
                        ids.append((name, q.kind, p, gs))
    print(f"{args.set}: {sum(n.values())} partial-overlap false positives ({dict(n)})")
    by_edge = defaultdict(Counter)
    for (edge, cls, kind), v in table.items():
        by_edge[edge][(cls, kind)] += v
    for edge in ("start late", "start early", "end short", "end long"):
        print(f"{edge}: {sum(by_edge[edge].values())}")
        for (cls, kind), v in by_edge[edge].most_common(args.top):
            print(f"  {cls} ({kind}): {v}")
    for it in ids:
        print(*it)
    return 0


# ---- pieces (round 22): a content in pieces around its cue ----

def pieces_class(doc, text: str, g: suite.GoldAttr) -> str | None:
    """What separates a gold content's first piece from the rest when its Cue lies inside the outer span."""
    a, b = suite._outer(g)
    if not g.cues or not a < g.cues[0][0] < b or len(g.spans) < 2:
        return None
    first, second = sorted(g.spans)[:2]
    if text[first[1]:second[0]].lstrip().startswith(","):
        return "medial tag (comma)"
    if text[a] in "\"'\u201c\u2018":
        return "quotation"
    span = doc.char_span(*g.cues[0], alignment_mode="expand")
    if span is None:
        return "no comma: other"
    cue = span.root
    rel = next((t for t in [cue, *cue.ancestors][:4] if t.dep_ in {"relcl", "acl"}), None)
    if rel is not None:
        return ("no comma: relative clause on a noun in the first piece" if first[0] <= rel.head.idx < first[1]
                else "no comma: relative clause on another noun")
    if any(t.lower_ in {"what", "whatever"} and first[0] <= t.idx < first[1] for t in doc[max(0, cue.i - 8): cue.i]):
        return "no comma: fused relative"
    return "no comma: other"


def pieces_main(args: argparse.Namespace) -> int:
    if examples_refused(args):
        return 2
    docs, parsed, recs = train.census_inputs(args.set, args.corpus, args.every, args.cache)
    counts: Counter = Counter()
    shown: list[str] = []
    for (name, text, gold), doc, rec in zip(docs, parsed, recs):
        pred = suite.fold(rec.quotes, text)
        hit = {id(g) for g, _ in suite.match(pred, gold, "strict", text)}
        spans = [suite.scored_span(q, text) for q in pred]
        for g in gold:
            cls = pieces_class(doc, text, g)
            if cls is None:
                continue
            gs = suite._outer(g)
            best = max((suite.span_overlap(s, gs) for s in spans), default=0.0)
            status = "matched" if id(g) in hit else "partial" if best >= 0.1 else "none"
            counts[(cls, status)] += 1
            if args.examples:
                shown.append(f"[{name}] {cls} | {status} | {g.cue_text!r} | {text[gs[0]:gs[1]][:140]!r}")
    print(f"{args.set}: {sum(counts.values())} gold contents with their cue inside")
    for cls in sorted({c for c, _ in counts}):
        print(f"  {cls}: " + ", ".join(f"{st} {counts[(cls, st)]}" for st in ("matched", "partial", "none")))
    for line in shown:
        print(line)
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="census", required=True)

    def polnear(name: str, help: str, sets: tuple[str, ...] = ("train", "tune-a")) -> argparse.ArgumentParser:
        """A census over PolNeAR train or tune-a (tune-b for a census printing counts only): the shared loader's
        options (--set, --corpus, --every, --cache)."""
        p = sub.add_parser(name, help=help)
        p.add_argument("--set", default="train", choices=list(sets))
        p.add_argument("--corpus", type=Path, default=train.CORPUS)
        p.add_argument("--every", type=int, default=1)
        p.add_argument("--cache", action="store_true")
        return p

    p = polnear("boundary", "edges of the contents matched by containment, not strictly (--overlap: partial overlaps)")
    p.add_argument("--limit", type=int)
    p.add_argument("--examples", type=int, default=0)
    p.add_argument("--only", help="print examples of classes starting with this")
    p.add_argument("--overlap", action="store_true", help="partial overlaps (0.1-0.8) from the gold side")
    p = polnear("cues", "unmatched gold by cue class, source place and edge; false positives by cue class")
    p.add_argument("--examples", help="print the items of this class (a substring of the class line)")
    p.add_argument("--top", type=int, default=40)
    p = polnear("otherverb", "missed contents of cue verbs other than say/tell/belief/according to")
    p.add_argument("--key", help="print the items of this lemma, construction or cue list")
    p = polnear("fp", "predictions no gold matches strictly")
    p.add_argument("--top", type=int, default=30)
    p = polnear("miss", "gold contents no prediction overlaps")
    p.add_argument("--verbnet", type=Path)
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--examples", action="store_true", help="tune-a only: one line per miss (class, cue, content)")
    p = polnear("nested", "one report inside another's content: gold pairs and prediction pairs")
    p.add_argument("--examples", type=int, default=0, help="tune-a only: N items of each class")
    p = polnear("npobj", "indirect predictions whose content is a bare noun phrase, by cue verb and WordNet file")
    p.add_argument("--top", type=int, default=40)
    p.add_argument("--examples", action="store_true", help="tune-a only: one line per item")
    p = polnear("complement", "gold contents of a cue verb with an object and a complement, by VerbNet class")
    p.add_argument("--top", type=int, default=40)
    p.add_argument("--examples", action="store_true", help="tune-a only: one line per item")
    p.add_argument("--prep", action="store_true", help="the frame with its preposition (PP.of, PP.for ...)")
    p = polnear("edges", "partial-overlap false positives by wrong edge and the construction between (round 20)")
    p.add_argument("--top", type=int, default=14)
    p.add_argument("--ids", help="print ids and offsets of the items of a class ('<edge>: <construction>')")
    p = polnear("pieces", "gold contents in pieces around their cue, by what separates them (round 22)")
    p.add_argument("--examples", action="store_true", help="tune-a only: one line per item")
    p = polnear("mechanism", "strict precision of the predictions by mechanism (counts only; tune-b too)",
                ("train", "tune-a", "tune-b"))
    p.add_argument("--lemma", help="only the predictions whose cue's first word has this lemma")
    p.add_argument("--min", type=int, default=20, help="print features counted at least this often")
    p = sub.add_parser("runaway", help="long, unclosed and swallowing quotations (marks only)")
    p.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    p.add_argument("--long", type=int, default=600)
    p = sub.add_parser("speaker", help="how the Guardian sample's direct quotes got their speakers")
    p.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    p.add_argument("--out", type=Path)
    p.add_argument("--half")
    p.add_argument("--show")
    p.add_argument("--diff", nargs=2, type=Path)
    return ap


MAINS = {"boundary": boundary_main, "cues": cues_main, "otherverb": otherverb_main, "fp": fp_main,
         "miss": miss_main, "nested": nested_main, "npobj": npobj_main, "complement": complement_main,
         "runaway": runaway_main, "edges": edges_main, "pieces": pieces_main,
         "speaker": speaker_main, "mechanism": mechanism_main}


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return MAINS[args.census](args) or 0


if __name__ == "__main__":
    sys.exit(main())
