"""Round 35 (evverbs35). An armed advance told by a verb of motion (verb_senses.tsv armed: frame,
senses._armed_doer): a force that pushes, presses or advances into (or deeper into) the other side's ground uses
military force (CAMEO 190, the dictionary's own "advance into" pattern; PLOVER ASSAULT), one that edges or pushes
towards it mobilises (CAMEO 154, the dictionary's "troop move toward"; PLOVER MOBILIZE). Only an armed doer: a firm,
prices or an unresolved pronoun push into nothing. Sentences written for the test."""
from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.extract.eventcoding import matching as M
from tests.event_helpers import describe_events, extract_events

PUBLISHED = "2016-08-30"


def _code(text: str, trigger: str) -> str | None:
    doc = nlp.parse(text)
    return next(M.code_verb(t) for t in doc if t.text == trigger)


@pytest.mark.parametrize("text, trigger, code", [
    ("Rebel fighters pushed into the northern suburbs on Sunday.", "pushed", "190"),
    ("Russian troops pressed further into the eastern region overnight.", "pressed", "190"),
    ("Government forces advanced on the besieged city of Daraya.", "advanced", "190"),
    ("Armoured columns and tanks pushed deeper into the valley.", "pushed", "190"),
    ("Pro-government militias edge closer to the last rebel stronghold.", "edge", "154"),
    ("The army advanced towards the border town.", "advanced", "154"),
])
def test_an_armed_force_moving_on_the_other_side_is_coded(text, trigger, code):
    assert _code(text, trigger) == code


@pytest.mark.parametrize("text, trigger", [
    ("The carmaker pushed deeper into the Indian market last year.", "pushed"),
    ("Oil prices edged closer to a two-year high.", "edged"),
    ("The army pushed the militants into the desert.", "pushed"),
    ("They pushed deeper into the hills before dawn.", "pushed"),
])
def test_no_armed_advance_without_an_armed_doer_moving_itself(text, trigger):
    """A firm or a price is no armed force; a force that pushes someone else is the moved-object sense (no act)."""
    assert _code(text, trigger) is None


def test_the_opposition_pushing_for_talks_is_still_a_request():
    assert _code("The opposition pushed for talks with the government.", "pushed").startswith("0")


def test_an_armed_advance_into_a_country_is_a_stored_assault():
    rec, events = extract_events("Turkish troops and tanks pushed deeper into northern Syria on Wednesday.",
                                 published=PUBLISHED)
    assert any(e.trigger == "pushed" and e.type == "ASSAULT" for e in events), describe_events(rec, events)
