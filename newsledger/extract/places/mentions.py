"""The article's place mentions (recognition): the written-form patterns first, then the entities, each
read by the rules of the modules above, then the appositions."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from newsledger import nlp
from newsledger.extract.places.after import (
    _SHARED_SITE_HEADS,
    _a_shared_site_head,
    _appositions,
    _before_a_border,
    _kind_after,
    _names_a_diplomatic_round,
    _share_appositions,
)
from newsledger.extract.places.demonyms import (
    _modifies_a_noun,
    _names_its_people,
    _region_adjective,
    _region_class,
    _region_modifier,
    _subdivision_adjectives,
)
from newsledger.extract.places.filters import (
    _a_compass_point,
    _an_adjective,
    _an_international_body,
    _common_noun,
    _compass_whole,
    _era_marker,
    _feast_day,
    _opens_a_name,
)
from newsledger.extract.places.given_names import _a_given_name, _a_suffixed_full_name, _first_names, given_names
from newsledger.extract.places.mistyped import _a_surname, _person_name_words, _place_taken_for_a_name
from newsledger.extract.places.names import _KIND_WORDS, Mention, _clean
from newsledger.extract.places.organisations import (
    _demonym_after_of,
    _embedded,
    _embedded_state,
    _leading_demonym,
)
from newsledger.extract.places.pairs import _hyphen_pairs
from newsledger.extract.places.patterns import _dash_datelines, _party_homes, _saint_names
from newsledger.extract.places.unknown_words import _an_unknown_word
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer import normalize

_LABELS = {"GPE", "LOC", "FAC", "NORP"}


def _mentions(doc: Doc, gaz: gazetteer.Gazetteer, text: str | None = None) -> list[Mention]:
    """The article's place mentions: names opened by a split abbreviation ("ST. PAUL"), then the entities,
    each with the province or country named after it. `text` is what the doc parses, when the caller has it:
    Doc.text rebuilds it token by token (issue 15, speed)."""
    text = doc.text if text is None else text
    saints, openers = _saint_names(doc, gaz)
    saint_chars = {i for m in saints for i in range(m.start, m.end)} | openers
    homes = _party_homes(doc, text, gaz) + [m for m in _dash_datelines(text, gaz)
                                            if saint_chars.isdisjoint(range(m.start, m.end))]
    taken = {i for m in saints + homes for i in range(m.start, m.end)} | openers
    out = saints + homes + _entity_mentions(doc, gaz, taken)
    out += _subdivision_adjectives(doc, {i for m in out for i in range(m.start, m.end)} | openers)
    out = _hyphen_pairs(doc, text, out, gaz)
    _appositions(doc, text, out, gaz)
    _share_appositions(out)
    return out


@dataclass(frozen=True)
class _NamesInDoc:
    """What the article's entities name, for reading each entity: the surnames of its people, its place names
    (GPE or LOC), its towns (GPE) and the given names (frequent ones and its people's)."""

    people: set[str]
    place_names: set[str]
    towns_named: set[str]
    first_names: set[str] | frozenset[str]

    @classmethod
    def of(cls, doc: Doc) -> _NamesInDoc:
        ents = nlp.ents(doc)
        return cls(people=_person_name_words(doc),
                   place_names={normalize(ent.text) for ent in ents if ent.label_ in {"GPE", "LOC"}},
                   towns_named={normalize(ent.text) for ent in ents if ent.label_ == "GPE"},
                   first_names=given_names() | _first_names(ents))


def _entity_mentions(doc: Doc, gaz: gazetteer.Gazetteer, taken: set[int]) -> list[Mention]:
    """The mentions among the entities, but for those touching the character offsets `taken`."""
    names = _NamesInDoc.of(doc)
    out: list[Mention] = []
    listed: list[Mention] = []
    for ent in nlp.ents(doc):
        if taken and not taken.isdisjoint(range(ent.start_char, ent.end_char)):  # the set's own loop, in C
            continue
        head = _a_shared_site_head(ent) if ent.label_ in _LABELS | {"ORG"} else None
        mention = _entity_mention(ent, gaz, names)
        if mention is None:
            continue
        out.append(mention)
        if head is not None and not mention.demonym:
            if _SHARED_SITE_HEADS[head] == "street":
                _name_the_street(mention, head)
            else:
                listed.append(mention)
    _named_as_institutions(out, listed, gaz)
    return out


def _name_the_street(mention: Mention, head: str) -> None:
    """"Rivers and Stokes avenues": the name is looked up as the street it opens ("Rivers Avenue"), which no entry
    is (so it makes no place row: rows._a_street), not as the place it is named after (Rivers State, Nigeria;
    generation._inner_name reads no place before a street's word)."""
    mention.key_text = f"{mention.key_text} {head[:-1].capitalize()}"


def _named_as_institutions(mentions: list[Mention], listed: list[Mention], gaz: gazetteer.Gazetteer) -> None:
    """A name the article lists before an institution's plural head (`listed`: "Glacier Ridge, Deer Run and Thomas
    elementary schools") is that school's, college's or hospital's: the town it may be named after is kept only
    where the article's context puts it near, and no row is made without one (Mention.named_after and
    Mention.business, as for a business named after a town). The name's other mentions are the institution too
    where the gazetteer knows no place of that name ("Glacier Ridge offers the program": one sense per
    discourse); a known town's name keeps its own reading elsewhere in the article."""
    keys = {normalize(m.key_text) for m in listed if not m.demonym}
    for m in mentions:
        if m.demonym or normalize(m.key_text) not in keys:
            continue
        if any(m is x for x in listed) or not gaz.lookup(m.key_text):
            m.named_after = m.business = True


def _entity_mention(ent, gaz: gazetteer.Gazetteer, names: _NamesInDoc) -> Mention | None:
    """The place mention an entity makes, by its label: a place the NER took for a name, a place inside an
    organisation's name, a demonym's country or region, or the entity's own place name. An international
    body's name is no town ("NATO"); a demonym the NER took for an organisation or a person ("Sierra Leonean
    police") is read as a demonym, never as a place spelled like it."""
    if _an_international_body(ent, gaz):
        return None
    if ent.label_ != "PERSON" and (region := _region_class(ent, gaz)) is not None:
        return region
    if ent.label_ in {"ORG", "PERSON"} and (cc := gaz.demonym(ent.text)):
        return _demonym_mention(ent, gaz, cc)
    if (ent.label_ in {"ORG", "PERSON"} or (ent.label_ == "NORP" and not gaz.demonym(ent.text))) \
            and _place_taken_for_a_name(ent, gaz, names.people, names.place_names):
        name, hint = _clean(ent.text)
        return Mention(ent.start_char, ent.end_char, ent.text, name, "GPE", hint)
    if ent.label_ == "ORG":
        return (_embedded(ent, gaz, names.towns_named, names.people) or _leading_demonym(ent, gaz)
                or _demonym_after_of(ent, gaz))
    if ent.label_ not in _LABELS:
        return None
    cc = gaz.demonym(ent.text)
    if ent.label_ == "NORP" or cc:
        return _demonym_mention(ent, gaz, cc)
    return _place_name_mention(ent, gaz, names)


def _demonym_mention(ent, gaz: gazetteer.Gazetteer, cc: str | None) -> Mention | None:
    """A demonym or adjective stands for its country (`cc`) or region, never for a place named like it
    ("Canadian"), and only before a noun."""
    if not _modifies_a_noun(ent):
        if cc and _names_its_people(ent):
            return Mention(ent.start_char, ent.end_char, ent.text, ent.text, "NORP", demonym=cc, people=True)
        return None
    # "Central American" is the region before "American" is the country
    mention = _region_adjective(ent, gaz, with_previous=True)
    if mention is None and cc and not _region_modifier(ent):
        mention = Mention(ent.start_char, ent.end_char, ent.text, ent.text, "NORP", demonym=cc)
    return mention or _region_adjective(ent, gaz, with_previous=False)


def _place_name_mention(ent, gaz: gazetteer.Gazetteer, names: _NamesInDoc) -> Mention | None:
    """A GPE, LOC or FAC entity as a place mention, unless it is a word the NER mistook (a common noun, an era, a
    feast day, a person's surname or given name, an adjective, the opening of a longer name, a word no entry
    bears)."""
    if _common_noun(ent) or _era_marker(ent) or _feast_day(ent) or (len(ent) == 1
                                                                     and _a_surname(ent.text, names.people)):
        return None  # "Modi" after "Narendra Modi": the person again, which the NER took for a place ("the
        # Murdochs": the family)
    if _a_given_name(ent, gaz, names.first_names):
        return None  # "Patrick is a senior at ...": a person's given name, read nowhere as a place
    if _a_suffixed_full_name(ent):
        return None  # "Clayborn Shelby III": a person's full name, which the NER took for a place
    if _an_adjective(ent, gaz):
        return None
    if _a_compass_point(ent):
        whole = _compass_whole(ent, gaz)  # "the North" beside North Korea; else a loose region, no place
        return Mention(ent.start_char, ent.end_char, ent.text, whole, ent.label_) if whole is not None else None
    if _opens_a_name(ent, gaz):
        return None
    name, hint = _clean(ent.text)
    if not name or re.sub(r"\s+of$", "", name.lower()) in _KIND_WORDS:
        return None  # "County of" cut from its name, "Town"
    if _an_unknown_word(ent, gaz, name):
        return None  # "a 2005 Honda Odyssey": a word no entry bears, read nowhere as a place
    if len(ent) > 1 and ent.label_ in {"GPE", "LOC"} and not gaz.lookup(name):
        # a programme's or body's name the NER took for a place, with a country inside it ("Building
        # Ireland" home loan, "Invest Ireland"): the country, as for such names tagged ORG (_embedded_state);
        # a name the gazetteer knows never gets here
        inner = _embedded_state([t for t in ent], ent, gaz)
        if inner is not None:
            return inner
    return Mention(ent.start_char, ent.end_char, ent.text, name, ent.label_, hint or _kind_after(ent),
                   opens_org="body" if _names_a_diplomatic_round(ent) else None, compound=_compound(ent),
                   border=_before_a_border(ent))


def _compound(ent) -> bool:
    """"the mid-Atlantic states", "trans-Pacific": a lower-case word glued by a hyphen before the name; "writes in
    The Atlantic": a capitalised "The" inside a sentence, a title's (a magazine's). The name is part of another name,
    not the region or sea it spells (generation.candidates reads it; PolNeAR: "mid-Atlantic", "The Atlantic")."""
    doc, i = ent.doc, ent.start
    if i >= 2 and doc[i - 1].text in {"-", "\u2013"} and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and doc[i - 2].is_lower:
        return True
    return i >= 1 and doc[i - 1].text == "The" and not doc[i - 1].is_sent_start
