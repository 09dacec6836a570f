"""Target census of the event gold (issue 16, round 36): the matched events whose target is wrong, tallied by an
automatic class, for one split. `python scripts/events_target_census.py [--split tune-a] [--items]`.
Classes: `empty` (no target, the gold names one), `gold-empty` (the gold has none, a target predicted), `wrong`
(another actor); each refined by where the gold's alternative stands: in the event's sentence as a place of the
record (`place`), as a span the record made an actor (`actor`), as words the record made no actor of (`unread`),
not in the sentence (`discourse`); a wrong target that shares a content word with a gold alternative is `naming`.
Counts only by default; `--items` lists them (tune-a only: never read tune-b items, never the check half)."""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from newsledger.eval.split import select
from newsledger.eval.suites import events_allnews as N
from newsledger.eval.suites import events_guardian as G

PLACE_TYPES = {"GPE", "LOC", "FAC"}
STOP = {"the", "a", "an", "of", "and", "in", "s", "’s", "'s"}


def _spans(text: str, start: int, end: int, alias: str) -> list[tuple[int, int]]:
    pat = re.compile(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", re.IGNORECASE)
    return [(start + m.start(), start + m.end()) for m in pat.finditer(text[start:end])]


def _where(rec, e, aliases: list[str]) -> str:
    """Where the gold's alternatives stand in the event's sentence: place, actor, unread or discourse."""
    text, found = rec.article.text, []
    for alias in aliases:
        found += _spans(text, e.start, e.end, alias)
    if not found:
        return "discourse"
    def covers(s, e_, a, b):
        return s < b and a < e_

    if any(covers(p.start, p.end, a, b) and p.kind != "country" for a, b in found for p in rec.places):
        return "place"
    if any(covers(x.start, x.end, a, b) and x.actor for a, b in found for x in rec.entities):
        return "actor"
    if any(covers(x.start, x.end, a, b) and x.type in PLACE_TYPES for a, b in found for x in rec.entities):
        return "place"  # a place name the gazetteer did not place
    return "unread"


def _words(names) -> set[str]:
    return {w for n in names for w in re.findall(r"\w+", n.lower()) if w not in STOP}


def _label(tok) -> str:
    return f"{tok.dep_}:{tok.lower_}" if tok.dep_ in ("prep", "agent", "mark") else tok.dep_


def _climb(tok, stop: set[int]) -> tuple[list[str], int]:
    """The labels from `tok` up to the first token in `stop` (or the root), and that token's index."""
    labels = []
    while tok.i not in stop and tok.head.i != tok.i:
        labels.append(_label(tok))
        tok = tok.head
    return labels, tok.i


def _trigger_path(trig, root) -> str:
    """Down the trigger's subtree to `root` ("xcomp>dobj"), else up to their common head first ("^^acl>pobj")."""
    down, top = _climb(root, {trig.i})
    if top == trig.i:
        return ">".join(reversed(down))
    above = {a.i for a in root.ancestors} | {root.i}
    up, t = 0, trig
    while t.i not in above and t.head.i != t.i:
        up, t = up + 1, t.head
    down, _ = _climb(root, {t.i})
    return "^" * up + ">".join(reversed(down))


def path(rec, e, g) -> str:
    """The shortest dependency path from the trigger to a gold alternative in the sentence (parsed alone)."""
    from newsledger import nlp

    text = rec.article.text
    doc = nlp.parse(text[e.start:e.end])
    trig = next((t for t in doc if e.trigger and t.text == e.trigger.split()[0]), None)
    spans = [s for alias in _alternatives(g) for s in _spans(text, e.start, e.end, alias)]
    roots = [doc.char_span(a - e.start, b - e.start, alignment_mode="expand") for a, b in spans]
    paths = [_trigger_path(trig, span.root) for span in roots if span is not None and trig is not None]
    return min(paths, key=len) if paths else "none"


def _alternatives(g) -> list[str]:
    """The gold's target alternatives, and the surname of each full name (as events_guardian.actor_right reads)."""
    names = [t for t in g.targets if t != "-"]
    return names + [n.split()[-1] for n in names if " " in n and n.split()[-1][:1].isupper()]


def classify(rec, e, g) -> str:
    aliases = _alternatives(g)
    if e.target is None:
        return "empty/" + _where(rec, e, aliases)
    if not aliases:
        return "gold-empty"
    a = rec.actor(e.target)
    names = [a.name, *a.aliases] if a else []
    if _words(names) & _words(aliases):
        return "wrong/naming"
    if e.source and e.target == e.source:
        return "wrong/self"
    return "wrong/" + _where(rec, e, aliases)


def records_of(dataset: str, split: str, corpus: Path):
    if dataset == "guardian":
        gold = G.load_gold()
        ids = select(sorted(gold, key=int), lambda i: i, split, None)
        return gold, G.records(corpus, ids)
    listed = N.load_articles()
    gold = {a: [] for a in listed}
    gold.update(G.load_gold(N.GOLD))
    ids = select(list(listed), lambda a: a, split, None)
    return gold, N.records(corpus, ids)


def matched_pairs(dataset: str, split: str, corpus: Path):
    """(article id, record, gold event, predicted event) for each gold event matched at the default threshold."""
    gold, recs = records_of(dataset, split, corpus)
    thr = G.default_threshold()
    for aid, rec in recs.items():
        events = [e for e in rec.events if G._confidence(e) >= thr]
        for gi, ei in G.match(rec, gold[aid], events):
            yield aid, rec, gold[aid][gi], events[ei]


def census(dataset: str, split: str, corpus: Path, items: bool) -> Counter:
    counts = Counter()
    for aid, rec, g, e in matched_pairs(dataset, split, corpus):
        counts["matched"] += 1
        if G.actor_right(rec, e.target, g.targets):
            continue
        cls = classify(rec, e, g)
        counts[cls] += 1
        counts[f"{cls} {e.type}"] += 1
        rel = path(rec, e, g) if cls.startswith(("empty", "wrong")) else ""
        if rel:
            counts[f"{cls.split('/')[0]} path {rel}"] += 1
        if items and split == "tune-a":
            print(f"   {dataset} {aid}@{g.start} {cls} {e.type} {e.trigger!r} {rel}")
    return counts


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="tune-a", choices=["tune-a", "tune-b"])
    ap.add_argument("--dataset", action="append", choices=["guardian", "allnews"])
    ap.add_argument("--items", action="store_true")
    ap.add_argument("--corpus", default="../shared/corpus")
    args = ap.parse_args()
    for ds in args.dataset or ["guardian", "allnews"]:
        c = census(ds, args.split, Path(args.corpus), args.items)
        print(f"== {ds} {args.split}: matched {c.pop('matched', 0)}")
        for k, v in sorted(c.items(), key=lambda kv: (" " in kv[0], -kv[1], kv[0])):
            print(f"   {k}: {v}")
