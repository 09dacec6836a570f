"""Places named inside an organisation's name: at its start ("Ohio State University"), after its "of"
("University of Georgia"), a country or province within it ("FrontCounter BC"), a demonym opening
it ("Nigerian Army"); and what the name is (a team, an international body) when a place opens it."""
from __future__ import annotations

import re

from newsledger import resources
from newsledger.extract.places.generation import _OWN_NAME_HEADS
from newsledger.extract.places.mistyped import _LOCAL_NOUNS
from newsledger.extract.places.names import (
    _COMPASS,
    _FACILITY_HEAD,
    _KIND_FIRST,
    _KIND_WORDS,
    _STREET,
    Mention,
    _a_road_name,
    _a_venue_name,
    _abbreviated,
    _an_article,
    _clean,
)
from newsledger.extract.places.waters import _waters
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer import normalize

_EMBED_KINDS = {"country", "admin1", "admin2"}

# A town this large opening a body's name is that town where the article names it as a place elsewhere.
_NAMED_TOWN_MIN_POPULATION = 1_000


def _embedded(ent, gaz: gazetteer.Gazetteer, towns_named: frozenset[str] | set[str] = frozenset(),
              people: frozenset[str] | set[str] = frozenset()) -> Mention | None:
    """A place named at the start of an organization's name ("Rapides Parish Fire District", "Ohio State
    University") or after its "of" ("University of Georgia"): a country, province or county, a town of 20,000,
    or a smaller town (of 1,000, its own name) that the article names as a place elsewhere (`towns_named`, the
    normalised names of its GPE entities: "The Allendale Woman's Club" where the dateline says "ALLENDALE, N.J.",
    "the New Milford Police Department" beside "brought to New Milford"; one sense per discourse). Both gold sets
    annotate a town opening a body's name (GeoWebNews: Embedded_Non_Lit, "Slidell PD"; LGL: "Zionsville Education
    Foundation", "Torrington Fire Department"). Only GPE entities: a LOC is as often an adjective ("the Olympic
    facilities"). Not a town whose name is the surname of a person the article names in full (`people`:
    "the Clinton Foundation" beside "Hillary Clinton", "the Obama Administration", "Obama's Office of Management
    and Budget"; _a_persons_body)."""
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
            if _an_article(span[0].text, glued=span[0].i + 1 < ent.end and span[0].nbor(1).text == "-") \
                    and all(t.text == "-" for t in span[1:]):
                continue  # the Arabic article of "Al-Shabaab", "Al Qaeda" is no place (Ål, Norway)
            text = ent.doc[span[0].i:span[-1].i + 1].text
            named = normalize(text) in towns_named
            hits = [e for e in _abbreviated(text, gaz.lookup(text)) if e.primary and (
                e.kind in _EMBED_KINDS or (e.kind == "city" and e.population >= (
                    _NAMED_TOWN_MIN_POPULATION if named else 20_000)))]
            if n == 1 and not named:
                hits = _as_common_word(text, hits, [t.text for t in toks[s + 1:]])
            if hits and s == 0 and n == 1 and _a_persons_body(toks, hits, people):
                break  # "the Clinton Foundation": named after the person, not the town Clinton
            if hits and s == 0 and n == 1 and not named and _an_honour_of_a_person(toks, hits):
                break  # "Lincoln Day Dinner": the person's honour, not Lincoln, Nebraska
            if hits and s == 0 and _a_road_name(ent.text):
                # "Hot Springs Drive", "Salt Works Road" typed ORG: the road's name, named after the town opening it,
                # which it lies in or leads to only where the article's context puts that town near (ranking.
                # _drop_distant_namesakes; else the road's name without an entry, which makes no place row:
                # rows._a_street); no entry of the index is a road (road_heads.tsv)
                road = ent.doc[toks[0].i:ent.end]
                name, hint = _clean(text)
                return Mention(road.start_char, road.end_char, road.text, name, "GPE", hint, named_after=True)
            if hits:
                name, hint = _clean(text)
                # a business named after a town ("Cascade Motel", "Bo Kong Vegetarian Restaurant") keeps that
                # town only where the article's context puts it near (ranking._drop_distant_namesakes), or where
                # the article names the town as a place elsewhere ("La Romana Country Club" beside "La Romana")
                business = s == 0 and not hint and not named and _a_venue_name([t.text for t in toks])
                return Mention(span[0].idx, span[-1].idx + len(span[-1]), text, name, "GPE", hint,
                               opens_org=_org_kind(toks[n:]) if s == 0 and not hint and span[-1].is_alpha
                               else None,
                               named_after=business, business=business)
    return _embedded_state(toks, ent, gaz)


