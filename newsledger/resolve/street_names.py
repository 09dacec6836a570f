"""Streets named in a US address's form: no actor.

A name the model typed ORG or PERSON that is a road's name in the form of a street address (USPS Publication 28): a
predirectional ("Northwest", "SW", "E.": street_directionals.tsv) or a numbered street name ("34th", "Eighth")
before a road's word (road_heads.tsv, USPS appendix C1), is a street wherever the article writes it, subject or
object: the set's rule "Places of local news" (actors_news.md: streets, avenues and addresses are place names,
`none`). So is a road's name after an address's primary number ("of 1210 Larkin Road"), where it neither acts nor
possesses and no preposition but a road's of position takes it ("10 Downing Street said", "a spokesman for 10
Downing Street": the seat standing for a government, actors_guardian.md). A road's name alone is left to its
position (actors._site_as_a_place), since it may stand for a body ("Downing Street said", "Wall Street"). The model
also cuts such a name before its road's word ("Northwest 34th | Street", ORG): the word right after the name closes
it.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from newsledger import resources
from newsledger.resolve import place_use

_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})  # a subject, a possessor, a passive's agent


@lru_cache(maxsize=1)
def _directionals() -> dict[str, str]:
    """street_directionals.tsv: directional -> its form (word or abbreviation)."""
    return {word: form for word, form, *_ in resources.rows("street_directionals.tsv", min_fields=2)}


def _road_word(text: str) -> bool:
    return text.lower().rstrip(".") in place_use.road_heads()


def address_road(ent: Span) -> bool:
    """Whether this ORG or PERSON name is a street in an address's form: its words before the road's word (its own
    last word, or the capitalised word right after it) open with a directional, or are one number or ordinal, or
    they follow a house number and the name neither acts nor possesses there. A
    one-letter directional ("E.") counts only before a street's own name ("E. Main St."), never alone before the
    road's word, where it reads as a person's initial ("S. Lane")."""
    if ent.label_ not in {"ORG", "PERSON"}:
        return False
    words = [t for t in ent if not t.is_punct and t.lower_ != "the"]
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if words and _road_word(words[-1].text) and len(words) > 1:
        street = words[:-1]
    elif words and after is not None and after.text[:1].isupper() and _road_word(after.text):
        street = words
    else:
        return False
    form = _directionals().get(street[0].lower_.rstrip("."))
    if form == "word" or (form == "abbreviation" and (len(street) > 1 or len(street[0].text.rstrip(".")) == 2)):
        return True
    if len(street) == 1 and street[0].like_num:
        return True
    return _after_a_house_number(ent) and _in_an_address_position(ent.root)


def _in_an_address_position(root: Token) -> bool:
    """Neither a subject, a possessor nor a passive's agent, and as a preposition's object only of a road's
    preposition of position (site_place_preps.tsv: on, at, in, near, off, along, of): "<name>, 44, of 1210 <name>
    Road", "at 400 <name> Street", not "a spokesman for 10 Downing Street" (a seat named for its government)."""
    if root.dep_ == "pobj":
        return root.head.lower_ in _road_prepositions()
    return root.dep_ not in _ACTING_DEPS


@lru_cache(maxsize=1)
def _road_prepositions() -> frozenset[str]:
    return frozenset(prep for kind, prep, *_ in resources.rows("site_place_preps.tsv", min_fields=3) if kind == "road")


def _after_a_house_number(ent: Span) -> bool:
    """The word before the name is an address's primary number, digits ("1210", "33B"; USPS Publication 28), not a
    date's or a time's ("In 1998 <name> Lane")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.text[:1].isdigit() and before.text.rstrip("ABCDEFGHabcdefgh").isdigit() \
        and before.ent_type_ not in {"DATE", "TIME"}
