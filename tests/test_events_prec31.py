"""Issue 16, round 31 (evprec31): conditional and possible acts counted as events. (1) An event noun with a
non-specific indefinite determiner (word class nonspecific_determiners) as the active subject of an if/unless
clause names an occurrence the condition supposes, no act (non_acts._conditional_noun; Quirk et al. 1985, 10.63); a
definite subject names a known act and stays. (2) An event noun as the complement of a copula under a modal of
possibility or obligation ("what may be an attack by X", "there could be a war") takes the modal: status
hypothetical, then dropped as a prediction unless told by its own side (modality.copula_modality,
filters._prediction). The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.modality import copula_modality
from newsledger.extract.eventcoding.non_acts import _conditional_noun
from newsledger.nlp import parse


def _tok(text: str, word: str):
    return next(t for t in parse(text) if t.text == word)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Moscow said it would respond if a US strike on Syria threatened Russian soldiers.", "strike"),
        ("If an attack by the rebels kills civilians, the army will respond.", "attack"),
        ("The minister said the talks would end if any attack on the convoy took place.", "attack"),
    ],
)
def test_an_indefinite_act_supposed_by_a_condition_is_no_act(text, word):
    assert _conditional_noun(_tok(text, word), D.non_acts())


@pytest.mark.parametrize(
    "text, word",
    [
        ("If the Paris attacks compel voters to back him, he will win.", "attacks"),
        ("If Russia's offensive reaches the city, thousands will flee.", "offensive"),
        ("An attack by the rebels killed ten civilians on Monday.", "attack"),
    ],
)
def test_a_known_act_as_subject_of_a_condition_stays(text, word):
    assert not _conditional_noun(_tok(text, word), D.non_acts())


@pytest.mark.parametrize(
    "text, word",
    [
        ("They met to discuss how to protect the Kurds from what may now be an attack by Turkish forces.", "attack"),
        ("Analysts say there could be a war between the two countries.", "war"),
        ("Analysts say there could be a war and an invasion between the two countries.", "invasion"),
        ("There should be talks between Iran and Iraq, the envoy said.", "talks"),
    ],
)
def test_an_event_noun_after_a_modal_copula_is_hypothetical(text, word):
    assert copula_modality(_tok(text, word)) == "hypothetical"


@pytest.mark.parametrize(
    "text, word",
    [
        ("There will be talks between Iran and Iraq on Monday.", "talks"),
        ("It was an attack by Isis on the town.", "attack"),
        ("The attack may have been carried out by Isis.", "attack"),
    ],
)
def test_an_event_noun_after_a_plain_copula_keeps_no_modality(text, word):
    assert copula_modality(_tok(text, word)) is None


@pytest.mark.usefixtures("keep_all")
def test_a_possible_offensive_told_by_the_outlet_is_no_event():
    from tests.event_helpers import extract_events

    _, events = extract_events("There could be a Turkish offensive against the Kurdish militia in Afrin within days.",
                               published="2024-05-02")
    assert not [e for e in events if e.trigger == "offensive"]
    _, events = extract_events("There was a Turkish offensive against the Kurdish militia in Afrin on Monday.",
                               published="2024-05-02")
    assert [e for e in events if e.trigger == "offensive"]


@pytest.mark.parametrize(
    "text, word, modality",
    [
        ("Activists said they wanted to see the police arrest the militia leaders.", "arrest", "hypothetical"),
        ("He would like to see Russia withdraw its troops from the border.", "withdraw", "hypothetical"),
        ("They hope to see the army arrest the leaders of the gang.", "arrest", "hypothetical"),
        ("Witnesses saw the army arrest the leaders of the gang.", "arrest", None),
    ],
)
def test_an_act_wanted_to_be_seen_is_hypothetical(text, word, modality):
    from newsledger.extract.eventcoding.modality import modality_of

    assert modality_of(_tok(text, word)) == modality
