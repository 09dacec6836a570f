"""Demonyms and regions' adjectives: one that modifies a noun stands for its country ("Afghan army") or
its region ("Central American migrants"); one naming people ("the Afghans") for no place."""
from __future__ import annotations

from functools import lru_cache

from spacy.strings import get_string_id

from newsledger import resources
from newsledger.extract.places.names import Mention
from newsledger.nlp import ents, orths
from newsledger.resolve import gazetteer


def _names_its_people(ent) -> bool:
    """"the Afghans", "two Palestinians were killed", "Russians who emigrated": a demonym inflected as a plural
    noun (tagged NNS/NNPS, ending in "s") names the country's people, and stands for their country, as LGL
    annotates it (LGL tune-a: "Russians" x3, "Palestinians" x2, "Iraqis"; the table's plural rows). An uninflected
    word ("the Congolese", "the French", "Chinese") is left out: it is no plural by its spelling, and "Congolese"
    names two countries. A plural with a name before it ("Atakapa Indians") or glued to one by a hyphen
    ("Anglo-Americans") names another people, and so may a plural whose singular WordNet gives two peoples' senses
    ("Indians", "Georgians", "Dominicans": demonym_plurals_two_peoples.txt, scripts/build_people_plurals.py)."""
    if not (ent.root.tag_ in {"NNS", "NNPS"} and ent.text.endswith("s") and len(ent) <= 3):
        return False
    if ent.root.text.lower() in resources.words("demonym_plurals_two_peoples.txt"):
        return False  # "Indians", "Georgians": WordNet names two peoples so
    doc, i = ent.doc, ent.start
    glued = i >= 1 and doc[i - 1].text in {"-", "\u2013"} and not doc[i - 1].whitespace_
    # "Atakapa Indians", "Anglo-Americans": a people named by another word before it is not the country's
    return not glued and not any(c.dep_ == "compound" and c.i < ent.start for c in ent.root.children)


def _modifies_a_noun(ent) -> bool:
    """"Afghan army" stands for the country; "the Afghans" are people."""
    root = _coordinated_root(ent.root)  # "her American and Mexican counterparts"
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


# "the Balkan countries": the adjective of a WordNet class of countries -> the region the class is part of
# (region_class_adjectives.tsv, written by scripts/build_wordnet_demonyms.py), before a plural country noun.
_REGION_CLASS = {r[0]: r[1] for r in resources.rows("region_class_adjectives.tsv", min_fields=2)}
_COUNTRY_NOUNS = {"country", "nation", "state", "republic"}


def _region_class(ent, gaz: gazetteer.Gazetteer) -> Mention | None:
    """"the Balkan countries", "Balkan states": the adjective of a class of countries before a plural country
    noun is the region the countries lie in (the Balkans), never a place spelled like the adjective (Balkan
    province, Turkmenistan), where the region-adjective rule (_region_adjective: "European", "Central American")
    finds none (issue 19, round 30)."""
    region = _REGION_CLASS.get(ent.text)
    if region is None:
        return None
    head = _modified(ent.root)
    if head.i < ent.end or head.tag_ not in {"NNS", "NNPS"} or head.lemma_.lower() not in _COUNTRY_NOUNS \
            or not _modifies(ent.root):
        return None
    found = _region_adjective(ent, gaz, with_previous=True) or _region_adjective(ent, gaz, with_previous=False)
    if found is not None:
        return found
    if not any(e.primary and e.kind == "region" for e in gaz.lookup(region)):
        return None
    return Mention(ent.start_char, ent.end_char, ent.text, region, "LOC")


def _region_modifier(ent) -> bool:
    """"Central American", "North American": a capitalized word before the adjective makes it the adjective of
    a larger region, not of the country the bare adjective names."""
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.text[:1].isupper() and not prev.is_sent_start and prev.pos_ in {"PROPN", "ADJ", "NOUN"}


# "Dagestani police", "the Abkhaz leadership", "a Texan oilman": the adjective of a first-level subdivision
# (subdivision_adjectives.tsv: adjective -> (a name the gazetteer knows the subdivision by, its country)).
_SUBDIVISION_ADJECTIVES = {r[0]: (r[1], r[2]) for r in resources.rows("subdivision_adjectives.tsv", min_fields=3)}
# "Ontarians", "Minnesotans": the table's adjective inflected as a plural noun names the subdivision's people, and
# stands for the subdivision as a country's people stand for their country (_names_its_people; LGL tune-a:
# "Ontarians" x3, "Minnesotans")
_SUBDIVISION_PEOPLE = {a + "s": a for a in _SUBDIVISION_ADJECTIVES if a[-1:].isalpha() and not a.endswith("s")}
_SUBDIVISION_ADJECTIVE_WORDS = max((len(a.split()) for a in _SUBDIVISION_ADJECTIVES), default=0)
# Every prefix of an adjective: a span's text begins with its first token's text, so a token whose text is no
# such prefix opens none of them (the scan below tries spans only where one may open).
_SUBDIVISION_ADJECTIVE_PREFIXES = frozenset(a[:k] for a in list(_SUBDIVISION_ADJECTIVES) + list(_SUBDIVISION_PEOPLE)
                                           for k in range(len(a) + 1))

