"""Issue 16, round 25 (evrecall25): an armed force's posture. A state's military presence built up or drawn down
and forces massing are CAMEO 154 "Mobilize or increase armed forces" (PLOVER MOBILIZE) and 0873 "Demobilize armed
forces" (PLOVER RETREAT): the CAMEO dictionary's own patterns "INCREASE &MILITARY PRESENCE [154]", "ASSEMBLE
&MILITARY PRESENCE [154]", "REINFORCE PRESENCE IN [154]", "RAISE NUMBER OF + &MILITARY [154]" and "TROOP * [0873]"
(REDUCE). A firm's or a campaign's presence, a police force and a crowd gathering are no mobilisation. The sentences
are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2021-05-12"


@pytest.mark.parametrize(
    "text, trigger, typ",
    [
        ("France has quietly built up its presence in the north of Mali.", "built", "MOBILIZE"),
        ("In Iraq, Britain is drawing down its presence.", "drawing", "RETREAT"),
        ("The president is planning to halve the American troop presence in Afghanistan.", "halve", "RETREAT"),
        ("Syrian government forces are massing around the northern province.", "massing", "MOBILIZE"),
        ("France announced it would raise a border force from the militia.", "raise", "MOBILIZE"),
    ],
)
def test_an_armed_presence_built_up_or_drawn_down(text, trigger, typ):
    assert_coded(text, trigger, typ, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The bank has built up its presence in Asia.", "built"),
        ("Apple plans to reduce its presence in China.", "reduce"),
        ("The city council voted to increase the police force by ten officers.", "increase"),
        ("Protesters gathered outside the parliament on Monday.", "gathered"),
    ],
)
def test_no_armed_force_no_mobilisation(text, trigger):
    _, events = extract_events(text, published=PUBLISHED)
    assert not [e for e in events if e.trigger == trigger and e.type in {"MOBILIZE", "RETREAT"}]


def test_the_presence_is_the_source_s_own_not_the_target():
    _, events = extract_events("In Iraq, Britain is drawing down its presence.", published=PUBLISHED)
    event = next(e for e in events if e.trigger == "drawing")
    assert event.target is None or event.target != event.source


# A conviction told with no agent is an event, as an arrest is: PLOVER SANCTION mode convict; the court is the
# implied agent and the source stays empty (event-annotation.md: "seven people were arrested").
@pytest.mark.parametrize(
    "text",
    [
        "Ratko Kovac was finally convicted of genocide in The Hague in November.",
        "The group's fourth member, Lars Holm, was convicted on terror charges last year in Turkey.",
    ],
)
def test_an_agentless_conviction_is_an_event(text):
    assert_coded(text, "convicted", "SANCTION", published=PUBLISHED)


def test_an_agentless_conviction_passes_the_default_threshold(monkeypatch):
    monkeypatch.delenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", raising=False)
    rec, events = extract_events("Ratko Kovac was finally convicted of genocide in The Hague.", published=PUBLISHED)
    event = next(e for e in events if e.trigger == "convicted")
    assert event.type == "SANCTION" and event.source is None
    assert rec.actor(event.target).name == "Ratko Kovac"


def test_a_conditional_conviction_stays_no_event():
    _, events = extract_events("He faces life in prison if convicted of the murders.", published=PUBLISHED)
    assert not [e for e in events if e.trigger == "convicted"]


@pytest.mark.parametrize(
    "text",
    [
        "Under the constitution, no member of the government can be convicted of any criminal offence.",
        "Hungary's former intelligence chief was convicted on Friday in a bribery scandal.",
    ],
)
def test_an_agentless_conviction_under_a_modal_or_on_a_state_is_none(text):
    rec, events = extract_events(text, published=PUBLISHED)
    assert not [
        e for e in events if e.trigger == "convicted" and (e.target is None or rec.actor(e.target).kind == "country")
    ]
