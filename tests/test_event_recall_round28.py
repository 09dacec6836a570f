"""Issue 16, round 28 (evrecall28): event recall. Citizenship taken away is CAMEO 170 "Coerce" (the CAMEO
dictionary's own row "STRIP * (OF CITIZENSHIP) [170]"), told with the verbs of its REVOKE synset as with "strip" and
"deprive of"; the person whose citizenship, nationality or passport it is is the target, not the document. The
sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

PUBLISHED = "2021-05-12"


def _coerced(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    rec, events = extract_events(text, published=PUBLISHED)
    return [
        (actor_name(rec, e.source), actor_name(rec, e.target))
        for e in events
        if e.trigger == trigger and e.type == "COERCE"
    ]


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
