"""Issue 16, sixteenth round (evtypes7): "continue to" + infinitive leaves the act to its own verb (VerbNet
begin-55.1); a person taken somewhere (VerbNet bring-11.3, "take NP to PP-destination") is no seizure or occupation;
arrests by police or troops, "took to the streets" and "took X to court" keep the CAMEO dictionary's reading
(verb_senses.tsv, the "convey" frame; senses._convey). The sentences are written for the
tests, not taken from any article."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import senses as S
from newsledger.extract.eventcoding.coder import code_sentence
from tests.event_helpers import parse


def _codes(text: str) -> dict[str, str]:
    doc = parse(text)
    return {ev.trigger.lemma_.lower(): ev.cameo for s in doc.sents for ev in code_sentence(s)}


def _take(text: str):
    return next(S.sense_row(t, "take") for t in parse(text) if t.lemma_ == "take")


@pytest.mark.parametrize("text", [
    "The two boys were taken to Borduria by their father in 2014.",
    "After the crossing he was taken to a hotel in the capital.",
    "Her uncle took the girls to Ruritania last year.",
])
def test_a_person_taken_somewhere_is_no_act(text):
    assert _take(text) == (("convey", ()), S.NO_ACT)
    assert "take" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Police took the man to the station for questioning.",  # a custody doer: the dictionary's arrest
    "Thousands of Ruritanians took to the streets.",  # the dictionary's "take to street", 141
    "The family took the minister to court.",  # a lawsuit, not a conveyance
    "Ruritanian forces took the town of Dorf.",  # no person taken: occupation, 192
    "Ruritania took the dispute to the United Nations.",  # no person taken
    "The women were soon taken to an internment camp.",  # a place of custody
    "He was taken to a police station in the capital.",  # a place of custody
    "He was killed in a raid by Ruritanian commandos, who took his wife to Dorf.",  # "who": the commandos
])
def test_other_uses_of_take_are_left_to_the_dictionary(text):
    assert _take(text) is None


def test_taking_to_the_streets_stays_a_protest():
    assert _codes("Thousands of Ruritanians took to the streets on Sunday.").get("take") == "141"


def test_the_frame_needs_a_destination():
    assert S._convey(next(t for t in parse("Gunmen took the two men.") if t.lemma_ == "take")) is False


@pytest.mark.parametrize("text, inner, code", [
    ("The government has continued to impose a siege on the town.", "impose", "191"),
    ("Ruritania said it would continue to attack positions inside Borduria.", "attack", None),
])
def test_continue_to_leaves_the_act_to_its_own_verb(text, inner, code):
    codes = _codes(text)
    assert "continue" not in codes and inner in codes
    if code:
        assert codes[inner] == code


def test_continuing_a_siege_keeps_the_dictionary_pattern():
    assert _codes("Ruritania will continue the siege of the town.").get("continue") == "1246"
