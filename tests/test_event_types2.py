"""Issue 16, short round (evtypes2): a narrower "return" sense row (PLOVER RETREAT returns confiscated property, not
a lost item handed back to its owner). Invented texts."""
from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.extract.eventcoding import senses as S
from newsledger.extract.eventcoding.coder import code_sentence
from newsledger.extract.quotes import speech_verbs


def _sense(text: str, lemma: str) -> str | None:
    doc = nlp.parse(text)
    verb = next(t for t in doc if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX"))
    return S.sense_code(verb, lemma)


def _types(text: str) -> list[tuple[str, str | None]]:
    doc = nlp.parse(text)
    return [(e.trigger.lemma_.lower(), e.type) for s in doc.sents for e in code_sentence(s, speech_verbs())]


@pytest.mark.parametrize("text", [
    "The army returned the confiscated land to the villagers.",
    "The government returned the seized assets to the opposition party.",
    "The rebels returned the bodies of the soldiers to the army.",
])
def test_return_of_what_one_party_took_is_retreat(text):
    assert _sense(text, "return") == "0842"


@pytest.mark.parametrize("text", [
    "The stolen property was returned to its owner by mail.",
    "The woman returned the boat to the rental company.",
])
def test_a_returned_item_is_no_retreat(text):
    assert _sense(text, "return") is None
    assert ("return", "RETREAT") not in _types(text)


@pytest.mark.parametrize("text", [
    "The defence secretary resigned over the president's decision to withdraw troops.",
    "The news has caused the defence secretary to resign.",
])
def test_a_resignation_without_pressure_is_no_concession(text):
    assert not [t for lem, t in _types(text) if lem in {"resign", "step"} and t == "CONCEDE"]


@pytest.mark.parametrize("text", [
    "An uprising forced the veteran leader to step down.",
    "The prime minister resigned amid calls for his removal.",
])
def test_a_resignation_under_pressure_is_a_concession(text):
    assert ("resign", "CONCEDE") in _types(text) or ("step", "CONCEDE") in _types(text)
