"""Census of the brief's answers by the unit they come from against the unit of the coders' phrase (round 41,
brief41; issue 14), for the question "which sentence did the brief choose, and which did the coders?".

For every scored question of every article: the unit of the top answer (the title, lead sentences 1-4 as the
brief reads them, a later sentence, none), the units holding a phrase some coder chose (found by its text, case
folded, in the title and in the text; "not found" when it is in neither as written), the unit of the main clause
(the clause that gives when, where, why and how), and the strict grade (full, partial, zero). An answer is "in a gold
unit" when its unit holds one of the chosen phrases. Points lost (1 - grade) are summed per question and relation;
lost items are counted by direction (`direction`: the same unit, the title over a gold in the text, an earlier or a
later sentence than the gold's, no answer, a gold not in the text).

Item-level output (`-v`) is for tune-a only (CONTRIBUTING.md, measurement discipline); tune-b gives the tallies.
    PYTHONPATH=. python scripts/brief_unit_census.py news tune-a -v
    PYTHONPATH=. python scripts/brief_unit_census.py giveme5w1h tune-b
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from newsledger.eval.split import select
from newsledger.eval.suites import brief_giveme5w1h as bg
from newsledger.eval.suites import brief_news as bn
from newsledger.extract.brief import builder

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
QUESTIONS = ("who", "what", "when", "where", "why", "how")
CAPTURE: dict[str, dict[str, Any]] = {}  # article id -> the units the builder read and its main clause's unit
_BUILD = builder.BriefBuilder.build


def _capturing_build(self: builder.BriefBuilder) -> dict[str, Any]:
    """BriefBuilder.build, recording the title, the lead sentences' offsets and the main clause's unit."""
    out = _BUILD(self)
    clauses = sorted(self.clauses(), key=lambda c: (-c.score, c.rank, c.verb.i))
    main = next((c for c in clauses if not c.extra.get("patient")), clauses[0] if clauses else None)
    CAPTURE[self.record.article.id] = {
        "title": self.title.doc.text if self.title else "",
        "sents": [(s.start_char, s.end_char) for _, rank, s in self.units if rank > 0],
        "text": self.record.article.text,
        "main": "none" if main is None else ("title" if main.rank == 0 else f"sent{main.rank}")}
    return out


def unit_of_offset(units: dict[str, Any], start: int) -> str:
    """The lead sentence ("sent1".."sent4") holding a text offset, or "later"."""
    for k, (a, b) in enumerate(units["sents"], 1):
        if a <= start < b:
            return f"sent{k}"
    return "later"


def units_of_gold(units: dict[str, Any], phrase: str) -> list[str]:
    """The units a coder's phrase is found in (case folded): the title, and the text's sentence of its first
    occurrence; ["not found"] when it is in neither as written."""
    p = phrase.lower().strip()
    found = ["title"] if p and p in units["title"].lower() else []
    i = units["text"].lower().find(p) if p else -1
    if i >= 0:
        found.append(unit_of_offset(units, i))
    return found or ["not found"]


def answer_unit(units: dict[str, Any], top: dict[str, Any] | None) -> str:
    if top is None:
        return "none"
    return "title" if top.get("in") == "title" else unit_of_offset(units, top["start"])


def relation(answer: str, gold_units: list[str]) -> str:
    """Whether the answer's unit holds one of the coders' chosen phrases."""
    return "answer in a gold unit" if answer in gold_units else "answer elsewhere"


_ORDER = {"title": 0, "sent1": 1, "sent2": 2, "sent3": 3, "sent4": 4, "later": 5}


def direction(answer: str, gold_units: list[str]) -> str:
    """Where a lost answer stands against the coders' phrases: the same unit, the title when the gold is only in
    the text, an earlier or a later sentence than the gold's first, no answer, or a gold not in the text."""
    if answer == "none":
        return "no answer"
    if answer in gold_units:
        return "same unit"
    found = [_ORDER[u] for u in gold_units if u in _ORDER]
    if not found:
        return "gold not in text"
    if answer == "title":
        return "title, gold in the text"
    return "earlier sentence" if _ORDER[answer] < min(found) else "later sentence"


def _grade_class(g: float) -> str:
    return "full" if g >= 1 else "partial" if g > 0 else "zero"


def census(dataset: str, split: str, verbose: bool) -> dict[str, Counter]:
    builder.BriefBuilder.build = _capturing_build
    items = select(bn.load(CORPUS) if dataset == "news" else bg.load(CORPUS), lambda it: it.name, split)
    out: dict[str, Counter] = defaultdict(Counter)
    for item, brief in zip(items, bg.predict(items)):
        row, units = bg.score_item(item, brief), CAPTURE.get(item.article.id)
        for q in QUESTIONS:
            if units is None or not item.answers.get(q):
                continue
            au = answer_unit(units, ((brief or {}).get(q) or [None])[0])
            chosen = [p["text"] for p in item.answers[q] if p.get("count", 0) >= 1]
            gus = sorted({u for text in chosen for u in units_of_gold(units, text)})
            rel, g = relation(au, gus), row[q]
            out[q][f"{_grade_class(g)} | {rel} | answer {au} | gold {'+'.join(gus) or 'none chosen'} | "
                   f"main {units['main']}"] += 1
            out["points lost"][f"{q}: {rel}"] += round(1 - g, 2)
            if g < 1:
                out["lost items by direction"][f"{q}: {direction(au, gus)}"] += 1
            if verbose and g < 1:
                print(q, item.name, g, "| answer", au, "| gold", "+".join(gus), "| main", units["main"])
    return out


def main(argv: list[str]) -> None:
    dataset, split = argv[1], argv[2]
    verbose = "-v" in argv
    if verbose and split != "tune-a":
        sys.exit("item lines are for tune-a only")
    out = census(dataset, split, verbose)
    print(f"== {dataset} {split}")
    for key, counts in out.items():
        print("#", key)
        for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
            print("  ", round(v, 2), k)


if __name__ == "__main__":
    main(sys.argv)
