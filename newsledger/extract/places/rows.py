"""The record's Place rows: a resolved mention as a place with ACLED's precision code, "<city> airport" as the
nearest airport, an unplaced township or lake in the article's town, no row for a street; and lookups of places by
span and id."""
from __future__ import annotations

import re
from collections import Counter

from newsledger.extract.places.names import _FACILITY_HEAD, _STREET, Mention, _a_road_name
from newsledger.model import Place, Record
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer import Entry, distance_km

# ACLED-style geo_precision: 1 a town or a point, 2 a district or a part of a region, 3 a province or larger.
_PRECISION = {"city": 1, "airport": 1, "other": 1, "admin2": 2, "landform": 2, "admin1": 3, "region": 3,
              "country": 3}

_SPECIFIC = {"airport": 0, "other": 1, "city": 2, "admin2": 3, "landform": 4, "admin1": 5, "region": 6,
             "country": 7}

_LOCAL_FEATURE = re.compile(r"\b(township|borough|village|lake|creek|river|park|farm|hill|hills|heights|beach|"
                            r"point|neighbou?rhood)\b", re.I)

_AIRPORT = re.compile(r"(['\u2019]s)?\s+(international\s+)?(airport|airfield)\b", re.I)


def _place(m: Mention, e: Entry | None, gaz: gazetteer.Gazetteer) -> Place | None:
    if m.demonym:
        c = gaz.country(m.demonym)
        if c is None:
            return None
        return Place("", m.text, m.start, m.end, c.name, "country", c.country, None, c.lat, c.lon,
                     c.geonames_id, 3, role="adjective")
    if e is None:
        if m.business:
            # a business named after a town the article's context does not put near ("Cascade Motel" in a
            # Chattanooga story, "Bo Kong Vegetarian Restaurant" in Richmond, B.C.): the premises' name, no place
            # (neither gold set marks a namesake opening a shop's or motel's name; LGL tune-a: 4 such extras)
            return None
        if _a_street(m.text, m.key_text):
            return None
        # a facility's name ("Vandenberg Air Force Base"); not an address line the NER typed FAC ("775 Main St.")
        if m.label == "FAC" and not _FACILITY_HEAD.search(m.text):
            return None
        kind = "other" if m.label == "FAC" else ("region" if m.label == "LOC" else "other")
        return Place("", m.text, m.start, m.end, m.key_text, kind, None, None, None, None, None, None)
    admin1 = e.admin1 if e.kind != "country" else None
    return Place("", m.text, m.start, m.end, e.name, e.kind, e.country, admin1, e.lat, e.lon, e.geonames_id,
                 precision_code(e.kind, m.part_of))


def precision_code(kind: str | None, part_of: bool = False) -> int | None:
    """ACLED's geo_precision for a place of this kind: 1 the town itself (or a point in it), 2 a district or
    a place near or part of a town, 3 only a province, region or country. A mention resolved only to a larger
    place named inside it ("north Texas", "the Kabul City Council") is at least 2."""
    code = _PRECISION.get(kind or "")
    if code is None:
        return None
    return max(code, 2) if part_of else code


def _airport(m: Mention, city: Place | None, gaz: gazetteer.Gazetteer, text: str, end: int) -> Place | None:
    if city is None or city.lat is None:
        return None
    best, best_d = None, 60.0
    for e in gaz.airports():
        d = distance_km(city.lat, city.lon, e.lat, e.lon)
        if d < best_d:
            best, best_d = e, d
    span = text[m.start:end]
    if best is None:
        return Place("", span, m.start, end, f"{city.name} airport", "airport", city.country, city.admin1,
                     city.lat, city.lon, None, 2)
    return Place("", span, m.start, end, best.name, "airport", best.country, city.admin1, best.lat, best.lon,
                 best.geonames_id, 1)


def _places(mentions: list[Mention], gaz: gazetteer.Gazetteer, text: str) -> list[Place]:
    """The resolved mentions as places, in text order, with their ids; `text` is what the doc parses."""
    places: list[Place] = []
    for m in mentions:
        p = _place(m, m.choice, gaz)
        if p is None:
            continue
        # "<city>'s airport", "<city> airport": the airport, spanning the whole phrase
        am = _AIRPORT.match(text, m.end) if m.label == "GPE" else None
        if am and p.kind in {"city", "admin2", "admin1"}:
            ap = _airport(m, p, gaz, text, am.end())
            if ap is not None:
                p = ap
        places.append(p)
    # a people's plural ("Palestinians") gives no vote for the country the article is about (Mention.people)
    people = {(m.start, m.end) for m in mentions if m.people}
    _streets_in_the_town(places, gaz, people)
    places.sort(key=lambda p: (p.start, p.end))
    for i, p in enumerate(places, start=1):
        p.id = f"p{i}"
    return places


