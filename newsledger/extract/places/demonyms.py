"""Demonyms and regions' adjectives: one that modifies a noun stands for its country ("Afghan army") or
its region ("Central American migrants"); one naming people ("the Afghans") for no place."""
from __future__ import annotations

from newsledger.extract.places.names import Mention
from newsledger.resolve import gazetteer


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
