"""Helpers shared by the event tests: one sentence's record and events, an actor's name by id, the parties of the
events at a trigger, the two common assertions (no event at a trigger; an event of a type at a trigger), the event
at a trigger, a parsed text and its verb."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.model import Article, Record


def extract_events(text: str, *, published: str) -> tuple[Record, list]:
    """The record extracted from `text` published on `published`, and its events."""
    from newsledger.pipeline import extract_record

    rec = extract_record(Article(text=text, published=published))
    return rec, rec.events


def actor_name(rec: Record, actor_id: str | None) -> str | None:
    """The name of the record's actor `actor_id`, or None when there is none."""
    actor = rec.actor(actor_id)
    return actor.name if actor else None


def describe_events(rec: Record, events: list) -> list[tuple]:
    """Each event's type, CAMEO code, trigger, source and target names and status: an assertion's message."""
    return [(e.type, e.cameo, e.trigger, actor_name(rec, e.source), actor_name(rec, e.target), e.status)
            for e in events]


def parties(text: str, trigger: str, typ: str, *, published: str) -> list[tuple[str | None, str | None]]:
    """The (source name, target name) of each event of `text` with this trigger word and PLOVER type."""
    rec, events = extract_events(text, published=published)
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events
            if e.trigger == trigger and e.type == typ]


def assert_no_event(text: str, trigger: str, *, published: str) -> None:
    """No event of `text` (published on `published`) has this trigger word."""
    rec, events = extract_events(text, published=published)
    assert not [e for e in events if e.trigger == trigger], describe_events(rec, events)


def assert_coded(text: str, trigger: str, typ: str, *, published: str) -> None:
    """An event of `text` (published on `published`) with this trigger word has this PLOVER type."""
    rec, events = extract_events(text, published=published)
    assert (trigger, typ) in {(e.trigger, e.type) for e in events}, describe_events(rec, events)


def event_at(text: str, trigger: str, *, published: str | None):
    """The first event of `text` (published on `published`) with this trigger word; fails when there is none."""
    rec, events = extract_events(text, published=published)
    found = [e for e in events if e.trigger == trigger]
    assert found, describe_events(rec, events)
    return found[0]


def parse(text: str) -> Doc:
    """`text` parsed by the default pipeline (loaded once: nlp.load caches it)."""
    from newsledger import nlp

    return nlp.load()(text)


def verb_token(text: str, lemma: str) -> Token:
    """The first verb of `text` with this lemma."""
    return next(t for t in parse(text) if t.lemma_.lower() == lemma and t.pos_ == "VERB")