def _streets_in_the_town(places: list[Place], gaz: gazetteer.Gazetteer | None = None,
                         people: set[tuple[int, int]] | frozenset = frozenset()) -> None:
    """A township, lake or river, or a village the gazetteer lacks lies in or near
    the town the article is about (its most mentioned town, the first of equals): it takes that town's point,
    country and province, with precision 2. A one-word name the gazetteer lacks takes the town's point only when
    the article is local to that town (`_local_town`) or is about the town's country and names the town at least
    twice (Damascus in a report on Syria); in an article that is not (a foreign desk's report naming
    towns of several provinces: "Baghuz" beside Raqqa and Mosul) it is placed only in the article's one country
    (`_one_country`: the country's point, precision 3), else nowhere; an acronym ("UN", "FCO") nowhere.
    Round 13's places sample (tune half): 112 mentions the old rule put at whatever town led the article, most in
    another province or country ("Baghuz" in Nineveh, California, England)."""
    towns = Counter(p.name for p in places if p.kind == "city" and p.lat is not None)
    if not towns:
        return
    name = max(towns, key=lambda n: (towns[n], -min(p.start for p in places if p.name == n)))
    town = next(p for p in places if p.name == name)
    placed = [p for p in places if (p.start, p.end) not in people]
    country = _one_country(placed, gaz)
    local = _local_town(placed, town) or (towns[name] >= 2 and country is not None and
                                          country.country == town.country)
    for p in places:
        if p.lat is not None or not _local_to_the_town(p) or _an_acronym(p):
            continue
        if local or not _a_village_name(p):
            p.kind, p.country, p.admin1, p.lat, p.lon, p.precision = ("other", town.country, town.admin1,
                                                                       town.lat, town.lon, 2)
        elif country is not None:
            p.kind, p.country, p.admin1, p.lat, p.lon, p.precision = ("other", country.country, None,
                                                                       country.lat, country.lon, 3)


def _local_town(places: list[Place], town: Place) -> bool:
    """The article is local to its leading town when at least half of its placed places below a country (towns,
    districts, provinces: the demonyms and countries left out) lie in the town's province: local news ("Flemington"
    and its townships, New Jersey); not a report naming Raqqa, Mosul and Baghdad once each."""
    below = [p for p in places if p.lat is not None and p.kind not in {"country", "region"} and p.country]
    inside = [p for p in below if p.country == town.country and (p.admin1 == town.admin1 or
                                                                  (p.kind == "admin1" and p.name == town.admin1))]
    return 2 * len(inside) >= len(below)


def _one_country(places: list[Place], gaz: gazetteer.Gazetteer | None) -> Entry | None:
    """The country the article is about: at least two thirds of its placed mentions (countries, demonyms, towns,
    provinces) lie in it, and at least three do."""
    counts = Counter(p.country for p in places if p.lat is not None and p.country)
    if not counts or gaz is None:
        return None
    cc, n = counts.most_common(1)[0]
    if n < 3 or 3 * n < 2 * sum(counts.values()):
        return None
    return gaz.country(cc)


def _an_acronym(p: Place) -> bool:
    """A short all-capital word the NER took for a place: an organisation's acronym ("UN", "FCO", "OPCW")."""
    return p.text.isalpha() and p.text.isupper() and len(p.text) <= 5


def _a_village_name(p: Place) -> bool:
    """A one-word name the NER took for a place ("Baghuz", "Harwinton"), not a local feature (which lies in the
    article's leading town wherever that is)."""
    return p.kind == "other" and p.text.isalpha() and not _LOCAL_FEATURE.search(p.text)


def _local_to_the_town(p: Place) -> bool:
    """An unplaced name that local news uses for what lies in or near its town: a township, lake, creek, park
    or farm ("Readington Township", "Kiser Lake", "Neches River"), or a one-word name the NER took for a town
    and the gazetteer lacks ("Harwinton", "Hempfield": villages and townships under cities500's threshold). A
    longer name the gazetteer lacks ("South Ossetia", "Russian Empire") may lie anywhere. (A street makes no
    row: `_a_street`.)"""
    if _LOCAL_FEATURE.search(p.text):
        return True
    return p.kind == "other" and p.text.isalpha() and p.text[:1].isupper()


def _a_street(text: str, name: str) -> bool:
    """A street's, square's or bridge's name, written whole ("Kanawha Boulevard", "Court Square") or in a list
    sharing the street's word ("Rivers" of "Rivers and Stokes avenues", looked up as "Rivers Avenue":
    mentions._name_the_street), or a road's ("Antelope Valley Freeway": its last word a road's, `road_heads.tsv`).
    No entry of the index is one: GeoNames files roads and streets under feature class R and squares and bridges
    under S (spot features), and the index holds neither (gazetteer.builder). LGL's annotators give such a toponym
    no gaztag (round 35b: 36 of the 71 LGL tune-a predictions on toponyms without one were streets and roads), so
    a place row for it, at the article's town, is a geocoded row the gold has no coordinates for. Round 36 census
    (rows without an id so named): LGL tune-a 40 false in the strict geo view against 2 right, tune-b 64 against
    0; GeoWebNews, which gives streets a point, tune-a 0 against 2, tune-b 0 against 3. The name stays in the
    record as the NER's FAC (or ORG, GPE, LOC) entity, a mention without coordinates."""
    return bool(_STREET.search(text) or _STREET.search(name)) or _a_road_name(text)


def place_for_span(record: Record, start: int, end: int) -> Place | None:
    """The most specific place mentioned within [start, end) of the article text (None when there is none)."""
    inside = [p for p in record.places if start <= p.start and p.end <= end]
    if not inside:
        return None
    return min(inside, key=lambda p: (_SPECIFIC.get(p.kind, 9), p.lat is None, p.start))


def event_geo_precision(record: Record, place_id: str | None) -> int | None:
    """ACLED's geo_precision for an event placed at `place_id` (an id of record.places): the place's own code,
    None for an event with no place."""
    place = next((p for p in record.places if p.id == place_id), None) if place_id else None
    return place.precision if place else None
