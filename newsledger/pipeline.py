"""One article in, one record out: parse once, then run each extractor in dependency order.

Every engine (a single call, the process pool, Ray) goes through `extract_record` / `extract_records`, so
there is one code path for extraction.
"""
from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from spacy.tokens import Doc

from newsledger import nlp
from newsledger.ingest.base import InputError
from newsledger.model import Article, Record, Sentence
from newsledger.extract import actors, claims, events, places, quantities, quotes, times
from newsledger.extract import brief as brief_extractor

# Per-article bound on the extractors (the parse is bounded by the article size limit): a pathological
# text must cost one error line, never a hung batch.
ARTICLE_SECONDS = float(os.environ.get("NEWSLEDGER_ARTICLE_SECONDS", "60"))


class ArticleTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    """Raises ArticleTimeout in the block after `seconds`; only where signals work (the main thread)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise ArticleTimeout(f"extraction took longer than {seconds:g} s (NEWSLEDGER_ARTICLE_SECONDS)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def build_record(article: Article, doc: Doc) -> Record:
    record = Record(article=article)
    record.sentences = [Sentence(s.start_char, s.start_char + len(s.text.rstrip()), s.text.rstrip())
                        for s in doc.sents if s.text.strip()]
    actors.extract(doc, record)  # entities and canonical actors
    record.times = times.extract(doc, record)
    record.places = places.extract(doc, record)
    record.quotes = quotes.extract(doc, record)
    record.quantities = quantities.extract(doc, record)
    record.events = events.extract(doc, record)
    record.contradictions = claims.extract(doc, record)
    record.brief = brief_extractor.extract(doc, record)
    return record


def extract_record(article: Article) -> Record:
    return build_record(article, nlp.parse(article.text))


def extract_records(articles: Iterable[Article], batch_size: int = 16) -> Iterator[Record | InputError]:
    """Records in input order (short texts batched through nlp.pipe); an article whose extraction fails
    gives an InputError naming it, and the others go on."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _run(batch)
            batch = []
    if batch:
        yield from _run(batch)


def _run(batch: list[Article]) -> Iterator[Record | InputError]:
    for article, doc in zip(batch, nlp.parse_many([a.text for a in batch])):
        try:
            with time_limit(ARTICLE_SECONDS):
                record = build_record(article, doc)
            yield record
        except ArticleTimeout as exc:
            yield InputError(article.source or article.id or "?", str(exc))
        except Exception as exc:  # one article's failure must not stop the batch
            yield InputError(article.source or article.id or "?", f"extraction failed: {type(exc).__name__}: {exc}")
