"""Issue 16, ninth round (evprec2): one act once (events._retold_acts). A later event of the same type and trigger
lemma whose source and target are the earlier event's, or descriptions with the same head noun, retells it; an act
on another party is kept. Invented texts."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _acts(rec, events, lemma_start):
    return [(e.trigger, actor_name(rec, e.source), actor_name(rec, e.target)) for e in events
            if e.trigger and e.trigger.lower().startswith(lemma_start)]


def test_a_headline_act_retold_by_described_parties_in_the_body_is_one_event():
    # an assault, not the train accident this test first used: since round 28 a death by a vehicle is no event
    text = ("Woman, 61, killed by intruder\n\nA Lakeside woman was stabbed by an intruder and killed on Sunday "
            "morning. The street was closed for two hours.")
    rec, events = extract_events(text, published="2018-05-10")
    kills = _acts(rec, events, "kill")
    assert len(kills) == 1, kills
    assert events[0].trigger == "killed" and events[0].start == 0, [(e.trigger, e.start) for e in events]


def test_the_same_verb_on_a_named_other_party_stays_two_events():
    text = ("Police arrested Martin Okafor in Riverton on Thursday. "
            "On Friday police arrested Peter Lindqvist in a separate raid.")
    rec, events = extract_events(text, published="2018-05-10")
    targets = {t for _, _, t in _acts(rec, events, "arrest")}
    assert {"Martin Okafor", "Peter Lindqvist"} <= targets, targets


def test_one_family_joins_verbs_of_one_act_class_only():
    from newsledger.extract.events.mentions import _one_family
    assert _one_family("bomb", "shell") and _one_family("arrest", "detain") and _one_family("kill", "kill")
    assert not _one_family("arrest", "kill") and not _one_family(None, "kill")


def test_a_killing_retold_by_a_verb_of_its_family_is_one_event():
    text = "Gunmen kill man in Riverton\n\nGunmen murdered a Lakeside man on Sunday night, police said."
    rec, events = extract_events(text, published="2018-05-10")
    acts = [(e.trigger, actor_name(rec, e.target)) for e in events
            if e.trigger and e.trigger.lower().startswith(("kill", "murder"))]
    assert len(acts) == 1 and acts[0][0] == "kill", acts
