"""Round 32, issue 16 (event arguments): two argument classes round 31's type fixes (evmonth31) exposed.
1. A conjunct of a passive verb in a past participle's form, tagged as a past tense ("he was transferred ... and
   detained there"), shares the patient: the shared subject is its target, its source its own by-agent or none
   (eventcoding.arguments._passive_conjunct).
2. The subject of a "with" absolute clause ("with some 70 of them detained") is resolved within its own sentence
   (events.actors._absolute_subject), and a custody participle there is passive (_passive_with_clause).
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
    assert _texts(ev.targets) == ["man"] and _texts(ev.sources) == ["captors"]  # the shared by-agent


def test_its_own_by_agent_is_the_source():
    ev = _raw("He was arrested at the airport and detained by police for two days.", "detained")
    assert _texts(ev.targets) == ["He"] and _texts(ev.sources) == ["police"]


def test_the_conjunct_of_a_passive_charge():
    ev = _raw("The activist was arrested by police and charged with sedition.", "charged")
    assert ev.passive and _texts(ev.targets) == ["activist"] and _texts(ev.sources) == ["police"]


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


# 2. The subject of a "with" absolute clause comes from its own sentence (the noun after "with"), never by carry-over
#    from an earlier sentence's actor (events.actors._absolute_subject); a custody participle there is passive.

def test_a_with_clause_custody_participle_is_passive():
    ev = _raw("The government is waging a war against those it regards as conspirators, with some 70 of them "
              "detained since last year.", "detained")
    assert ev.passive and ev.sources == [] and _texts(ev.targets) == ["them"]


def test_a_with_clause_deployment_keeps_its_subject():
    from tests.event_helpers import parties

    got = parties("The war continued, with Russian forces deployed in the country.", "deployed", "MOBILIZE",
                  published="2019-05-01")
    assert got == [("Russia", None)], got


def test_with_clause_shapes():
    from newsledger.extract.eventcoding.arguments import with_clause
    from tests.event_helpers import parse

    doc = parse("The army withdrew, with the town left in ruins.")
    assert with_clause(next(t for t in doc if t.lower_ == "left"))
    doc = parse("The army withdrew with its tanks and left the town.")
    assert not with_clause(next(t for t in doc if t.lower_ == "left"))


def test_a_with_clause_pronoun_is_not_the_previous_sentence_s_forces():
    from tests.event_helpers import extract_events

    text = ("The Bolivarian Armed Forces raided the opposition offices on Monday. The government is waging a war "
            "against those it regards as conspirators, with some 70 of them detained since last year.")
    rec, events = extract_events(text, published="2019-05-01")
    names = [(rec.actor(e.source).name if rec.actor(e.source) else None,
              rec.actor(e.target).name if rec.actor(e.target) else None) for e in events if e.trigger == "detained"]
    assert all("Bolivarian Armed Forces" not in pair for pair in names), names


def test_an_absolute_subject_that_names_itself_is_left_to_the_resolver():
    from newsledger.extract.events.actors import _absolute_subject
    from tests.event_helpers import parse

    doc = parse("The crackdown has widened, with some 70 of them detained without trial.")
    them = next(t for t in doc if t.lower_ == "them")
    assert _absolute_subject(them)
    doc = parse("The crackdown has widened, with some 70 Venezuelans detained without trial.")
    assert not _absolute_subject(next(t for t in doc if t.lower_ == "venezuelans"))


# (round 32, revision) the first conjunct's by-agent is the passive conjunct's when it names none of its own


def test_a_passive_conjunct_shares_the_first_conjuncts_agent():
    ev = _raw("The demonstrators were escorted out by soldiers and then detained.", "detained")
    assert ev.passive and _texts(ev.targets) == ["demonstrators"] and _texts(ev.sources) == ["soldiers"]


def test_a_past_tense_conjunct_shares_the_transferring_agent():
    ev = _raw("In May, the man was transferred by his captors to a prison in Cairo and detained there.", "detained")
    assert _texts(ev.targets) == ["man"] and _texts(ev.sources) == ["captors"]


def test_its_own_agent_wins_over_the_first_conjuncts():
    ev = _raw("The reporter was stopped by soldiers and detained by police for two days.", "detained")
    assert _texts(ev.targets) == ["reporter"] and _texts(ev.sources) == ["police"]


def test_no_agent_anywhere_leaves_the_source_empty():
    ev = _raw("The detainees were taken into custody and detained without charge.", "detained")
    assert _texts(ev.targets) == ["detainees"] and ev.sources == []


# (round 32, revision) only a bare pronoun or a description with no possessor is limited to its own sentence


def test_a_with_clause_subject_with_a_possessor_is_not_limited():
    from newsledger.extract.events.actors import _absolute_subject
    from tests.event_helpers import parse

    doc = parse("With his party battered by scandal and denying claims of fraud, the delegates voted against him.")
    assert not _absolute_subject(next(t for t in doc if t.lower_ == "party"))
    doc = parse("With some officials battered by scandal and denying claims of fraud, the delegates voted.")
    assert _absolute_subject(next(t for t in doc if t.lower_ == "officials"))


def test_a_possessed_with_clause_subject_keeps_its_denial():
    from tests.event_helpers import extract_events

    text = ("Boris Johnson won the Conservative nomination on Tuesday. With his campaign buffeted by criticism and "
            "denying claims of plagiarism, 200 delegates voted for other candidates.")
    rec, events = extract_events(text, published="2019-07-23")
    assert any(e.type == "REJECT" and e.trigger == "denying" and e.source is not None for e in events), \
        [(e.type, e.trigger, e.source) for e in events]


# (round 32, revision) a custody verb coordinated with a transfer of the same patient to another custody is a new
# custody episode, never merged as a retelling of an earlier arrest (events.mentions._new_custody_episode)


def test_a_transfer_and_detention_is_a_new_custody_episode():
    from newsledger.extract.events.mentions import _new_custody_episode
    from tests.event_helpers import parse

    doc = parse("In May, he was transferred by Egyptian police to a prison in Cairo and detained there.")
    assert _new_custody_episode(next(t for t in doc if t.lower_ == "detained"))
    doc = parse("The two men were taken into custody and detained without charge.")
    assert not _new_custody_episode(next(t for t in doc if t.lower_ == "detained"))
    doc = parse("He was arrested at the airport and detained by police for two days.")
    assert not _new_custody_episode(next(t for t in doc if t.lower_ == "detained"))


def test_a_transfer_after_an_arrest_keeps_both_custody_events():
    from tests.event_helpers import parties

    text = ("Ahmed Salem had been detained in January 2019 by Egyptian police while on a trip to Cairo. In March, he "
            "was transferred by Egyptian police to a prison in Alexandria and detained there under orders from Egypt.")
    got = parties(text, "detained", "COERCE", published="2019-05-01")
    assert len(got) == 2 and all(t == "Ahmed Salem" for _, t in got), got


def test_a_plain_retelling_of_the_arrest_still_merges():
    from tests.event_helpers import parties

    text = ("Ahmed Salem was detained on Monday by Egyptian police in Cairo. Salem was detained at his home, his "
            "lawyer said.")
    got = parties(text, "detained", "COERCE", published="2019-05-01")
    assert len(got) == 1, got
