"""The quotes sample's strict failures by mechanism (issue 18, round 54): counts of the hand-judged rows that are not
strict right (`quotes_sample/judged.tsv`), on one tune half, each under one mechanism.

    python scripts/quotes_sample_census.py tune-a|tune-b [--rows]

The mechanism is keyed on the row's labels, the system's kind and the judge's reason (a reason names a construction,
never the article's words: INSTRUCTIONS.md), so the same key counts tune-b without reading it. The classes are round
54's reading of tune-a's rows: a quoted fragment inside reported speech (the content is the whole clause); a content
too short (a coordinated second content left out, a clause of the source's account left out, another cut); a content
too long (run on into a predicate coordinated with the cue's clause, into the writer's adjunct or host, over another
report's or the writer's clause, or holding the addressee, an antecedent, an introducing clause or an expletive); a
speaker wrong or none on an exact content (a pronoun with no actor, a pronoun or description resolved to another
person, a body or state for the person, a relaying or nested source, a passive's subject or the hearer, other); and
not an attribution (evidence showing a fact, an offer of material provision, a behaviour or state read as a cue, a
relation between texts, other). A row whose reason holds none of a class's words falls to that group's "other".

The check half is refused; `--rows` lists tune-a's rows (offsets and key, no text), never tune-b's.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from newsledger.eval.split import select
from newsledger.eval.suites.events_sample import split_id
from newsledger.eval.suites.quotes_sample import Judged, load

NOT_ATTRIBUTION = (
    ("not: evidence showing or indicating a fact", r"evidence|image|picture|footage|video|\bmap\b|samples|photo"),
    ("not: offer as material provision", r"provision|providing|\boffer"),
    ("not: behaviour or a state read as a cue",
     r"behaviou?r|posture|remorse|find oneself|standing back|physical|preference"),
    ("not: a relation between texts", r"echo"),
)
SPEAKER = (  # an exact content whose speaker is wrong; the first that applies
    ("speaker: a relaying or nested source", r"relay|outlet|news agency|findings|accounts|institution"),
    ("speaker: a pronoun or description resolved to another person",
     r"pronoun resolved to another|another leader|another person|to the producer|description to another"),
    ("speaker: a body or state for the person",
     r"organi[sz]ation|a state for|to his country|to its state|to a state|the group|country"),
    ("speaker: a passive's subject or the hearer", r"passive|hearer|urged|questioned"),
)
CONTENT = (  # a partial or wrong content; the first that applies
    ("short: a coordinated second content left out",
     r"coordinated second|second conjunct|coordinated participles|second contents|from-phrase"),
    ("short: a clause of the source's account left out", r"concessive|purpose|first clause|elaboration"),
    ("long: run on into a predicate coordinated with the cue's clause", r"coordinated predicate"),
    ("long: another report's or the writer's clause around it",
     r"another speaker|relaying|reduced passive participle|another('s)? report|writer's main clause"),
    ("long: run on into the writer's adjunct or host",
     r"run(s)? on into|after-clause|time phrase|appositive|adjunct|main predicate"),
    ("long: addressee, antecedent, introducing clause or expletive kept",
     r"addressee|antecedent|introducing clause|expletive"),
)
FRAGMENT = "content: a quoted fragment inside reported speech"


def _first(reason: str, classes: tuple[tuple[str, str], ...], other: str) -> str:
    return next((name for name, pattern in classes if re.search(pattern, reason)), other)


def mechanism(j: Judged) -> str:
    """The mechanism of a row that is not strict right."""
    reason = j.reason.lower()
    if j.attribution == "no":
        return _first(reason, NOT_ATTRIBUTION, "not: other")
    if j.kind == "partial" and j.content == "partial" and re.search(r"quoted (word|fragment|clause)", reason):
        return FRAGMENT
    if j.content == "exact":
        if j.speaker == "none":
            return "speaker: a pronoun with no actor"
        return _first(reason, SPEAKER, "speaker: other (a neighbouring quote's speaker)")
    return _first(reason, CONTENT, "short: other (cut inside, the subject or an inner cue left out)")


def census(rows: list[Judged]) -> tuple[Counter, dict[str, set[str]]]:
    """Rows and articles per mechanism, over the rows that are not strict right."""
    counts: Counter = Counter()
    articles: dict[str, set[str]] = {}
    for j in rows:
        if j.strict_right:
            continue
        m = mechanism(j)
        counts[m] += 1
        articles.setdefault(m, set()).add(j.article)
    return counts, articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", choices=["tune-a", "tune-b"])
    ap.add_argument("--rows", action="store_true", help="tune-a only: each row's offsets and mechanism")
    a = ap.parse_args()
    if a.rows and a.split != "tune-a":
        sys.exit("tune-b is counted, never listed")
    rows = select(load(), lambda j: split_id(j.article), a.split)
    counts, articles = census(rows)
    print(f"{a.split}: {len(rows)} rows, {sum(counts.values())} not strict right")
    for m in sorted(counts):
        print(f"{counts[m]}\t{len(articles[m])} articles\t{m}")
    if a.rows:
        for j in rows:
            if not j.strict_right:
                print(f"{j.article}\t{j.start}\t{j.end}\t{mechanism(j)}")


if __name__ == "__main__":
    main()
