"""Issue 16, third wave (evtargets): an act aimed at a decision is aimed at the one who decided. A decision noun
(events.DECISION_NOUNS) is owned by its possessor or naming modifier, or by its "by" phrase, like an act noun of
nominals.tsv; an accusation or refusal of it, or a claim or challenge against it, targets that owner.
Sentences invented for the tests (no evaluation sentence)."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _targets(text: str, typ: str) -> list[str | None]:
    rec, events = extract_events(text, published="2018-05-10")
    return [actor_name(rec, e.target) for e in events if e.type == typ]


def test_criticising_a_possessed_decision_targets_the_decider():
    targets = _targets("The European Union criticised Russia's decision to close the border.", "ACCUSE")
    assert "Russia" in targets, targets


def test_an_accusation_of_an_act_by_an_agent_targets_the_agent():
    targets = _targets("Amnesty International condemned the raid by the Israeli army on the village.", "ACCUSE")
    assert any(t and "Israel" in t for t in targets), targets


def test_a_claim_against_a_decision_by_a_government_targets_the_government():
    targets = _targets("The family of the prisoner lodged a legal claim against a decision by the French "
                       "government to extradite him.", "ACCUSE")
    assert any(t and ("France" in t or "government" in t) for t in targets), targets


def test_a_by_phrase_of_time_names_no_owner():
    targets = _targets("The union condemned the decision by Friday night to close the mine.", "ACCUSE")
    assert all(t is None or "Friday" not in t for t in targets), targets
