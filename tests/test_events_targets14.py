"""Issue 16, fourteenth round (evtarget): targets from the structure of the sentence. Parties of a reciprocal act
named together as its subject are each other's counterpart (VerbNet's "NP-Plural V" frame of the verbs of social
interaction; "each other"); a capture verb's "from" phrase names the one the ground was taken from (VerbNet
steal-10.5); a country subject of a requested or threatened clause is an actor. After the PolNeAR gate: no
opinion ("agreed that"), no chat of two people, no capture of what is not ground. Sentences invented for the tests
(no evaluation sentence)."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _pairs(text: str, typ: str) -> list[tuple[str | None, str | None]]:
    rec, events = extract_events(text, published="2018-05-10")
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events if e.type == typ]


def _names(pair: tuple[str | None, str | None]) -> set[str]:
    return {n for n in pair if n}


def test_coordinated_subjects_of_a_meeting_are_each_others_target():
    pairs = _pairs("The Iranian foreign minister and the Iraqi prime minister met in Tehran on Sunday.", "CONSULT")
    assert pairs and pairs[0][1] is not None and pairs[0][0] != pairs[0][1], pairs


def test_leaders_of_two_states_speaking_are_each_others_target():
    pairs = _pairs("The leaders of France and Germany spoke on the phone on Thursday evening.", "CONSULT")
    assert any(_names(p) == {"France", "Germany"} for p in pairs), pairs


def test_each_other_is_the_other_coordinated_party():
    pairs = _pairs("Hamas and Fatah have accused each other of sabotaging the talks.", "ACCUSE")
    assert any(_names(p) == {"Hamas", "Fatah"} for p in pairs), pairs


def test_fighting_side_by_side_is_not_fighting_each_other():
    pairs = _pairs("Kurdish fighters and American special forces fought in Raqqa last year.", "ASSAULT")
    assert all(p[1] is None or "Kurd" not in p[1] and "America" not in p[1] and "United States" not in p[1]
               for p in pairs), pairs


def test_a_meeting_with_a_third_party_keeps_its_own_target():
    pairs = _pairs("The French and German ministers met with Vladimir Putin in Moscow.", "CONSULT")
    assert all(p[1] is None or "Putin" in p[1] for p in pairs), pairs


def test_territory_recaptured_from_a_group_targets_the_group():
    pairs = _pairs("The town was recaptured from Islamic State by the Syrian army in March.", "ASSAULT")
    assert any(p[1] and "Islamic State" in p[1] for p in pairs), pairs


def test_ground_seized_from_a_country_targets_the_country():
    pairs = _pairs("In 1967 Israel captured the plateau from Syria.", "COERCE") \
        + _pairs("In 1967 Israel captured the plateau from Syria.", "ASSAULT")
    assert any(p[1] == "Syria" for p in pairs), pairs


def test_a_from_phrase_of_time_is_no_target():
    pairs = _pairs("Rebels captured the town from early March.", "ASSAULT") \
        + _pairs("Rebels captured the town from early March.", "COERCE")
    assert all(p[1] is None or "March" not in p[1] for p in pairs), pairs


def test_a_country_asked_to_act_is_the_requests_target():
    pairs = _pairs("The Arab League repeated its call for Iran to withdraw its forces.", "REQUEST")
    assert any(p[1] == "Iran" for p in pairs), pairs


def test_agreeing_that_is_a_shared_opinion_not_a_pact():
    pairs = _pairs("Hamas and Fatah agreed that the border crossing should stay closed.", "AGREE")
    assert all(p[1] is None for p in pairs), pairs


def test_two_named_people_talking_are_no_counterparts():
    pairs = _pairs("Vladimir Putin and Angela Merkel talked warmly about their love of opera.", "CONSULT")
    assert all(p[1] is None for p in pairs), pairs


def test_seizing_what_is_no_ground_takes_no_target_from_the_from_phrase():
    pairs = _pairs("Democrats seized the microphone from Republicans in the chamber.", "COERCE") \
        + _pairs("Democrats seized the microphone from Republicans in the chamber.", "ASSAULT")
    assert all(p[1] is None or "Republican" not in p[1] for p in pairs), pairs
