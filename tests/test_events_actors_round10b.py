"""Event actors, tenth round, second pass (issue 16): a human direct object is the target when the coder's pattern
named none, also when the parser read the reduced relative after it as a clause ("released a US pastor detained
for two years"); "counterparts" with another nationality are not the possessor's people; two acts of one pair
whose own dates are years apart are two events, while an undated retelling stays one. Invented sentences."""
from __future__ import annotations

from tests.event_helpers import actor_name, extract_events


def _pairs(text: str, typ: str) -> list[tuple[str | None, str | None]]:
    rec, events = extract_events(text, published="2019-03-04")
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events if e.type == typ]


def test_the_released_person_of_a_misparsed_reduced_relative_is_the_target():
    pairs = _pairs("In October, Turkey released a US pastor detained for two years on terror charges.", "RETREAT")
    assert pairs and pairs[0][0] == "Turkey" and pairs[0][1] is not None, pairs
    coerce = _pairs("In October, Turkey released a US pastor detained for two years on terror charges.", "COERCE")
    assert all(s is None for s, _ in coerce), coerce  # the pastor is the one detained, not the detainer


def test_a_finite_clause_of_a_verb_of_saying_keeps_its_subject():
    pairs = _pairs("Officials said a US pastor detained the boy on Monday.", "COERCE")
    assert pairs and pairs[0][0] is not None and pairs[0][1] == "the boy", pairs


def test_counterparts_of_another_nationality_are_not_the_possessors_people():
    pairs = _pairs("Early on Thursday, American diplomats threatened their British counterparts with a veto.",
                   "THREATEN")
    assert pairs and pairs[0][1] is not None and "British" in pairs[0][1], pairs


def test_two_attacks_of_one_pair_years_apart_are_two_events():
    pairs = _pairs("Russia attacked Ukraine in 2014. Russia attacked Ukraine again in February 2019.", "ASSAULT")
    assert len(pairs) == 2, pairs


def test_an_undated_retelling_of_an_attack_is_one_event():
    pairs = _pairs("Russia attacked Ukraine in February 2019. Russia attacked Ukraine, officials said.", "ASSAULT")
    assert len(pairs) == 1, pairs


def test_the_object_of_a_verb_of_sending_is_no_target():
    rec, events = extract_events("Jim Smith sent fewer soldiers than the president demanded.", published="2019-03-04")
    assert not any(e.target and "soldiers" in actor_name(rec, e.target) for e in events), \
        [(e.type, actor_name(rec, e.target)) for e in events]
