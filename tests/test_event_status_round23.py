"""Round 23 (issue 16): an undated past act that continues an old narrative time in its own sentence or the one
before is historical (events.dates._after_old_semicolon, _later_than_old). Invented sentences."""

from __future__ import annotations

import pytest

from tests.event_helpers import event_at, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _status(text, trigger, published="2017-06-01"):
    return event_at(text, trigger, published=published)


def test_a_clause_after_a_semicolon_continues_an_old_dated_clause():
    text = (
        "The village fell to the militia in 2014 when its fighters seized the valley; the militia burned a "
        "mosque and arrested many of the village's elders."
    )
    assert _status(text, "burned").status == "historical"
    assert _status(text, "arrested").status == "historical"
    ev = _status(text, "burned")
    assert ev.date_precision == "publication"  # status only: no date is invented


def test_a_recent_first_clause_or_a_present_second_one_stays_reported():
    assert (
        _status("The rebels seized the town in March; government troops shelled the town.", "shelled").status
        == "reported"
    )
    assert (
        _status("The rebels seized the town in 2014; government troops are now shelling the town.", "shelling").status
        == "reported"
    )


@pytest.mark.parametrize(
    "anchor, status",
    [("in 2013", "historical"), ("in April", "reported")],  # a year+ back; within five months of publication
)
def test_a_count_later_than_a_time_takes_its_status_from_that_time(anchor, status):
    text = (
        f"A cleric from Leeds was killed in a French air strike in Mali {anchor}. His cousin, Omar Khan, was "
        "killed in a second air strike in Mali a few weeks later."
    )
    _, events = extract_events(text, published="2017-06-01")
    second = [e for e in events if "cousin" in e.sentence]
    assert second and second[0].status == status
