"""Entities and canonical actors: fills `record.entities` and `record.actors`, and leaves the actor index on the
parsed article (`doc._.actor_index`) for the quote and event extractors to resolve "he" or "the group"."""
from __future__ import annotations

from spacy.tokens import Doc

from newsledger.model import Record
from newsledger.resolve.actors import ActorIndex


def extract(doc: Doc, record: Record) -> None:
    index = ActorIndex(doc, record)
    record.entities, record.actors = index.build()
    doc._.actor_index = index
