"""Helpers shared by the place tests: the places extracted from one invented text, and their (text, country)."""
from __future__ import annotations

from newsledger import nlp
from newsledger.extract import places
from newsledger.model import Article, Record


def places_of(text: str) -> list:
    """The places extracted from `text` (parsed alone, no publication date or outlet)."""
    return places.extract(nlp.parse(text), Record(article=Article(text=text)))


def place_names(text: str) -> list[tuple[str, str | None]]:
    """(text, country) of each place extracted from `text`."""
    return [(p.text, p.country) for p in places_of(text)]


def where_of(text: str, name: str) -> tuple[str, str | None, str | None]:
    """(kind, country, admin1) of the first place extracted from `text` whose text is `name`."""
    p = next(p for p in places_of(text) if p.text == name)
    return p.kind, p.country, p.admin1


def place_at(text: str, phrase: str):
    """The place extracted at the start of `phrase` in `text`, or None."""
    return next((p for p in places_of(text) if p.start == text.index(phrase)), None)
