"""A conditional threat is aimed at the one whose act is its condition (issue 16, eleventh round: a target in another
clause; CAMEO 13 Threaten). Invented sentences."""
from __future__ import annotations

from tests.event_helpers import actor_name, extract_events


def _pairs(text: str, typ: str) -> list[tuple[str | None, str | None]]:
    rec, events = extract_events(text, published="2019-03-04")
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events if e.type == typ]


def test_the_subject_of_the_condition_is_the_one_threatened():
    pairs = _pairs("Bashar al-Assad spoke in Damascus. The White House warned on Tuesday that the US would respond "
                   "swiftly if Assad used chemical weapons again.", "THREATEN")
    assert ("White House", "Bashar al-Assad") in pairs, pairs


def test_an_attack_noun_in_the_condition_names_its_owner():
    pairs = _pairs("A Russian general said that Russia would shoot down incoming missiles and attack their launching "
                   "platforms if a US strike on Syria threatened Russian personnel.", "THREATEN")
    assert any(t == "United States" for _, t in pairs), pairs


def test_a_pronoun_in_the_condition_gives_no_target():
    pairs = _pairs("Turkey said it would retaliate if they crossed the border.", "THREATEN")
    assert all(t is None for _, t in pairs), pairs


def test_a_verb_of_threatening_needs_no_modal():
    pairs = _pairs("Recep Tayyip Erdogan spoke on Monday. Donald Trump threatened to impose sanctions if Turkey "
                   "attacked the Kurds.", "THREATEN")
    assert ("Donald Trump", "Turkey") in pairs, pairs


def test_a_clause_without_a_condition_gets_no_target_from_it():
    pairs = _pairs("Bashar al-Assad spoke in Damascus. The White House warned on Tuesday that the US would respond "
                   "swiftly when Assad used chemical weapons again.", "THREATEN")
    assert all(t != "Bashar al-Assad" for _, t in pairs), pairs
