"""One article in, one record out: parse once, then run the registered extractors in the order their
declarations imply.

Each extractor is a `Component`: the record parts it reads (`requires`), the parts it makes (`assigns`) and the
function that makes them from the parsed document and the record so far. `COMPONENTS` is the registry; adding an
extractor is one module under newsledger/extract/ plus one entry here. Every engine (a single call, the process
pool, Ray) goes through `extract_record` / `extract_records`, so there is one code path for extraction.
"""
from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc

from newsledger import nlp
from newsledger.extract import actors, claims, events, places, quantities, quotes, times
from newsledger.extract import brief as brief_extractor
from newsledger.extract.timex.absolute import published_from_text
from newsledger.ingest.base import InputError
from newsledger.model import Article, Record, Sentence
from newsledger.resolve import state_posts
from newsledger.resolve.actors import type_seats_as_states

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


@dataclass(frozen=True)
class Component:
    """One extractor: `make(doc, record)` returns its part (or, for several `assigns`, sets them itself)."""

    name: str
    make: Callable[[Doc, Record], Any]
    assigns: tuple[str, ...]
    requires: tuple[str, ...] = ()


# What the parse gives every component before any runs.
GIVEN = ("article", "sentences")

COMPONENTS = (
    # the actor index (`actor_index`) resolves "he" or "the group" for the components after it
    Component("actors", actors.extract, ("entities", "actors", "actor_index")),
    Component("times", times.extract, ("times",)),
    Component("places", places.extract, ("places",)),
    Component("quotes", quotes.extract, ("quotes",), ("actors", "actor_index", "times")),
    Component("quantities", quantities.extract, ("quantities",), ("entities", "actor_index", "times")),
    Component("events", events.extract, ("events",),
              ("entities", "actors", "actor_index", "times", "places", "quotes", "quantities")),
    Component("claims", claims.extract, ("contradictions",),
              ("entities", "actors", "places", "quotes", "quantities", "events")),
    Component("brief", brief_extractor.extract, ("brief",),
              ("entities", "actors", "actor_index", "times", "places", "quotes", "quantities", "events",
               "contradictions")),
)


def ordered(components: Iterable[Component], given: Iterable[str] = GIVEN) -> list[Component]:
    """The components in an order where each runs after every component making what it requires (registry
    order among those free to run); a requirement nobody makes, or a cycle, is an error naming it."""
    pending, have, out = list(components), set(given), []
    makers = {part for c in pending for part in c.assigns} | have
    for c in pending:
        if missing := set(c.requires) - makers:
            raise ValueError(f"extractor {c.name!r} requires {', '.join(sorted(missing))}, which no extractor makes")
    while pending:
        ready = next((c for c in pending if set(c.requires) <= have), None)
        if ready is None:
            raise ValueError(f"extractors {', '.join(c.name for c in pending)} require each other's parts")
        pending.remove(ready)
        out.append(ready)
        have.update(ready.assigns)
    return out


ORDER = ordered(COMPONENTS)


def build_record(article: Article, doc: Doc, title: Doc | None = None) -> Record:
    """The record of a parsed article: `doc` is the parse of `article.text` (newsledger.nlp.parse_titled), `title`
    its parsed title."""
    doc._.title = title
    if article.published is None and (printed := published_from_text(article.text)):
        # the dateline or byline block of a text without metadata dates it (a copy: the caller's article is theirs)
        article = replace(article, published=printed, published_from="text")
    record = Record(article=article)
    text = article.text  # `doc` parses it; Span.text and Doc.text rebuild it token by token
    record.sentences = [Sentence(s.start_char, s.start_char + len(body), body)
                        for s in nlp.sents(doc) if (body := text[s.start_char:s.end_char].rstrip())]
    for component in ORDER:
        part = component.make(doc, record)
        if len(component.assigns) == 1:
            setattr(record, component.assigns[0], part)
    type_seats_as_states(record.actors, doc)  # the Kremlin, the White House: reported as their state (resolve.actors)
    state_posts.assign(record.actors, doc)  # a federated state's chambers and officers (resolve.state_posts)
    doc._.actor_index.leave_out_pupil_schools(record)  # "a student at <school>": where she studies (resolve.actors)
    return record


def extract_record(article: Article) -> Record:
    doc, title = nlp.parse_titled(article.text, article.title)
    try:
        return build_record(article, doc, title)
    finally:
        nlp.release(doc, title)


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
    for article, (doc, title) in zip(batch, nlp.parse_many_titled([(a.text, a.title) for a in batch])):
        try:
            with time_limit(ARTICLE_SECONDS):
                result: Record | InputError = build_record(article, doc, title)
        except ArticleTimeout as exc:
            result = InputError(article.source or article.id or "?", str(exc))
        except Exception as exc:  # one article's failure must not stop the batch
            result = InputError(article.source or article.id or "?",
                                f"extraction failed: {type(exc).__name__}: {exc}")
        nlp.release(doc, title)
        del doc, title  # the parsed article is freed here, not at the worker's next collection
        yield result
