"""Places: find place mentions and resolve each to a gazetteer entry (newsledger/resolve/gazetteer.py).

Mentions come from the entity layer (GPE, LOC, FAC; NORP demonyms that modify a noun stand for their
country, and never for a place named like them), places named at the start of an organisation's name, and
"<city>'s airport" / "<city> airport" (the airport, from a curated list, nearest the city).

Resolution ranks every gazetteer entry with the mention's name by a prior (population, feature type, whether
the name is the entry's primary name, the NER label, a "province"/"county"/"city" suffix) and then, in a
second pass, by the article's context: the countries and first-level subdivisions of the other mentions
(each mention's context leaves out mentions with the same name, so a place cannot vouch for itself).
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from newsledger import resources
from newsledger.model import Place, Record
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer import Entry, distance_km, normalize

_RANKER = resources.data_path("place_ranker.json")
# ACLED-style geo_precision: 1 a town or a point, 2 a district or a part of a region, 3 a province or larger.
_PRECISION = {"city": 1, "airport": 1, "other": 1, "admin2": 2, "landform": 2, "admin1": 3, "region": 3,
              "country": 3}
_SPECIFIC = {"airport": 0, "other": 1, "city": 2, "admin2": 3, "landform": 4, "admin1": 5, "region": 6,
             "country": 7}
_HINTS = [
    (re.compile(r"\s+(province|governorate|state|oblast|prefecture|region|emirate|wilaya)$", re.I), "admin1"),
    (re.compile(r"\s+(county|district|parish|municipality)$", re.I), "admin2"),
    (re.compile(r"\s+(city)$", re.I), "city"),
    # the official style puts the kind first: "Province of Ontario", "State of Texas", "Town of Groton"
    (re.compile(r"^(province|state|commonwealth)\s+of\s+", re.I), "admin1"),
    (re.compile(r"^(county|parish)\s+of\s+", re.I), "admin2"),
    (re.compile(r"^(city|town|village|borough)\s+of\s+", re.I), "city"),
]
_KIND_FIRST = re.compile(r"^(?i:province|state|commonwealth|county|parish|city|town|village|borough)\s+of\s+[A-Z]")
_KIND_WORDS = {"province", "state", "commonwealth", "county", "parish", "city", "town", "village", "borough",
               "district", "township"}
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_FACILITY_HEAD = re.compile(r"\b(street|road|avenue|boulevard|bridge|square|airport|airfield|port|harbou?r|"
                            r"park|highway|lane|drive|canal|river|lake|mountain|mount|island|beach|base|camp|"
                            r"crossing|border)\b", re.I)
_STREET = re.compile(r"\b(street|road|avenue|boulevard|lane|drive|square|bridge|plaza)\b", re.I)
_LOCAL_FEATURE = re.compile(r"\b(township|borough|village|lake|creek|river|park|farm|hill|hills|heights|beach|"
                            r"point|neighbou?rhood)\b", re.I)
_AIRPORT = re.compile(r"(['\u2019]s)?\s+(international\s+)?(airport|airfield)\b", re.I)
_LABELS = {"GPE", "LOC", "FAC", "NORP"}


@dataclass
class Mention:
    start: int
    end: int
    text: str
    key_text: str  # the name to look up
    label: str
    hint: str | None = None
    demonym: str | None = None  # country code
    part_of: bool = False  # only a larger place named inside the mention was resolved ("north Texas")
    named_after: bool = False  # that place gave the mention its name ("Meadow Grove"): it needs nearby evidence
    # the name opens a team's name ("team": "Portland Trail Blazers") or an international body's or agreement's
    # ("body": "the Venice Commission", "Dayton Accords"): the largest town of the name is meant (candidates)
    opens_org: str | None = None
    # the provinces (admin1 codes) and countries named right after it: "Fresno, Calif.", "Toronto, Ontario"
    within_admin1s: frozenset[str] = frozenset()
    within_countries: frozenset[str] = frozenset()
    candidates: list[Entry] | None = None
    choice: Entry | None = None


def _group(m: Mention) -> tuple:
    """Mentions alike (same text, name, suffix, label and apposition) have the same candidates and, in a pass,
    the same context."""
    return m.text, m.key_text, m.hint, m.label, m.demonym, m.within_admin1s, m.within_countries


def _clean(text: str) -> tuple[str, str | None]:
    name = re.sub(r"^(the|The)\s+", "", text.strip())
    name = _POSSESSIVE.sub("", name).strip()
    for pattern, kind in _HINTS:
        if pattern.search(name):
            stripped = pattern.sub("", name).strip()
            if stripped:
                return stripped, kind
    return name, None


_EMBED_KINDS = {"country", "admin1", "admin2"}
_COMPASS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}
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
# Context features that put a candidate near the article's other places (or its outlet's province).
_NEARBY_EVIDENCE = {"ctx_in_named_admin1", "ctx_in_admin1_of_others", "ctx_admin1_self", "ctx_near_town",
                    "near_a_candidate_of_another_mention", "outlet_home_admin1", "outlet_home_town_near"}
_ERAS = {"bc", "ad", "bce", "ce"}
# AP-style party and state after a US legislator's name: "D-N.Y.", "R-Texas".
_PARTY_STATE = re.compile(r"^[DRI]-(?=[A-Z])")


def _embedded(ent, gaz: gazetteer.Gazetteer) -> Mention | None:
    """A place named at the start of an organization's name ("Rapides Parish Fire District", "Ohio State
    University") or after its "of" ("University of Georgia")."""
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if toks and _KIND_FIRST.match(ent.doc[toks[0].i:ent.end].text):
        # "Town of Groton", "State of Texas", "County of Los Angeles": the local or state government, named by
        # its place (any town, not only large ones); the kind word alone is no place ("Town", Saint Lucia)
        name, hint = _clean(ent.doc[toks[0].i:ent.end].text)
        return Mention(ent.start_char, ent.end_char, ent.text, name, "GPE", hint) if gaz.lookup(name) else None
    # after "of" first: "University of California" is in California, not in a town called University
    starts = [i + 1 for i, t in enumerate(toks) if t.lower_ == "of" and i + 1 < len(toks)] + [0]
    for s in starts:
        for n in range(min(4, len(toks) - s - (1 if s == 0 else 0)), 0, -1):
            span = toks[s:s + n]
            if not span[0].text[:1].isupper():
                break
            if n == 1 and (span[0].lower_ in _COMPASS or span[0].lower_ in _KIND_WORDS):
                continue  # "North" of "North American Free Trade Agreement", "Town" of "Town of" are no place
            text = ent.doc[span[0].i:span[-1].i + 1].text
            hits = [e for e in gaz.lookup(text) if e.primary and (
                e.kind in _EMBED_KINDS or (e.kind == "city" and e.population >= 20_000))]
            if hits:
                name, hint = _clean(text)
                return Mention(span[0].idx, span[-1].idx + len(span[-1]), text, name, "GPE", hint,
                               opens_org=_org_kind(toks[n:]) if s == 0 and not hint and span[-1].is_alpha
                               else None)
    return _embedded_state(toks, ent, gaz)


def _leading_demonym(ent, gaz: gazetteer.Gazetteer) -> Mention | None:
    """A demonym opening an organisation's name ("Nigerian Army", "British Embassy", "Dutch Rail") stands for
    its country, as it does before a common noun (GeoWebNews annotates these as embedded toponyms; tune
    halves: 9 of 10 such names in GeoWebNews, 8 of 15 in LGL)."""
    first = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]
    cc = gaz.demonym(first.text) if first.i + 1 < ent.end else None
    if cc is None:
        return None
    return Mention(first.idx, first.idx + len(first), first.text, first.text, "NORP", demonym=cc)


