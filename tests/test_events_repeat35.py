"""Issue 16, round 35 (evrepeat35): one act is one event, at its first clear mention (event-annotation.md), when a
later mention of the same type and trigger family names a party another way: a person or group described first
and a person named after, one CAMEO sector code, an organisation's short name (mentions._partial_retelling). At
least one party must be the same, the status the same; a party left out on one side is not the same party, and
acts whose dates differ stay two. The records and names are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from newsledger.extract.events.mentions import _partial_retelling, _retold_acts
from newsledger.model import Actor, Article, Entity, Event, Record

PUBLISHED = "2024-05-02"


def _record() -> Record:
    return Record(article=Article(text="", published=PUBLISHED), actors=[
        Actor("a1", "Northern Front", "organization", code="ALPREB", code_source="organization list"),
        Actor("a2", "rebel groups", "group", code="ALPREB"),
        Actor("a3", "two foreign militants", "group"),
        Actor("a4", "Jon Varga", "person", code_source="none"),
        Actor("a5", "A Lakeside man", "person"),
        Actor("a6", "KXRT", "organization", code_source="none"),
        Actor("a7", "KXRT-TV", "organization", code_source="none"),
        Actor("a8", "Beta", "country", code="BET", code_source="country"),
        Actor("a9", "Gamma", "country", code="GAM", code_source="country"),
        Actor("a10", "fleeing families", "group"),
        Actor("a11", "Lena Ostrova", "person", code="BETGOV", code_source="person list"),
        Actor("a12", "Pavel Dorn", "person", code="BETGOV", code_source="person list"),
        Actor("a13", "Beta activists", "group", code="BETACT"),
    ], entities=[Entity("Jon Varga", 120, 129, "PERSON", actor="a4"), Entity("Lena Ostrova", 140, 152, "PERSON",
                 actor="a11"), Entity("Pavel Dorn", 160, 170, "PERSON", actor="a12")])


def _event(start: int, source: str | None, target: str | None, status: str = "reported", typ: str = "COERCE",
           date: str = PUBLISHED, precision: str = "publication") -> Event:
    return Event(id="", type=typ, sentence="", start=start, end=start + 10, source=source, target=target,
                 status=status, date=date, date_precision=precision)


@pytest.mark.parametrize(
    "first, later",
    [
        (("a1", None), ("a2", None)),  # one sector code: the front and "rebel groups"
        (("a1", "a3"), ("a1", "a4")),  # "two foreign militants" captured ... Jon Varga captured
        (("a5", "a6"), ("a4", "a6")),  # "A Lakeside man" sues KXRT ... Jon Varga sues KXRT
        (("a5", "a6"), ("a5", "a7")),  # "A Lakeside man" sues KXRT ... he sues KXRT-TV
    ],
)
def test_a_party_left_out_or_named_another_way_is_one_party(first, later):
    assert _partial_retelling(_record(), _event(0, *first), _event(200, *later))


@pytest.mark.parametrize(
    "first, later, status",
    [
        (("a1", None), ("a1", "a10"), "reported"),  # the target left out first, named after: maybe another act
        (("a1", "a10"), ("a1", None), "reported"),  # named first, left out after
        (("a1", None), (None, "a10"), "reported"),  # no party both mentions name alike
        (("a5", "a6"), ("a4", "a7"), "reported"),  # each party only loosely one
        (("a1", "a8"), ("a1", "a9"), "reported"),  # another state as target
        (("a1", "a3"), ("a8", "a4"), "reported"),  # another doer
        (("a4", None), ("a5", None), "reported"),  # a named person is not the description told after him
        (("a1", "a3"), ("a1", "a4"), "planned"),  # a planned act and a reported one are two acts
        ((None, "a3"), (None, "a4"), "reported"),  # no doer in either: "two men were arrested" ... "Varga was arrested"
        (("a11", "a10"), ("a12", "a10"), "reported"),  # two named persons of one state and sector code
        (("a13", "a10"), ("a11", "a10"), "reported"),  # activists condemn, then a minister of their state
        (("a8", None), ("a11", None), "reported"),  # the state denies, then its official: another occasion
        (("a3", "a10"), ("a4", "a10"), "demand"),  # "two foreign militants" demand ... Jon Varga demands
    ],
)
def test_other_parties_or_another_status_are_another_act(first, later, status):
    typ = "REQUEST" if status == "demand" else "COERCE"
    status = "reported" if status == "demand" else status
    assert not _partial_retelling(_record(), _event(0, *first, typ=typ), _event(200, *later, status=status, typ=typ))


def test_retold_acts_drops_the_later_mention_only_in_one_family():
    rec = _record()
    first, later, other = _event(0, "a1", "a3"), _event(200, "a2", "a4"), _event(300, "a1", None)
    lemmas = {id(first): "capture", id(later): "detain", id(other): "expel"}
    assert _retold_acts(rec, [first, later, other], lemmas) == [first, other]


def test_two_captures_on_dates_apart_are_two_events():
    rec = _record()
    first = _event(0, "a1", "a3", date="2023-01-10", precision="day")
    later = _event(200, "a1", "a4", date="2024-04-20", precision="day")
    lemmas = {id(first): "capture", id(later): "capture"}
    assert _retold_acts(rec, [first, later], lemmas) == [first, later]


def test_a_custody_retelling_of_a_merged_mention_is_merged_too():
    rec = _record()
    first, named, again = _event(0, "a1", "a3"), _event(200, "a2", "a4"), _event(300, None, "a4")
    lemmas = {id(first): "capture", id(named): "capture", id(again): "capture"}
    assert _retold_acts(rec, [first, named, again], lemmas) == [first]
