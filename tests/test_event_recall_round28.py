"""Issue 16, round 28 (evrecall28): event recall. Citizenship taken away is CAMEO 170 "Coerce" (the CAMEO
dictionary's own row "STRIP * (OF CITIZENSHIP) [170]"), told with the verbs of its REVOKE synset as with "strip" and
"deprive of"; the person whose citizenship, nationality or passport it is is the target, not the document. Praise
(praise, commend, laud, applaud) is CAMEO 051 "Praise or endorse" in every use and an event only when an actor is
praised; "plead with <party>" is CAMEO 020 "Make an appeal or request", a plea in court no event. The
sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import extract_events, parties

PUBLISHED = "2021-05-12"


def _coerced(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return parties(text, trigger, "COERCE", published=PUBLISHED)


def test_a_citizenship_revoked_falls_on_its_holder():
    found = _coerced("Maria Lopez's citizenship was revoked after she gave interviews.", "revoked")
    assert found and found[0][1] == "Maria Lopez"


def test_a_state_revoking_the_citizenship_of_two_men():
    found = _coerced("The interior ministry revoked both men's Chilean citizenship in March.", "revoked")
    assert found and found[0][1] == "men"


def test_deprived_of_a_nationality():
    found = _coerced("Carlos Diaz was deprived of his nationality by a court in Lima.", "deprived")
    assert found and found[0][1] == "Carlos Diaz"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ministry cancelled the concert after the storm.", "cancelled"),  # no status held from a state
        ("Officials revoked the licence of a bar in Valparaiso.", "revoked"),  # a licence: not this act
        ("Lopez applied for a passport in March.", "applied"),  # no act on a status
    ],
)
def test_no_citizenship_act(text, trigger):
    assert not _coerced(text, trigger)


# Praise (CAMEO 051 "Praise or endorse", curated) and pleading with a party (CAMEO 020 "Make an appeal or request").
def _kept(text: str, trigger: str, typ: str) -> list[tuple[str | None, str | None]]:
    return parties(text, trigger, typ, published=PUBLISHED)  # the default threshold: the record as users get it


def test_an_official_praising_a_leader_is_kept():
    found = _kept("The Chilean foreign minister, Antonia Urrejola, praised Justin Trudeau as a loyal partner.",
                  "praised", "SUPPORT")
    assert found and found[0][1] == "Justin Trudeau"


def test_pleading_with_a_state_is_an_appeal():
    found = _kept("Aid workers pleaded with the army to open the road.", "pleaded", "REQUEST")
    assert found and found[0][1] == "army"


@pytest.mark.parametrize(
    "text",
    [
        "Carlos Diaz pleaded guilty to fraud on Monday.",  # a plea in court
        "Carlos Diaz pleaded not guilty to two counts of robbery.",
    ],
)
def test_a_plea_in_court_is_no_appeal(text):
    assert not _kept(text, "pleaded", "REQUEST")


def test_praise_of_a_thing_by_no_one_named_stays_below_the_threshold():
    assert not _kept("Critics praised the new film.", "praised", "SUPPORT")


@pytest.mark.usefixtures("keep_all")
@pytest.mark.parametrize(
    "text",
    [
        "Critics praised the new film on Sunday.",  # a thing praised, no actor
        "The mayor commended the swift repairs to the bridge.",
    ],
)
def test_praise_of_no_actor_is_no_event_at_any_confidence(text):
    rec, events = extract_events(text, published=PUBLISHED)
    assert not [e for e in events if e.type == "SUPPORT"]


def test_praise_of_a_leaders_record_praises_the_leader():
    found = _kept("The Chilean foreign minister, Antonia Urrejola, praised Justin Trudeau's leadership in Ottawa.",
                  "praised", "SUPPORT")
    assert found and found[0][1] == "Justin Trudeau"