# One-word place names that are also common English words (WordNet 3.0 lower-case lemmas; the file says how it is
# made), and the size from which such a word opening a body's name is still a city: the UN Demographic Yearbook's
# table of cities of 100,000 or more inhabitants.
_COMMON_WORD_PLACES = resources.words("common_word_places.txt")
_COMMON_WORD_CITY_POPULATION = 100_000


def _as_common_word(text: str, hits: list, rest: list[str]) -> list:
    """The entries a one-word name opening an organisation's name (or following its "of") keeps when the word is
    also a common English word (`common_word_places.txt`) and the article names no town so elsewhere: a country,
    or a province or city of 100,000 named exactly so ("Turkey's Foreign Ministry", "Mobile Police Department",
    "University of Reading"). "Spring Cleanup", "Free Parking", "Free Syrian Army", "the Liberal government",
    "Police Headquarters", "Eagle Scout", "Lot No. 5" read the word, not Spring, Texas, the Free State, Liberal,
    Kansas, Police, Poland, Eagle, Idaho or the Lot department (LGL tune-a's extras of this class). Every entry is
    kept where another word of the name (`rest`) makes it a place's own name (a kind, landform or street word:
    "Mayo County Council", "Laurel Lake Cleanup", "Salt Works Road"), where the next word is a town's service or
    site ("Spring Fire Department", "Eagle High School"), and for a water's short word ("Gulf Cooperation
    Council": waters.bare_waters reads it)."""
    key = normalize(text)
    if key not in _COMMON_WORD_PLACES or key in _waters() or any(_a_place_head(w) for w in rest) or (
            rest and rest[0].lower() in _LOCAL_SERVICE_WORDS):
        return hits
    return [e for e in hits if normalize(e.name) == normalize(text) and (e.kind == "country" or (
        e.kind in ("admin1", "city") and e.population >= _COMMON_WORD_CITY_POPULATION))]


def _a_place_head(word: str) -> bool:
    """A word that ends or types a place's own name: a kind ("County", "Township"), a landform or water ("Hills",
    "Lake", "Glades") or a street or facility ("Road", "Bridge")."""
    w = word.lower()
    return w in _KIND_WORDS or w in _OWN_NAME_HEADS or bool(_FACILITY_HEAD.fullmatch(word))


def _a_persons_body(toks: list, hits: list, people: frozenset[str] | set[str]) -> bool:
    """An organisation's name opened by the surname of a person the article names in full (`people`,
    mistyped._person_name_words) and found as towns only: "the Clinton Foundation", "Clinton Global Initiative",
    "the Obama Administration", "Obama's Office of Management and Budget", "Cruz-Fiorina" beside "Hillary
    Clinton", "Barack Obama", "Ted Cruz". The body is the person's (a foundation, a presidency, a campaign), not
    a town of that name (PolNeAR: Clinton, Maryland or Iowa; Obama, Japan). A country's, province's or county's
    name is kept ("Washington Post" beside "George Washington"; the county's government: "Jackson County"), and
    so is a town before a local service's or site's word ("Clinton Police Department", "Jackson City Council":
    _LOCAL_SERVICE_WORDS), which names the town's own body whoever else bears the name."""
    first = toks[0]
    if _POSSESSIVE_TAIL.sub("", first.text) not in people:
        return False
    if any(e.kind != "city" for e in hits):
        return False
    nxt = toks[1] if len(toks) > 1 else None
    if nxt is not None and nxt.tag_ == "POS":
        nxt = toks[2] if len(toks) > 2 else None
    return nxt is None or not (nxt.lower_ in _LOCAL_SERVICE_WORDS or _FACILITY_HEAD.fullmatch(nxt.text)
                               or _STREET.fullmatch(nxt.text))


_POSSESSIVE_TAIL = re.compile(r"['\u2019]s?$")

