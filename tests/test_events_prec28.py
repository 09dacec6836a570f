"""Issue 16, round 28 (evprec28): two uses of a coded verb that are no political act. (1) A participle as the
complement of a current copula ("feels threatened", "seemed threatened", Quirk et al. 1985, 16.21-16.22;
non_acts.json copular_state_verbs) is the subject's state of mind; the be-passive stays an act. (2) A charge brought
by a civil filing ("the lawsuit charges the paper with defamation") is CAMEO 115 "Bring lawsuit against" (ACCUSE),
not 173 "Arrest, detain, or charge with legal action" (COERCE), which stays for the police and prosecutors
(verb_senses.tsv). The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2024-05-02"


@pytest.mark.parametrize(
    "text",
    [
        "Belgrade feels increasingly threatened by the new radar station on its border.",
        "The farmers' union seemed threatened by the plan to cut subsidies.",
        "Officials in Minsk appeared threatened by the exercises near the frontier.",
    ],
)
def test_a_copular_participle_is_a_state(text):
    assert_no_event(text, "threatened", published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Belgrade was threatened by the new radar station on its border, the minister said.",
        "The rebel commander threatened the villagers on Sunday.",
    ],
)
def test_a_threat_stays(text):
    assert_coded(text, "threatened", "THREATEN", published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The lawsuit charges the weekly newspaper with libel and negligence.",
        "The complaint, filed in county court on Tuesday, charges the landlord with fraud.",
    ],
)
def test_a_civil_filing_charge_is_an_accusation(text):
    assert_coded(text, "charges", "ACCUSE", published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("County prosecutors charged the landlord with fraud on Tuesday.", "charged"),
        ("Police charged two teenagers with burglary after the break-in.", "charged"),
    ],
)
def test_a_charge_by_the_authorities_stays_coercion(text, trigger):
    assert_coded(text, trigger, "COERCE", published=PUBLISHED)
