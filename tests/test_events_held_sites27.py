"""Issue 16, round 27 (evargs27): an attack or a seizure aimed at a military site ("rebel positions", "Kurdish
positions", "militant strongholds", "army checkpoints") is aimed at the side the site's modifier names
(events.arguments._held_site; word class held_sites). A site with no side named ("military positions") or a site
named by its place ("positions inside the province") gives no target, and the rule lends the act no confidence.
Sentences invented for the tests (no evaluation sentence)."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _pairs(text: str, typ: str) -> list[tuple[str | None, str | None]]:
    rec, events = extract_events(text, published="2018-05-10")
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events if e.type == typ]


def test_an_offensive_against_rebel_positions_targets_the_rebels():
    pairs = _pairs("Government troops began a new offensive on Tuesday against rebel positions near the river.",
                   "ASSAULT")
    assert any(p[1] and "rebel" in p[1] for p in pairs), pairs


def test_bombing_positions_of_a_nationality_names_that_side():
    pairs = _pairs("Iraqi jets bombed Kurdish positions north of the lake overnight.", "ASSAULT")
    assert any(p[1] and "Kurdish" in p[1] for p in pairs), pairs


def test_strongholds_of_a_described_force_name_it():
    pairs = _pairs("The army shelled militant strongholds in the hills on Friday.", "ASSAULT")
    assert any(p[1] and "militant" in p[1] for p in pairs), pairs


def test_a_named_group_keeps_its_own_name():
    pairs = _pairs("Jordanian aircraft struck Hezbollah positions along the valley.", "ASSAULT")
    assert any(p[1] == "Hezbollah" for p in pairs), pairs


def test_a_site_with_no_side_named_has_no_target():
    pairs = _pairs("The air force bombed military positions along the ridge.", "ASSAULT")
    assert pairs and all(p[1] is None or "positions" not in p[1] for p in pairs), pairs


def test_the_rule_lends_no_confidence():
    rec, events = extract_events("Iraqi jets bombed Kurdish positions north of the lake overnight.",
                                 published="2018-05-10")
    rec2, events2 = extract_events("Iraqi jets bombed positions north of the lake overnight.", published="2018-05-10")
    a = [e.confidence for e in events if e.type == "ASSAULT"]
    b = [e.confidence for e in events2 if e.type == "ASSAULT"]
    assert a and b and a[0] == b[0], (a, b)
