"""Issue 16, tenth round: chemical and biological weapons used (CAMEO 2041, PLOVER ASSAULT), by the verb "use" and
by the noun "use" with an "of" phrase (verb_senses.tsv, nominal._weapon_use). The sentences are written for the
tests, not taken from any article."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import coder, nominal
from newsledger.extract.quotes import speech_verbs
from tests.event_helpers import parse


def _raw(text: str) -> list[tuple[str, str, list[str]]]:
    doc = parse(text)
    out = []
    for sent in doc.sents:
        verbs = coder.code_sentence(sent, speech_verbs())
        for e in [*verbs, *nominal.nominal_events(sent, verbs)]:
            out.append((e.trigger.lemma_.lower(), e.cameo, [s.lower_ for s in e.sources]))
    return out


@pytest.mark.parametrize("text, source", [
    ("The army used sarin against the villagers of Tal Hamra in 2015.", "army"),
    ("The ministry said the militia had used chemical weapons in the siege.", "militia"),
    ("Investigators documented the use of nerve agents by the Ruritanian air force.", "force"),
    ("Ruritania’s use of chlorine gas in the spring was documented by the inspectors.", "ruritania"),
])
def test_chemical_weapons_used_are_an_assault(text, source):
    hits = [r for r in _raw(text) if r[0] == "use"]
    assert hits and hits[0][1] == "2041" and source in hits[0][2]


@pytest.mark.parametrize("text", [
    "Farmers used chemical fertiliser on the fields.",  # "chemical" alone is no weapon
    "The senator warned that any use of chemical weapons by the regime would cross a line.",  # no use made
    "Another use of sarin could change the course of the war.",
    "The committee discussed the use of chemical weapons in general.",  # no actor of its own
])
def test_no_weapon_use_event(text):
    assert not [r for r in _raw(text) if r[0] == "use" and r[1] == "2041"]
