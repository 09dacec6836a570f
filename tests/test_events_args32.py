"""Round 32, issue 16 (event arguments): two argument classes round 31's type fixes (evmonth31) exposed.
1. A conjunct of a passive verb in a past participle's form, tagged as a past tense ("he was transferred ... and
   detained there"), shares the patient: the shared subject is its target, its source its own by-agent or none
   (eventcoding.arguments._passive_conjunct).
All sentences are invented."""
from __future__ import annotations


def _raw(text: str, trigger: str):
    from newsledger.extract.eventcoding.coder import code_sentence
    from tests.event_helpers import parse

    doc = parse(text)
    found = [e for s in doc.sents for e in code_sentence(s) if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.cameo) for s in doc.sents for e in code_sentence(s)]
    return found[0]


def _texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_a_past_tense_conjunct_of_a_passive_shares_the_patient():
    ev = _raw("In March, the man was transferred by his captors to a prison in Cairo and detained there under "
              "orders from Egypt.", "detained")
    assert ev.passive
    assert _texts(ev.targets) == ["man"] and ev.sources == []


def test_its_own_by_agent_is_the_source():
    ev = _raw("He was arrested at the airport and detained by police for two days.", "detained")
    assert _texts(ev.targets) == ["He"] and _texts(ev.sources) == ["police"]


def test_the_conjunct_of_a_passive_charge():
    ev = _raw("The activist was arrested by police and charged with sedition.", "charged")
    assert ev.passive and _texts(ev.targets) == ["activist"] and ev.sources == []


def test_a_verb_taking_no_person_object_stays_active():
    ev = _raw("The minister was attacked by protesters and resigned.", "resigned")
    assert not ev.passive and _texts(ev.sources) == ["minister"]


def test_a_conjunct_with_an_object_of_its_own_stays_active():
    from newsledger.extract.eventcoding.arguments import _passive_conjunct
    from tests.event_helpers import parse

    doc = parse("The prisoner was released on Monday and thanked his lawyers.")
    thanked = next(t for t in doc if t.lower_ == "thanked")
    assert not _passive_conjunct(thanked)


def test_an_active_first_conjunct_gives_no_passive():
    from newsledger.extract.eventcoding.arguments import _passive_conjunct
    from tests.event_helpers import parse

    doc = parse("Police arrested the man and detained his brother.")
    detained = next(t for t in doc if t.lower_ == "detained")
    assert not _passive_conjunct(detained)


def test_the_shared_subject_is_the_target_in_the_record():
    from tests.event_helpers import parties

    text = "Ahmed Salem was transferred by his captors to a prison in Cairo and detained there by Egyptian police."
    assert parties(text, "detained", "COERCE", published="2019-05-01") == [("Egypt", "Ahmed Salem")]
