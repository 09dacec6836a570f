"""Helpers shared by the quote tests: the quotes extracted from one invented text, after its actors (as the
pipeline runs them), so speakers resolve."""
from __future__ import annotations

from newsledger import nlp
from newsledger.extract import actors, quotes
from newsledger.model import Article, Record


def quotes_of(text: str) -> list:
    """The quotes extracted from `text` (parsed alone, no publication date or outlet)."""
    doc = nlp.parse(text)
    rec = Record(article=Article(text=text))
    actors.extract(doc, rec)
    return quotes.extract(doc, rec)
