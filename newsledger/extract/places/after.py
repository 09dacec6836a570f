"""What the words right after a place's name say of it: a kind in lower case ("Helmand province",
"Jackson and Barrow counties"), talks or an agreement named after a city ("the Geneva talks"), and a province
or country after a comma ("Fresno, Calif."), which the name's bare mentions share."""
from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc

from newsledger import nlp, resources
from newsledger.extract.places.names import Mention, _clean
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer import normalize

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


# Lower-case plural heads that a list of names shares, and what each name then is: the first part of a street's
# name ("street": "Rivers and Stokes avenues") or of an institution's ("institution": "Glacier Ridge, Deer Run and
# Thomas elementary schools"); shared_site_heads.tsv says where they come from.
_SHARED_SITE_HEADS = {head: what for head, what in resources.rows("shared_site_heads.tsv", min_fields=2)}

_COORDINATORS = {",", "and", "or", "&"}

# Lower-case words between the list and its head that qualify the head ("elementary", "high", "middle", "public"),
# at most this many; "other" ends no list ("Springfield and other schools" names Springfield).
_HEAD_MODIFIERS_MAX = 2


def _a_shared_site_head(ent) -> str | None:
    """The lower-case plural head of _SHARED_SITE_HEADS that the name shares with the other names of a list, written
    once after the last of them ("avenues" of "Rivers and Stokes avenues"); None when it is not so listed. A list:
    a coordinator right before the name, or coordinators and capitalised names after it ending on a name."""
    doc = ent.doc
    if not nlp.kept(doc, _SITE_HEADS_KEY, _site_heads_in):
        return None  # no head of _SHARED_SITE_HEADS in the article: the walk below cannot end on one
    listed = ent.start > 0 and doc[ent.start - 1].lower_ in _COORDINATORS
    i = ent.end
    while i < len(doc) and (doc[i].lower_ in _COORDINATORS or doc[i].text[:1].isupper()):
        i += 1
    if i > ent.end and any(t.lower_ in _COORDINATORS for t in doc[ent.end:i]):
        listed = listed or doc[i - 1].lower_ not in _COORDINATORS
    for _ in range(_HEAD_MODIFIERS_MAX):
        if i < len(doc) and doc[i].is_lower and doc[i].tag_ in {"JJ", "NN", "NNP"} and doc[i].lower_ != "other":
            i += 1
    if not listed or i >= len(doc) or doc[i].tag_ != "NNS" or doc[i].text not in _SHARED_SITE_HEADS:
        return None
    return doc[i].text


def _site_heads_in(doc: Doc) -> bool:
    """Whether a word of _SHARED_SITE_HEADS is in the document: once per article, not a walk per entity."""
    return bool(nlp.indices_where(doc, ORTH, _SHARED_SITE_HEADS.__contains__))


_SITE_HEADS_KEY = "newsledger.places.site_heads"


# A boundary written right after the name, in lower case: "near the New York border", "from the Kentucky border",
# "the Mexico border", "the Syrian borders", "to the Georgia state line" (WordNet 3.0 border n.1: "a line that
# indicates a boundary", of a political unit; state line n.1: "the boundary between two states"): the country's or
# first-level subdivision's boundary, never a town's (capitalised, the word opens another name: "Texas Border
# Patrol").
_BOUNDARY_WORDS = {"border", "borders"}


def _before_a_border(ent) -> bool:
    doc = ent.doc
    nxt = [t.text for t in doc[ent.end:ent.end + 2]]
    return bool(nxt) and doc[ent.end].is_lower and (nxt[0] in _BOUNDARY_WORDS or nxt == ["state", "line"])


_APPOSITION = re.compile(r"\s*,\s*")


def _appositions(doc: Doc, text: str, mentions: list[Mention], gaz: gazetteer.Gazetteer) -> None:
    """Record on each mention the provinces and countries the place named right after its comma can be
    ("Fresno, Calif.", "LEXINGTON, Neb.", "Toronto, Ontario", "Ontario, Canada"): news writes a town with its
    state or country so, and the reader takes the town there."""
    starts = {ent.start_char: ent for ent in nlp.ents(doc) if ent.label_ in {"GPE", "LOC"}}
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
