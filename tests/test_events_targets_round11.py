"""Issue 16, eleventh round (evtargets): a kinship noun with a named possessor or an "of" object is the relative,
never the possessor; a kinship noun is a custody target. Sentences invented for the tests (no evaluation sentence)."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _pairs(rec, events, typ):
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events if e.type == typ]


def test_a_kinship_noun_is_the_relative_not_its_possessor():
    rec, events = _events("Maria Lopez moved to the city in 2010. A month later, Maria Lopez's husband was killed "
                          "by gunmen.")
    targets = {t for _, t in _pairs(rec, events, "ASSAULT")}
    assert targets and "Maria Lopez" not in targets and any(t and "husband" in t for t in targets), targets


def test_a_kinship_noun_is_a_custody_target():
    rec, events = _events("Police said the brothers were arrested by detectives in Leeds on Monday.")
    targets = {t for _, t in _pairs(rec, events, "COERCE")}
    assert any(t and "brothers" in t for t in targets), _pairs(rec, events, "COERCE")


def _events(text: str):
    return extract_events(text, published="2018-05-10")
