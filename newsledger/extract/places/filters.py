"""Entities tagged as places that are none: an era ("300 B.C."), a feast ("St. Patrick's Day"), an
adjective ("the Olympic facilities"), a small place's name opening a compound name ("Gulf War"), a common noun in
lower case ("the city marina"), a compass point written alone ("the South"), unless it stands for a named whole
("the North" beside North Korea), an international body's acronym ("NATO", no town Nato)."""
from __future__ import annotations

from functools import lru_cache

from newsledger import nlp, resources
from newsledger.extract.places.mistyped import _LOCAL_NOUNS
from newsledger.extract.places.names import _POSSESSIVE, _clean
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer import normalize

_ERAS = {"bc", "ad", "bce", "ce"}

# Capitalised words after a town's name that keep it a place ("Lewisburg Mayor", "DeKalb Police", "Bloomfield
# Town", "Edwardsville District"); any other capitalised word after a small place's one-word name makes a
# compound name of its own ("Gulf War", "First Amendment", "First Selectman").
_PLACE_WORDS_AFTER = _LOCAL_NOUNS | {"town", "township", "city", "county", "district", "village", "borough",
                                     "council", "area", "region", "board", "schools", "school"}

# A place this large is named in compounds as itself ("Texas Rangers", "London Stock Exchange").
_COMPOUND_PLACE_MIN_POPULATION = 100_000


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


def _common_noun(ent) -> bool:
    """An entity with no capital letter ("the city marina", "upon the fort's parapet", "her new beach boutique",
    "the county commission") is a common noun the NER took for a place, not a toponym: both gold sets annotate
    proper names as toponyms (LGL: toponyms with a GeoNames entry; GeoWebNews gives common nouns such as "the city"
    no coordinates), and a name the index knows in lower case ("marina" for Marina, California; "fort" for a
    town's alternate name) is a namesake. LGL tune-a: 5 such predictions in 5 articles, all false."""
    return not any(c.isupper() for c in ent.text)


# Division words that make a compass point a division's own name ("the West region" of Cameroon, "Northwest and
# Southwest regions", "North province").
_DIVISION_AFTER = {"region", "regions", "province", "provinces", "governorate", "governorates", "department",
                   "departments", "prefecture", "division", "sector"}


def _a_compass_point(ent) -> bool:
    """"the South", "the West", "the Northeast": a compass point written alone names a loose region of the
    country or world the article is about, which neither gold set marks as a toponym; the index resolves it to a
    namesake (Cameroon's South region, an Abu Dhabi sector). The words are `compass_regions.txt`'s; one with a
    division's word in or after it ("West Region", "the West region") stays the division."""
    name, hint = _clean(ent.text)
    if hint is not None or name not in resources.words("compass_regions.txt"):
        return False
    return not (ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _DIVISION_AFTER)


# What a compass point can stand for: a country ("the North" for North Korea) or, before "and", a country, a
# province or a region ("North and South Korea", "North and West Africa", "North and South Carolina").
_WHOLE_KINDS = {"country", "admin1", "region"}


def _compass_whole(ent, gaz: gazetteer.Gazetteer) -> str | None:
    """The name a compass point written alone stands for, or None (no place): before "and"/"or" and a name
    whose first word it replaces, the place so named ("North and South Korea": North Korea; "North and West
    Africa": North Africa); else the one country the article names with it as first word ("the North" in an
    article naming North Korea; "the South's capital, Seoul" beside South Korea). Pool 6 (NGEC stories, unscored):
    8 such "North"/"South" for the Koreas, 3 coordinated ones."""
    doc, word = ent.doc, _clean(ent.text)[0]
    i = ent.end
    if i + 1 < len(doc) and doc[i].lower_ in {"and", "or"} and doc[i + 1].text[:1].isupper():
        rest = []
        for t in doc[i + 2:i + 5]:
            if not (t.is_alpha and t.text[:1].isupper()):
                break
            rest.append(t.text)
        for k in range(len(rest), 0, -1):
            name = " ".join([word, *rest[:k]])
            if any(e.primary and e.kind in _WHOLE_KINDS for e in gaz.lookup(name)):
                return name
        return None
    countries = {_clean(e.text)[0] for e in nlp.ents(doc) if e.label_ in {"GPE", "LOC"} and e.start != ent.start}
    countries = {n for n in countries if n.split()[0] == word and len(n.split()) > 1
                 and any(e.primary and e.kind == "country" for e in gaz.lookup(n))}
    return countries.pop() if len(countries) == 1 else None


# Words a body's initials skip ("Organization of American States" -> OAS).
_INITIALS_SKIP = {"of", "the", "and", "for", "on", "in", "to", "de", "la", "du", "des", "del", "et", "y"}


def _initials(name: str, skip: bool) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if not (skip and w in _INITIALS_SKIP))


@lru_cache(maxsize=1)
def _international_body_acronyms() -> frozenset[str]:
    """Lower-case acronyms of international bodies in the actor dictionaries newsledger ships: of the names the
    Phoenix (CAMEO) dictionary codes IGO or NGO (data/events/actors.tsv) and the curated IGO names
    (events/international.tsv), a one-word name spelled by the initials of another name under the same code
    ("nato": "north atlantic treaty organization"; "oas", "opec", "asean", "un", "u.n.")."""
    names: dict[str, set[str]] = {}
    for f in ("actors.tsv", "international.tsv"):
        for r in resources.rows("events", f, min_fields=2):
            if r[1].startswith(("IGO", "NGO")):
                names.setdefault(r[1], set()).add(r[0].lower())
    out = set()
    for group in names.values():
        spelled = {_initials(m, skip) for m in group if " " in m for skip in (True, False)}
        out.update(n for n in group if " " not in n and n.replace(".", "") in spelled)
    return frozenset(out)


_TOWN_KINDS = {"city", "admin2"}


def _an_international_body(ent, gaz: gazetteer.Gazetteer) -> bool:
    """"welcomed in NATO", "join Nato": an entity the NER types as an organisation, or writes in capitals, that is
    wholly an international body's acronym in the actor dictionaries (CAMEO's IGO and NGO codes) is that body,
    never a town or district spelled alike (Nato and Oas, Philippines: issue 19, round 30). A name some country,
    province or region bears stays a place."""
    full = nlp.span_text(ent)  # ent.text, sliced from the document's text
    text = full[4:] if full.lower().startswith("the ") else full
    if not (ent.label_ == "ORG" or text.replace(".", "").isupper()) \
            or text.lower() not in _international_body_acronyms():
        return False
    return all(e.kind in _TOWN_KINDS for e in gaz.lookup(text))
