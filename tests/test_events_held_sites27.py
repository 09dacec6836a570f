"""Issue 16, round 27 (evargs27): an attack or a seizure aimed at a military site ("rebel positions", "Kurdish
positions", "militant strongholds", "army checkpoints") is aimed at the side the site's modifier names
(events.arguments._held_site; word class held_sites). A site with no side named ("military positions") or a site
named by its place ("positions inside the province") gives no target.
Sentences invented for the tests (no evaluation sentence)."""

from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _pairs(text: str, typ: str) -> list[tuple[str | None, str | None]]:
    rec, events = extract_events(text, published="2018-05-10")
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events if e.type == typ]


def test_an_offensive_against_rebel_positions_targets_the_rebels():
    pairs = _pairs(
        "Government troops began a new offensive on Tuesday against rebel positions near the river.", "ASSAULT"
    )
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


def test_an_attack_on_a_police_station_targets_the_police():
    pairs = _pairs("Gunmen attacked a police station in the north on Monday.", "ASSAULT")
    assert any(p[1] and "police" in p[1] for p in pairs), pairs


def test_a_station_of_no_side_has_no_target():
    pairs = _pairs("Rebels shelled a radio station near the capital.", "ASSAULT")
    assert pairs and all(p[1] is None or "station" not in p[1] for p in pairs), pairs


def test_the_articles_own_actor_for_the_modifier_is_the_side():
    rec, events = extract_events(
        "Police said on Sunday that an angry crowd stormed a police barracks in the town.", published="2018-05-10"
    )
    targets = [actor_name(rec, e.target) for e in events if e.type == "ASSAULT"]
    assert "Police" in targets, targets
    assert not any(a.name == "police barracks" for a in rec.actors), [a.name for a in rec.actors]