def _embedded_state(toks: list, ent, gaz: gazetteer.Gazetteer) -> Mention | None:
    """A country, or a first-level subdivision's abbreviation, named inside an organisation's name, not at its
    start ("FrontCounter BC", "SME Mauritius Limited", "Armenia-Italy Friendship Group"): the body's country or
    province."""
    for i in range(1, len(toks)):
        for n in range(min(3, len(toks) - i), 0, -1):
            span = toks[i:i + n]
            if not span[0].text[:1].isupper() or not span[-1].text[:1].isupper():
                continue
            text = ent.doc[span[0].i:span[-1].i + 1].text
            # a subdivision only by its abbreviation: "Central", "Forest", "Valley" name provinces somewhere
            if any(e.primary and (e.kind == "country" or (e.kind == "admin1" and text.isupper()))
                   for e in gaz.lookup(text)):
                name, hint = _clean(text)
                return Mention(span[0].idx, span[-1].idx + len(span[-1]), text, name, "GPE", hint)
    return None


def _mentions(doc: Doc, gaz: gazetteer.Gazetteer, text: str | None = None) -> list[Mention]:
    """The article's place mentions: names opened by a split abbreviation ("ST. PAUL"), then the entities,
    each with the province or country named after it. `text` is what the doc parses, when the caller has it:
    Doc.text rebuilds it token by token (issue 15, speed)."""
    text = doc.text if text is None else text
    saints, openers = _saint_names(doc, gaz)
    saint_chars = {i for m in saints for i in range(m.start, m.end)} | openers
    homes = _party_homes(doc, text, gaz) + [m for m in _dash_datelines(text, gaz)
                                            if not any(i in saint_chars for i in range(m.start, m.end))]
    taken = {i for m in saints + homes for i in range(m.start, m.end)} | openers
    ents = doc.ents  # built once: each doc.ents makes every entity's Span again
    out = saints + homes + _entity_mentions(doc, gaz, taken, ents)
    _appositions(doc, text, out, gaz, ents)
    _share_appositions(out)
    return out


def _entity_mentions(doc: Doc, gaz: gazetteer.Gazetteer, taken: set[int], ents: tuple | None = None
                     ) -> list[Mention]:
    """The mentions among the entities (`ents`: doc.ents), but for those touching the character offsets `taken`."""
    out: list[Mention] = []
    ents = doc.ents if ents is None else ents
    people = _person_name_words(doc, ents)
    place_names = {normalize(ent.text) for ent in ents if ent.label_ in {"GPE", "LOC"}}
    for ent in ents:
        if taken and any(i in taken for i in range(ent.start_char, ent.end_char)):
            continue
        if (ent.label_ in {"ORG", "PERSON"} or (ent.label_ == "NORP" and not gaz.demonym(ent.text))) \
                and _place_taken_for_a_name(ent, gaz, people, place_names):
            name, hint = _clean(ent.text)
            out.append(Mention(ent.start_char, ent.end_char, ent.text, name, "GPE", hint))
            continue
        if ent.label_ == "ORG":
            m = _embedded(ent, gaz) or _leading_demonym(ent, gaz)
            if m is not None:
                out.append(m)
            continue
        if ent.label_ not in _LABELS:
            continue
        cc = gaz.demonym(ent.text)
        if ent.label_ == "NORP" or cc:
            # a demonym or adjective stands for its country, never for a place named like it ("Canadian")
            if not _modifies_a_noun(ent):
                continue
            # "Central American" is the region before "American" is the country
            mention = _region_adjective(ent, gaz, with_previous=True)
            if mention is None and cc and not _region_modifier(ent):
                mention = Mention(ent.start_char, ent.end_char, ent.text, ent.text, "NORP", demonym=cc)
            mention = mention or _region_adjective(ent, gaz, with_previous=False)
            if mention is not None:
                out.append(mention)
            continue
        if _era_marker(ent) or _feast_day(ent) or (len(ent) == 1 and ent.text in people):
            continue  # "Modi" after "Narendra Modi": the person again, which the NER took for a place
        if _an_adjective(ent, gaz):
            continue
        if _opens_a_name(ent, gaz):
            continue
        name, hint = _clean(ent.text)
        if not name or re.sub(r"\s+of$", "", name.lower()) in _KIND_WORDS:
            continue  # "County of" cut from its name, "Town"
        if len(ent) > 1 and ent.label_ in {"GPE", "LOC"} and not gaz.lookup(name):
            # a programme's or body's name the NER took for a place, with a country inside it ("Building
            # Ireland" home loan, "Invest Ireland"): the country, as for such names tagged ORG (_embedded_state);
            # a name the gazetteer knows never gets here
            inner = _embedded_state([t for t in ent], ent, gaz)
            if inner is not None:
                out.append(inner)
                continue
        out.append(Mention(ent.start_char, ent.end_char, ent.text, name, ent.label_, hint or _kind_after(ent),
                           opens_org="body" if _names_a_diplomatic_round(ent) else None))
    return out


# Lower-case heads after a city's name that make talks or an agreement named after the city where they are held
# or were signed ("the Geneva talks", "the Geneva peace process", "the Astana negotiations", "the Minsk
# accords"): the famous city, as for the capitalised bodies of _BODY_HEADS. Not "conference", "summit",
# "agreement" or "convention", which a town's schools, teams, unions and parties hold and sign too.
_ROUND_HEADS = {"talks", "negotiations", "process", "accords", "accord", "protocol"}


def _names_a_diplomatic_round(ent) -> bool:
    """The place's name opens the name of talks or an agreement in lower case: "Geneva talks", "Geneva peace
    process" (see _ROUND_HEADS); its other mentions in the article are that city too (candidates)."""
    nxt = ent.doc[ent.end:ent.end + 2]
    if not nxt or ent.label_ != "GPE" or ent.text.isupper():
        return False
    if nxt[0].lower_ == "peace" and len(nxt) > 1:
        return nxt[0].text == "peace" and nxt[1].text in _ROUND_HEADS | {"deal", "conference"}
    return nxt[0].text in _ROUND_HEADS


# A kind written in lower case right after the name, outside the entity: "Washington state", "Helmand province",
# "Borno state", "Kabul province", "Orange county" (news style for subdivisions; capitalised, the word opens
# another name: "Washington State University", "Ohio State").
_KIND_AFTER = {"state": "admin1", "province": "admin1", "governorate": "admin1", "oblast": "admin1",
               "prefecture": "admin1", "emirate": "admin1", "county": "admin2", "parish": "admin2"}


def _kind_after(ent) -> str | None:
    doc = ent.doc
    if ent.end >= len(doc):
        return None
    if doc[ent.end].is_lower and doc[ent.end].text in _KIND_AFTER:
        return _KIND_AFTER[doc[ent.end].text]
    # a name in a list of counties: "Dakota, Otoe and Washington counties", "Jackson and Barrow counties"
    first = ent.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    heads = {first.head.lower_} | {t.lower_ for t in doc[ent.end:ent.end + 4]}
    return "admin2" if heads & {"counties", "parishes"} and ent.root.dep_ in {"conj", "compound", "nmod"} else None


_APPOSITION = re.compile(r"\s*,\s*")


