"""Issue 16, third round: sources and targets from the sentence's structure (bare participles are passive, a
weapon is the instrument, a statement's issuer makes its demand, "its soldiers"), purpose clauses are no act,
a new group actor is named without its count, and the event's date is its own clause's or the publication's."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _events(text: str, published: str = "2018-05-10"):
    return extract_events(text, published=published)


_name = actor_name


def test_coordinated_participles_of_a_passive_keep_the_patient_as_target():
    rec, events = _events("The governor said as many as 40 rebels had been arrested, wounded or killed in the raid.")
    assert events
    assert all(e.source is None for e in events), [(e.type, _name(rec, e.source)) for e in events]
    assert {_name(rec, e.target) for e in events} == {"rebels"}


def test_bare_participial_clause_is_passive():
    rec, events = _events("Two French women are in Iraqi custody, accused of being members of Islamic State.")
    # the women are the accused, never the accusers (with no accuser named, no ACCUSE event is kept at all)
    assert not any(_name(rec, e.source) == "French women" for e in events)
    from newsledger.extract.eventcoding.arguments import subject_of
    from newsledger.nlp import parse

    verb = next(t for t in parse("Two French women are in Iraqi custody, accused of being members of Islamic "
                                 "State.") if t.lower_ == "accused")
    subj, passive, agent = subject_of(verb)
    assert passive and [t.lower_ for t in subj] == ["women"] and agent == []


def test_purpose_infinitive_is_no_act():
    rec, events = _events("Russia sent warships to the coast in 2015 to stop rebels from seizing the port.")
    assert not any(e.type in {"REJECT", "COERCE", "ASSAULT"} for e in events), [(e.type, e.source) for e in events]


def test_weapon_object_is_the_instrument():
    rec, events = _events("Israeli troops fired rockets at Hamas positions, the army said.")
    ev = [e for e in events if e.type == "ASSAULT"]
    assert ev and _name(rec, ev[0].target) != "rockets"


def test_statement_issuer_makes_its_demand():
    rec, events = _events("President Vladimir Putin on Monday rejected a US statement urging a ceasefire.")
    req = [e for e in events if e.type == "REQUEST"]
    assert req and _name(rec, req[0].source) == "United States"


def test_kept_troops_are_the_sources_own():
    rec, events = _events("Iran is planning to keep forces in Lebanon after the war ends.")
    assert not any(_name(rec, e.target) == "forces" for e in events)


def test_one_word_surname_is_the_fully_named_person():
    rec, events = _events("Angela Merkel met the Greek prime minister on Monday. Merkel also urged Greece to cut "
                          "its spending, officials said.")
    req = [e for e in events if e.type == "REQUEST"]
    assert req and _name(rec, req[0].source) == "Angela Merkel"


def test_event_date_is_its_own_clause_else_the_publication():
    rec, events = _events("Rebels shelled the town on Sunday. Later the army arrested dozens of protesters in the "
                          "capital.", published="2018-05-10")
    arrest = [e for e in events if e.trigger == "arrested"]
    # event-annotation.md: a clause without its own time is dated by the publication, not by the sentence before
    assert arrest and arrest[0].date == "2018-05-10" and arrest[0].date_precision == "publication"


@pytest.mark.parametrize("text", [
    "The senator took to Twitter to complain about the decision.",
    "Women have taken huge strides towards equality in the region.",
    "The annual figures have been released by the refugee agency.",
    "It is hard not to accept the minister's account of the talks.",
    "Eastern Ghouta resembles what the envoy once called the worst crime of the century.",
    "Russia insisted that its plan is a complement to the Geneva process.",
])
def test_everyday_uses_are_no_events(text):
    rec, events = _events(text)
    assert events == [], [(e.type, e.trigger) for e in events]


def test_taking_a_town_is_still_a_seizure():
    rec, events = _events("Government forces were taking other towns in the area.")
    assert [e.type for e in events] == ["COERCE"]


def test_a_day_is_no_source_and_a_weapon_no_agent():
    rec, events = _events("Dozens were hurt by Saturday's chemical attack on the Douma district.")
    assert not any(_name(rec, e.source) == "Saturday" for e in events)
    rec, events = _events("The fighter and his team were hit by an RPG round near the front line.")
    assert not any((_name(rec, e.source) or "").startswith("RPG") for e in events)


def test_the_pair_is_the_people_the_article_is_about():
    rec, events = _events("Prosecutors charged Anna Berg and Lena Holm with fraud. Anna Berg and Lena Holm denied "
                          "the charges. The case recalls the deaths of John Smith and Peter Jones. The pair were "
                          "arrested in Madrid in March by Spanish police.", published="2018-09-20")
    arrest = [e for e in events if e.trigger == "arrested"]
    assert arrest and _name(rec, arrest[0].target) in {"Anna Berg", "Lena Holm"}


def test_speaker_makes_the_appeal_the_parser_joins_to_a_reported_state():
    rec, events = _events("The WHO said the situation at the camp was critical and called on all parties to allow "
                          "aid convoys in.")
    req = [e for e in events if e.type == "REQUEST"]
    assert req and _name(rec, req[0].source) in {"WHO", "World Health Organization"}


@pytest.mark.parametrize("text", [
    "Michael studied law with criminology at the University of Manchester.",
    "Six French soldiers have been killed in total since the mission began, the ministry said.",
    "The two boys and their mother cried when they were reunited in the town.",
    "\u201cThese flags must also be within the size restrictions,\u201d the spokesman said.",
])
def test_everyday_verbs_accuse_or_ask_no_one(text):
    rec, events = _events(text)
    assert not any(e.type in {"ACCUSE", "REQUEST"} for e in events), [(e.type, e.trigger) for e in events]


def test_a_demand_of_an_actor_is_still_one():
    rec, events = _events("The minister said the government must release the detained journalists.")
    assert any(e.type == "REQUEST" for e in events)


def test_backed_forces_are_the_forces_not_their_backer():
    rec, events = _events("Two militants have been captured by US-backed Kurdish fighters in Syria.")
    ev = [e for e in events if e.trigger == "captured"]
    assert ev and _name(rec, ev[0].source) not in {"United States", "US"}


def test_a_led_coalition_is_a_body_of_its_own():
    rec, events = _events("The Saudi-led coalition bombed the port of Hodeidah on Monday.")
    ev = [e for e in events if e.type == "ASSAULT"]
    assert ev and _name(rec, ev[0].source) == "Saudi-led coalition"


def test_a_rejected_demand_was_still_made():
    rec, events = _events("The president on Monday rejected a US statement urging restraint.")
    req = [e for e in events if e.type == "REQUEST"]
    assert req and req[0].status == "reported"


def test_the_owner_of_a_plan_is_the_one_opposed():
    rec, events = _events("Iran criticised Turkey's decision to close the border.")
    assert any(e.type == "ACCUSE" and _name(rec, e.target) == "Turkey" for e in events)
    rec, events = _events("Washington announced plans for a 30,000-strong border force on Sunday. Russia also opposed "
                          "the plan, saying it could divide the country.")
    rej = [e for e in events if e.type == "REJECT"]
    assert rej and _name(rec, rej[0].target) == "United States"


def test_a_time_inside_the_verbs_argument_dates_that_noun_not_the_event():
    rec, events = _events("Police arrested the suspect of a March 21 robbery.", published="2009-03-31")
    arrest = [e for e in events if e.trigger == "arrested"]
    # the robbery's day, not the arrest's (event-annotation.md: the time governing the event's clause)
    assert arrest and arrest[0].date == "2009-03-31" and arrest[0].date_precision == "publication"
    rec, events = _events("Agents arrested the two men in an entrapment operation in 2016.", published="2018-04-05")
    arrest = [e for e in events if e.trigger == "arrested"]
    assert arrest and arrest[0].date == "2016"  # the arrest's own operation


def test_a_demand_joined_to_a_reported_act_is_the_speakers():
    rec, events = _events("Mayor Jean Haddad denounced the vandalism. He added that the incident damaged the dignity "
                          "of the town and demanded that the perpetrators be found.", published="2009-03-31")
    req = [e for e in events if e.type == "REQUEST"]
    assert req and _name(rec, req[0].source) == "Jean Haddad"  # not "the incident"


@pytest.mark.parametrize("text", ["A Dayton man was charged with burglary and resisting arrest on Monday.",
                                  "Local teacher charged in string of car thefts"])
def test_an_agentless_criminal_charge_is_coerce_above_the_threshold(text):
    from newsledger.extract.eventcoding import dictionary as D

    rec, events = _events(text)
    coerce = [e for e in events if e.type == "COERCE"]
    assert coerce and coerce[0].source is None, [(e.type, _name(rec, e.source)) for e in events]
    # stored at the default threshold (the fixture keeps every event), and not also an accusation
    assert coerce[0].confidence >= D.confidence_settings()["default_threshold"]
    assert "ACCUSE" not in {e.type for e in events}
