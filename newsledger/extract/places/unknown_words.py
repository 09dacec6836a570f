"""A one-word name no gazetteer entry bears, which the NER took for a place and the article reads nowhere as one:
a product, firm, film, vessel, team or body ("a 2005 Honda Odyssey", "the assumed name, Torenia", "Kurobuta ham",
"the hovercraft Penac", "the movies Borderland", "UNL's Department", "DeltaTrak", "the Blues' last three
matches"). Provenance: both gold sets' guidelines annotate toponyms, names of places (LGL's each with its
gazetteer entry; GeoWebNews' literal and metonymic uses of a place's name), and a name that is neither in the
gazetteer nor used in any construction that names a place (after a locative preposition, before ", <province>" or
", <town>", before a town's noun or a feature's generic word, after "the", coordinated with a place, as a
dateline) gives no sign of being one; one sense
per discourse (Gale, Church and Yarowsky 1992) extends a place reading of any mention to all of the article's
mentions of the word. Issue 19, round 15 (places15): LGL tune-a 8 such predictions in 7 articles, none a
toponym; GeoWebNews tune-a 2 in 1 article, none a toponym."""
from __future__ import annotations

from functools import partial

from newsledger.extract.places.given_names import _named_as_a_place
from newsledger.extract.places.mistyped import _coordinated_with_a_place
from newsledger.extract.places.names import _KIND_WORDS
from newsledger.resolve import gazetteer

# Generic words of GeoNames' feature classes A, H, L and T (administrative divisions, waters, areas, relief) and
# the kind words of places (names.py's _KIND_WORDS): after a name they make it a place ("the Kandil mountains",
# "Syria's Qalamoun region", "the Euphrates river").
_FEATURE_WORDS = _KIND_WORDS | {"river", "lake", "sea", "gulf", "bay", "creek", "canal", "mountains", "mountain",
                                "range", "valley", "hills", "hill", "desert", "plateau", "plain", "island",
                                "islands", "peninsula", "region", "area", "governorate", "enclave", "basin",
                                "delta", "coast", "camp"}

# Kinds of entry whose own name after a comma makes the name before it a place inside it ("Headington, Oxford").
_CONTAINER_KINDS = {"city", "admin2", "admin1", "country"}


def _an_unknown_word(ent, gaz: gazetteer.Gazetteer, name: str) -> bool:
    """`ent` (a GPE or LOC entity, `name` its cleaned name) is one word no entry bears, not coordinated with a place,
    and no mention of it in the article is read as a place or written as a capitalised dateline."""
    if len(ent) != 1 or ent.label_ not in {"GPE", "LOC"} or gaz.lookup(name):
        return False
    if _coordinated_with_a_place(ent):
        return False  # "Morocco, Tunisia and Lybia"
    signs = (partial(_before_a_known_place, gaz=gaz), _a_feature_name)
    return not _named_as_a_place(ent.doc, ent[0].text, gaz, also=signs)


def _a_feature_name(doc, i: int) -> bool:
    """The word is written as a geographic feature's name: after the definite article, which English puts before
    the names of rivers, seas, mountain ranges, deserts and regions ("the Euphrates", "the Sahel"), before a
    feature's generic word ("Kandil mountains", "Qalamoun region"), or before "near" ("Darraya near Damascus")."""
    if i > 0 and doc[i - 1].lower_ == "the":
        return True
    return i + 1 < len(doc) and (doc[i + 1].lower_ in _FEATURE_WORDS or doc[i + 1].lower_ == "near")


def _before_a_known_place(doc, i: int, gaz: gazetteer.Gazetteer) -> bool:
    """"Gladstone Road, Headington, Oxford": the word before a comma and the own name of a town, county, province
    or country is a place inside it."""
    if not (i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].text[:1].isupper()):
        return False
    return any(e.primary and e.kind in _CONTAINER_KINDS for e in gaz.lookup(doc[i + 2].text))
