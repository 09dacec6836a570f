"""Issue 16, tenth round (evstatus): two status classes. A modal is not inherited by a finite conjunct
("a lawyer said the teenager should be treated as a victim, and rejected claims ...": the rejection was made, it
is not hypothetical; a modal takes the base form, so a past-tense conjunct has its own tense), while a base-form
conjunct shares it ("could be arrested and charged"). A quote cued by a decision noun ("over the president's
decision to pull troops out of Syria") states the decision as the outlet's fact: the decided act is no party's
claim. Classes found on unscored Guardian articles (dev/unlabelled); the sentences are written for the tests, not
taken from any article."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import modality
from tests.event_helpers import extract_events, parse


def _verb(text: str, word: str):
    return next(t for t in parse(text) if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("A lawyer for the family told reporters the girl should be treated as a victim, and rejected claims that "
     "the camp was too dangerous.", "rejected"),
    ("The minister said the talks might resume soon and condemned the bombing of the hospital.", "condemned"),
])
def test_a_finite_conjunct_does_not_inherit_the_modal(text, word):
    verb = _verb(text, word)
    assert verb.dep_ == "conj" and verb.tag_ in modality.FINITE_TAGS  # the class the rule is about
    assert modality.modality_of(verb) is None


@pytest.mark.parametrize("text, word, expected", [
    ("The protesters could be arrested and charged with rioting.", "charged", "hypothetical"),
    ("The army will attack the town and destroy the bridge.", "destroy", "future"),
])
def test_a_base_form_conjunct_shares_the_modal(text, word, expected):
    assert modality.modality_of(_verb(text, word)) == expected


def test_a_decided_act_is_no_claim(keep_all):
    rec, events = extract_events("The defence secretary resigned on Thursday over Donald Trump's abrupt decision to "
                                 "pull US troops out of Syria.", published="2018-12-23")
    pulls = [e for e in events if e.trigger == "pull"]
    assert pulls and all(e.status == "reported" for e in pulls)


def test_a_partys_quoted_account_is_still_a_claim(keep_all):
    rec, events = extract_events("The Taliban said their fighters had attacked an army base in Helmand on Monday.",
                                 published="2018-12-23")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all(e.status == "claimed" for e in attacks)
