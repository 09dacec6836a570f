"""Issue 16, round 27 (evprec27): a meeting told in the past is a meeting (CAMEO 040, CONSULT), not an intent to meet
(036, AGREE), which the dictionary's "meet ... at" pattern gave it; a planned meeting keeps 036. An acquaintance of
two persons who held political posts stays a meeting. The sentences are invented for the tests, not taken from any
article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2015-11-10"


@pytest.mark.parametrize(
    "text, trigger, typ",
    [
        (
            "According to sources, the French agents met senior officials at the Foreign Ministry in Nouakchott.",
            "met",
            "CONSULT",
        ),
        (
            "Mr. Obama and Mr. Netanyahu first met in 2007 when their aides arranged a chat at the airport.",
            "met",
            "CONSULT",
        ),
        ("Governor Hart will meet with President Moore at the White House on Friday.", "meet", "AGREE"),
    ],
)
def test_a_past_meeting_is_a_consultation(text, trigger, typ):
    assert_coded(text, trigger, typ, published=PUBLISHED)


def test_an_acquaintance_is_no_meeting():
    assert_no_event(
        "Golfer Jack Smith met the boxer for the first time in 1996 at a tournament in Louisville.",
        "met",
        published=PUBLISHED,
    )
