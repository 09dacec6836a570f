"""The candidates of a mention (generation): the gazetteer entries of its name (or of a known place inside
it: "north Texas", "Henderson County Jail") with their prior features, which do not change with the
article's context."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from newsledger.extract.places.filters import _COMPOUND_PLACE_MIN_POPULATION
from newsledger.extract.places.names import _COMPASS, _POSSESSIVE, Mention, _a_road_name, _a_venue_name, _an_article
from newsledger.extract.places.near import _LOCAL_KINDS, _cell, _neighbourhood
from newsledger.extract.places.weights import _score
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer import Entry, normalize
from newsledger.resolve.gazetteer.keys import spelled_alike

# Words that name a part or the surroundings of the place after them (compass points and their compounds,
# "metro", "greater", "downtown", "sub-saharan", "upstate"): the phrase is resolved to that place.
_QUALIFIERS = _COMPASS | {"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                          "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
                          "metro", "greater", "downtown", "uptown", "midtown", "upstate", "downstate", "rural",
                          "sub-saharan", "outer", "inner", "coastal", "mid"}

# Heads of names that reuse a place's or a person's name without lying in that place: a street, a road, a
# farm.
_NAMED_AFTER = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "lane", "drive", "way", "highway",
                "farm", "place", "terrace", "crescent"}

# Road systems named after the state or country that runs them (US state highways: "<State> Highway 19",
# "<State> State Route 4"; national routes likewise).
_STATE_ROADS = {"highway", "route", "turnpike", "parkway", "state"}

# Heads that make a place of its own named after the name before them ("Meadow Grove", "Kanawha River",
# "Madison Township", "Avondale Estates", "Zion National Park", "Canaan Valley"): the namesake is the place meant
# only when the article's other places lie near it or in its province ("Hamilton Township" beside Hamilton, Ohio;
# LGL tune half: 14 such phrases resolved to a namesake beyond 161 km, 9 to one nearby).
_OWN_NAME_HEADS = {"grove", "river", "creek", "township", "estates", "valley", "park", "hill", "hills", "mountain",
                   "mountains", "colony", "glades", "heights", "springs", "falls", "lake", "bay", "island", "beach",
                   "national"}

# AP-style party and state after a US legislator's name: "D-N.Y.", "R-Texas".
_PARTY_STATE = re.compile(r"^[DRI]-(?=[A-Z])")


@dataclass
class Candidate:
    """A gazetteer entry for a mention, with what does not change with the article's context (computed once
    per mention, not once per ranking pass): its prior features and their weighted sum, the grid cells around
    it, the same-name rule it meets and, for a national capital, the codes of its namesake subdivisions."""
    entry: Entry
    prior: dict[str, float]
    prior_score: float
    cells: tuple[tuple[int, int], ...] = ()
    same_name: str | None = None
    namesake_admin1s: tuple[str, ...] = ()


def prior_features(e: Entry, m: Mention) -> dict[str, float]:
    """The evidence for reading mention `m` as entry `e` before the article's context: population, kind,
    primary name, capital, the mention's suffix and NER label."""
    log_pop = math.log10(max(e.population, 0) + 10)
    f = {"log_pop": log_pop, f"kind_{e.kind}": 1.0,
         "primary": float(e.primary), "capital": float(e.capital)}
    if e.kind == "admin2" and not e.primary and m.hint != "admin2":
        f["county_by_bare_name"] = 1.0  # "Lancaster" is the town before it is Lancaster County
    if m.hint:
        f["hint_match" if e.kind == m.hint else "hint_mismatch"] = 1.0
    if m.label == "LOC" and e.kind in {"landform", "region"}:
        f["loc_area"] = 1.0
    if m.border and e.kind in {"city", "admin2"}:
        f["town_before_a_border"] = 1.0  # "the New York border" is the state's, not New York City's
    if m.label == "FAC" and e.kind in {"airport", "other"}:
        f["fac_point"] = 1.0
    if m.within_admin1s or m.within_countries:
        # "Fresno, Calif.": the province named after the comma, or the country for a province ("Ontario, Canada")
        inside = e.admin1_code in m.within_admin1s if m.within_admin1s and e.kind != "admin1" \
            else e.country in m.within_countries
        if inside:
            f["apposition_match"] = 1.0
    return f


