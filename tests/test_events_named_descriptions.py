"""Issue 16, third wave (evtargets): a described person ("A man ... has been detained") whom a later naming clause
names ("has been named as X", "police identified the man as X", "his name is X") is the event's target by name; a
naming clause about someone else changes nothing.
Sentences invented for the tests (no evaluation sentence)."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _targets(text: str, typ: str = "COERCE") -> list[str | None]:
    rec, events = extract_events(text, published="2018-05-10")
    return [actor_name(rec, e.target) for e in events if e.type == typ]


def test_his_name_is_names_the_described_detainee():
    targets = _targets("A man who says he is a teacher from Leeds has been detained in Iraq by Kurdish forces. "
                       "In a video, the man tells his guards his name is Robert Hallworth and he is a teacher.")
    assert "Robert Hallworth" in targets, targets


def test_named_as_names_the_described_person():
    targets = _targets("A man has been arrested by police in Manchester. "
                       "The man has been named as Daniel Pemberton.")
    assert "Daniel Pemberton" in targets, targets


def test_a_naming_clause_about_someone_else_changes_nothing():
    targets = _targets("A man has been arrested by police in Manchester. "
                       "The victim has been named as Daniel Pemberton.")
    assert "Daniel Pemberton" not in targets, targets
