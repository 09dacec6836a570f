"""The names an article uses as a place, from the sentence's grammar: the actor layer reads it (a name so used is
never a person or an organization in the article, actors.ActorIndex._named_as_a_place). The places layer keeps
its own list of the names the model typed GPE or LOC (mentions._NamesInDoc): widened with this one it added one
wrong place on LGL's tune-b half (round 41, acttown41), so it does not read it.

One sense per discourse (Gale, Church and Yarowsky 1992): a name the article once uses as a place denotes the
place wherever it recurs, though the entity model typed the other mentions PERSON or ORG. A use as a place is
the of-complement of a settlement's noun ("the town of Qamishli", "the towns of Fua and Kefraya": the "of"-
apposition, Quirk et al. 1985, 17.46), a premodifier of one ("the al-Shayrat airbase"), or a name the model
typed a place inside a locative preposition ("victory in Baghuz") and more often a place than not. It reads the
sentence only, so it holds for towns the gazetteer does not know (transliterations: Fua, Kefraya, Baghuz, al-Shayrat).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsledger import nlp, resources
from newsledger.resolve.gazetteer import normalize

# Prepositions that put the following name inside it: only places take them ("in Ghouta", never "in Smith"). The
# actor layer reads the same set (actors.INSIDE_PREPS).
INSIDE_PREPS = frozenset({"in", "inside", "into", "across", "throughout", "within", "near"})
_PLACE_LABELS = {"GPE", "LOC"}
_KEY = "newsledger.names_used_as_places"


def place_heads() -> frozenset[str]:
    """Nouns of a settlement or a site named by a place's name (place_heads.txt)."""
    return resources.words("place_heads.txt")


def names_used_as_places(doc: Doc) -> frozenset[str]:
    """The normalized names (gazetteer.normalize) of the entities the article uses as a place at least once."""
    return nlp.kept(doc, _KEY, _names_used_as_places)


def used_as_a_place_in(doc: Doc, name: str) -> bool:
    """Whether the article uses this name as a place somewhere (`names_used_as_places`)."""
    return normalize(name) in names_used_as_places(doc)


def _names_used_as_places(doc: Doc) -> frozenset[str]:
    ents = nlp.ents(doc)
    # the entity "Baghuz village" counts for "Baghuz" (its settlement noun in lower case: not "Mexico City")
    typed = Counter(normalize(nlp.span_text(e[:-1] if len(e) > 1 and e[-1].text in place_heads() else e))
                    for e in ents if e.label_ in _PLACE_LABELS)
    other = Counter(normalize(nlp.span_text(e)) for e in ents if e.label_ in {"PERSON", "ORG"})
    out = set()
    for e in ents:
        name = normalize(nlp.span_text(e))
        if named_by_a_place_noun(e) or (typed[name] > other[name] and typed_a_place_inside(e)):
            out.add(name)
        if len(e) > 1 and e[-1].text in place_heads():
            out.add(normalize(nlp.span_text(e[:-1])))  # "Baghuz village": the model took the noun in
    return frozenset(out)


def named_by_a_place_noun(ent: Span) -> bool:
    """"the town(s) of X (and Y)", "X airbase": a settlement's or a site's noun names the place (the head noun
    itself no modifier: "a MSNBC town hall" is a hall)."""
    root, heads = ent.root, place_heads()
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "the towns of Fua and Kefraya": Kefraya as the list's first
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in heads:
        return True
    head = root.head
    return root.dep_ in {"compound", "nmod", "amod"} and head.i >= ent.end and head.lower_ in heads \
        and head.dep_ not in {"compound", "nmod", "amod"}


def typed_a_place_inside(ent: Span) -> bool:
    """The model typed this mention a place (GPE, LOC) and it stands inside a locative preposition ("victory in
    Baghuz"). Read only for a name the model types a place more often than a person or an organization in the
    article (its majority label: Krishnan and Manning 2006's document-level consistency): "a position in
    Valeant", "profiled in the Daily Beast" are firms and papers the model typed a place once."""
    root = ent.root
    return ent.label_ in _PLACE_LABELS and root.dep_ == "pobj" and root.head.lower_ in INSIDE_PREPS


@lru_cache(maxsize=1)
def road_heads() -> frozenset[str]:
    """The words that close a road's or a street's name ("Freeway", "Avenue", "St"): road_heads.tsv's rows of GeoNames
    class R (USPS Publication 28), read by the places layer and the actor layer alike."""
    return frozenset(head for head, code, *_ in resources.rows("road_heads.tsv", min_fields=2) if code.startswith("R."))
