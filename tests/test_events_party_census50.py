"""Round 50 (evbiz50): the census of an event's own parties (scripts/events_party_census.py): the kind of a source or
target, the event's face, and the tallies. Actors and rows written for the test, no article text."""
from __future__ import annotations

import pytest

from tests.script_helpers import SCRIPTS, load_script


@pytest.fixture(scope="module")
def census():
    return load_script(SCRIPTS / "events_party_census.py")


def _a(name: str, kind: str = "organization", code: str = "") -> dict:
    return {"name": name, "kind": kind, "code": code, "cs": ""}


NONE = {"name": "-", "kind": "-", "code": "", "cs": ""}


@pytest.mark.parametrize("actor, kind", [
    (NONE, "none"),
    (_a("Ruritania", "country", "RUR"), "state"),
    (_a("the Ruritanian army", code="RURMIL"), "political"),
    (_a("Millbrook police", code="COP"), "political"),
    (_a("Acme Widgets Inc."), "commercial"),
    (_a("the Zenda carmaker"), "commercial"),
    (_a("a trader", "person", "RURBUS"), "commercial"),
    (_a("the Strelsau Rovers FC"), "commercial"),
    (_a("a parish choir", code="REL"), "other-coded"),
    (_a("Jane Doe", "person"), "uncoded-person"),
    (_a("neighbours", "group"), "uncoded-group"),
])
def test_party_kind(census, actor, kind):
    assert census.party(actor) == kind


def test_face(census):
    row = {"src": _a("Acme Widgets Inc."), "tgt": _a("Jane Doe", "person")}
    assert census.face(row) == "no political side, a commercial party"
    row = {"src": _a("Acme Widgets Inc."), "tgt": _a("the Ruritanian army", code="RURMIL")}
    assert census.face(row) == "a political or state side"  # a political side outranks a company
    assert census.face({"src": NONE, "tgt": NONE}) == "no party"
    assert census.face({"src": _a("Jane Doe", "person"), "tgt": NONE}) == "no political side, other"


def test_outcome(census):
    assert census.outcome("right-optional") == "right"
    assert census.outcome("right|target:wrong") == "right"
    assert census.outcome("no-act|no-act:commerce") == "wrong"
    assert census.outcome("wrong-type/ACCUSE|type") == "wrong"
    assert census.outcome("false") == "wrong"
    assert census.outcome("unjudged") == "unjudged"


def test_tally_counts_kept_events_only(census):
    firm, person = _a("Acme Widgets Inc."), _a("Jane Doe", "person")
    rows = [
        {"set": "sample", "label": "no-act|no-act:commerce", "conf": 0.6, "type": "AGREE", "src": firm, "tgt": NONE,
         "f": {"curated_verb": 1.0}},
        {"set": "sample", "label": "right|-", "conf": 0.7, "type": "COERCE", "src": NONE, "tgt": person,
         "f": {"core_verb": 1.0}},
        {"set": "sample", "label": "right|-", "conf": 0.3, "type": "COERCE", "src": NONE, "tgt": person,
         "f": {"core_verb": 1.0}},  # below the threshold: not counted
    ]
    t = census.tally(rows)
    assert t["face"][("sample", "no political side, a commercial party", "wrong")] == 1
    assert t["face"][("sample", "no political side, other", "right")] == 1
    assert t["force"][("sample", "no political side, other", "force", "right")] == 1
    assert t["verb"][("sample", "no political side, a commercial party", "curated", "wrong")] == 1
    assert sum(t["face"].values()) == 2
