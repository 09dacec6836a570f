"""The event coder's word classes are data (newsledger/data/events/word_classes.json): each class a list of lower-case
lemmas or word forms with its provenance note, read by name into the step modules as frozensets."""
import json

import pytest

from newsledger import resources
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding import matching, special, words


def _raw() -> dict:
    return json.loads(resources.data_path("events", "word_classes.json").read_text(encoding="utf-8"))


def test_every_class_has_its_provenance_note_and_clean_members():
    raw = _raw()
    classes = [k for k in raw if not k.startswith("_")]
    notes = [k[1:] for k in raw if k.startswith("_") and k != "_about"]
    assert sorted(classes) == sorted(notes)
    for name in classes:
        members = raw[name]
        assert members and len(members) == len(set(members)), name
        assert all(isinstance(w, str) and w == w.lower().strip() and w for w in members), name
        assert len(raw["_" + name]) > 40, name  # a sentence of provenance, not a placeholder


def test_modules_read_the_classes_by_name():
    assert special.ASKING_VERBS is D.word_class("asking_verbs")
    assert words.LIGHT_VERBS == frozenset(_raw()["light_verbs"])
    assert {"commit", "perpetrate", "carry_out"} <= words.LIGHT_VERBS
    assert matching.DEMAND_VERBS == {"demand", "urge", "ask", "request", "insist"}


def test_an_unknown_class_is_an_error():
    with pytest.raises(KeyError):
        D.word_class("no_such_class")