def _appositions(doc: Doc, text: str, mentions: list[Mention], gaz: gazetteer.Gazetteer,
                 ents: tuple | None = None) -> None:
    """Record on each mention the provinces and countries the place named right after its comma can be
    ("Fresno, Calif.", "LEXINGTON, Neb.", "Toronto, Ontario", "Ontario, Canada"): news writes a town with its
    state or country so, and the reader takes the town there."""
    starts = {ent.start_char: ent for ent in (doc.ents if ents is None else ents) if ent.label_ in {"GPE", "LOC"}}
    for m in mentions:
        if m.demonym:
            continue
        sep = _APPOSITION.match(text, m.end)
        nxt = starts.get(sep.end()) if sep and "," in sep.group() else None
        if nxt is None:
            continue
        entries = [e for e in gaz.lookup(_clean(nxt.text)[0]) if e.primary or e.kind in {"admin1", "country"}]
        m.within_admin1s = frozenset(e.admin1_code for e in entries if e.kind == "admin1" and e.admin1_code)
        m.within_countries = frozenset(e.country for e in entries if e.kind in {"admin1", "country"} and e.country)


def _share_appositions(mentions: list[Mention]) -> None:
    """A name written once with its province ("New Haven, Conn.") is the same place where the article names it
    bare: each bare mention takes the provinces and countries its namesakes were given (one sense per
    discourse), unless they disagree ("Portland, Ore." and "Portland, Maine" in one article)."""
    given: dict[str, set[tuple[frozenset, frozenset]]] = {}
    for m in mentions:
        if not m.demonym and (m.within_admin1s or m.within_countries):
            given.setdefault(normalize(m.key_text), set()).add((m.within_admin1s, m.within_countries))
    for m in mentions:
        seen = given.get(normalize(m.key_text))
        if m.demonym or m.within_admin1s or m.within_countries or not seen or len(seen) > 1:
            continue
        ((m.within_admin1s, m.within_countries),) = seen


# Abbreviations that open place names ("St. Paul", "Mt. Pleasant", "Ft. Worth") and the words they stand for;
# the tokenizer splits an all-capital one from its period ("ST. PAUL, Minn. --"), and the NER then tags its
# halves apart.
_NAME_OPENERS = {"st": "Saint", "ste": "Sainte", "mt": "Mount", "ft": "Fort"}


def _saint_names(doc: Doc, gaz: gazetteer.Gazetteer) -> tuple[list[Mention], set[int]]:
    """Place names opened by an abbreviation split from its period ("ST" "." "PAUL", "ST" "." "JOHN'S"), as
    one mention where the gazetteer knows the whole name (as written or with the word spelled out); and the
    character offsets of the abbreviations, which are no place by themselves ("ST" is not Sète)."""
    out, openers = [], set()
    opener_hashes = {doc.vocab.strings[w] for w in _NAME_OPENERS}
    # the tokens that may open one, found from the lower-case column without making a Token per token
    for tok in (doc[i] for i, h in enumerate(doc.to_array("LOWER").tolist()[:-2]) if h in opener_hashes):
        if tok.lower_ not in _NAME_OPENERS or tok.nbor(1).text != "." or not tok.nbor(2).text[:1].isupper():
            continue
        openers.add(tok.idx)
        end = tok.i + 3
        while end < len(doc) and end - tok.i < 5 and (doc[end].lower_ in {"'s", "’s"} or (
                doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end].ent_iob_ == "I")):
            end += 1
        text = doc[tok.i:end].text
        spelled = " ".join([_NAME_OPENERS[tok.lower_], doc[tok.i + 2:end].text])
        key = next((t for t in (text, spelled) if any(e.primary for e in gaz.lookup(t))), None)
        if key is not None:
            out.append(Mention(tok.idx, doc[end - 1].idx + len(doc[end - 1]), text, key, "GPE"))
    return out, openers


# AP style gives a legislator's party and home after the name: "Carrie Webster, D-Kanawha," "Jay Roberts
# (R-Ocilla)", "Jon Westrom, R-Elbow Lake;"; the NER tags the pair as NORP, PERSON or nothing.
_PARTY_HOME = re.compile(r"(?:(?<=, )|(?<=\())[DRI]-([A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*){0,2})(?=[,;).]|\s*$)",
                         re.M)


def _party_homes(doc: Doc, text: str, gaz: gazetteer.Gazetteer) -> list[Mention]:
    """The home towns, counties and states in AP-style party labels ("D-Kanawha", "(R-Ocilla)"), where the
    gazetteer knows the name (LGL tune half: 15 such toponyms, none tagged before). The span leaves out the
    party letter, as the gold sets do."""
    out = []
    for match in _PARTY_HOME.finditer(text):
        name = match.group(1)
        if any(e.primary for e in gaz.lookup(name)):
            out.append(Mention(match.start(1), match.end(1), name, name, "GPE"))
    return out


# The gazetteer indexes a town's alternate names from this population on (newsledger.resolve.gazetteer).
_ALTERNATE_NAME_MIN_POPULATION = 15_000
# A dateline set off by a dash ("WINDSOR - The town", "BANTAM — A Danbury mason", "PATASKALA -- City officials",
# "RIDGE FARM, Ill. -- "): a capitalised place name, its province after a comma at most, then a spaced dash and
# the story. The NER often tags none of it (LGL tune-a: 3 such datelines in 3 articles, none tagged).
_DASH_DATELINE = re.compile(r"(?<![\w'’.-])([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,2})(?=(?:,\s*[A-Z][A-Za-z.]+)?"
                            r"\s+(?:--?|—|–)\s+[A-Z\"“])")


def _dash_datelines(text: str, gaz: gazetteer.Gazetteer) -> list[Mention]:
    """The places of dash datelines, where the gazetteer knows the name as a country's, a province's or a
    town's own name (the dateline's form is the evidence: towns of any size)."""
    out = []
    for match in _DASH_DATELINE.finditer(text):
        name = match.group(1)
        if sum(c.isalpha() for c in name) < 4:
            continue  # "AP", "UPI": an agency, not a place
        if any(e.primary and e.kind in {"country", "admin1", "city"} for e in gaz.lookup(name)):
            out.append(Mention(match.start(1), match.end(1), name, name, "GPE"))
    return out


# Prepositions after which a name is where something is or happens ("in Montpellier", "at Snetterton").
_LOCATIVE = {"in", "at", "near", "from", "outside", "around", "across", "toward", "towards", "throughout"}
# A person's title before a name makes it a person ("Mr. Kent").
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "col", "capt", "sgt", "lt", "prof", "judge",
           "president", "mayor", "coach", "officer", "deputy", "detective"}
# What follows a capitalised dateline ("CORSICANA --", "BEIRUT:", "RIDGE FARM, Ill.").
_DATELINE_MARKS = {"-", "–", "—", "--", "---", ",", ":"}
# Nouns a town's name modifies as the town ("Grand Prairie police", "a Camarillo resident", "Fargo Mayor Dennis
# Walaker"), and the plural heads of coordinated divisions ("Jackson and Barrow counties").
_LOCAL_NOUNS = {"police", "mayor", "resident", "residents", "native", "man", "woman", "couple", "officials",
                "firefighters", "sheriff"}
_DIVISION_PLURALS = {"counties", "townships", "parishes", "towns", "cities"}


