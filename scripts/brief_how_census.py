"""Census of the brief's how by construction (round 36, briefhow36; issue 14): what the gold how is, whether the
brief's candidates hold it at all, and what a new process-adjunct source on the main verb would add.

Two tallies per dataset and split:
- gold: every article with a gold how (count >= 1), by the construction of its gold phrases (parsed where they
  occur in the title or text, else alone), Quirk et al. 1985 8.79-8.85 process adjuncts and the rest: by_gerund
  ("by"+ing means, 8.82), by_noun, with_instrument (with/using/via/through), channel (a statement word, or "to"+
  addressee), other_pp (in/during/after/without/...), cause (due to/because), manner_adverb, manner_adj, verb (an
  action), noun (a method or weapon noun phrase), clause; against the top answer's grade and the best grade of any
  how candidate before the top-5 cut. Gold nouns and PPs no candidate holds are tallied by dependency, WordNet 3.0
  lexicographer file of the first sense (nouns) or preposition and head (PPs), and sentence.
- adjuncts: every prepositional phrase and adverb on the main clause's verb, a headline or lead clause restating it,
  and their xcomp/conj/advcl verbs, by preposition, against the gold how (full / partial / zero / gold none) and
  whether it is already a candidate.

Item-level output (`-v`) is for tune-a only (CONTRIBUTING.md, measurement discipline); tune-b gives the tallies.
    PYTHONPATH=. python scripts/brief_how_census.py news tune-a -v
    PYTHONPATH=. python scripts/brief_how_census.py giveme5w1h tune-b
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from newsledger import nlp
from newsledger.eval.split import select
from newsledger.eval.suites import brief_giveme5w1h as bg
from newsledger.eval.suites import brief_news as bn
from newsledger.extract.brief import builder
from newsledger.extract.brief.common import _CUT, MAX_WHAT, _before_time, _subtree, _trim_span

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet30 import WordNet  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CHANNEL = {"statement", "interview", "speech", "conference", "tweet", "post", "letter", "report", "briefing",
           "address", "press", "radio", "television", "show", "twitter", "facebook", "email", "announcement",
           "video", "message", "blog", "journalist", "reporters"}
INSTRUMENT = {"with", "using", "via", "through"}
GRADE = {1.0: "full", 0.5: "partial", 0.0: "zero"}
CAPTURE: dict[str, dict[str, Any]] = {}
_how, _rank = builder.BriefBuilder.how, builder.BriefBuilder._rank


def _restating_verbs(main: Any, clauses: list[Any]) -> list[tuple[str, Token]]:
    """The main clause's verb, headline and lead clauses restating it, and their xcomp/conj/advcl verbs."""
    out = []
    for c in clauses[:6]:
        if c is not main and c.rank != 0 and c.verb.lemma_.lower() != main.verb.lemma_.lower():
            continue
        out.append(c.verb)
        out += [x for x in c.verb.children if x.dep_ in {"xcomp", "conj", "advcl"} and x.pos_ == "VERB"]
    return out


def _adjuncts(main: Any, clauses: list[Any]) -> list[tuple[str, str]]:
    out = []
    for verb in _restating_verbs(main, clauses) if main is not None else []:
        for ch in verb.children:
            if ch.dep_ == "prep":
                s = _trim_span(_before_time(_subtree(ch, _CUT | {"prep"}), ch))
                if s and s[1] - s[0] <= MAX_WHAT + 2:
                    out.append((f"prep={ch.lower_}", verb.doc[s[0]:s[1]].text))
            elif ch.dep_ == "advmod" and ch.pos_ == "ADV":
                out.append(("adverb-ly" if ch.lower_.endswith("ly") else "adverb", ch.text))
    return out


def _capturing_how(self: Any, main: Any, clauses: list[Any]) -> list[dict[str, Any]]:
    """BriefBuilder.how keeping every candidate (not the top 5) and the main verb's adjuncts for the tallies."""
    builder.BriefBuilder._rank = staticmethod(lambda c, limit=5: _rank(c, 99))
    try:
        every = _how(self, main, clauses)
    finally:
        builder.BriefBuilder._rank = staticmethod(_rank)
    CAPTURE[self.record.article.id] = {"cands": every, "adjuncts": _adjuncts(main, clauses)}
    return every[:5]


def _gold_span(art: Any, text: str) -> Span:
    for src in (art.title or "", art.text):
        k = src.find(text)
        if k >= 0:
            span = nlp.parse(src).char_span(k, k + len(text), alignment_mode="expand")
            if span is not None:
                return span
    return nlp.parse(text)[:]