def candidates(m: Mention, weights: dict[str, float], opens_org: str | None = None) -> list[Candidate]:
    """Every candidate of `m` with what its ranking needs beyond the context; `opens_org`: the article opens a
    team's or a body's name with this name (Mention.opens_org)."""
    cands = m.candidates or []
    if not cands:
        return []
    # "Portland Trail Blazers", "the Venice Commission": a major team or an international body bears the name of
    # the largest town so named, whatever state or country the article names; that town is meant by the
    # article's other mentions of the name too ("a series with Portland"). A team only for a town of 100,000 or
    # more (a major league's; "the Gainesville Red Devils" are a school's); not where a larger state or country
    # bears the name ("Texas Rangers": their own rules decide), nor where the mention says its kind.
    famous = None
    if opens_org and not m.hint:
        towns = [e for e in cands if e.kind == "city" and e.primary]
        top = max(towns, key=lambda e: (e.population, -e.pid)) if towns else None
        if top is not None and not any(e.primary and e.kind in {"country", "admin1"}
                                       and e.population >= top.population for e in cands) \
                and (opens_org == "body" or top.population >= _COMPOUND_PLACE_MIN_POPULATION):
            famous = top.pid
    same_name = _prefer_same_name_city(cands) if not m.hint else {}
    namesakes = _namesake_admin1s(cands, m)
    # "Egypt", "Lebanon", "Mexico": a country's own name is the country before a town named after it, even
    # where the outlet's province holds the town
    country_named = any(e.kind == "country" and e.primary for e in cands)
    # "Kansas", "Oklahoma": a state's own name is the state before a small town of its country named after it
    # (LGL tune-a: "Kansas" in an Illinois and an Oklahoma paper went to towns of 744 and 783 people)
    admin1_countries = {e.country for e in cands if e.kind == "admin1" and e.primary}
    # "Middle East", "Atlantic", "Levant", "North Sea": a world region's, a continent's or a sea's own name is that
    # region before a small town named after it, even in an article about the town's country (a region has no
    # country to share; PolNeAR's "Middle East" went to Middle East, Maryland, pop. 1,872)
    # (not in another name or a title: "the mid-Atlantic states", "The Atlantic" magazine; Mention.compound)
    region_named = not m.compound and any(e.kind in _REGION_KINDS and e.primary for e in cands)
    # "Shiloh", "Charleston": a town whose own name it is comes before a town that once bore it (GeoNames keeps
    # historic names as alternates: Springdale, Arkansas is also "Shiloh")
    town_by_own_name = any(e.kind == "city" and e.primary for e in cands)
    # "Salisbury", "Salem", "Garden City": a larger city's old name or nickname is the own name of a town of some
    # size elsewhere (Harare, Jerusalem, Singapore under GeoNames' alternate names); the town is meant unless the
    # article's context says otherwise. A spelling of the city's own name ("Odessa", "St Petersburg") is not such
    # a name.
    own_name_town = gazetteer.names_a_sizable_town(cands)
    out = []
    for e in cands:
        prior = prior_features(e, m)
        if country_named and e.kind in _LOCAL_KINDS:
            prior["town_named_like_a_country"] = 1.0
        if e.kind in _LOCAL_KINDS and e.country in admin1_countries and e.population < _SMALL_TOWN_MAX:
            prior["town_named_like_a_province"] = 1.0
        if region_named and e.kind in _LOCAL_KINDS and e.population < _SMALL_TOWN_MAX:
            prior["town_named_like_a_region"] = 1.0
        if e.kind == "city" and not e.primary and town_by_own_name and e.population < _SMALL_TOWN_MAX:
            prior["town_by_another_name"] = 1.0
        if e.kind == "city" and not e.primary and own_name_town and e.population >= _SMALL_TOWN_MAX \
                and not spelled_alike(m.key_text, e.name):
            prior["city_by_an_unlike_name"] = 1.0
        if e.pid == famous:
            prior["largest_town_opening_an_organisation"] = 1.0
        cells = tuple(_neighbourhood(_cell(e.lat, e.lon))) if e.kind in _LOCAL_KINDS and e.lat is not None else ()
        out.append(Candidate(e, prior, _score(prior, weights), cells, same_name.get(e.pid),
                             namesakes.get(e.pid, ())))
    return out


def _prefer_same_name_city(cands: list[Entry]) -> dict[int, str]:
    """A large city inside a first-level subdivision of the same name ("Kabul" the city rather than the
    province): news means the city unless it says "province". A town inside a district named after it: the
    town. Returns the feature each such city earns."""
    out: dict[int, str] = {}
    admin1 = {e.admin1_code for e in cands if e.kind == "admin1"}
    admin2 = {e.admin1_code for e in cands if e.kind == "admin2"}
    big_city_admin1s = {e.admin1_code for e in cands if e.kind == "city" and e.admin1_code in admin1
                        and e.population >= 100_000}
    for e in cands:
        if e.kind == "city" and e.admin1_code in big_city_admin1s:
            out[e.pid] = "big_city_in_same_name_admin1"
        elif e.kind == "admin1" and e.admin1_code in big_city_admin1s:
            out[e.pid] = "admin1_named_like_its_big_city"
        elif e.kind == "city" and e.admin1_code in admin2:
            out[e.pid] = "town_in_same_name_admin2"
    return out