def _place_taken_for_a_name(ent, gaz: gazetteer.Gazetteer, people: set[str], place_names: set[str]) -> bool:
    """An ORG, PERSON or NORP entity (not a demonym: "Oxford residents") that is wholly the name of a known place
    ("in Montpellier", "Hayward, Calif.", "MANSFIELD --") where the sentence reads it as a place: after a
    locative preposition (not as an owner: "at Zara's headquarters"), before ", <state or country>", before a
    town's noun ("Fargo police", "a Camarillo resident"), coordinated before "counties" ("Jackson and Barrow
    counties"), as a capitalised dateline, or named as a place elsewhere in the article. Not a surname of a
    person named in full, a name after a title, or a short all-capital abbreviation."""
    if len(ent) > 4 or ent.text in people or (len(ent) == 1 and ent[0].text in people):
        return False
    if ent.text.isupper() and len(ent.text) <= 3:
        return False  # "SEC": an abbreviation, not the town spelled alike
    doc = ent.doc
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and normalize(prev.text) in _TITLES:
        return False
    name, _ = _clean(ent.text)
    entries = gaz.lookup(name) if name else []
    nxt = doc[ent.end:ent.end + 4]
    province_after = len(nxt) >= 2 and nxt[0].text == "," and any(
        e.kind in {"admin1", "country"} for e in gaz.lookup(nxt[1].text))
    if province_after and any(e.kind == "city" and e.population >= _ALTERNATE_NAME_MIN_POPULATION for e in entries):
        return True  # "Matias Romero, Oaxaca": a town's other name, its state after the comma
    if not any(_known_by_name(e) for e in entries):
        return False
    possessive = ent.end < len(doc) and doc[ent.end].tag_ == "POS"
    large = any(e.kind in {"country", "admin1"} for e in entries)
    if _after_a_locative(doc, ent.start, large) and not possessive:
        return True  # "at Zara's headquarters": the place is the headquarters, Zara its owner
    if normalize(ent.text) in place_names or province_after:
        return True
    if len(nxt) >= 1 and (nxt[0].lower_ in _LOCAL_NOUNS and not possessive):
        return True
    if _origin_compound(ent, nxt) or _province_closing_a_name(entries, prev, nxt):
        return True
    if any(t.lower_ in _DIVISION_PLURALS for t in nxt) and ent.root.dep_ in {"conj", "compound", "nmod"}:
        return True
    if _coordinated_with_a_place(ent) or _home_of_a_person(ent, prev) or _destination(prev, possessive):
        return True
    # a dateline's mark stands apart ("OMAHA --"); "NATO-Russia" is a compound
    return (len(ent.text) >= 4 and ent.text.isupper() and len(nxt) >= 1 and nxt[0].text in _DATELINE_MARKS
            and (bool(ent[-1].whitespace_) or nxt[0].text in {",", ":"}))


# The second half of a compound adjective of origin: "the Kent-based outfit", "a Texas-born singer".
_ORIGIN_WORDS = {"based", "born", "headquartered"}


def _origin_compound(ent, nxt) -> bool:
    """The name opens a hyphenated adjective of origin ("Kent-based", "Ohio-born"): where something is based or
    someone born, a place whatever label the NER gave the name."""
    return (len(nxt) >= 2 and nxt[0].text in {"-", "\u2013"} and not ent[-1].whitespace_
            and not nxt[0].whitespace_ and nxt[1].lower_ in _ORIGIN_WORDS)


def _province_closing_a_name(entries: list[Entry], prev, nxt) -> bool:
    """A county's or province's own name after a capitalised name and a comma, closing the sentence or clause:
    "Brands Hatch GP, Kent.", "Knockhill, Fife;" (a venue or town and its county, as in datelines, fixture
    lists and letter signatures). Not in a list of names ("Smith, Jackson and Kent"): the name must close it."""
    if prev is None or prev.text != "," or prev.i == 0:
        return False
    before = prev.doc[prev.i - 1]
    if not (before.text[:1].isupper() and before.is_alpha):
        return False
    if nxt and nxt[0].text not in {".", ";", ")"} and not nxt[0].is_space:
        return False
    return any(e.kind == "admin1" or (e.kind == "admin2" and e.primary) for e in entries)


def _known_by_name(e: Entry) -> bool:
    """A place known by this name of it: a country's or subdivision's name or alternate ("Holy See"), a county's
    own name, a town's own name (of at least 1,000 people)."""
    if e.kind in {"country", "admin1"}:
        return True
    return e.primary and (e.kind == "admin2" or (e.kind == "city" and e.population >= 1_000))


def _after_a_locative(doc: Doc, start: int, with_article: bool) -> bool:
    """A locative preposition right before the name ("in Montpellier"), or, for a country's or province's name
    (`with_article`), before its article ("in the Holy See", "in the Netherlands"; a town's name after "at the"
    is a building's: "at the White House")."""
    i = start - 1
    if with_article and i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in _LOCATIVE


def _coordinated_with_a_place(ent) -> bool:
    """"in Hilversum and Almelo", "Bicester and Kidlington", "Clarke and Oconee": a name coordinated with a
    place the NER tagged as one, or with a name after a locative preposition, is a place of the same list."""
    root = ent.root
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != root.i and first.dep_ == "pobj" and first.head.lower_ in _LOCATIVE:
        return True  # "stops in Hilversum and Almelo", both typed PERSON
    others = [first] + [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ in {"GPE", "LOC"} and not (ent.start <= t.i < ent.end) for t in others)


def _home_of_a_person(ent, prev) -> bool:
    """"David and Jodi Mahler of Bellmore", "Christopher Bowers, 19, of Martinez": "of" after a person's name
    (or after the commas of an age) gives where the person lives."""
    if prev is None or prev.lower_ != "of":
        return False
    before = ent.doc[prev.i - 1] if prev.i > 0 else None
    return before is not None and (before.ent_type_ == "PERSON" or before.text == ",")


# Verbs of going whose "to" names a destination ("driving to Castlegar", "moved back to Khayelitsha"); a bare
# "to" also names a recipient ("sold to Wegmans").
_MOTION_VERBS = {"go", "move", "drive", "travel", "return", "head", "fly", "walk", "ride", "relocate", "commute",
                 "flee", "sail", "come", "evacuate", "transfer", "deport", "run"}


def _destination(prev, possessive: bool) -> bool:
    """"to" after a verb of going: the name is where the subject went."""
    if prev is None or prev.lower_ != "to" or possessive:
        return False
    verb = prev.head if prev.head.pos_ == "VERB" else prev.head.head
    return verb.pos_ == "VERB" and verb.lemma_ in _MOTION_VERBS


def _person_name_words(doc: Doc, ents: tuple | None = None) -> set[str]:
    """The surnames of the article's full person names ("Narendra Modi", "Chris Paul"): one alone is the person
    again, even where the NER calls it a place. `ents`: doc.ents, when the caller has them."""
    return {ent[-1].text for ent in (doc.ents if ents is None else ents) if ent.label_ == "PERSON" and len(ent) >= 2
            and ent[-1].text[:1].isupper() and ent[-1].is_alpha}


# Capitalised words after a town's name that keep it a place ("Lewisburg Mayor", "DeKalb Police", "Bloomfield
# Town", "Edwardsville District"); any other capitalised word after a small place's one-word name makes a
# compound name of its own ("Gulf War", "First Amendment", "First Selectman").
_PLACE_WORDS_AFTER = _LOCAL_NOUNS | {"town", "township", "city", "county", "district", "village", "borough",
                                     "council", "area", "region", "board", "schools", "school"}
# A place this large is named in compounds as itself ("Texas Rangers", "London Stock Exchange").
_COMPOUND_PLACE_MIN_POPULATION = 100_000

