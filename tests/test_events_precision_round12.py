"""Issue 16 twelfth round (evprec2): verbs whose sense in the clause reports no act (verb_senses.tsv rows: capture
as recording on film or camera, both WordNet senses of "base", signing a personal document against CAMEO 057 "Sign
formal agreement"); non_acts.json habitual_adverbs (a simple present with "often", "usually": what happens as a
rule); a yes/no question asserts no act. Sentences written for the test."""
from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.extract.eventcoding.actorcodes import plover_main_type
from newsledger.extract.eventcoding.coder import code_sentence, main_event
from newsledger.extract.quotes import speech_verbs


def _main_type(text: str) -> str | None:
    doc = nlp.parse(text)
    ev = main_event([e for s in doc.sents for e in code_sentence(s, speech_verbs())])
    return plover_main_type(ev) if ev else None


@pytest.mark.parametrize("text", [
    "The speech was captured on video by several people in the crowd.",  # recording
    "Passengers captured footage of the brawl on their phones.",
    "Security cameras captured the robbery at the petrol station.",
    "The officials based their estimate in part on towns with similar research facilities.",  # base.v.01
    "The defendant signed a confession two days after his arrest.",  # sign.v.01, no agreement
    "The author signed copies of her new book at the library.",
    "The president signed an executive order to keep the camp open.",  # a decree, no agreement
    "Local councillors often appeal for funds they believe are needed.",  # habitual_adverbs
    "The mayor regularly criticises the state government for its budget.",
    "Will the army strike back when the rebels attack the convoy?",  # a yes/no question asserts no act
    "Can the council block the new road before the minister signs the order?",
])
def test_sense_reports_no_act(text):
    assert _main_type(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Rebels captured the town after three days of fighting.", "COERCE"),
    ("Kurdish forces captured two foreign fighters near the border.", "COERCE"),
    ("Russia and Turkey signed an agreement on the buffer zone.", "SUPPORT"),
    ("Police often arrested protesters at the border last year.", "COERCE"),  # past: may tell a series
    ("Why did the army shell the village?", "ASSAULT"),  # a wh-question presupposes its act
])
def test_the_event_sense_stays(text, expected):
    assert _main_type(text) == expected
