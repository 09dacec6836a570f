"""Issue 16, rounds 31-32 (evtarget31, evtarget32): the target of an event verb.
1. The forces a deployment or a drawdown moves are the source's own, not its target (events.arguments._own_forces):
   the target is the object of the sending verb's purpose infinitive of force ("to fight X", _fought_party), else
   none.
2. The subject of a "with" absolute clause before the trigger is a circumstance, no counterpart
   (events.arguments._with_absolute).
3. An act of force named by the by-agent of a passive verb of harm falls on that verb's subject
   (eventcoding.nominal._passive_victims, word class harmed_by_verbs).
4. (round 32) A target rule changes the target field only (events.arguments._retarget, RawEvent.lent_targets): the
   event's confidence, its no-act filters and the merging of its later mentions are decided on the target it
   replaced, so a cleared target never drops an act (round 31's gate: a COOPERATE lost with its cleared target).
5. (round 32) The forces' partner before none: the country of the place they are sent to ("to Afghanistan's
   Helmand province", _sent_to_country), the party a cooperative purpose clause names ("to assist the local
   authorities", "to train with Latvian troops": _purpose_party, word class helped_party_verbs).
6. (round 32) A pronoun that is the passive subject of a verb of killing or injuring stands for people, not the
   state the resolver read ("A Syrian family ... says they were injured": the family, civilians of Syria, SYRCVL;
   _harmed_people, word class animate_harm_verbs); an act noun's victims fill the target field only.
Sentences invented for the tests (no evaluation sentence)."""

from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

KEEP_ALL = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _pairs(text: str, typ: str | None = None) -> list[tuple[str | None, str | None]]:
    rec, events = extract_events(text, published="2018-05-10")
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events if typ is None or e.type == typ]


def _targets(text: str) -> list[str | None]:
    return [t for _, t in _pairs(text)]


FORCE_WORDS = {"troops", "soldiers", "police", "warships", "jets"}


@KEEP_ALL
@pytest.mark.parametrize("text", [
    "Egypt sent 3,000 troops and police to the Sinai to fight Islamist militants.",
    "Russia has deployed warships and jets to the region.",
])
def test_sent_forces_are_no_target(text):
    targets = _targets(text)
    assert not any(t and t.lower().split()[-1] in FORCE_WORDS for t in targets), targets


@KEEP_ALL
def test_a_fought_party_is_the_target():
    pairs = _pairs("Egypt sent 3,000 troops and police to the Sinai to fight Islamist militants.")
    assert any(t and "militants" in t for _, t in pairs), pairs


@KEEP_ALL
def test_a_recipient_stays():
    pairs = _pairs("Kenya sent soldiers and police officers to Somalia.")
    assert any(t == "Somalia" for _, t in pairs), pairs


@KEEP_ALL
def test_a_with_absolute_is_no_target():
    pairs = _pairs("Once again, the Gulf states, with forces deployed in Yemen, refuse to negotiate.")
    assert not any(t == "forces" for _, t in pairs), pairs


@KEEP_ALL
def test_a_with_absolute_leaves_the_object():
    pairs = _pairs("With troops massed on the border, Russia threatened Ukraine.", "THREATEN")
    assert ("Russia", "Ukraine") in pairs, pairs


@KEEP_ALL
@pytest.mark.parametrize("text,victims", [
    ("At least 12 civilians were killed by Russian airstrikes in Idlib on Tuesday.", "civilians"),
    ("Two journalists were wounded by an Israeli airstrike on Monday.", "journalists"),
])
def test_an_attack_noun_as_by_agent_falls_on_the_passive_subject(text, victims):
    pairs = _pairs(text, "ASSAULT")
    assert any(s and t and victims in t for s, t in pairs), pairs


@KEEP_ALL
def test_a_psych_verb_subject_is_no_victim():
    pairs = _pairs("The villagers were terrified by the Russian airstrikes.")
    assert not any(t and "villagers" in t for _, t in pairs), pairs


@pytest.mark.parametrize("text", [
    "On Monday the Ministry of Defence sent a force of about 200 soldiers to Goma to assist the relief effort.",
    "On Monday the Ministry of Defence sent about 200 troops to Goma to assist the relief effort.",
])
def test_a_cleared_target_keeps_the_event(text):
    # at the default threshold (no keep_all): the forces lent the act its confidence before and still do
    rec, events = extract_events(text, published="2018-05-10")
    sent = [e for e in events if e.trigger == "sent"]
    assert sent, [(e.type, e.trigger) for e in events]
    assert all(actor_name(rec, e.target) is None for e in sent), [actor_name(rec, e.target) for e in sent]


def test_a_cleared_target_is_no_retelling():
    # "removing our troops" cleared to no target is not merged into the earlier "pulling back" (none before either)
    rec, events = extract_events('"We are pulling back in Mali. We are going to be removing our troops," the '
                                 "president told reporters.", published="2018-05-10")
    assert {"pulling", "removing"} <= {e.trigger for e in events if e.type == "RETREAT"}, \
        [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text,partner", [
    ("On Saturday Britain sent troops to Afghanistan's Helmand province as part of an effort to curb the insurgency.",
     "Afghanistan"),
    ("France is strengthening its presence in the Sahel, and on Friday sent troops to Mali's Gao region.", "Mali"),
    ("On Monday the Ministry of Defence sent a force of about 200 soldiers to Goma to assist the local authorities.",
     "local authorities"),
    ("Canada sent 200 soldiers to the region to train with Latvian troops.", "Latvian troops"),
])
def test_the_named_partner_before_none(text, partner):
    rec, events = extract_events(text, published="2018-05-10")
    assert partner in [actor_name(rec, e.target) for e in events if e.trigger == "sent"], \
        [(e.type, e.trigger, actor_name(rec, e.target)) for e in events]


def test_a_hurt_pronoun_is_the_people_not_the_state():
    rec, events = extract_events("A Syrian family from Aleppo says they were injured by a Russian airstrike in Syria "
                                 "last week.", published="2018-05-10")
    targets = [rec.actor(e.target) for e in events if e.type == "ASSAULT"]
    assert any(t is not None and t.name == "Syrian family" and t.code == "SYRCVL" for t in targets), \
        [(t.name, t.kind, t.code) if t else None for t in targets]
    assert not any(t is not None and t.kind == "country" for t in targets)


def test_victims_lend_no_confidence():
    # the victims an act noun's passive verb names fill the target field only: the confidence is the targetless one
    rec, events = extract_events("At least 12 civilians were killed by Russian airstrikes in Idlib on Tuesday.",
                                 published="2018-05-10")
    found = [e for e in events if e.type == "ASSAULT" and actor_name(rec, e.target) == "civilians"]
    assert found and all(e.confidence < 0.6 for e in found), [(e.trigger, e.confidence) for e in events]
