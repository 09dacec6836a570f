"""The missed and the spurious attributions by their cue (issue 18, round 39). Counts; items only for train or tune-a.

    python scripts/quotes_cue_census.py [--set train|tune-a|tune-b] [--cache] [--verbnet DIR] [--items FILE] [--top N]

A *missed* gold attribution is one no prediction overlaps by a single character; a *spurious* prediction one that
overlaps no gold Content (`quotes_census.py boundary` and `edges` count the partial overlaps). Each missed gold is
counted under the first cue class that applies to its Cue span (head word by `quotes_census.cue_head`, spaCy md):
"according to"; punctuation (a colon or dash, no word); a cue in another sentence than the content's start; a noun
cue (listed in data/quote_words.tsv's speech nouns or not); an adjective, a preposition; the copula; then a verb,
by the section of data/speech_verbs.txt that lists it (speech, belief, stance, prep), or, for a verb in none, by
its VerbNet 3.4 classes (--verbnet: a folder of the class XML files, github.com/cu-clear/verbnet): a
communication class (37.x, declare-29.4), a class of cognition or attitude (conjecture-29.5, consider-29.9,
comprehend-87.2, admire-31.2, ...), another class, or none; " passive" is added when the verb has a passive
subject or auxiliary ("it was reported"). The construction (`quotes_census.construction`) and where the Source
stands are counted beside. Each spurious prediction is counted by its kind and its cue's part of speech and list
section, and the speaker (named, pronoun, none).

tune-b is counted, never listed: --items refuses it.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_census as qc  # noqa: E402
import quotes_polnear_train as train  # noqa: E402

from newsledger.eval.suites import quotes_polnear as suite  # noqa: E402
from newsledger.extract.quotes import cues  # noqa: E402

# VerbNet 3.4 classes of communication (Levin 1993 ch. 37 and the declare class 29.4) and of cognition and
# attitude (Levin 29.5, 29.9, 31, 32, 62, 84, 85, 87): the two kinds of verb the issue names as missing cues
COMMUNICATION_PREFIXES = ("declare-29.4",)
COGNITION_PREFIXES = ("conjecture-29.5", "consider-29.9", "comprehend-87.2", "cognize-85", "suspect-81", "wish-62",
                      "want-32.1", "discover-84", "learn-14", "focus-87.1", "long-32.2", "admire-31.2",
                      "marvel-31.3")


def verbnet_kind(classes: set[str]) -> str:
    if any("-37." in c or c.startswith(COMMUNICATION_PREFIXES) for c in classes):
        return "VerbNet communication"
    if any(c.startswith(COGNITION_PREFIXES) for c in classes):
        return "VerbNet cognition/attitude"
    return "VerbNet other" if classes else "no VerbNet class"


def passive(verb) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def gold_cue_class(doc, text: str, g: suite.GoldAttr, vn: dict[str, set[str]]) -> tuple[str, str]:
    """(cue class, the cue head's lemma) of a gold attribution: the first class that applies."""
    head = qc.cue_head(doc, g.cues) if g.cues else None
    if head is None:
        return "no cue", ""
    cue_text = " ".join(text[a:b] for a, b in g.cues).lower()
    lemma = head.lemma_.lower()
    if "according" in cue_text:
        return "according to", ""
    if not any(c.isalnum() for c in cue_text):
        return "punctuation (colon, dash)", cue_text.strip()
    start, end = suite._outer(g)
    first = next((t for t in doc if t.idx >= start), None)
    if first is not None and first.sent.start != head.sent.start and not start <= head.idx < end:
        return f"cue in an {'earlier' if head.idx < start else 'later'} sentence", lemma
    if head.pos_ in {"NOUN", "PROPN"}:
        return ("noun cue listed" if lemma in cues.SPEECH_NOUNS else "noun cue not listed"), lemma
    if head.pos_ in {"ADJ", "ADP"}:
        return {"ADJ": "adjective cue", "ADP": "preposition cue"}[head.pos_], lemma
    if head.pos_ not in {"VERB", "AUX"}:
        return f"other cue ({head.pos_})", lemma
    if lemma == "be":
        return "copula", lemma
    where = qc.cue_list(lemma, nouns=True)
    kind = f"verb listed ({where})" if where != "none" else f"verb not listed: {verbnet_kind(vn.get(lemma, set()))}"
    return kind + (" passive" if passive(head) else ""), lemma


def prediction_cue_class(q, doc) -> tuple[str, str]:
    """(kind: cue class, the cue's lemma) of a prediction."""
    if not q.cue:
        return f"{q.kind}: no cue", ""
    if q.cue.lower().startswith("according"):
        return f"{q.kind}: according to", ""
    tok = qc.cue_token(q, doc)
    if tok is None:
        return f"{q.kind}: cue not found", q.cue.lower().split()[0]
    lemma = tok.lemma_.lower()
    pos = {"NOUN": "noun", "PROPN": "noun", "VERB": "verb", "AUX": "verb"}.get(tok.pos_, tok.pos_)
    return f"{q.kind}: {pos} ({qc.cue_list(lemma, nouns=True)})", lemma


def missed(text: str, gold: list, spans: list[tuple[int, int]]):
    for g in gold:
        a, b = suite._outer(g)
        if not any(s < b and a < e for s, e in spans):
            yield g


def spurious(text: str, gold: list, pred: list, spans: list[tuple[int, int]]):
    for s, q in zip(spans, pred):
        if not any(suite.span_overlap(s, suite._outer(g)) > 0 for g in gold):
            yield s, q


def census(docs, parsed, recs, vn, items=None) -> dict[str, Counter]:
    out = {k: Counter() for k in ("missed", "missed x construction", "missed x source", "missed x lemma",
                                  "spurious", "spurious x speaker", "spurious x lemma")}
    for (name, text, gold), rec, doc in zip(docs, recs, parsed):
        pred = suite.fold(rec.quotes, text)
        spans = [suite.scored_span(q, text) for q in pred]
        for g in missed(text, gold, spans):
            cls, lemma = gold_cue_class(doc, text, g, vn)
            head = qc.cue_head(doc, g.cues) if g.cues else None
            cons = qc.construction(doc, text, g, head, False) if head is not None and head.pos_ in {"VERB", "AUX"} \
                else "-"
            out["missed"][cls] += 1
            out["missed x construction"][(cls, cons)] += 1
            out["missed x source"][(cls, qc.source_place(g))] += 1
            out["missed x lemma"][(cls, lemma)] += 1
            if items is not None:
                a, b = suite._outer(g)
                items.write(json.dumps({"side": "missed", "text": name, "class": cls, "construction": cons,
                                        "cue": g.cue_text, "source": g.source_text, "content": text[a:b]},
                                       ensure_ascii=False) + "\n")
        for s, q in spurious(text, gold, pred, spans):
            cls, lemma = prediction_cue_class(q, doc)
            out["spurious"][cls] += 1
            out["spurious x speaker"][(cls, qc.speaker_kind(q))] += 1
            out["spurious x lemma"][(cls, lemma)] += 1
            if items is not None:
                items.write(json.dumps({"side": "spurious", "text": name, "class": cls, "cue": q.cue,
                                        "speaker": q.speaker_text, "content": text[s[0]:s[1]]},
                                       ensure_ascii=False) + "\n")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="tune-a", choices=["train", "tune-a", "tune-b"])
    ap.add_argument("--corpus", type=Path, default=train.CORPUS)
    ap.add_argument("--cache", action="store_true")
    ap.add_argument("--verbnet", type=Path)
    ap.add_argument("--items", type=Path)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    if args.items and args.set == "tune-b":
        print("--items: tune-b is counted, never listed", file=sys.stderr)
        return 2
    docs, parsed, recs = train.census_inputs(args.set, args.corpus, 1, args.cache)
    vn = qc.verbnet(args.verbnet)
    if args.items:
        with args.items.open("w", encoding="utf-8") as items:
            out = census(docs, parsed, recs, vn, items)
    else:
        out = census(docs, parsed, recs, vn)
    n_pred = sum(len(suite.fold(r.quotes, text)) for r, (_, text, _) in zip(recs, docs))
    print(f"{args.set}: {len(docs)} texts, {sum(len(g) for _, _, g in docs)} gold, {sum(out['missed'].values())} "
          f"missed (no prediction overlapping); {n_pred} quotes, {sum(out['spurious'].values())} spurious (no gold "
          "overlapping)")
    for title, counter in out.items():
        print(f"\n## {title}")
        for k, v in counter.most_common(args.top if "lemma" in title else None):
            print(f"{v:6d}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
