"""Issue 16, twentieth round (evagree20): the agreement rule's revision. An act in the clause of a hope, an
expectation or a rumour is hypothetical (modality._wished); an indefinite common noun or one whose nationality word
the resolved actor does not carry is no agreement's party (arguments._indefinite, _nationality_clash); a bare
"the agreement" reached after the article told of an agreement retells it (filters._retold_agreement). Sentences
written for the test."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding.modality import modality_of
from tests.event_helpers import actor_name, extract_events, verb_token

PUB = "2018-04-12"


def _events(text: str) -> list[tuple]:
    rec, events = extract_events(text, published=PUB)
    return [((e.trigger or "").lower(), e.type, actor_name(rec, e.source), actor_name(rec, e.target), e.status)
            for e in events]


def _by_trigger(text: str, trigger: str) -> list[tuple]:
    return [e for e in _events(text) if e[0] == trigger]


@pytest.mark.parametrize("text", [
    "The envoy said he hoped that a settlement can be reached with the rebels before winter.",
    "There were rumours that the two ministers had reached a deal over the dam.",
    "Diplomats expressed the hope that the sides reach a truce soon.",
])
def test_an_act_under_a_hope_or_a_rumour_is_hypothetical(text):
    verb = verb_token(text, "reach")
    assert modality_of(verb) == "hypothetical"


@pytest.mark.parametrize("text", [
    "The envoy said the rebels had reached a settlement with the government.",
    "The envoy hoped to visit the camp, and the rebels reached a settlement with the government.",
])
def test_a_told_act_is_not_hypothetical(text):
    assert modality_of(verb_token(text, "reach")) is None


def test_a_rumoured_agreement_is_no_reported_event():
    events = _by_trigger("There were rumours on Monday that Eritrea and Sudan had reached an agreement on the border.",
                         "reached")
    assert all(e[4] != "reported" for e in events)


def test_an_indefinite_party_is_not_a_named_actor():
    events = _by_trigger("Ghana's president thanked Nigeria. Ghana later reached an agreement with a neighbouring "
                         "country on fishing rights.", "reached")
    assert events and all(e[3] != "Nigeria" for e in events)


def test_the_agreement_told_again_is_one_event():
    text = ("Chad and Niger agreed on Monday to reopen their border. A spokesman said the agreement had been reached "
            "with the Nigerien president.")
    assert not _by_trigger(text, "reached")


def test_an_agreement_told_first_with_the_is_kept():
    events = _by_trigger("The spokesman said on Monday that the agreement had been reached with Egypt.", "reached")
    assert events and events[0][1] == "AGREE"


def test_a_description_of_another_country_is_not_the_named_firm():
    events = _by_trigger("Safaricom said its profits rose. Kenyan officials signed agreements with the Chinese company "
                         "on Monday.", "signed")
    assert all(e[3] != "Safaricom" for e in events)


def test_a_religious_word_is_no_other_country():
    events = _by_trigger("Egypt on Monday signed an agreement with Jordan's ruling Islamist government to extend "
                         "trade.", "signed")
    assert events and events[0][3] == "Jordan"