# Words after a place's name that make an organisation or a site local to it: a service of the town or its
# county ("Columbia Police Department", "Athens Fire Rescue", "Durham Public Schools"), a site in it ("Hartford
# Hospital", "Santa Ana Zoo", "Cascade Motel"; the street and facility heads of _STREET and _FACILITY_HEAD) or its
# newspaper ("Athens Review", "Augusta Herald": the nameplate words of outlet_name_words.txt). A name with one of
# them is never read as a team's (the classes of LGL tune-a's organisation names opening with a town's name).
_LOCAL_SERVICE_WORDS = _LOCAL_NOUNS | {"town", "township", "city", "county", "district", "village", "borough",
                                       "council", "board", "schools", "school", "fire", "public", "municipal",
                                       "community", "area", "regional", "metro", "housing", "parks", "library",
                                       "memorial", "general", "water", "utilities", "department", "hospital",
                                       "zoo", "court", "courthouse", "motel", "hotel", "inn", "church",
                                       "cemetery", "mall", "center", "centre", "clinic", "high", "elementary",
                                       "middle", "academy", "services", "works"} \
    | resources.words("outlet_name_words.txt")
# The one word after a city's name that makes an international body or an agreement named after the city where it
# met or was signed ("Venice Commission", "Helsinki Commission", "Basel Committee", "Geneva Conventions", "Kyoto
# Protocol", "Paris Agreement", "Dayton Accords", "Minsk Agreements", "Bologna Process"): the famous city. Only the
# city's name and this word: "Athens Planning Commission" is a town's own board.
_BODY_HEADS = {"commission", "committee", "convention", "conventions", "protocol", "agreement", "agreements",
               "accord", "accords", "declaration", "conference", "process", "treaty", "summit", "consensus",
               "group", "club", "principles", "charter"}


def _org_kind(rest: list) -> str | None:
    """What an organisation's name whose opening place name is followed by the tokens `rest` names: "body" (an
    international body or agreement: "Commission", "Accords", see _BODY_HEADS), "team" (capitalised words ending
    in a plural proper noun, none naming a local service, site or newspaper: "Trail Blazers", "Rockets"), else
    None ("Police Department", "Review", a list the NER took for one name: "Harvey, Harper", a parcel's number:
    "Lot No. 5")."""
    if not rest or any(not (t.is_alpha and t.text[:1].isupper()) for t in rest):
        return None
    if len(rest) == 1 and rest[0].lower_ in _BODY_HEADS:
        return "body"
    if len(rest) <= 3 and rest[-1].tag_ == "NNPS" and rest[-1].lower_.endswith("s") and not any(
            t.lower_ in _LOCAL_SERVICE_WORDS or t.lower_ in _BODY_HEADS or _FACILITY_HEAD.fullmatch(t.text)
            or _STREET.fullmatch(t.text) for t in rest):
        return "team"
    return None


def _opens_a_name(ent, gaz: gazetteer.Gazetteer) -> bool:
    """A one-word name of no large place (of at least 100,000 people) that opens a capitalised compound
    ("Gulf War", "First Amendment", "First Selectman") is part of that name, not a place; LGL tune: 8 such
    phrases, none a toponym, beside 7 with a town's noun after them, which stay places."""
    if len(ent) != 1 or ent.text.isupper() or ent.end >= len(ent.doc):
        return False
    nxt = ent.doc[ent.end]
    if not (nxt.text[:1].isupper() and nxt.is_alpha and not nxt.ent_type_) or nxt.lower_ in _PLACE_WORDS_AFTER:
        return False
    return not any(e.primary and e.population >= _COMPOUND_PLACE_MIN_POPULATION for e in gaz.lookup(ent.text))


def _an_adjective(ent, gaz: gazetteer.Gazetteer) -> bool:
    """"the Olympic facilities", "Olympic oval": one word the tagger reads as an adjective (JJ, not a proper
    noun) modifying a noun is no place, even where the NER calls it one and a small place bears the name
    (Olympic, Hong Kong), unless a country, a province or a city of 100,000 bears it. Demonyms and regions'
    adjectives are read before this."""
    if len(ent) != 1 or ent[0].tag_ != "JJ" or ent[0].dep_ != "amod":
        return False
    return not any(e.kind in {"country", "admin1"} or e.population >= _COMPOUND_PLACE_MIN_POPULATION
                   for e in gaz.lookup(ent.text))


def _feast_day(ent) -> bool:
    """"St. Patrick's Day", "St. George’s Day": a name in the possessive before "Day" names a feast or a
    holiday, not a place (LGL tune-a: both "St. Patrick's" were placed at a town named St. Patrick)."""
    doc, i = ent.doc, ent.end
    possessive = bool(_POSSESSIVE.search(ent.text)) and ent.text[-2:] not in {"s'", "s\u2019"}
    if not possessive and i < len(doc) and doc[i].text in {"'s", "\u2019s"}:
        possessive, i = True, i + 1
    return possessive and i < len(doc) and doc[i].text == "Day"


def _era_marker(ent) -> bool:
    """"300 B.C.": an era after a year, which the NER can take for British Columbia."""
    return normalize(ent.text) in _ERAS and ent.start > 0 and ent.doc[ent.start - 1].like_num


