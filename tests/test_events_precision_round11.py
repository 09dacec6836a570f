"""Issue 16 eleventh round (evprec): verbs whose sense in the clause reports no act (verb_senses.tsv rows with
their WordNet 3.0 sense, taking a stance or seizing a chance; non_acts.json failure_heads used with no clause), a
state of mind someone "should" be in, a meeting of one body's own members (non_acts.json internal_bodies) and an
appeal to the public (non_acts.json public_appeal_verbs). Sentences written for the test."""
from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.extract.eventcoding.actorcodes import plover_main_type
from newsledger.extract.eventcoding.coder import code_sentence, main_event
from newsledger.extract.quotes import speech_verbs
from newsledger.model import Article
from newsledger.pipeline import extract_records


def _main_type(text: str) -> str | None:
    doc = nlp.parse(text)
    ev = main_event([e for s in doc.sents for e in code_sentence(s, speech_verbs())])
    return plover_main_type(ev) if ev else None


@pytest.mark.parametrize("text", [
    "The city was pushed back into recession by the closures.",  # push.v.01, a direction
    "The country is pushed further towards the embrace of its neighbour by the crisis.",
    "The forecast calls for heavy rain on Tuesday.",  # call_for.v.02 "require"
    "The plan calls for 200 new homes on the site.",
    "The same rules apply to every driver.",  # apply.v.02 "be pertinent"
    "The ban applies to all vehicles over ten tonnes.",
    "Hundreds of residents signed up for the new recycling service.",  # sign_up.v.02 "join"
    "Efforts to broker a peace deal failed last year.",  # fail.v.02 "be unsuccessful"
    "International efforts to end the fighting are failing.",
    "The French president has taken a particularly strong line on chemical weapons.",  # take.v.05
    "He took up his new position at the White House in April.",  # assume.v.02
    "Seizing a chance to normalise relations, the president declared a new era.",
])
def test_sense_reports_no_act(text):
    assert _main_type(text) is None


@pytest.mark.parametrize("text, expected", [
    ("The president pushed the minister to resign.", "REQUEST"),  # push.v.02: an infinitive, a demand
    ("Turkey applied for membership of the European Union.", "REQUEST"),  # apply.v.03 "ask (for something)"
    ("Amnesty International called for the assault to be abandoned.", "REQUEST"),
    ("Russia and Turkey signed an agreement on the buffer zone.", "SUPPORT"),
    ("Iran failed to comply with the resolution.", "REJECT"),  # failing a cooperative act stays a refusal
    ("Turkey has since seized control of additional territory in Afrin.", "COERCE"),
    ("Isis militants seized heavy weapons in areas of Iraq.", "COERCE"),
])
def test_the_event_sense_stays(text, expected):
    assert _main_type(text) == expected


@pytest.mark.parametrize("text", [
    "The analyst said the president should be relieved by the decision.",
    "The charity's director said Canada should be concerned about the risk.",
])
def test_a_state_of_mind_one_should_be_in_is_no_demand(text):
    assert _main_type(text) != "REQUEST"


def test_a_demand_with_should_stays():
    assert _main_type("The minister said Turkey must withdraw its troops from the city.") == "REQUEST"


def _events(text: str) -> list:
    (rec,) = extract_records([Article(text=text, id="t", published="2018-04-12")])
    return [(e.type, e.trigger) for e in rec.events]


@pytest.mark.parametrize("text", [
    "The British government held a two-hour cabinet meeting on Thursday to discuss its military response.",
    "The prime minister has summoned an emergency cabinet meeting to discuss possible military options against Syria.",
    "After meeting for two hours, the prime minister's cabinet issued a statement on the attack.",
])
def test_a_body_meeting_among_itself_is_no_event(text):
    assert _events(text) == []


def test_a_meeting_with_an_outside_party_stays():
    assert ("CONSULT", "met") in _events("The Iraqi cabinet met with a Kurdish delegation in Baghdad on Monday.")


@pytest.mark.parametrize("text", [
    "The state transportation department urges motorists to drive with caution as flooding continues.",
    '"Residents are encouraged to consider using home composting," a council spokesman said.',
])
def test_an_appeal_to_the_public_is_no_request(text):
    assert not [t for t in _events(text) if t[0] == "REQUEST"]


def test_an_appeal_to_a_named_group_stays():
    assert ("REQUEST", "urged") in _events("The UN urged the residents of Idlib to leave the city on Monday.")
