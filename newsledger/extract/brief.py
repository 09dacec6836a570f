"""Placeholder until the brief issue lands: no brief (null, "not known")."""
from __future__ import annotations

from spacy.tokens import Doc

from newsledger.model import Record


def extract(doc: Doc, record: Record) -> dict | None:
    return None
