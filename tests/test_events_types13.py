"""Issue 16, thirteenth round (evtypes5): events coded with the wrong type, fixed as classes of sentences by
verb_senses.tsv rows that cite a CAMEO code and the project's own coding of the verb and its noun. The sentences
are written for the tests, not taken from any article.

- negotiating with someone is a negotiation (046, CONSULT), not diplomatic cooperation (050)."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding.coder import code_sentence
from tests.event_helpers import parse


def _codes(text: str) -> dict[str, str]:
    doc = parse(text)
    return {ev.trigger.lemma_.lower(): ev.cameo for s in doc.sents for ev in code_sentence(s)}


@pytest.mark.parametrize("text, lemma, code", [
    ("Ruritania negotiated a ceasefire with the rebels.", "negotiate", "046"),
    ("Ruritania is negotiating with the rebels.", "negotiate", "046"),
])
def test_negotiating_with_someone_is_a_consultation(text, lemma, code):
    assert _codes(text).get(lemma) == code

