"""The names an article uses as a place, from the sentence's grammar: the actor layer reads it (a name so used is
never a person or an organization in the article, actors.ActorIndex._named_as_a_place). The places layer keeps
its own list of the names the model typed GPE or LOC (mentions._NamesInDoc): widened with this one it added one
wrong place on LGL's tune-b half (round 41, acttown41), so it does not read it.

One sense per discourse (Gale, Church and Yarowsky 1992): a name the article once uses as a place denotes the
place wherever it recurs, though the entity model typed the other mentions PERSON or ORG. A use as a place is
the of-complement of a settlement's noun ("the town of Qamishli", "the towns of Fua and Kefraya": the "of"-
apposition, Quirk et al. 1985, 17.46), a premodifier of one ("al-Hol camp", "the al-Shayrat airbase"), or a name
the model typed a place inside a locative preposition ("victory in Baghuz"). It reads the sentence only, so it
holds for towns the gazetteer does not know (transliterations: Fua, Kefraya, Baghuz, al-Hol).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from newsledger import nlp, resources
from newsledger.resolve.gazetteer import normalize

# Prepositions that put the following name inside it (as actors.INSIDE_PREPS): only places take them.
_INSIDE_PREPS = {"in", "inside", "into", "across", "throughout", "within", "near"}
_KEY = "newsledger.names_used_as_places"


def place_heads() -> frozenset[str]:
    """Nouns of a settlement or a site named by a place's name (place_heads.txt)."""
    return resources.words("place_heads.txt")


def names_used_as_places(doc: Doc) -> frozenset[str]:
    """The normalized names (gazetteer.normalize) of the entities the article uses as a place at least once."""
    return nlp.kept(doc, _KEY, lambda d: frozenset(normalize(nlp.span_text(e)) for e in nlp.ents(d)
                                                   if used_as_a_place(e)))


def used_as_a_place_in(doc: Doc, name: str) -> bool:
    """Whether the article uses this name as a place somewhere (`names_used_as_places`)."""
    return normalize(name) in names_used_as_places(doc)


def used_as_a_place(ent: Span) -> bool:
    """This mention is a place's name by its grammar: "the town(s) of X (and Y)", "X camp", or typed GPE or LOC
    inside a locative preposition ("in X")."""
    root, heads = ent.root, place_heads()
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "the towns of Fua and Kefraya": Kefraya as the list's first
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in heads:
        return True
    if root.dep_ in {"compound", "nmod", "amod"} and root.head.i >= ent.end and root.head.lower_ in heads:
        return True
    return ent.label_ in {"GPE", "LOC"} and root.dep_ == "pobj" and root.head.lower_ in _INSIDE_PREPS
