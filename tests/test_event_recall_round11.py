"""Issue 16, eleventh round (evrecall3): a reduced passive of a coercion or violence verb on the noun it was done to
reports the act (descriptions._reduced_passive_act), and a telephone talk is a consultation (verb_senses.tsv speak/talk
"by|on|over phone|telephone", CAMEO 041; special._telephone_talk). The sentences are written for the tests, not taken
from any article."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import coder, descriptions, matching, special
from tests.event_helpers import verb_token


@pytest.mark.parametrize("text,lemma", [
    ("Four soldiers killed on the front line a day earlier were buried on Sunday.", "kill"),
    ("The story of a musical group detained at the border for days was told again.", "detain"),
    ("Calls are mounting for the two fighters captured in the north to face trial.", "capture"),
])
def test_a_reduced_passive_of_a_violent_or_coercive_act_is_no_description(text, lemma):
    verb = verb_token(text, lemma)
    assert verb.dep_ == "acl"  # the parse the rule reads
    assert not descriptions._in_description(verb)


@pytest.mark.parametrize("text,lemma", [
    ("The plan promoted by the ministry was dropped.", "promote"),  # not a core coercion or violence verb
    ("Villagers who were killed in the raid were buried on Sunday.", "kill"),  # a relative clause: relcl
])
def test_other_noun_modifiers_stay_descriptions(text, lemma):
    verb = verb_token(text, lemma)
    assert descriptions._in_description(verb)


@pytest.mark.parametrize("text", [
    "The prime minister and the president spoke on the phone on Thursday evening.",
    "The president spoke to the chancellor by telephone on Monday.",
])
def test_a_telephone_talk_is_a_consultation(text):
    verb = verb_token(text, "speak")
    assert matching.coded_verb(verb)[0] == "041"
    assert special._telephone_talk(verb, "speak")
    events = coder.code_sentence(next(iter(verb.doc.sents)))
    ev = next(e for e in events if e.trigger.i == verb.i)
    assert ev.cameo == "041"
    assert all(t.lower_ not in {"phone", "telephone"} for t in ev.targets)  # the phone is no one


def test_plain_speech_is_no_consultation():
    verb = verb_token("The minister spoke on Tuesday about the scandal at the newspaper.", "speak")
    assert not special._telephone_talk(verb, "speak")
    assert all(e.trigger.i != verb.i for e in coder.code_sentence(next(iter(verb.doc.sents))))