# One-word names whose first WordNet 3.0 noun sense is a person and that also name a town (scripts/
# build_person_named_towns.py), and the words of an honour or a celebration given in a person's name: WordNet 3.0
# dinner n.1, banquet n.2, luncheon n.1, gala n.1, award n.2, prize n.1, medal n.1, trophy n.2, lecture n.1,
# scholarship n.1, fellowship n.3, Hall of Fame n.1 ("fame"), day n.1 (a day kept in a person's name: "Lincoln Day").
_PERSON_NAMED_TOWNS = resources.words("person_named_towns.txt")
_HONOUR_WORDS = {"dinner", "dinners", "banquet", "luncheon", "gala", "award", "awards", "prize", "medal", "trophy",
                 "lecture", "scholarship", "fellowship", "fame", "day"}


def _an_honour_of_a_person(toks: list, hits: list) -> bool:
    """An organisation's or event's name opened by a one-word name that WordNet gives first to a person
    (`person_named_towns.txt`: "Lincoln", "Jackson", "Reagan"), found as towns only, with a word of an honour or a
    celebration after it and no word of a town's own body or site: "Lincoln Day Dinner", "the Lincoln Dinner",
    "Lincoln Club Hall of Fame", "Jackson Day Dinner", "Reagan Award" name the person they honour, not Lincoln,
    Nebraska (LGL tune-a's three extras of one such article; neither gold set marks a person's name). Kept: a
    county's, province's or country's name, a name the article reads as a place elsewhere (the caller's `named`),
    a town's own body ("Lincoln Fire Department Awards Banquet": _LOCAL_SERVICE_WORDS)."""
    first = _POSSESSIVE_TAIL.sub("", toks[0].text)
    if first not in _PERSON_NAMED_TOWNS or any(e.kind != "city" for e in hits):
        return False
    rest = [t.lower_ for t in toks[1:]]
    return any(w in _HONOUR_WORDS for w in rest) and not any(
        w in _LOCAL_SERVICE_WORDS or _FACILITY_HEAD.fullmatch(t.text) for w, t in zip(rest, toks[1:]))


def _leading_demonym(ent, gaz: gazetteer.Gazetteer) -> Mention | None:
    """A demonym opening an organisation's name ("Nigerian Army", "British Embassy", "Dutch Rail") stands for
    its country, as it does before a common noun (GeoWebNews annotates these as embedded toponyms; tune
    halves: 9 of 10 such names in GeoWebNews, 8 of 15 in LGL)."""
    first = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]
    cc = gaz.demonym(first.text) if first.i + 1 < ent.end else None
    if cc is None:
        return None
    return Mention(first.idx, first.idx + len(first), first.text, first.text, "NORP", demonym=cc)


# Demonyms whose WordNet 3.0 senses point to more than one place ("American": the United States, a.01, and
# America, the continents, a.02), written by scripts/build_demonyms_two_places.py from the demonym table.
_DEMONYMS_TWO_PLACES = frozenset(r[0] for r in resources.rows("demonyms_two_places.txt"))


def _demonym_after_of(ent, gaz: gazetteer.Gazetteer) -> Mention | None:
    """A demonym opening the part of an organisation's name after its "of" (or "of the") and followed by another
    capitalised word of the name ("Culture Department of the Armenian Embassy", "Museum of Mexican Art"): its
    country, as for a demonym opening the whole name (_leading_demonym; GeoWebNews annotates a demonym inside a
    body's name as an embedded toponym with its country's point). Not one glued by a hyphen ("American-Islamic"),
    nor one whose WordNet 3.0 senses point to more than one place (`demonyms_two_places.txt`: "the Organization of
    American States" is of the Americas, not of the United States)."""
    toks = list(ent)
    for i, t in enumerate(toks[:-2]):
        if t.lower_ != "of":
            continue
        j = i + 2 if toks[i + 1].lower_ == "the" else i + 1
        if j + 1 >= len(toks):
            continue
        word, nxt = toks[j], toks[j + 1]
        if not word.text[:1].isupper() or not nxt.text[:1].isupper() or not word.whitespace_:
            continue
        cc = gaz.demonym(word.text)
        if cc is not None and normalize(word.text) not in _DEMONYMS_TWO_PLACES:
            return Mention(word.idx, word.idx + len(word), word.text, word.text, "NORP", demonym=cc)
    return None


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
