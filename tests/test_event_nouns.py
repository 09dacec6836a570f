"""Issue 16, recall by dictionary classes (MISSES.md causes A, B, D): relative clauses that narrate an act of a
named person, custody verbs read from the doer's CAMEO sector, and event nouns whose own phrase names the doer.
The sentences are written for the tests, not taken from any article."""
from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import descriptions, nominal, tree
from newsledger.extract.eventcoding import senses as S
from tests.event_helpers import parse, verb_token


def _nominals(text: str) -> list[tuple[str, str, list[str]]]:
    doc = parse(text)
    out = []
    for sent in doc.sents:
        for e in nominal.nominal_events(sent, []):
            out.append((e.trigger.lower_, e.cameo, [s.lower_ for s in e.sources]))
    return out


def test_relative_clause_on_a_named_person_narrates_a_past_act():
    kill = verb_token("Crowds mourned Omar Haddad, the teacher and poet who was killed by rebel fighters in May.",
                      "kill")
    assert not descriptions._in_description(kill)


@pytest.mark.parametrize("text, lemma", [
    ("They met Omar Haddad, the teacher who lives in the old town.", "live"),  # a present state describes him
    ("The soldiers who attacked the village were never found.", "attack"),  # restrictive, no name
])
def test_descriptions_stay_descriptions(text, lemma):
    assert descriptions._in_description(verb_token(text, lemma))


@pytest.mark.parametrize("text", [
    "The two men are being held by Kurdish forces near the border.",
    "Police held two students overnight.",
    "He was picked up by police outside the station.",
])
def test_custody_by_an_armed_or_state_doer_is_an_arrest(text):
    verb = next(t for t in parse(text) if t.lemma_.lower() in {"hold", "pick"} and t.pos_ == "VERB")
    assert S.sense_code(verb, verb.lemma_.lower()) == "173"


@pytest.mark.parametrize("text", [
    "A news conference was held by police on Monday.",  # no person held
    "The children were picked up by their grandmother after school.",  # no state or armed doer
])
def test_holding_no_person_or_by_a_private_doer_is_no_custody(text):
    verb = next(t for t in parse(text) if t.lemma_.lower() in {"hold", "pick"} and t.pos_ == "VERB")
    assert S.sense_code(verb, verb.lemma_.lower()) != "173"


def test_event_noun_with_a_by_agent_or_a_committing_relative_names_its_doer():
    found = _nominals("The rescue by the navy of forty fishermen was praised.")
    assert ("rescue", "073", ["navy"]) in found, found
    found = _nominals("The murders the gang is alleged to have committed shocked the town.")
    assert ("murders", "190", ["gang"]) in found, found


def test_agentless_crime_noun_makes_no_event():
    assert _nominals("Deputies investigated a murder near the river and an attack by night.") == []


def test_an_event_noun_under_a_noun_of_possibility_is_no_act():
    assert _nominals("Officials cited the likelihood of attacks by rebels in the north.") == []
    assert ("attacks", "190", ["rebels"]) in _nominals("Officials condemned the attacks by rebels in the north.")


@pytest.mark.parametrize("text, lemma", [
    ("The driver was arrested for stealing a car on Friday.", "steal"),
    ("The woman was already in custody for allegedly burning a barn.", "burn"),
])
def test_the_act_a_legal_act_is_for_is_no_description(text, lemma):
    assert not descriptions._in_description(verb_token(text, lemma))


def test_a_gerund_after_a_preposition_of_no_legal_word_stays_a_description():
    assert descriptions._in_description(verb_token("The group is known for stealing the show at festivals.", "steal"))


def test_an_uncoded_role_noun_is_named_by_its_appositive():
    doc = parse("Her parents, Mary Walsh and Tom Walsh, deny the charges.")
    parents = next(t for t in doc if t.lower_ == "parents")
    assert tree._uncoded_named(parents).lower_ == "walsh"
    doc = parse("The foreign minister, Ivan Petrov, denied the report.")
    minister = next(t for t in doc if t.lower_ == "minister")
    assert tree._uncoded_named(minister) is minister  # a coded role stays the mention the actor codes read
