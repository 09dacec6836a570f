"""Named holidays and festivals in the time tagger (timex.holidays, grammar rule "holiday"): fixed ones by rule,
movable ones computed, resolved against the publication date by the clause's tense."""
from __future__ import annotations

import datetime as dt

from newsledger.extract.times import extract_text
from newsledger.extract.timex.holidays import easter, occurrences


def _times(text, published):
    return [(t.text, t.value, t.precision) for t in extract_text(text, published)]


def test_easter_by_the_computus():
    assert [easter(y) for y in (2016, 2018, 2019, 2024)] == [
        dt.date(2016, 3, 27), dt.date(2018, 4, 1), dt.date(2019, 4, 21), dt.date(2024, 3, 31)]


def test_islamic_feasts_by_the_arithmetic_calendar_within_two_days_of_the_observed():
    observed = {"eid al-fitr": dt.date(2018, 6, 15), "eid al-adha": dt.date(2018, 8, 21)}
    for key, day in observed.items():
        (got,) = occurrences(key, [2018])
        assert abs((got - day).days) <= 2


def test_thanksgiving_is_the_fourth_thursday_of_november():
    assert occurrences("thanksgiving", [2018, 2019]) == [dt.date(2018, 11, 22), dt.date(2019, 11, 28)]


def test_christmas_told_in_january_is_last_years():
    assert _times("The attack happened on Christmas Day.", "2019-01-10") == [("Christmas Day", "2018-12-25", "day")]


def test_christmas_ahead_of_a_november_report_is_this_years():
    assert _times("He will return home for Christmas.", "2018-11-02") == [("Christmas", "2018-12-25", "day")]


def test_just_before_a_holiday_keeps_only_its_month():
    assert _times("Just before Christmas the UN acknowledged it had failed.", "2019-01-20") == [
        ("Christmas", "2018-12", "month")]
    assert _times("The men met in the city over Easter.", "2018-06-02") == [("Easter", "2018-04", "month")]


def test_modifiers_and_written_years():
    assert _times("last Christmas he went home.", "2018-03-12") == [("last Christmas", "2017-12-25", "day")]
    assert _times("In the run-up to Christmas 2016, he travelled.", "2018-12-12") == [
        ("Christmas 2016", "2016-12", "month")]


def test_names_and_objects_are_not_holidays():
    for text in ("A truck drove into the Christmas market.", "Christmas Island is remote.",
                 "Tariq Ramadan was charged.", "Ramzan Kadyrov said so.", "Chinese New Year celebrations began.",
                 "Merry Christmas to all.", "They painted Easter eggs."):
        assert _times(text, "2018-02-12") == [], text


def test_no_publication_date_no_value():
    assert _times("The attack happened on Christmas Day.", None) == [("Christmas Day", None, "day")]


def test_a_year_after_the_holiday_is_its_year_and_one_christmas_has_none():
    assert _times("on the seventh day of Ramadan in 2012, a missile landed", "2019-01-10")[0] == (
        "Ramadan in 2012", "2012-08", "month")
    assert _times("a pet he found on his doorstep one Christmas Day.", "2018-02-12") == []
