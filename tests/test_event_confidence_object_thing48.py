"""Round 48 (evarg48): the confidence model's `object_thing` feature, what the act is done to: the trigger's object
is a common noun in no actor mention whose first WordNet 3.0 sense is a thing or an idea (not noun.person,
noun.group, noun.location, noun.Tops). Made-up sentences."""
from __future__ import annotations

import pytest

from newsledger import resources
from newsledger.extract import events as E
from tests.event_helpers import extract_events


def _features_of(monkeypatch, text: str) -> list[tuple[str, dict]]:
    """(type, features) of every event extraction weighs in `text`, all kept."""
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    captured = []
    plain = E.features

    def hook(*args, **kwargs):
        captured.append((args[2], plain(*args, **kwargs)))
        return captured[-1][1]

    monkeypatch.setattr(E, "features", hook)
    extract_events(text, published="2021-03-01")
    return captured


@pytest.mark.parametrize("text, typ, thing", [
    ("Turkish forces attacked the flames near the border on Monday, officials said.", "ASSAULT", 1.0),
    ("The Syrian army rejected the theory that it had used gas.", "REJECT", 1.0),
    ("The ministry criticised the plan on Monday.", "ACCUSE", 1.0),
    ("Iran rejected the proposal on Monday.", "REJECT", 1.0),
    ("Russia attacked Ukraine on Tuesday.", "ASSAULT", 0.0),  # a name: a party
    ("Police arrested the protesters on Sunday.", "COERCE", 0.0),  # noun.person
    ("The army attacked them on Friday.", "ASSAULT", 0.0),  # a pronoun
    ("Protesters attacked the embassy in Baghdad on Tuesday.", "ASSAULT", 0.0),  # a thing noun, but an actor
])
def test_object_thing_marks_an_act_done_to_a_thing_or_an_idea(monkeypatch, text, typ, thing):
    found = [f for t, f in _features_of(monkeypatch, text) if t == typ]
    assert found and found[0]["object_thing"] == thing


def test_thing_nouns_leave_out_the_parties():
    nouns = resources.words("events", "thing_nouns.txt")
    assert {"flame", "theory", "plan", "proposal", "title"} <= nouns
    assert not nouns & {"protester", "government", "army", "village", "person"}
