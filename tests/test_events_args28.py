"""Issue 16, round 28 (evargs28): event arguments.
- An act of force with no target keeps the article's adversary (a guard: round 28's rule taking no adversary for a
  denial or refusal failed the gate, 10/20, and was removed; MISSES.md).
- "The two men", "both men": a plural person noun counted two by a definite determiner is the pair of persons
  the article named together, as "the pair" is (events.actors._the_pair; word class pair_person_nouns); not when
  the article named no two persons together.
Sentences invented for the tests (no evaluation sentence)."""

from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _pairs(text: str, typ: str) -> list[tuple[str | None, str | None]]:
    rec, events = extract_events(text, published="2019-03-12")
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events if e.type == typ]


def test_an_attack_with_no_target_still_takes_the_adversary():
    pairs = _pairs("Taliban fighters ambushed an Afghan army convoy on Sunday. The Taliban attacked again on "
                   "Tuesday night.", "ASSAULT")
    assert pairs and all(t is not None for _, t in pairs), pairs


def test_the_two_men_are_the_pair_the_article_named():
    pairs = _pairs("Omar Haddad and Samir Karimi ran the cell for two years. Haddad recruited the fighters and "
                   "Karimi trained them. The two men were arrested by Iraqi forces in March.", "COERCE")
    assert any(t in {"Omar Haddad", "Samir Karimi"} for _, t in pairs), pairs


def test_both_men_are_the_pair_the_article_named():
    pairs = _pairs("Omar Haddad and Samir Karimi ran the cell for two years. Haddad recruited the fighters and "
                   "Karimi trained them. Both men were arrested by Iraqi forces in March.", "COERCE")
    assert any(t in {"Omar Haddad", "Samir Karimi"} for _, t in pairs), pairs


def test_the_two_men_with_no_pair_named_stay_a_group():
    pairs = _pairs("Omar Haddad ran the cell for two years. Haddad recruited the fighters and trained them. The two "
                   "men were arrested by Iraqi forces in March.", "COERCE")
    assert pairs and all(t != "Omar Haddad" for _, t in pairs), pairs


def test_two_men_without_a_definite_determiner_stay_a_group():
    pairs = _pairs("Omar Haddad and Samir Karimi ran the cell for two years. Haddad recruited the fighters. "
                   "Police said two men were arrested by Iraqi forces in March.", "COERCE")
    assert pairs and all(t not in {"Omar Haddad", "Samir Karimi"} for _, t in pairs), pairs
