"""Issue 16, round 33 (evprec33): a retelling that names the state for its government. A later event of the same
type, trigger family and status whose parties are the earlier event's, or the same state by CAMEO actor code (a
country X and an actor coded X + a state sector, word class state_party_sectors: GOV), retells it and is dropped
(event-annotation.md: "other clear mentions of the same event are the same event"; events.mentions._retold_acts,
_one_state_retelling). "Trump urged Erdogan ..." then "'He urged Turkey ...,' a White House statement said" is one
request. Different states, a different status (a planned meeting and talks already held) or a different trigger
family stay two events. The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from newsledger.extract.events.mentions import _one_state_retelling, _retold_acts, _state_of
from newsledger.model import Actor, Article, Event, Record
from tests.event_helpers import extract_events

PUBLISHED = "2024-05-02"


def _record() -> Record:
    return Record(article=Article(text="", published=PUBLISHED), actors=[
        Actor("a1", "Alpha", "country", code="ALP", code_source="country"),
        Actor("a2", "Alpha's president", "person", code="ALPGOV", code_source="dictionary"),
        Actor("a3", "Alpha's presidency", "organization", code="ALPGOV", code_source="organization list"),
        Actor("a4", "Beta", "country", code="BET", code_source="country"),
        Actor("a5", "Beta's president", "person", code="BETGOV", code_source="dictionary"),
        Actor("a6", "Alpha's army", "organization", code="ALPMIL", code_source="organization list"),
        Actor("a7", "Beta's army", "organization", code="BETMIL", code_source="organization list"),
        Actor("a8", "Gamma", "country", code="GAM", code_source="country"),
    ])


def _event(start: int, source: str | None, target: str | None, status: str = "reported",
           typ: str = "REQUEST") -> Event:
    return Event(id="", type=typ, sentence="", start=start, end=start + 10, source=source, target=target,
                 status=status, date=PUBLISHED, date_precision="publication")


@pytest.mark.parametrize("actor, state", [("a1", "ALP"), ("a2", "ALP"), ("a3", "ALP"), ("a6", None), (None, None)])
def test_the_state_of_an_actor_is_its_country_or_its_government(actor, state):
    assert _state_of(_record(), actor) == state


@pytest.mark.parametrize(
    "first, later",
    [
        (("a2", "a5"), ("a3", "a4")),  # the president urged Beta's president ... the presidency said he urged Beta
        (("a2", "a5"), ("a2", "a4")),
        (("a1", "a5"), ("a2", "a5")),
        (("a2", None), ("a1", None)),
    ],
)
def test_one_state_told_by_its_government_is_one_party(first, later):
    rec = _record()
    assert _one_state_retelling(rec, _event(0, *first), _event(100, *later))


@pytest.mark.parametrize(
    "first, later, status",
    [
        (("a2", "a5"), ("a2", "a8"), "reported"),  # another state addressed
        (("a2", "a5"), ("a5", "a2"), "reported"),  # the other way round
        (("a6", "a5"), ("a1", "a5"), "reported"),  # the army is no government: CAMEO MIL, not GOV
        (("a2", "a5"), ("a2", None), "reported"),  # a party left out is not the same party
        (("a2", "a5"), ("a1", "a4"), "planned"),  # a planned act and a reported one are two acts
    ],
)
def test_other_parties_or_another_status_are_another_act(first, later, status):
    rec = _record()
    assert not _one_state_retelling(rec, _event(0, *first), _event(100, *later, status=status))


def test_retold_acts_drops_the_later_mention_of_one_state_act_only_in_one_family():
    rec = _record()
    first, later, other = _event(0, "a2", "a5"), _event(100, "a3", "a4"), _event(200, "a1", "a4")
    lemmas = {id(first): "urge", id(later): "urge", id(other): "demand"}
    assert _retold_acts(rec, [first, later, other], lemmas) == [first, other]


def test_a_leaders_request_retold_by_his_office_for_the_state_is_one_event():
    text = ("US President Donald Trump called Turkish President Recep Tayyip Erdoğan on Wednesday, urging him to halt "
            "the offensive. \"He urged Turkey to limit its military actions,\" a White House statement said.")
    rec, events = extract_events(text, published="2018-01-24")  # Trump in office: USAGOV
    urged = [e for e in events if e.type == "REQUEST" and e.trigger in {"urging", "urged"}]
    assert [e.trigger for e in urged] == ["urging"], [(e.trigger, e.source, e.target) for e in events]


def test_two_states_urged_are_two_events():
    text = ("Donald Trump called Recep Tayyip Erdoğan on Wednesday, urging him to halt the offensive. "
            "Trump also urged France to send more troops.")
    rec, events = extract_events(text, published="2018-01-24")  # Trump in office: USAGOV
    urged = [e for e in events if e.type == "REQUEST" and e.trigger in {"urging", "urged"}]
    assert [e.trigger for e in urged] == ["urging", "urged"], [(e.trigger, e.source, e.target) for e in events]