def _modifies_a_noun(ent) -> bool:
    """"Afghan army" stands for the country; "the Afghans" are people."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "her American and Mexican counterparts"
        root = root.head
    return ent.root.tag_ not in {"NNS", "NNPS"} and root.dep_ in {"amod", "compound", "nmod", "npadvmod"}


# How an adjective of a large region is made from its name: "Asian", "Siberian", "Central American" (+n),
# "European" (+an), "Middle Eastern" (+ern), "Caribbean", "Arctic" (the name itself).
_REGION_ADJECTIVE_ENDINGS = ("n", "an", "ern", "")


def _region_adjective(ent, gaz: gazetteer.Gazetteer, with_previous: bool) -> Mention | None:
    """The adjective of a large region before a noun ("European flights", "Central American migrants", "a
    Siberian chill") as that region, with the capitalised word before it where the caller asks and the two
    name one ("Central" "American"): both GeoWebNews and LGL annotate these as toponyms (tune halves: 12 such
    misses). Only the gazetteer's regions count, so "Korean" (two countries) and "Atlantic" (US towns and
    counties) stay out."""
    if with_previous and (ent.start == 0 or not ent.doc[ent.start - 1].text[:1].isupper()):
        return None
    start = ent.start - 1 if with_previous else ent.start
    phrase = ent.doc[start:ent.end].text
    for ending in _REGION_ADJECTIVE_ENDINGS:
        if ending and not phrase.endswith(ending):
            continue
        name = phrase[:len(phrase) - len(ending)] if ending else phrase
        if any(e.primary and e.kind == "region" for e in gaz.lookup(name)):
            return Mention(ent.doc[start].idx, ent.end_char, phrase, name, "LOC")
    return None


def _region_modifier(ent) -> bool:
    """"Central American", "North American": a capitalized word before the adjective makes it the adjective of
    a larger region, not of the country the bare adjective names."""
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.text[:1].isupper() and not prev.is_sent_start and prev.pos_ in {"PROPN", "ADJ", "NOUN"}


@dataclass
class Context:
    """What the article's other mentions say: the share of each country among their places, the first-level
    subdivisions they name outright or lie in, and the points of the towns among them."""
    countries: dict[str, float] = field(default_factory=dict)
    # grid cells holding a town or county candidate of another mention (see _cells)
    other_cells: set[tuple[int, int]] = field(default_factory=set)
    admin1s_named: set[str] = field(default_factory=set)
    admin1s: set[str] = field(default_factory=set)
    points: list[tuple[float, float]] = field(default_factory=list)
    home: OutletHome | None = None
    # the counties (admin1 code, county name) among another name's candidates, and those holding a town among
    # another name's candidates ("Maryville" and "Madison County": Maryville, Illinois lies in Madison County,
    # Illinois)
    # (each as the names it is a candidate of, looked up when a candidate asks: `same` are this name's own)
    counties: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    counties_of_towns: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    same: frozenset[str] = frozenset()


@dataclass(frozen=True)
class OutletHome:
    """Where an outlet's news happens, as its other articles show (outlet_homes): the first-level subdivisions
    (country, name) and the countries that most of them place something in. A local paper's own town is
    rarely named with its state; a reader knows the paper."""
    admin1s: frozenset[tuple[str, str]] = frozenset()
    countries: frozenset[str] = frozenset()
    # the point of the town the outlet's name is made from ("gainesvilleregister.com"), where its articles show
    # which namesake it is (outlet_towns)
    towns: tuple[tuple[float, float], ...] = ()


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
    if m.label == "FAC" and e.kind in {"airport", "other"}:
        f["fac_point"] = 1.0
    if m.within_admin1s or m.within_countries:
        # "Fresno, Calif.": the province named after the comma, or the country for a province ("Ontario, Canada")
        inside = e.admin1_code in m.within_admin1s if m.within_admin1s and e.kind != "admin1" \
            else e.country in m.within_countries
        if inside:
            f["apposition_match"] = 1.0
    return f


# One degree of latitude is at least this many km apart along any path: a point further than 150 km north or
# south needs no great-circle distance (the margin keeps rounding from changing a result).
_KM_PER_DEGREE_LAT = math.pi * 6371.0 / 180
_NEAR_KM = 150


def context_features(c: Candidate, ctx: Context) -> dict[str, float]:
    """The article's context for candidate `c`: the share of its country among the other mentions' places, a
    subdivision named or holding another mention's town, a candidate of another name a grid cell away, another
    mention's town within 150 km; then the same-name rules (the capital's depends on the context)."""
    e = c.entry
    f: dict[str, float] = {}
    if e.country and ctx.countries:
        f["ctx_country_share"] = ctx.countries.get(e.country, 0.0)
        f["ctx_country_absent"] = float(e.country not in ctx.countries)
    if e.kind in {"city", "admin2"} and e.admin1_code:
        if e.admin1_code in ctx.admin1s_named:
            f["ctx_in_named_admin1"] = 1.0
        elif e.admin1_code in ctx.admin1s:
            f["ctx_in_admin1_of_others"] = 1.0
    if e.kind == "admin1" and e.admin1_code in ctx.admin1s:
        f["ctx_admin1_self"] = 1.0
    if ctx.other_cells and c.cells and any(cell in ctx.other_cells for cell in c.cells):
        f["near_a_candidate_of_another_mention"] = 1.0
    if ctx.points and e.lat is not None and e.kind in {"city", "admin2", "landform"} and _near_a_point(e, ctx):
        f["ctx_near_town"] = 1.0
    if ctx.home is not None:
        if e.kind in {"city", "admin2"} and (e.country, e.admin1) in ctx.home.admin1s:
            f["outlet_home_admin1"] = 1.0
        if e.country in ctx.home.countries:
            f["outlet_home_country"] = 1.0
        if ctx.home.towns and e.lat is not None and e.kind in {"city", "admin2", "landform"} \
                and _near(e, ctx.home.towns):
            f["outlet_home_town_near"] = 1.0
    if e.kind == "city" and e.admin2 and not ctx.counties.get((e.admin1_code, e.admin2), ctx.same) <= ctx.same:
        f["town_in_a_named_county"] = 1.0
    elif e.kind == "admin2" and not ctx.counties_of_towns.get((e.admin1_code, e.admin2), ctx.same) <= ctx.same:
        f["county_holding_a_named_town"] = 1.0
    if c.same_name:
        f[c.same_name] = 1.0
    if c.namesake_admin1s and any(code not in ctx.admin1s for code in c.namesake_admin1s):
        f["capital_over_same_name_state"] = 1.0
    return f


def _near_a_point(e: Entry, ctx: Context) -> bool:
    return _near(e, ctx.points)


def _near(e: Entry | Place, points) -> bool:
    """Whether `e` lies within 150 km of one of the points."""
    lat_limit = (_NEAR_KM + 1) / _KM_PER_DEGREE_LAT
    return any(abs(e.lat - lat) < lat_limit and distance_km(e.lat, e.lon, lat, lon) < _NEAR_KM
               for lat, lon in points)


def features(c: Candidate, ctx: Context) -> dict[str, float]:
    """Every feature of candidate `c` in this context: its prior, then the context. The ranker weighs them
    (newsledger/data/place_ranker.json)."""
    return {**c.prior, **context_features(c, ctx)}


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    return json.loads(_RANKER.read_text(encoding="utf-8"))["weights"]


def _score(f: dict[str, float], weights: dict[str, float], start: float = 0.0) -> float:
    """`start` plus the weighted features, added in the features' order (the prior's sum, then the context's
    terms, gives the same float as one sum over all features)."""
    total = start
    for k, v in f.items():
        total += weights.get(k, 0.0) * v
    return total


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
    # "Shiloh", "Charleston": a town whose own name it is comes before a town that once bore it (GeoNames keeps
    # historic names as alternates: Springdale, Arkansas is also "Shiloh")
    town_by_own_name = any(e.kind == "city" and e.primary for e in cands)
    out = []
    for e in cands:
        prior = prior_features(e, m)
        if country_named and e.kind in _LOCAL_KINDS:
            prior["town_named_like_a_country"] = 1.0
        if e.kind in _LOCAL_KINDS and e.country in admin1_countries and e.population < _SMALL_TOWN_MAX:
            prior["town_named_like_a_province"] = 1.0
        if e.kind == "city" and not e.primary and town_by_own_name and e.population < _SMALL_TOWN_MAX:
            prior["town_by_another_name"] = 1.0
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
    for n in range(len(words) - 1, 0, -1):
        head = words[:n]
        if not head[0][:1].isupper() or (n == 1 and head[0].lower() in _COMPASS):
            continue
        if words[n].lower() in _STATE_ROADS:
            # "Florida Highway", "Texas Route 19": a state's or a country's highway system lies in it
            cands = [e for e in gaz.lookup(" ".join(head)) if e.primary and e.kind in {"admin1", "country"}]
            if cands:
                m.part_of = True
                return cands
        if words[n].lower() in _NAMED_AFTER:
            break  # "Kingsley Road", "Wilson's Farm" are not in the place named
        if _POSSESSIVE.search(head[-1]):
            continue  # "Wilson's": a person's name, or an organisation's ("County Sheriff's Office")
        cands = [e for e in gaz.lookup(" ".join(head)) if e.primary]
        if cands:
            m.part_of = True
            m.named_after = words[n].lower() in _OWN_NAME_HEADS
            return cands
    return []


def _resolve(mentions: list[Mention], gaz: gazetteer.Gazetteer, weights: dict[str, float] | None = None,
             home: OutletHome | None = None) -> None:
    """Choose each mention's entry: by the prior (and the outlet's home) first, then twice more with the
    article's context."""
    for m in mentions:
        if m.demonym:
            continue
        full = _POSSESSIVE.sub("", m.text.strip()).strip()
        cands = gaz.lookup(full) if m.hint else []  # "Kansas City", "Foo County": the full name first
        if m.hint == "city":
            # "Dublin City" is an alternate name of one city, and the town named plainly "Dublin" (Ohio) may be
            # meant too: both readings compete, the hint favouring cities
            bare = [e for e in gaz.lookup(m.key_text) if e.primary and e.kind == "city"] if cands else []
            cands = list({e.pid: e for e in cands + bare}.values())
        if not cands:
            cands = gaz.lookup(m.key_text)
        if not cands:
            cands = _inner_name(m, gaz)
        if m.key_text.isupper() and len(m.key_text) <= 3:
            # "WA" is an abbreviation, not the town Wa: an all-capital mention keeps only entries it abbreviates
            cands = [e for e in cands if normalize(e.name) != normalize(m.key_text) or e.name.isupper()]
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


