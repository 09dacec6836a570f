"""Issue 16, ninth round (evprec3): a code chosen by a verb_senses.tsv row counts as curated evidence in the
event confidence (events._sense_coded), as curated verbs and nominals.tsv event nouns do. Invented texts."""
from __future__ import annotations

from tests.event_helpers import actor_name, extract_events


def test_a_sense_row_retreat_is_kept_at_the_default_threshold():
    rec, events = extract_events("The Pentagon announced that American troops would leave Syria within a month.",
                                 published="2018-05-10")
    retreats = [(e.trigger, actor_name(rec, e.source), e.confidence) for e in events if e.type == "RETREAT"]
    assert retreats and retreats[0][0] == "leave" and retreats[0][2] >= 0.5, retreats


def test_a_bare_default_verb_is_not_sense_coded(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = extract_events("The king appreciates Morocco's role in the peace talks.", published="2018-05-10")
    support = [e.confidence for e in events if e.type == "SUPPORT"]
    assert support and support[0] < 0.5, support
