"""Issue 16, round 22 (evprec22): a denied or negated act is no event of its type. The denial is the denier's REJECT
(the hand-checked Guardian gold codes only that; CAMEO's DENY block codes a denied act as 016, deny responsibility);
a refusal stays. The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, assert_no_event, describe_events, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2021-05-12"


def _events(text: str):
    return extract_events(text, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Moscow denied shelling the harbour near Odesa.", "shelling"),
        ("The sheriff said the driver was not arrested.", "arrested"),
        ("Rebel commanders said their fighters had not attacked the convoy.", "attacked"),
        ("The interior minister warned the marchers not to attack the parliament building.", "attack"),
    ],
)
def test_a_denied_or_negated_act_is_no_event(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


def test_the_denial_itself_stays_a_reject():
    rec, events = _events("Moscow denied shelling the harbour near Odesa.")
    assert [(e.type, actor_name(rec, e.source)) for e in events if e.trigger == "denied"] == [("REJECT", "Russia")], (
        describe_events(rec, events)
    )


def test_a_refusal_and_a_plain_act_stay():
    rec, events = _events(
        "Asylum seekers were denied entry at the border, the ministry said. Police arrested two smugglers on Tuesday."
    )
    types = {(e.trigger, e.type) for e in events}
    assert ("denied", "REJECT") in types and ("arrested", "COERCE") in types, describe_events(rec, events)


def test_a_denied_act_leaves_the_sentence_slot_to_a_real_act_of_its_type():
    rec, events = _events(
        "Moscow denied bombing the clinic, although its jets had shelled the town the day before, the monitors said."
    )
    assert [e.trigger for e in events if e.type == "ASSAULT"] == ["shelled"], describe_events(rec, events)


def test_an_act_told_as_a_reports_content_stays_as_denied():
    rec, events = _events("The defence ministry denied a report that an army colonel had been arrested for the blasts.")
    got = [(e.type, e.status) for e in events if e.trigger == "arrested"]
    assert got == [("COERCE", "denied")], describe_events(rec, events)
