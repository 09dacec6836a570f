"""Miss census for the quote extractor (issue 18, ninth round): the gold attributions no prediction overlaps at
all (not one character), counted by the gold cue (the lemma and part of speech of the cue span's head word, from
the cached spaCy parse), by construction and by why newsledger made nothing.

    python scripts/quotes_miss_census.py [--set train|tune-a] [--every K] [--cache] [--verbnet DIR] [--top N]

Only train and tune-a (rules are written looking at those; tune-b and the check half are never listed). Counts
only, no text: a class is a construction or a lexicon class, never an item. With --verbnet (a VerbNet 3.4 folder of
class XML files, github.com/cu-clear/verbnet) the cue verbs missing from the lexicon are grouped by VerbNet class,
which is how new cue words are chosen (a whole class, never a word picked by its count here).

Construction, first that applies: "no cue" (a continuing paragraph PolNeAR attributes with no cue of its own),
"according to", "punctuation cue" (a colon, a dash), "cue in an earlier sentence" / "cue in a later sentence" (the
cue's sentence is not the content's first), "source after content", "noun cue", "adjective cue", "preposition cue",
and for a verb: "verb + that-clause", "verb + bare clause", "verb + infinitive", "verb + question", "verb + object".
A belief or knowledge verb (data/speech_verbs.txt's belief list, or VerbNet conjecture-29.5, consider-29.9,
comprehend-87.2, cognize-85, suspect-81, wish-62, want-32.1) is counted apart: "belief ...".
Why: "cue not in lexicon" (the head's lemma and word are in none of the cue lists), "cue filtered" (a listed cue,
no report made from it), "content elsewhere" (a report made from the cue's word in its sentence, not overlapping).
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_polnear_train as train  # noqa: E402

from newsledger.eval.suites import quotes_polnear as suite  # noqa: E402
from newsledger.extract.quotes import cues  # noqa: E402

BELIEF_CLASSES = {"conjecture-29.5", "consider-29.9", "comprehend-87.2", "cognize-85", "suspect-81", "wish-62",
                  "want-32.1"}
WH = {"whether", "if", "how", "what", "why", "when", "where", "who", "which"}


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


def main(argv: list[str] | None = None) -> int:
    ap = train.census_parser(__doc__.split("\n\n")[0])
    ap.add_argument("--verbnet", type=Path)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--examples", action="store_true", help="tune-a only: one line per miss (class, cue, content)")
    args = ap.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