def _namesake_admin1s(cands: list[Entry], m: Mention) -> dict[int, tuple[str, ...]]:
    """A national capital named like a first-level subdivision elsewhere in its country ("Washington") is the
    capital, unless the mention says "state" or the article's other places lie inside that subdivision: per
    such capital, the codes of its namesake subdivisions (context_features checks them against the article)."""
    if m.hint == "admin1":
        return {}
    out: dict[int, tuple[str, ...]] = {}
    for e in cands:
        if e.capital:
            codes = tuple(a.admin1_code for a in cands if a.kind == "admin1" and a.country == e.country
                          and a.admin1_code != e.admin1_code and normalize(a.name) == normalize(e.name))
            if codes:
                out[e.pid] = codes
    return out


def _inner_name(m: Mention, gaz: gazetteer.Gazetteer) -> list[Entry]:
    """A name the gazetteer lacks, read as a known place inside a longer phrase: after a qualifier ("north
    Texas", "Metro Nashville", "Sub-Saharan Africa") or a party label ("D-N.Y."), or at the start of the name
    of something in it ("Henderson County Jail", "Dublin Community Recreation Center"). The mention keeps its
    span; `part_of` records that only the larger place was resolved."""
    unlabelled = _PARTY_STATE.sub("", m.key_text)
    words = unlabelled.split()
    if len(words) == 1 and "-" in words[0]:  # "Amsterdam-London", "Nelson-Creston": a route or a riding
        article, _, rest = words[0].partition("-")
        if _an_article(article, glued=True):
            # "Al-Najaf", "al-Qaboun": the Arabic article is no place (Ål, Norway); the name after it is the place
            # where the gazetteer knows it ("Najaf"), kept (as a place named after another) only where the
            # article's context puts it near its other places ("al-Jawad" is no Jawad of India)
            cands = [e for e in gaz.lookup(rest) if e.kind in {"city", "admin1", "admin2"}] if rest[:1].isupper() \
                else []
            m.named_after = bool(cands)
            return cands
        words = [words[0].split("-")[0]]
        cands = [e for e in gaz.lookup(words[0]) if e.primary]
        if cands:
            m.part_of = True
            return cands
    if words and words[0].lower().strip(",") in _QUALIFIERS and len(words) > 1:
        cands = gaz.lookup(" ".join(words[1:]))
        if cands:
            m.part_of = True
            return cands
    if unlabelled != m.key_text:  # the party label was dropped: the rest is the state
        cands = gaz.lookup(unlabelled)
        if cands:
            return cands
    if any(w.lower() == "of" for w in words):
        return []  # "University of X", "Summit of the Americas": a place would come after "of", as an ORG's does
    # "Antelope Valley Freeway", "Golden State Freeway": a road's name (its head a road's word) lies in no town it
    # is named after, and no entry of the index is a road; only the state or country running a road system is read
    road = _a_road_name(unlabelled)
    for n in range(len(words) - 1, 0, -1):
        head = words[:n]
        if not head[0][:1].isupper() or (n == 1 and (head[0].lower() in _COMPASS or _an_article(head[0], False))):
            continue  # a compass word, or the Arabic article ("Al Ahram Weekly"), is no place alone
        if words[n].lower() in _STATE_ROADS:
            # "Florida Highway", "Texas Route 19": a state's or a country's highway system lies in it
            cands = [e for e in gaz.lookup(" ".join(head)) if e.primary and e.kind in {"admin1", "country"}]
            if cands:
                m.part_of = True
                return cands
        if road:
            continue
        if words[n].lower() in _NAMED_AFTER:
            break  # "Kingsley Road", "Wilson's Farm" are not in the place named
        if _POSSESSIVE.search(head[-1]):
            continue  # "Wilson's": a person's name, or an organisation's ("County Sheriff's Office")
        cands = [e for e in gaz.lookup(" ".join(head)) if e.primary]
        if cands:
            m.part_of = True
            # a place of its own named after it ("Meadow Grove"), or a business ("Blossom Deli"): the namesake
            # only where the article's context puts it near
            # (the venue's whole name, "Atlantic Club", "Stonewall Inn", keeps its row: a site, which GeoWebNews
            # gives a point; only a town's name opening a longer business name is no place, organisations._embedded)
            m.named_after = words[n].lower() in _OWN_NAME_HEADS or _a_venue_name(words)
            return cands
    return []


# World regions, continents and seas (the UN M49 subregions, GeoNames continents and the curated regions and
# landforms of places_extra.tsv).
_REGION_KINDS = {"region", "landform"}

# A town this small named like its country's first-level subdivision yields to the subdivision, and one found by
# an alternate name yields to a town whose own name it is (a larger one is known by its other names: "Kiev").
_SMALL_TOWN_MAX = 100_000