# Entities inside which a subdivision's adjective is read only where it opens the name ("the Scottish
# Parliament", as a country's demonym opening an organisation's name, organisations._leading_demonym), never
# further in ("Kirsty Welsh", "the Royal Scottish Academy"): a person's or a body's own name.
_NAME_LABELS = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}


@lru_cache(maxsize=1)
def _subdivision_prefix_ids() -> frozenset[int]:
    """_SUBDIVISION_ADJECTIVE_PREFIXES as string ids, to test each token by its id (newsledger.nlp.orths)."""
    return frozenset(get_string_id(p) for p in _SUBDIVISION_ADJECTIVE_PREFIXES)


def _subdivision_adjectives(doc, taken: set[int]) -> list[Mention]:
    """The adjectives of first-level subdivisions before a noun, as those subdivisions ("Dagestani police" is
    Dagestan, as "Afghan army" is Afghanistan), whatever label the NER gave them (LGL tune-a: "Abkhaz" tagged
    PERSON, ORG, PRODUCT or nothing; "Dagestani" PERSON or NORP). A word naming people ("the Texans", "a Texan"),
    a language ("speaks Welsh") or part of a name's tail is no place. `taken`: character offsets of the
    mentions found already."""
    out: list[Mention] = []
    if not _SUBDIVISION_ADJECTIVES:
        return out
    ent_of = {i: ent for ent in ents(doc) for i in range(ent.start, ent.end)}
    prefixes = _subdivision_prefix_ids()
    opens = [orth in prefixes for orth in orths(doc)]
    i = 0
    while i < len(doc):
        if not opens[i]:
            i += 1
            continue
        found = None
        for n in range(min(_SUBDIVISION_ADJECTIVE_WORDS, len(doc) - i), 0, -1):
            span = doc[i:i + n]
            if span.text in _SUBDIVISION_ADJECTIVES or span.text in _SUBDIVISION_PEOPLE:
                found = span
                break
        if found is None:
            i += 1
            continue
        i = found.end
        last = found[-1]
        if any(c in taken for c in range(found.start_char, found.end_char)):
            continue
        if found.text in _SUBDIVISION_PEOPLE:
            ent = ent_of.get(found.start)
            if _a_subdivisions_people(found, ent):
                name, cc = _SUBDIVISION_ADJECTIVES[_SUBDIVISION_PEOPLE[found.text]]
                out.append(Mention(found.start_char, found.end_char, found.text, name, "GPE",
                                   within_countries=frozenset({cc}), people=True))
            continue
        if last.tag_ in {"NNS", "NNPS"} or not _modifies(last):
            continue
        ent = ent_of.get(found.start)
        if ent is not None and (ent.label_ == "LANGUAGE" or (ent.label_ == "NORP" and len(ent) > len(found))):
            continue  # "Welsh and Scottish Gaelic", "Crimean Tatars": a language's or a people's name
        head = ent_of.get(_modified(last).i)
        if head is not None and head.label_ in {"NORP", "LANGUAGE"}:
            continue  # "Welsh and Scottish Gaelic": it modifies a language's or a people's name
        if ent is not None and ent.label_ in _NAME_LABELS and len(ent) > len(found):
            first = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]
            if first.i != found.start:
                continue
        if found.start > 0 and doc[found.start - 1].text[:1].isupper() and not doc[found.start - 1].is_sent_start \
                and doc[found.start - 1].pos_ == "PROPN" and doc[found.start - 1].head.i == last.head.i:
            continue  # "Irvine Welsh", "North Dagestani": a longer name ends with the word
        name, cc = _SUBDIVISION_ADJECTIVES[found.text]
        out.append(Mention(found.start_char, found.end_char, found.text, name, "GPE",
                           within_countries=frozenset({cc})))
    return out


def _a_subdivisions_people(span, ent) -> bool:
    """"many Ontarians", "8,000 Minnesotans", "Minnesotans who voted": the plural, tagged NNS/NNPS, is a whole
    entity the NER calls NORP (a people), with no name before it or glued to it by a hyphen (as _names_its_people),
    and no "the" before it: a team is named by a definite plural ("The Texans lost again on Sunday", Houston's
    football team; test_places25), which the NER may call NORP too."""
    if ent is None or ent.label_ != "NORP" or ent.start_char != span.start_char or ent.end_char != span.end_char:
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        return False
    return _names_its_people(ent)  # a plural (NNS/NNPS) with no name before it


def _coordinated_root(tok):
    """The first of the words coordinated with `tok` ("Abkhaz" in "Abkhaz and Ossetian borders")."""
    root = tok
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root


def _modified(tok):
    """The noun the word (or the first word coordinated with it) hangs on."""
    return _coordinated_root(tok).head


def _modifies(tok) -> bool:
    """The word modifies a noun after it ("Texan oilman", "Abkhaz and Ossetian borders")."""
    root = _coordinated_root(tok)
    return root.dep_ in {"amod", "compound", "nmod", "npadvmod"} and root.head.i > root.i \
        and root.head.pos_ in {"NOUN", "PROPN"}
