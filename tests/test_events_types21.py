"""Issue 16, twenty-first round (evtypes21): the right PLOVER type for two verb senses (verb_senses.tsv).

- Sanctions or an embargo lifted, ended, removed ... are eased (CAMEO 085, RETREAT), aimed at the sanctioned party:
  the sanction noun's on/against phrase, a clause on the noun ("sanctions imposed on X"), a name modifying it, or the
  object, recipient or infinitive subject of a participle clause of the verb ("lifted sanctions, giving X access");
  an easing whose sentence names no sanctioned party (or only the source's own side) is no event.
- "sanction" = approve: a move, plan, development or application sanctioned is a concession (CAMEO 080, CONCEDE, the
  gold's type for a request granted), not a sanction imposed (163); a request approved likewise (080), a deal
  approved an agreement (031, as the dictionary reads a contract approved), not praise (051); a deal's with-party
  may be a description with a name in apposition ("the equity firm X": X).

Sentences invented for the tests (no evaluation sentence)."""

from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    rec, events = extract_events(text, published="2018-05-10")
    return [(e.type, actor_name(rec, e.source), actor_name(rec, e.target)) for e in events]


def _retreats(text: str) -> list[tuple[str | None, str | None]]:
    return [(s, t) for typ, s, t in _events(text) if typ == "RETREAT"]


def test_an_embargo_lifted_against_a_country_is_retreat_aimed_at_it():
    assert ("European Union", "Libya") in _retreats("The European Union lifted its arms embargo against Libya.")


def test_sanctions_ended_on_a_country_are_retreat_not_sanction():
    events = _events("Canada ended its sanctions against Venezuela on Tuesday.")
    assert ("RETREAT", "Canada", "Venezuela") in events, events
    assert not any(typ == "SANCTION" for typ, _, _ in events), events


def test_the_participle_clause_names_the_party_eased():
    pairs = _retreats("The United States lifted sanctions, giving Iran access to billions of dollars in assets.")
    assert pairs == [("United States", "Iran")], pairs


def test_the_subject_of_the_participles_infinitive_is_the_party_eased():
    pairs = _retreats("The US lifted sanctions, allowing Cuba to buy American goods.")
    assert pairs == [("United States", "Cuba")], pairs


def test_sanctions_imposed_on_a_country_name_the_party_eased():
    assert _retreats("The US lifted sanctions imposed on Sudan in 1997.") == [("United States", "Sudan")]


def test_an_easing_with_no_sanctioned_party_is_no_event():
    assert _events("The president lifted sanctions on Monday.") == []


def test_the_sources_own_sanctions_name_no_party_eased():
    assert _events("Washington lifted US sanctions in January.") == []


def test_a_boycott_called_off_is_no_easing_of_sanctions():
    assert _retreats("The opposition ended its boycott of parliament on Monday.") == []


def test_a_move_sanctioned_is_a_concession_not_a_sanction():
    events = _events("The move was quietly sanctioned by Moscow.")
    assert [typ for typ, _, _ in events] == ["CONCEDE"], events


def test_a_council_sanctioning_a_plan_concedes():
    events = _events("The city council sanctioned the plan to build a new stadium.")
    assert any(typ == "CONCEDE" for typ, _, _ in events), events
    assert not any(typ in {"SANCTION", "SUPPORT"} for typ, _, _ in events), events


def test_a_country_sanctioned_is_still_a_sanction():
    events = _events("The US Treasury sanctioned three Russian banks on Friday.")
    assert any(typ == "SANCTION" for typ, _, _ in events), events


def test_a_request_approved_is_a_concession_not_praise():
    events = _events("The state transportation department approved a request from Cooke County to fund a bridge.")
    assert any(typ == "CONCEDE" for typ, _, _ in events), events
    assert not any(typ == "SUPPORT" for typ, _, _ in events), events


def test_a_deal_approved_is_an_agreement_not_praise():
    events = _events("The State Department approved a $1 billion deal to sell Qatar six helicopters.")
    assert any(typ == "AGREE" for typ, _, _ in events), events
    assert not any(typ == "SUPPORT" for typ, _, _ in events), events


def test_a_name_in_apposition_is_the_deals_counterpart():
    rec, events = extract_events(
        "The government signed a deal with the private equity firm Blackstone Capital.", published="2018-05-10"
    )
    assert any(actor_name(rec, e.target) == "Blackstone Capital" for e in events), events
