"""A claim and the view of one record the claim rules read (its sentences, actors, places, quotes and events)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Claim:
    """One claim of one article: for (+1) or against (-1) a topic, with its speaker and evidence."""
    topic: str
    polarity: int
    speaker: str | None
    evidence: str  # an id in its record: q3, e1, n4
    text: str
    start: int
    end: int
    strength: str = "explicit"  # explicit, or "continue" (supporting evidence only)
    against: str | None = None  # the actor whose claim a dispute names
    subjects: list[str] = field(default_factory=list)  # whereabouts: whom the claim places
    place: str | None = None
    value: float | None = None
    approximate: bool = False
    of: str | None = None
    unit: str | None = None
    update: bool = False
    bound: str | None = None  # figures: lower, upper, about or under (figure_bounds.tsv), None for an exact figure
    high: float | None = None  # figures: the top of a range ("between 9 and 50": value 9, high 50)
    period: str | None = None  # figures: the period its clause names ("in three months", "in 2013", "each year")
    objects: list[str] | None = None  # topic claims: the names of what is claimed ("manbij"); [] for a person
    parties: list[str] | None = None  # claims about an act: whom a claim for holds responsible, whom a denial clears
    regions: list[str] | None = None  # claims about an act: the provinces (admin1) its towns lie in
    provincial: bool = False  # claims about an act: every place it names is a province (admin1)
    sites: list[tuple[float, float]] | None = None  # claims about an act: where its towns lie (latitude, longitude)


class View:
    """What the claim rules need from a record, given as the JSON dict (so stored records work too)."""

    def __init__(self, rec: dict[str, Any]):
        self.rec = rec
        self.actors = {a["id"]: a for a in rec.get("actors", [])}
        self.entities = rec.get("entities", [])
        self.sentences = rec.get("sentences", [])
        self.quotes = rec.get("quotes", [])
        self.places = rec.get("places", [])
        self._country_starts: set[int] | None = None  # starts of entities resolved to a country actor
        self._stands_for_state: dict[tuple[int, int], bool] = {}  # by (start, end): it reads nothing else
        self._members: dict[Any, list[str]] | None = None  # affiliation -> the actors holding it, in record order
        self._sentence_ends: list[int] | None = None  # each sentence's end + 1 (sentence_of), [] if not rising

    def side(self, actor_id: str | None) -> set[str]:
        if actor_id is None:
            return set()
        a = self.actors.get(actor_id)
        out = {actor_id}
        if a and a.get("affiliation"):
            out.add(a["affiliation"])
        # members: actors affiliated to this one
        if self._members is None:
            self._members = {}
            for i, b in self.actors.items():
                self._members.setdefault(b.get("affiliation"), []).append(i)
        out |= set(self._members.get(actor_id, ()))
        return out

    def name(self, actor_id: str | None) -> str:
        a = self.actors.get(actor_id or "")
        if not a and actor_id and actor_id.startswith(UNNAMED):
            return actor_id[len(UNNAMED):]  # an agent named by what it is ("many experts")
        return a["name"] if a else (actor_id or "?")

    def names(self, actor_id: str | None) -> set[str]:
        a = self.actors.get(actor_id or "")
        if not a:
            return set()
        # with the curated entry it matched: "Isis" in one article is "Islamic State" in another
        return {n.lower() for n in [a["name"], *a.get("aliases", []), a.get("dictionary")] if n}

    def entity_actors(self, start: int, end: int) -> list[tuple[dict[str, Any], str]]:
        return [(e, e["actor"]) for e in self.entities if e.get("actor") and start <= e["start"] and e["end"] <= end]

    def sentence_of(self, start: int, end: int) -> dict[str, Any] | None:
        """The first sentence holding [start, end) (its end one character wide). A record's sentences are in text
        order and apart (starts and ends rising): the first whose end reaches `end` is the only one that can, found by
        bisection; sentences of any other order are scanned as they are."""
        if self._sentence_ends is None:
            ends = [s["end"] + 1 for s in self.sentences]
            starts = [s["start"] for s in self.sentences]
            rising = all(a < b for a, b in zip(ends, ends[1:])) and all(a <= b for a, b in zip(starts, starts[1:]))
            self._sentence_ends = ends if rising else []
        if not self._sentence_ends and self.sentences:
            return next((s for s in self.sentences if s["start"] <= start and end <= s["end"] + 1), None)
        k = bisect.bisect_left(self._sentence_ends, end)
        if k < len(self.sentences) and self.sentences[k]["start"] <= start:
            return self.sentences[k]
        return None

    def sentence_index(self, pos: int) -> int:
        for i, s in enumerate(self.sentences):
            if s["start"] <= pos <= s["end"]:
                return i
        return -1

    def places_in(self, start: int, end: int) -> set[str]:
        return {(p.get("name") or p["text"]).lower() for p in self.places
                if start <= p["start"] and p["end"] <= end and p.get("kind") != "country"}

    def sites_in(self, start: int, end: int) -> set[str]:
        """`places_in` without the capitals that stand for their state (`stands_for_state`)."""
        return {(p.get("name") or p["text"]).lower() for p in self.places
                if start <= p["start"] and p["end"] <= end and p.get("kind") != "country"
                and not self.stands_for_state(p)}

    def stands_for_state(self, place: dict[str, Any]) -> bool:
        """Whether a place names who acts, not where: a capital the record resolves to a country actor with no
        locative preposition before it ("the forces Ankara is using", "Moscow said"; not "in Moscow")."""
        key = (place["start"], place["end"])
        known = self._stands_for_state.get(key)
        if known is None:
            known = self._stands_for_state[key] = self._stands_for_state_at(*key)
        return known

    def _stands_for_state_at(self, start: int, end: int) -> bool:
        if self._country_starts is None:
            self._country_starts = {e["start"] for e in self.entities
                                    if self.actors.get(e.get("actor") or "", {}).get("kind") == "country"}
        if start not in self._country_starts:
            return False
        sent = self.sentence_of(start, end)
        if not sent:
            return False
        at = start - sent["start"]
        return not _LOCATIVE.search(sent["text"][max(0, at - 40):at])

    def speaker_of(self, start: int, end: int) -> str | None:
        """The speaker of the innermost quote holding this span."""
        best = None
        for q in self.quotes:
            if q["start"] <= start and end <= q["end"] and q.get("speaker"):
                if best is None or q["end"] - q["start"] < best["end"] - best["start"]:
                    best = q
        return best["speaker"] if best else None


# the speaker of a dispute by an agent the record has no actor for: "unnamed:" and its words ("unnamed:many experts"), a
# side of its own (it is no actor of the record, so no other speaker is on its side)
UNNAMED = "unnamed:"

ARTICLE = "article"  # the speaker of the article's own statements

# a locative preposition (and an optional "the ... of") right before a place name: the place is where, not who
_LOCATIVE = re.compile(r"\b(?:in|of|near|at|from|to|into|outside|around|across|towards?|on|over|inside|"
                       r"through|beyond)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:of\s+)?$", re.I)
