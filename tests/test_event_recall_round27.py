"""Issue 16, round 27 (evrecall27): consultations named by a noun. A telephone call or conversation is CAMEO 041
"Discuss by telephone" (the CAMEO dictionary's "* IN TELEPHONE CONVERSATION WITH + [041]"), a summit 044 "Meet at a
third location" ("* SUMMIT [044]", ATTEND), both PLOVER CONSULT; a summit is an event only with two parties named.
An occasion noun's "to" counterpart ("during a visit to Japan, X said", "in a telephone call to the Kremlin, X
urged") names the host or the one called when it is coded with another state than the subject. The sentences are
invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import parties

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2021-05-12"


def _consults(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return parties(text, trigger, "CONSULT", published=PUBLISHED)


def test_a_summit_between_two_named_parties():
    found = _consults("A two-day summit between Norway and Chile opened in Lima on Monday.", "summit")
    assert found and found[0][0] == "Norway"


def test_a_summit_with_a_counterpart_on_an_occasion():
    found = _consults("At a summit with Justin Trudeau in Oslo, the Mexican president said trade would grow.", "summit")
    assert found and found[0][1] == "Justin Trudeau"


@pytest.mark.parametrize(
    "text",
    [
        "The Oslo summit ended on Tuesday without a statement.",  # a venue, no party
        "Chancellor Olaf Scholz will attend the Nato summit next week.",  # a host body, no counterpart
        "Norway's summit was postponed because of the storm.",  # one party, no counterpart
    ],
)
def test_a_summit_with_no_two_parties_is_no_event(text):
    assert not _consults(text, "summit")


def test_a_telephone_conversation_with_a_leader():
    found = _consults(
        "In a telephone conversation with the Japanese prime minister on Friday, the Canadian "
        "president Justin Trudeau said the plan was ready.",
        "conversation",
    )
    assert found and found[0][0] == "Justin Trudeau"


def test_a_visit_to_another_state_on_an_occasion():
    found = _consults(
        "During a visit to Japan on Monday, the Chilean president Gabriel Boric said the talks would go on.", "visit"
    )
    assert found and found[0][0] and found[0][1] == "Japan"


@pytest.mark.parametrize(
    "text",
    [
        "During a visit to his sister in Valparaiso, Gabriel Boric said he was tired.",  # a person described
        "After a visit to the hospital, the Chilean president Gabriel Boric praised the nurses.",  # a place
        "During a visit to Valparaiso on Monday, the Chilean president Gabriel Boric praised the dockers.",  # home
    ],
)
def test_a_visit_to_no_foreign_party_is_no_event(text):
    assert not _consults(text, "visit")


# "be in talks": two coordinated parties coded with states negotiate (CAMEO 046 "Engage in negotiation").
def test_two_states_in_talks_negotiate():
    found = _consults("Oslo and Santiago are in talks to return hundreds of prisoners to Chile.", "talks")
    assert found and found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Acme and Globex are in talks to share the patents.",  # business talks
        "The union and the company are in talks about pay.",  # no state
    ],
)
def test_talks_with_no_two_states_are_no_event(text):
    assert not _consults(text, "talks")
