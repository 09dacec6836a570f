"""Round 25 (issue 16): an event's date from time expressions the tagger used to miss (a capitalised sentence-initial
"Four years ago", "the turn of the millennium") and from a direct-perception verb whose
bare-infinitive or -ing complement is the event (events.dates._witnessed_when). Invented sentences."""

from __future__ import annotations

import pytest

from newsledger.extract.times import extract_text
from tests.event_helpers import event_at

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _event(text, trigger, published="2017-06-01"):
    return event_at(text, trigger, published=published)


def _times(text, published="2017-06-01"):
    return [(t.text, t.value) for t in extract_text(text, published)]


def test_a_capitalised_count_opening_a_sentence_is_an_ago_phrase():
    assert _times("Four years ago the militia seized the port.") == [("Four years ago", "2013")]
    assert _times("Two weeks ago, the police closed the road.") == [("Two weeks ago", "2017-05-18")]
    assert _times("FOUR YEARS AGO") == []  # a headline's capitals stay out


def test_the_turn_of_the_millennium_is_the_year_2000():
    assert _times("At the turn of the millennium, the rebels dropped the demand.") == [
        ("the turn of the millennium", "2000")
    ]
    assert _times("At the turn of the century, the port grew.") == []  # 1900 or 2000: not read


def test_an_act_under_a_capitalised_ago_phrase_is_dated_and_historical():
    ev = _event("Four years ago the militia attacked the northern town of Varno.", "attacked")
    assert ev.date == "2013"
    assert ev.status == "historical"


def test_a_perceived_act_takes_the_perceiving_time():
    ev = _event("Four years ago the villagers watched the soldiers attack the northern town of Varno.", "attack")
    assert (ev.date, ev.status) == ("2013", "historical")
    ev = _event("On Tuesday residents saw soldiers shoot two protesters outside the court.", "shoot")
    assert ev.date == "2017-05-30"


def test_a_complement_with_an_auxiliary_is_not_perceived():
    ev = _event("In 2014 the villagers saw that the rebels would attack the capital.", "attack")
    assert ev.date != "2014"


def test_an_era_is_no_stand_in_for_an_undated_reports_day():
    text = (
        "Ties between the two capitals froze at the turn of the millennium. "
        "The airline rejected the minister's request for a direct route."
    )
    ev = _event(text, "rejected", published=None)
    assert ev.date != "2000"
