"""Issue 16, round 23 (evprec23): the general verbs "take" and "pull" code an act only through their patterns and
sense rows, never through the CAMEO dictionary's bare default 171 (seize or damage property); persons taken away, a
hostage taken and a town taken keep their codes. The sentences are invented for the tests, not taken
from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event, describe_events, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2021-05-12"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Senator Mills took on Governor Hart over the state budget on Tuesday.", "took"),
        ("It took Governor Hart most of a week to answer the senators.", "took"),
        ("Prime Minister Dale pulled even with the opposition leader in the latest poll.", "pulled"),
        ("The mayor pulled the ambassador aside after the hearing.", "pulled"),
        ("The Labour leader pulled a surprise on the prime minister in parliament.", "pulled"),
        ("The finance minister pulled off a surprise win in the party vote.", "pulled"),
        ("The senator said he is not taking money from the oil lobby this year.", "taking"),
    ],
)
def test_an_everyday_take_or_pull_is_no_seizure(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger, typ",
    [
        ("Two aid workers were taken hostage by the militia near Kidal.", "taken", "ASSAULT"),
        ("At least twelve schoolgirls were taken away by gunmen in Zamfara.", "taken", "ASSAULT"),
        ("Soldiers took the two brothers away after the raid on the farm.", "took", "COERCE"),
        ("Rebel fighters took control of the town of Zorka on Monday.", "took", "COERCE"),
        ("Police took the two suspects into custody in Leeds.", "took", "COERCE"),
        ("The Belgian army pulled its troops out of the province.", "pulled", "RETREAT"),
    ],
)
def test_a_seizure_by_pattern_or_sense_stays(text, trigger, typ):
    assert_coded(text, trigger, typ, published=PUBLISHED)


# "break with", "break away", "break off": the CAMEO dictionary's patterns read them as threats (130).


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Breaking with tradition, the president held a rally in Ohio on election night.", "Breaking"),
        ("The province of Vaskia broke away from the federation in 1991.", "broke"),
        ("The foreign minister broke off with a short laugh when asked about the envoy.", "broke"),
    ],
)
def test_a_break_with_tradition_away_or_off_is_no_threat(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger, typ",
    [
        ("The Green Alliance broke with the ruling Labour coalition over the budget in March.", "broke", "REJECT"),
        ("The rebels broke off talks with the government of Mali on Friday.", "broke", "SANCTION"),
    ],
)
def test_a_break_with_a_party_is_a_rejection_and_broken_off_talks_a_sanction(text, trigger, typ):
    rec, events = extract_events(text, published=PUBLISHED)
    assert [e.type for e in events if e.trigger == trigger] == [typ], describe_events(rec, events)
