"""Helpers shared by the event tests: one sentence's record and events, and an actor's name by id."""
from __future__ import annotations

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