def _root(toks: list[Token]) -> Token:
    return next(t for t in toks if t.head not in toks or t.head == t)


def gold_class(span: Span) -> str:
    toks = [t for t in span if not t.is_punct]
    if not toks:
        return "other"
    first, nxt, words = toks[0], (toks[1] if len(toks) > 1 else None), {t.lower_ for t in toks}
    if first.lower_ == "by":
        return "by_gerund" if nxt is not None and nxt.tag_ == "VBG" else "by_noun"
    if first.lower_ in INSTRUMENT:
        return "with_instrument"
    if first.lower_ in {"due", "because"}:
        return "cause"
    if words & CHANNEL or (first.lower_ == "to" and nxt is not None and nxt.pos_ != "VERB"):
        return "channel"
    if first.pos_ == "ADP" or first.lower_ in {"while", "following", "after"}:
        return "other_pp"
    if len(toks) == 1 and first.pos_ == "ADV":
        return "manner_adverb"
    root = _root(toks)
    if root.pos_ in {"VERB", "AUX"}:
        return "clause" if any(g.dep_ in {"nsubj", "nsubjpass"} and g in toks for g in root.children) else "verb"
    return {"ADJ": "manner_adj", "NOUN": "noun", "PROPN": "noun"}.get(root.pos_, "other")


def _feature(span: Span, cls: str, wn: WordNet) -> str:
    toks = [t for t in span if not t.is_punct]
    sent = min(next(i for i, s in enumerate(span.doc.sents) if s.start <= span.start < s.end), 3)
    if cls == "noun":
        root = _root(toks)
        syn = wn.synsets(root.lemma_.lower(), "n")
        return f"noun dep={root.dep_} lex={wn.lexfile(syn[0], 'n') if syn else '-'} sent={sent}"
    return f"pp prep={toks[0].lower_} head={toks[0].head.pos_}/{toks[0].head.dep_} sent={sent}"


def _gold_tally(it: Any, row: dict[str, Any], cands: list[dict[str, Any]], wn: WordNet,
                tally: Counter, missing: Counter) -> str:
    gold = [p for p in it.answers["how"] if p.get("count", 0) >= 1]
    classes, features = set(), set()
    for p in gold:
        span = _gold_span(it.article, p["text"])
        cls = gold_class(span)
        classes.add(cls)
        if cls in {"noun", "other_pp"}:
            features.add(_feature(span, cls, wn))
    best = max((bg.grade(c["text"], gold) for c in cands), default=0.0)
    name = "+".join(sorted(classes))
    tally[(name, "top " + GRADE[row["how"]], "best candidate " + GRADE[best])] += 1
    if best < 1:
        missing.update(features)
    return f"{name} top {row['how']} best {best}"


def _adjunct_tally(it: Any, capture: dict[str, Any], tally: Counter, verbose: bool) -> None:
    have = {c["text"].lower() for c in capture["cands"]}
    gold = it.answers.get("how")
    for cue, text in capture["adjuncts"]:
        if not gold and "how" not in it.no_answer:
            continue
        status = GRADE[bg.grade(text, gold)] if gold else "gold none"
        status += " (already a candidate)" if text.lower() in have else ""
        tally[(cue, status)] += 1
        if verbose:
            print("   adjunct", cue, status, repr(text))


def main(dataset: str, split: str, verbose: bool) -> None:
    if verbose and split != "tune-a":
        raise SystemExit("item-level output is for tune-a only")
    builder.BriefBuilder.how = _capturing_how
    items = select(bn.load(CORPUS) if dataset == "news" else bg.load(CORPUS), lambda it: it.name, split)
    wn, gold, missing, adjuncts = WordNet(), Counter(), Counter(), Counter()
    for it, brief in zip(items, bg.predict(items)):
        capture = CAPTURE.get(it.article.id, {"cands": [], "adjuncts": []})
        if it.answers.get("how") and any(p.get("count", 0) >= 1 for p in it.answers["how"]):
            line = _gold_tally(it, bg.score_item(it, brief), capture["cands"], wn, gold, missing)
            if verbose:
                print(it.name, line, [p["text"] for p in it.answers["how"]][:2])
        _adjunct_tally(it, capture, adjuncts, verbose)
    print(f"== {dataset} {split}: {sum(gold.values())} articles with a gold how")
    for table in (gold, missing, adjuncts):
        for key, n in sorted(table.items()):
            print("  ", key, n)
        print()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(args[0], args[1], "-v" in sys.argv)
