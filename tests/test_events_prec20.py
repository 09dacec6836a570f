"""Issue 16, twentieth round (evprec20): an act in a to-infinitive opened by a wh-word ("discussed how to respond")
is an indirect question or a deliberation, no event (non_acts._wh_infinitive); a coded act in the infinitive of
decline/refuse whose object is information ("declined to discuss the reports") is the routine no-comment and gives
no refusal (non_acts.no_comment_act); an act in a clause opened by "in case", "as long as", "provided that" is a
condition (non_acts._conditional_opener). Sentences written for the test."""
from __future__ import annotations

import pytest

from tests.event_helpers import extract_events

PUB = "2018-04-12"


def _events(text: str) -> set[tuple[str, str]]:
    _, events = extract_events(text, published=PUB)
    return {((e.trigger or "").lower(), e.type) for e in events}


@pytest.mark.parametrize("text, trigger", [
    ("Turkish generals discussed how to attack the Kurdish militia in Afrin, the ministry said.", "attack"),
    ("The Iraqi recruit said he taught himself how to use the rifle before he joined the militia in Mosul.", "use"),
    ("The Russian cabinet met on Monday to decide when to expel the British ambassador from Moscow.", "expel"),
])
def test_wh_infinitive_is_no_act(text, trigger):
    assert trigger not in {t for t, _ in _events(text)}


@pytest.mark.parametrize("text, trigger", [
    ("The Turkish army attacked the Kurdish militia in Afrin on Sunday.", "attacked"),
    ("Nato ministers met in Brussels to discuss how to respond to the Russian attack on the Ukrainian navy.",
     "attack"),  # an event noun inside the wh-clause names an act of its own
])
def test_asserted_acts_and_event_nouns_stay(text, trigger):
    assert trigger in {t for t, _ in _events(text)}


@pytest.mark.parametrize("text", [
    "A spokesperson for the Foreign Office in London declined to discuss the reports about the arrests.",
    "The police department declined to release the names of the officers on Friday.",
])
def test_no_comment_gives_no_refusal(text):
    assert not any(typ == "REJECT" for _, typ in _events(text))


@pytest.mark.parametrize("text", [
    "The rebels refused to release the hostages held in the town of Douma.",  # an actor on the other side
    "Iran refused to discuss its missile programme with the European envoys.",  # a proposal, not information
])
def test_refusals_of_an_actor_or_a_proposal_stay(text):
    assert ("refused", "REJECT") in _events(text)


@pytest.mark.parametrize("text, trigger", [
    ("Iran will let the strikes pass as long as the US bombs only chemical facilities.", "bombs"),
    ("The rebels will hand over their weapons provided that the army withdraws from the town.", "withdraws"),
])
def test_act_in_a_conditional_opener_clause_is_no_event(text, trigger):
    assert trigger not in {t for t, _ in _events(text)}


@pytest.mark.parametrize("text, trigger", [
    ("As long as the siege lasted, the army shelled the rebel town every day.", "shelled"),  # a duration, past
    ("Russia agreed to the ceasefire on condition that the rebels leave Aleppo.", "agreed"),  # the main clause
])
def test_duration_and_main_clause_stay(text, trigger):
    assert trigger in {t for t, _ in _events(text)}


def test_perfect_with_a_frequency_adverb_is_habitual():
    assert "shelled" not in {t for t, _ in _events("The Syrian army has often shelled the rebel town of Douma.")}


def test_perfect_without_one_stays():
    assert "shelled" in {t for t, _ in _events("The Syrian army has shelled the rebel town of Douma.")}
