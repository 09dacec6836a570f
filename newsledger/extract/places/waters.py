"""A water named by a short word alone ("the Gulf", "Gulf States", "Gulf leaders"): the gazetteer knows the word
only as the own name of a namesake province or county (Papua New Guinea's Gulf province), so the ranker placed
it there. The word is the water whose shore the article's other places lie on (data/bare_waters.tsv, each water
with its littoral countries and provinces and their source); the namesake keeps it only where the article names
its country and no shore of those waters; with no shore named, or two waters named alike, the mention is no
place at all (left unplaced, `rows._streets_in_the_town` would put a one-word name at the article's town;
issue 19, round 23)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from newsledger import resources
from newsledger.extract.places.names import Mention
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer import Entry, normalize

_DATA = Path(__file__).resolve().parents[2] / "data" / "bare_waters.tsv"
_WATER_KINDS = {"landform", "region"}
_STATES = re.compile(r"\s(states?|region)$", re.I)


@lru_cache(maxsize=1)
def _waters() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """short word (normalized) -> [(the water's entry name, its shore codes)]"""
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, water, shore = line.split("\t")[:3]
        out.setdefault(normalize(short), []).append((water, frozenset(shore.split())))
    return out


def _on_shore(e: Entry, shore: frozenset[str]) -> bool:
    return e.country in shore or (e.admin1_code is not None and e.kind != "country" and e.admin1_code in shore)


def _short_word(m: Mention) -> str | None:
    """The short word the mention opens with, when its chosen entry is a namesake of that word (not a water,
    and the mention names no province or county: "Gulf County" is the county; "a Gulf state" is a state on
    the water)."""
    if m.choice is None or m.choice.kind in _WATER_KINDS or m.demonym:
        return None
    if m.hint and not _STATES.search(m.text):  # "Gulf County", "Gulf Province"; not "a Gulf state", "Gulf region"
        return None
    words = m.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return None
    first = normalize(words[0].rstrip("'’s") if words[0].endswith(("'s", "’s")) else words[0])
    if first not in _waters() or normalize(m.choice.name) != first:
        return None
    return first


def bare_waters(mentions: list[Mention], gaz: gazetteer.Gazetteer, text: str) -> None:
    """Re-choose each mention of a short water word placed at a namesake (see the module's docstring); one
    that no shore decides is taken out of `mentions`, and so is one glued by a hyphen to the word after it
    ("Gulf-war", "Gulf-funded": part of a compound, as filters' "Gulf War" is part of a name; `text` is the
    article's, the mentions' offsets index it)."""
    shorts = {id(m): w for m in mentions if (w := _short_word(m))}
    if not shorts:
        return
    undecided = set()
    others = [o.choice for o in mentions if id(o) not in shorts and o.choice is not None and not o.demonym
              and not o.people]
    others += [c for o in mentions if o.demonym and not o.people and (c := gaz.country(o.demonym)) is not None]
    for m in mentions:
        word = shorts.get(id(m))
        if word is None:
            continue
        if text[m.end : m.end + 1] in {"-", "\u2010", "\u2011"} and text[m.end + 1 : m.end + 2].isalpha():
            undecided.add(id(m))
            continue
        evidence = Counter()
        for water, shore in _waters()[word]:
            evidence[water] = sum(_on_shore(e, shore) for e in others)
        namesake_country = m.choice.country
        if not any(evidence.values()) and any(e.country == namesake_country for e in others):
            continue  # an article about the namesake's country ("Gulf Province, Papua New Guinea")
        best = evidence.most_common(2)
        if best and best[0][1] > 0 and (len(best) == 1 or best[0][1] > best[1][1]):
            m.choice = next((e for e in gaz.lookup(best[0][0]) if e.kind in _WATER_KINDS), None)
        else:
            undecided.add(id(m))
    mentions[:] = [m for m in mentions if id(m) not in undecided]


# The coast of a compass point ("the West Coast", "East Coast"): compass_regions.txt's words before one of these.
_COAST_HEADS = {"coast", "seaboard"}


def compass_coasts(mentions: list[Mention]) -> None:
    """A compass point's coast ("the West Coast", "the East Coast") is a country's coast, the one the article is
    about. The gazetteer holds such names only as provinces of a few countries (New Zealand's West Coast, Western
    Australia by an alternate name, Tanzania's Coast region by the inner name), so a US report's "West Coast" went
    to Western Australia. The province is kept only where the article names its country (another mention there);
    else the mention is left unplaced (a name, no point), as places21 leaves a compass point written alone (issue 19,
    round 23)."""
    compass = {w.lower() for w in resources.words("compass_regions.txt")}
    coasts = []
    for m in mentions:
        words = m.text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if m.choice is not None and len(words) == 2 and words[0].lower() in compass:
            if words[1].lower().rstrip("'’s") in _COAST_HEADS:
                coasts.append(m)
    others = [o for o in mentions if all(o is not c for c in coasts)]
    for m in coasts:
        country = m.choice.country
        if not any(((o.choice is not None and o.choice.country == country) or o.demonym == country) and not o.people
                   for o in others):
            m.choice = None
