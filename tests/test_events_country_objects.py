"""Issue 16, PLOVER on the extract path: a country named as the object, indirect object or recipient of the
event's verb is the event's target when the coder's target phrase gives no actor ("will give X a grant", "offered
to hand over to X"), and so is the recipient of an aid noun the act is on ("halt all aid to X"); a country after a
motion verb or noun is a destination, not a target. The ISO 3166 common name ("Tanzania" for "Tanzania, United
Republic of") names its country.
Sentences invented for the tests (no evaluation sentence)."""
from __future__ import annotations

import pytest

from newsledger.resolve import lexicon
from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _targets(text: str) -> list[tuple[str, str | None, str | None]]:
    rec, events = extract_events(text, published="2019-03-04")
    return [(e.type, actor_name(rec, e.target), (rec.actor(e.target).code if e.target else None)) for e in events]


def test_the_iso_common_name_names_its_country():
    assert lexicon.country_of_name().get("tanzania") == "TZ"
    assert lexicon.country_of_name().get("moldova") == "MD"
    assert lexicon.country_of_name().get("bosnia") == "BA"  # country_aliases.tsv: the common short name


def test_an_indirect_object_country_is_the_target():
    found = _targets("Norway will give Tanzania a loan of 40 million dollars to build two dams.")
    assert any(code and code.startswith("TZA") for _, _, code in found), found


def test_a_recipient_country_is_the_target_when_the_object_is_the_sources_own():
    found = _targets("Sweden has offered to hand over to Germany three of its citizens wanted for fraud.")
    assert any(code and code.startswith("DEU") for _, _, code in found), found


def test_a_destination_is_not_a_target():
    found = _targets("The retired teacher Tom Baxter travelled to Turkey last spring.")
    assert not any(code and code.startswith("TUR") for _, _, code in found), found


def test_the_recipient_of_aid_is_the_target():
    found = _targets("Canada announced on Tuesday that it would halt all aid to Tamil rebels in Sri Lanka.")
    assert any(name and "rebels" in name for _, name, _ in found), found