_LOCAL_KINDS = {"city", "admin2"}
# A town this small named like its country's first-level subdivision yields to the subdivision, and one found by
# an alternate name yields to a town whose own name it is (a larger one is known by its other names: "Kiev").
_SMALL_TOWN_MAX = 100_000
_CELL_DEGREES = 0.5


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL_DEGREES), math.floor(lon / _CELL_DEGREES)


def _neighbourhood(cell: tuple[int, int]) -> list[tuple[int, int]]:
    return [(cell[0] + i, cell[1] + j) for i in (-1, 0, 1) for j in (-1, 0, 1)]


def _candidate_cells(mentions: list[Mention]) -> dict[str, set[tuple[int, int]]]:
    """Per mention name, the grid cells of its town and county candidates: two names with candidates a cell
    apart most likely mean those two neighbours ("Athens" and "Henderson County" in Texas), whichever each
    mention's prior prefers alone."""
    out: dict[str, set[tuple[int, int]]] = {}
    for m in mentions:
        cells = out.setdefault(normalize(m.key_text), set())
        for e in m.candidates or []:
            if e.kind in _LOCAL_KINDS and e.lat is not None:
                cells.add(_cell(e.lat, e.lon))
    return out


def _same_places(mentions: list[Mention]) -> dict[str, set[str]]:
    """Per mention name, the other names whose candidates hold all of its own or lie all among them: one name
    spelled or cut otherwise ("ST. PAUL" / "St. Paul", "Logan-Rogersville" / "Logan-" / "Logan", "southeast
    Greene County" / "Greene County"), which must not vouch for itself any more than a repeated mention does
    (as "Athens County" and "Athens" are one name already)."""
    cands: dict[str, set[int]] = {}
    for m in mentions:
        if m.candidates:
            cands.setdefault(normalize(m.key_text), set()).update(e.pid for e in m.candidates)
    keys = list(cands)
    out: dict[str, set[str]] = {k: set() for k in keys}
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if cands[a] <= cands[b] or cands[b] <= cands[a]:
                out[a].add(b)
                out[b].add(a)
    return out


def contexts_by_name(mentions: list[Mention], home: OutletHome | None = None) -> dict[str, Context]:
    """The context of each mention name: the current choices of the mentions with other names (a place cannot
    vouch for itself, under another spelling neither), once per distinct name."""
    chosen = []
    for m in mentions:
        c = m.choice
        chosen.append((normalize(m.key_text), c.country if c else m.demonym,
                       c.admin1_code if c and c.kind != "country" else None, bool(c and c.kind == "admin1"),
                       (c.lat, c.lon) if c and c.kind in {"city", "admin2"} and c.lat is not None else None))
    cells = _candidate_cells(mentions)
    alike = _same_places(mentions)
    counties, towns = _county_keys(mentions)
    out: dict[str, Context] = {}
    for key in dict.fromkeys(c[0] for c in chosen):
        same = alike.get(key, set()) | {key}
        others = [c for c in chosen if c[0] not in same]
        counts = Counter(c[1] for c in others if c[1])
        total = sum(counts.values())
        out[key] = Context(countries={cc: n / total for cc, n in counts.items()} if total else {},
                           admin1s_named={c[2] for c in others if c[2] and c[3]},
                           admin1s={c[2] for c in others if c[2]},
                           points=list(dict.fromkeys(c[4] for c in others if c[4])),
                           other_cells=set().union(*(v for k, v in cells.items() if k not in same)), home=home,
                           counties=counties, counties_of_towns=towns, same=frozenset(same))
    return out


def _county_keys(mentions: list[Mention]) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], set[str]]]:
    """The county candidates (admin1 code, county name) of the mentions, and the counties holding their town
    candidates, each with the mention names it comes from."""
    counties: dict[tuple[str, str], set[str]] = {}
    towns: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        key = normalize(m.key_text)
        for e in m.candidates or []:
            if e.admin2 and e.admin1_code and e.kind in _LOCAL_KINDS:
                (counties if e.kind == "admin2" else towns).setdefault((e.admin1_code, e.admin2), set()).add(key)
    return counties, towns


def _place(m: Mention, e: Entry | None, gaz: gazetteer.Gazetteer) -> Place | None:
    if m.demonym:
        c = gaz.country(m.demonym)
        if c is None:
            return None
        return Place("", m.text, m.start, m.end, c.name, "country", c.country, None, c.lat, c.lon,
                     c.geonames_id, 3)
    if e is None:
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


def extract(doc: Doc, record: Record, home: OutletHome | None = None) -> list[Place]:
    """The article's places; `home` is its outlet's home when the caller knows it (outlet_homes), else what
    the outlet's web domain says: its country, and the town it is named after where this article's own places
    say which namesake that is (outlet_towns)."""
    gaz = gazetteer.get()
    mentions = _mentions(doc, gaz, record.article.text)
    if home is None:
        outlet = record.article.outlet or record.article.url
        home = outlet_home(outlet)
        if outlet_town_names(outlet):
            _resolve(mentions, gaz, home=home)
            towns = outlet_towns(outlet, [_places(mentions, gaz, record.article.text)])
            if towns:
                home = OutletHome(countries=home.countries if home else frozenset(), towns=towns)
    _resolve(mentions, gaz, home=home)
    return _places(mentions, gaz, record.article.text)


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
    _streets_in_the_town(places)
    places.sort(key=lambda p: (p.start, p.end))
    for i, p in enumerate(places, start=1):
        p.id = f"p{i}"
    return places


def _streets_in_the_town(places: list[Place]) -> None:
    """A street, square or bridge, a township, lake or river, or a village the gazetteer lacks lies in or near
    the town the article is about (its most mentioned town, the first of equals): it takes that town's point,
    country and province, with precision 2."""
    towns = Counter(p.name for p in places if p.kind == "city" and p.lat is not None)
    if not towns:
        return
    name = max(towns, key=lambda n: (towns[n], -min(p.start for p in places if p.name == n)))
    town = next(p for p in places if p.name == name)
    for p in places:
        if p.lat is None and _local_to_the_town(p):
            p.kind, p.country, p.admin1, p.lat, p.lon, p.precision = ("other", town.country, town.admin1,
                                                                       town.lat, town.lon, 2)


def _local_to_the_town(p: Place) -> bool:
    """An unplaced name that local news uses for what lies in or near its town: a street, a township, lake,
    creek, park or farm ("Readington Township", "Kiser Lake", "Neches River"), or a one-word name the NER took
    for a town and the gazetteer lacks ("Harwinton", "Hempfield": villages and townships under cities500's
    threshold). A longer name the gazetteer lacks ("South Ossetia", "Russian Empire") may lie anywhere."""
    if _STREET.search(p.text) or _LOCAL_FEATURE.search(p.text):
        return True
    return p.kind == "other" and p.text.isalpha() and p.text[:1].isupper()


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


