"""Issue 16, thirteenth round (evtypes5): events coded with the wrong type, fixed as classes of sentences by
verb_senses.tsv rows that cite a CAMEO code or the CAMEO dictionary's own coding of a sibling pattern. The sentences
are written for the tests, not taken from any article.

- a deal, a request or a proposal approved is an agreement (030, AGREE), not praise (051); a loan approved stays aid;
- sanctions or an embargo lifted are eased (085, RETREAT), not a promise to ease them (0351);
- troops sent to fight someone are mobilised (154, MOBILIZE), not military cooperation (062); troops sent to a place
  keep the dictionary's reading;
- pushing or pressing for something is a demand (100, REQUEST), whatever the demanded thing ("for a vote on", "for
  sanctions against"); a crowd pushed back stays restricted;
- negotiating with someone is a negotiation (046, CONSULT), not diplomatic cooperation (050)."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding.coder import code_sentence
from tests.event_helpers import parse


def _codes(text: str) -> dict[str, str]:
    doc = parse(text)
    return {ev.trigger.lemma_.lower(): ev.cameo for s in doc.sents for ev in code_sentence(s)}


@pytest.mark.parametrize("text, lemma, code", [
    ("The agency approved a request to fund a new bridge.", "approve", "030"),
    ("Ruritania approved a deal to sell Freedonia four patrol boats.", "approve", "030"),
    ("The council approved the proposal on Monday.", "approve", "030"),
    ("The bank approved a loan to Freedonia.", "approve", "071"),
    ("Ruritania lifted sanctions on Freedonia.", "lift", "085"),
    ("The sanctions were lifted on several Freedonian citizens.", "lift", "085"),
    ("Ruritania lifted the siege of the town.", "lift", "0872"),
    ("Ruritania sent troops to fight the rebels.", "send", "154"),
    ("Ruritania sent troops to Freedonia.", "send", "062"),
    ("The senator pushed for a vote on the bill.", "push", "100"),
    ("Ruritania pressed for sanctions against Freedonia.", "press", "100"),
    ("Police pushed the protesters back for hours.", "push", "172"),
    ("Ruritania is negotiating with the rebels.", "negotiate", "046"),
])
def test_the_class_of_the_object_or_purpose_decides_the_type(text, lemma, code):
    assert _codes(text).get(lemma) == code

