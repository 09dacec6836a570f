"""Streets named in a US address's form: no actor.

A name the model typed ORG or PERSON that is a road's name in the form of a street address (USPS Publication 28):
a predirectional ("Northwest", "SW", "E.": street_directionals.tsv) or a numbered street name ("34th", "Eighth")
before a road's word (road_heads.tsv, USPS appendix C1), is a street wherever the article writes it, subject or
object: the set's rule "Places of local news" (actors_news.md: streets, avenues and addresses are place names,
`none`). A road's name alone is left to its position (actors._site_as_a_place), since it may stand for a body
("Downing Street said", "Wall Street"); the address form never does. The model also cuts such a name before its
road's word ("Northwest 34th | Street", ORG): the word right after the name closes it.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from newsledger import resources
from newsledger.resolve import place_use


@lru_cache(maxsize=1)
def _directionals() -> dict[str, str]:
    """street_directionals.tsv: directional -> its form (word or abbreviation)."""
    return {word: form for word, form, *_ in resources.rows("street_directionals.tsv", min_fields=2)}


def _road_word(text: str) -> bool:
    return text.lower().rstrip(".") in place_use.road_heads()


def address_road(ent: Span) -> bool:
    """Whether this ORG or PERSON name is a street in an address's form: its words before the road's word (its own
    last word, or the capitalised word right after it) open with a directional, or are one number or ordinal. A
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
    return len(street) == 1 and street[0].like_num