# An outlet's home is what at least this share of its other articles (and at least this many) place
# something in.
_HOME_SHARE = 0.5
_HOME_MIN_ARTICLES = 2
# ... and a subdivision at least this many of them (LGL tune-a 0.921 -> 0.925, tune-b unchanged)
_HOME_MIN_VOTES = 2


def outlet_homes(articles: list[tuple[str | None, list[Place]]]) -> list[OutletHome | None]:
    """For each (outlet, places) article, its outlet's home as the outlet's other articles show it: the
    subdivisions and countries that at least half of them place something in, and the town its domain names
    (outlet_towns). None without an outlet or with fewer than two other articles from it (then only the
    domain's country and town). An article never counts toward its own home's regions, and the outlet's own
    town's name never counts (a paper's many mentions of its Norfolk would otherwise vouch for whichever
    Norfolk the first pass chose)."""
    own_names = {o: outlet_town_names(o) for o, _ in articles if o}
    regions = [({(p.country, p.admin1) for p in ps if p.country and p.admin1},
                {p.country for p in ps if p.country})
               for ps in (_not_named(ps, own_names.get(o, [])) for o, ps in articles)]
    by_outlet: dict[str, tuple[Counter, Counter, int]] = {}
    for (outlet, _), (admin1s, countries) in zip(articles, regions):
        if outlet:
            a, c, n = by_outlet.get(outlet, (Counter(), Counter(), 0))
            by_outlet[outlet] = (a + Counter(admin1s), c + Counter(countries), n + 1)
    towns = {outlet: outlet_towns(outlet, [ps for o, ps in articles if o == outlet],
                                  {k for k, v in a.items() if v >= _HOME_SHARE * (n - 1)})
             for outlet, (a, _, n) in by_outlet.items()}
    out: list[OutletHome | None] = []
    for (outlet, _), (own_admin1s, own_countries) in zip(articles, regions):
        if not outlet or by_outlet[outlet][2] - 1 < _HOME_MIN_ARTICLES:
            home = outlet_home(outlet)
            if outlet and towns[outlet]:
                home = OutletHome(countries=home.countries if home else frozenset(), towns=towns[outlet])
            out.append(home)
            continue
        a, c, n = by_outlet[outlet]
        need = _HOME_SHARE * (n - 1)
        tld_country = outlet_country(outlet)
        # a subdivision needs two of the other articles at least: with three articles from an outlet, one other
        # article's places are no pattern (philly.com's Camden went to Michigan, post-gazette.com's Scottdale to
        # Georgia, each after a single other article placed something there)
        need_admin1 = max(need, _HOME_MIN_VOTES)
        out.append(OutletHome(
            frozenset(k for k, v in a.items()
                      if v - (k in own_admin1s) >= need_admin1 and tld_country in (None, k[0])),
            frozenset(k for k, v in c.items() if v - (k in own_countries) >= need) if tld_country is None
            else frozenset({tld_country}), towns[outlet]))
    return out


def _not_named(places: list[Place], names: list[str]) -> list[Place]:
    """The places whose mention and entry names hold none of `names` (an outlet's own town names)."""
    return [p for p in places if not any(n in normalize(p.name) or n in normalize(p.text) for n in names)]


_OUTLET_WORDS = sorted(resources.words("outlet_name_words.txt"), key=len, reverse=True)
# Labels of a domain that are no part of an outlet's name.
_DOMAIN_LABELS = {"www", "co", "com", "org", "net", "ac", "gov"}
_MIN_TOWN_CHARS = 4


def outlet_town_names(outlet: str | None) -> list[str]:
    """The town names an outlet's web domain is made from: each label (and each hyphenated part) without the
    nameplate words at either end ("gainesvilleregister.com" -> gainesville, "chronicle.augusta.com" ->
    augusta, "theparisnews.com" -> paris); words listed in outlet_name_words.txt."""
    m = _DOMAIN.match(outlet.strip()) if outlet else None
    if not m or "." not in m.group(1):
        return []
    names = []
    for label in m.group(1).lower().split(".")[:-1]:
        if label in _DOMAIN_LABELS:
            continue
        for piece in re.split(r"[-_]", label):
            name = _strip_nameplate(piece)
            if len(name) >= _MIN_TOWN_CHARS and name.isalpha():
                names.append(name)
    return names


def _strip_nameplate(piece: str) -> str:
    changed = True
    while changed:
        changed = False
        for w in _OUTLET_WORDS:
            if len(piece) > len(w) and piece.startswith(w):
                piece, changed = piece[len(w):], True
            elif len(piece) > len(w) and piece.endswith(w):
                piece, changed = piece[:-len(w)], True
        if piece in _OUTLET_WORDS:
            return ""
    return piece


# A town named by an outlet's domain is the outlet's home when it has at least this many people.
_HOME_TOWN_MIN_POPULATION = 1_000


def outlet_towns(outlet: str | None, articles: list[list[Place]],
                 home_admin1s: set[tuple[str, str]] = frozenset()) -> tuple[tuple[float, float], ...]:
    """The point of the town the outlet's domain names ("norfolkdailynews.com": a Norfolk), choosing among
    namesakes the one that most of the outlet's articles place something near: another town within 150 km or
    its own province named (mentions of the town's own name do not vote), then one in the outlet's home
    provinces (`home_admin1s`, (country, name)); none when neither says which."""
    names = outlet_town_names(outlet)
    if not names:
        return ()
    gaz = gazetteer.get()
    others = [[p for p in _not_named(ps, names) if p.lat is not None] for ps in articles]
    points = [[(p.lat, p.lon) for p in ps if p.kind in _LOCAL_KINDS] for ps in others]
    admin1s = [{(p.country, p.admin1) for p in ps if p.kind == "admin1"} for ps in others]
    out = []
    for name in names:
        cands = [e for e in gaz.lookup(name) if e.primary and e.kind in _LOCAL_KINDS and e.lat is not None
                 and e.population >= _HOME_TOWN_MIN_POPULATION]
        votes = [(sum(_near(e, pts) or (e.country, e.admin1) in a1 for pts, a1 in zip(points, admin1s)),
                  (e.country, e.admin1) in home_admin1s, e.population, -e.pid, e) for e in cands]
        best = max(votes, default=None)
        if best is not None and (best[0] >= 1 or best[1]):
            out.append((best[-1].lat, best[-1].lon))
    return tuple(out)


_DOMAIN = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?([^/:?#\s]+)", re.I)
_GENERIC_CCTLDS = resources.words("generic_cctlds.txt")


def outlet_country(outlet: str | None) -> str | None:
    """The country an outlet's web domain (or its URL) names by its country-code top-level domain
    ("lfpress.ca" is Canadian, "thisisoxfordshire.co.uk" British); None for a generic domain (.com, .tv)."""
    m = _DOMAIN.match(outlet.strip()) if outlet else None
    if not m or "." not in m.group(1):
        return None
    tld = m.group(1).rstrip(".").rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or not tld.isalpha() or tld in _GENERIC_CCTLDS:
        return None
    return "GB" if tld == "uk" else tld.upper()


def outlet_home(outlet: str | None) -> OutletHome | None:
    """What an outlet's name alone says of its home: the country of its domain, if it names one."""
    cc = outlet_country(outlet)
    return OutletHome(countries=frozenset({cc})) if cc else None
