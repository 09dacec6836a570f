"""Issue 16, fifteenth round (evtypes6): CAMEO verb-dictionary codes the verb's clause does not carry, corrected by
verb_senses.tsv and nominals.tsv rows that cite a CAMEO or PLOVER code. The sentences are written for the tests,
not taken from any article.

- removing one's own troops is a military retreat (0874), removing another's troops an expulsion (174);
- extracting a pledge or guarantee is a demand (100), not a seizure of property (171);
- "serve to" + infinitive reports no act;
- cooperating in an assault is military cooperation (062), cooperating in general diplomatic (050);
- respecting a resolution or a truce is an agreement (030), not a threat of sanctions (1312);
- accepting refugees is granting asylum (075, AID), not an intent to give aid (0333);
- questioned or interviewed by police, troops or officials is an investigation (090, ACCUSE);
- a blockade imposed by forces is CAMEO 191 (COERCE); protesters blockading a road stay a protest (144)."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import nominal
from newsledger.extract.eventcoding.coder import code_sentence
from tests.event_helpers import parse


def _codes(text: str) -> dict[str, str]:
    doc = parse(text)
    return {ev.trigger.lemma_.lower(): ev.cameo for s in doc.sents for ev in code_sentence(s)}


def _all_codes(text: str) -> dict[str, str]:
    doc = parse(text)
    out = {}
    for s in doc.sents:
        verbs = code_sentence(s)
        for ev in [*verbs, *nominal.nominal_events(s, verbs)]:
            out[ev.trigger.lemma_.lower()] = ev.cameo
    return out


@pytest.mark.parametrize("text, lemma, code", [
    ("Ruritania will remove its troops from Borduria.", "remove", "0874"),
    ("Ruritania is removing all of its soldiers from the border.", "remove", "0874"),
    ("Ruritania will remove Bordurian troops from the border.", "remove", "174"),
    ("Ruritania tried to extract a pledge from Borduria to halt the shipments.", "extract", "100"),
    ("Ruritania extracted guarantees from Borduria.", "extract", "100"),
    ("Ruritania's army tried to extract the hostages.", "extract", "171"),
    ("All three sides have cooperated in the assault on the town.", "cooperate", "062"),
    ("Ruritania has cooperated with Borduria for years.", "cooperate", "050"),
    ("Ruritania said it would respect the UN resolution.", "respect", "030"),
    ("Ruritania promised to respect the ceasefire.", "respect", "030"),
    ("Ruritania has accepted close to two million refugees from Borduria.", "accept", "075"),
    ("The suspect was questioned by police for hours.", "question", "090"),
    ("He was interviewed by Ruritanian government officials after his arrest.", "interview", "090"),
])
def test_verb_sense_rows_of_round_15(text, lemma, code):
    assert _codes(text).get(lemma) == code


def test_serve_to_reports_no_act():
    assert "serve" not in _codes("Ruritania's airstrikes will only serve to sharpen the rivalry with Borduria.")


@pytest.mark.parametrize("text, lemma", [
    ("Civilians are living under a blockade imposed by forces loyal to the Ruritanian president.", "blockade"),
    ("Ruritania imposed a blockade on Borduria.", "impose"),  # the light verb takes the noun's code
])
def test_a_blockade_is_imposed_by_force(text, lemma):
    assert _all_codes(text).get(lemma) == "191"


def test_protesters_blockading_stay_a_protest():
    assert _codes("Protesters blockaded the port of Ruritania.").get("blockade") == "144"


def test_questions_from_the_press_are_no_investigation():
    assert _codes("The minister was interviewed by the BBC on Sunday.").get("interview") != "090"
