"""Ranking: each mention's entry chosen by its prior (and the outlet's home), then twice more in the
article's context; a place named after a town keeps that namesake only when the context puts it nearby."""
from __future__ import annotations

from collections import Counter

from newsledger import resources
from newsledger.extract.places.context import Context, context_features, contexts_by_name
from newsledger.extract.places.generation import _QUALIFIERS, _SMALL_TOWN_MAX, Candidate, _inner_name, candidates
from newsledger.extract.places.names import _POSSESSIVE, Mention, _abbreviated, _group
from newsledger.extract.places.near import _LOCAL_KINDS
from newsledger.extract.places.outlets import OutletHome
from newsledger.extract.places.weights import _score, _weights
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer import Entry, normalize

# Context features that put a candidate near the article's other places (or its outlet's province).
_NEARBY_EVIDENCE = {"ctx_in_named_admin1", "ctx_in_admin1_of_others", "ctx_admin1_self", "ctx_near_town",
                    "near_a_candidate_of_another_mention", "outlet_home_admin1", "outlet_home_town_near"}


def _resolve(mentions: list[Mention], gaz: gazetteer.Gazetteer, weights: dict[str, float] | None = None,
             home: OutletHome | None = None) -> None:
    """Choose each mention's entry: by the prior (and the outlet's home) first, then twice more with the
    article's context."""
    for m in mentions:
        if m.demonym:
            continue
        full = _POSSESSIVE.sub("", m.text.strip()).strip()
        cands = gaz.lookup(full) if m.hint else []  # "Kansas City", "Foo County": the full name first
        if m.hint == "city" and not _own_city_name(m, cands):
            # "Dublin City" is an alternate name of one city, and the town named plainly "Dublin" (Ohio) may be
            # meant too: both readings compete, the hint favouring cities
            bare = [e for e in gaz.lookup(m.key_text) if e.primary and e.kind == "city"] if cands else []
            cands = list({e.pid: e for e in cands + bare}.values())
        if not cands:
            cands = gaz.lookup(m.key_text)
        if not cands:
            cands = _inner_name(m, gaz)
        # "WA", "U.N." are abbreviations, not the towns Wa and Un: such a mention keeps only entries it abbreviates
        cands = _abbreviated(m.key_text, cands)
        m.candidates = cands

    weights = weights or _weights()
    # mentions alike (same text, name, suffix and label) have the same candidates and, in a pass, the same
    # context: each group is ranked once per pass
    groups: dict[tuple, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(_group(m), []).append(m)
    org_names = {normalize(m.key_text): m.opens_org for m in mentions if m.opens_org}
    ranked = {key: candidates(ms[0], weights, org_names.get(normalize(key[1]))) for key, ms in groups.items()}

    def pick(cands: list[Candidate], ctx: Context) -> Entry | None:
        if not cands:
            return None
        return max(cands, key=lambda c: (_score(context_features(c, ctx), weights, c.prior_score),
                                         -c.entry.pid)).entry

    empty = Context(home=home)
    choice = {key: pick(cands, empty) for key, cands in ranked.items()}
    for _ in range(2):
        for m in mentions:
            m.choice = choice[_group(m)]
        by_name = contexts_by_name(mentions, home)
        choice = {key: pick(cands, by_name[normalize(key[1])]) for key, cands in ranked.items()}
    for m in mentions:
        m.choice = choice[_group(m)]
    _drop_distant_namesakes(mentions, ranked, by_name)
    _unplace_strangers(mentions, ranked, by_name)


def _own_city_name(m: Mention, cands: list[Entry]) -> bool:
    """"Atlantic City", "Carson City", "Temple City": the full name is the own (GeoNames primary) name of a town
    large enough for the index to carry its alternate names; the towns named plainly "Atlantic", "Carson" or
    "Temple" are other places, and do not compete. A smaller "X City" ("Rome City", Indiana; "Lincoln City",
    Oregon) still lets the towns named X compete: in news the phrase is more often the big X's council or club.
    Nor a word naming a part of a city before "City" ("Central City", "Inner City", "Center City", "Old City":
    the central, inner or old city, a district of the article's own town, which many towns bear as a name)."""
    if normalize(m.key_text) in _CITY_PART_WORDS:
        return False
    return gazetteer.names_a_sizable_town(cands)


# The qualifiers that name a part or the surroundings of a place ("central", "inner", "downtown", compass
# points; generation._QUALIFIERS) and the nouns of a city's centre and age ("the city centre", "the old city").
_CITY_PART_WORDS = _QUALIFIERS | {"center", "centre", "old"}


def _drop_distant_namesakes(mentions: list[Mention], ranked: dict[tuple, list[Candidate]],
                            by_name: dict[str, Context]) -> None:
    """A place named after a town or county ("Meadow Grove", "Kanawha River") keeps that namesake only when
    the article's context puts the namesake near its other places; otherwise it stays unplaced rather than placed
    at a namesake in another state or country."""
    for m in mentions:
        if not m.named_after or m.choice is None or m.choice.kind in {"admin1", "country"}:
            continue  # a province's or a country's name on a feature ("Delaware Bay") is about that province
        cand = next(c for c in ranked[_group(m)] if c.entry is m.choice)
        if not _NEARBY_EVIDENCE & context_features(cand, by_name[normalize(m.key_text)]).keys():
            m.choice = None


# One-word place names that are also common English words (WordNet 3.0 lower-case lemmas; round 28's list): such
# a word is more often the word, or a body's or a business's name ("in Congress", "the Holiday Inn", "Reading"
# in a title), than a village the index lacks.
_COMMON_WORD_PLACES = resources.words("common_word_places.txt")

# The article's other places gather in a first-level subdivision when at least half of their names, and this many
# at least, lie in it.
_GATHERING_MIN_NAMES = 2


def _unplace_strangers(mentions: list[Mention], ranked: dict[tuple, list[Candidate]],
                       by_name: dict[str, Context]) -> None:
    """A one-word town name whose chosen namesake nothing in the article puts near its other places, while those
    places gather in another first-level subdivision, is most likely a village or township the index lacks (it
    holds GeoNames' cities500, towns of 500 people or more, and no third-level divisions): a reader of a local
    story takes an unknown "Ringsted" for one near the story's towns, not for a namesake states away. It is left
    unplaced, and the rows put it in the article's leading town with precision 2, as any village the gazetteer
    lacks (`rows._streets_in_the_town`). Not a namesake of 100,000 people or more, nor a name that a province or
    a country bears: their own rules choose ("Paris", "Kansas"); nor a common English word ("Congress",
    "Holiday"), more often the word or a body's name than a village. Issue 19, round 36: the largest class of LGL's
    geocoding errors in both tune halves is a place the index lacks (tune-a 34 of 65, tune-b 59 of 97)."""
    for m in mentions:
        if m.choice is None or m.named_after or m.choice.kind not in _LOCAL_KINDS or not m.key_text.isalpha() \
                or normalize(m.key_text) in _COMMON_WORD_PLACES:
            continue
        cands = ranked[_group(m)]
        if m.choice.population >= _SMALL_TOWN_MAX or any(c.entry.kind in {"country", "admin1"} for c in cands):
            continue
        ctx = by_name[normalize(m.key_text)]
        gathering = _gathering_admin1(mentions, ctx.same)
        if gathering is None or gathering == m.choice.admin1_code:
            continue
        cand = next(c for c in cands if c.entry is m.choice)
        if not (_NEARBY_EVIDENCE | {"apposition_match"}) & context_features(cand, ctx).keys():
            m.choice = None


def _gathering_admin1(mentions: list[Mention], same: frozenset[str]) -> str | None:
    """The code of the first-level subdivision that the article's other place names (not those in `same`, the
    mention's own names) gather in: the one holding the chosen town, county or province of at least half of
    them, and of `_GATHERING_MIN_NAMES` at least; None when they do not gather."""
    admin1_of = {}
    for m in mentions:
        key = normalize(m.key_text)
        if key not in same and not m.people and m.choice is not None and m.choice.admin1_code \
                and m.choice.kind in _LOCAL_KINDS | {"admin1"}:
            admin1_of[key] = m.choice.admin1_code
    if not admin1_of:
        return None
    code, n = Counter(admin1_of.values()).most_common(1)[0]
    return code if n >= _GATHERING_MIN_NAMES and 2 * n >= len(admin1_of) else None
