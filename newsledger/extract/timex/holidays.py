"""Named holidays and festivals as calendar days: fixed ones by their date, movable ones by the rule that computes
them, and none that no rule computes (the Chinese or Persian new year, a bare "Eid": which of the two?).

Provenance: TimeML's TIMEX3 guidelines (a holiday name is a DATE whose value is the day it names in the year the
context gives: "Christmas" in a January 2019 report of the past is 2018-12-25); HeidelTime's holiday resources
(its English holiday patterns and the HolidayProcessor that computes Easter and the feasts counted from it) for
which names are taken and how each is computed:
- fixed: Christmas (Eve), Boxing Day, New Year's Day and Eve; a bare "new year" is January, the month it opens;
- Easter Sunday by the Gregorian computus (the anonymous Gregorian algorithm, Meeus/Jones/Butcher), Good Friday
  and Easter Monday counted from it;
- US Thanksgiving: the fourth Thursday of November (36 U.S.C. 6103);
- Ramadan, Eid al-Fitr (1 Shawwal), Eid al-Adha (10 Dhu al-Hijjah) by the arithmetic (tabular) Islamic calendar
  (Reingold and Dershowitz, Calendrical Calculations): the observed day can differ by a day or two (it follows
  the sighted moon), so these are given at month precision only; Ramadan, a month straddling two calendar months,
  by the month holding its middle day.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

ISLAMIC_EPOCH = 227015  # R.D. (proleptic Gregorian ordinal) of 1 Muharram AH 1 (16 July 622 Julian)


def easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def islamic(year: int, month: int, day: int) -> dt.date:
    """A day of the arithmetic Islamic calendar as a Gregorian date."""
    return dt.date.fromordinal(ISLAMIC_EPOCH - 1 + (year - 1) * 354 + (3 + 11 * year) // 30 + 29 * (month - 1)
                               + month // 2 + day)


def _islamic_in(year: int, month: int, day: int) -> list[dt.date]:
    """The Gregorian days of an Islamic month and day falling in a Gregorian year (one, sometimes two)."""
    first = int((year - 622) * 33 / 32)
    return [d for iy in range(first - 1, first + 3) if (d := islamic(iy, month, day)).year == year]


def _fixed(month: int, day: int) -> Callable[[int], list[dt.date]]:
    """A holiday on the same calendar day every year."""
    return lambda year: [dt.date(year, month, day)]


def _thanksgiving(year: int) -> list[dt.date]:
    """The fourth Thursday of November."""
    first = dt.date(year, 11, 1)
    return [first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)]


# holiday key -> (its days in a Gregorian year, precision of its value)
HOLIDAYS: dict[str, tuple[Callable[[int], list[dt.date]], str]] = {
    "christmas": (_fixed(12, 25), "day"),
    "christmas eve": (_fixed(12, 24), "day"),
    "boxing day": (_fixed(12, 26), "day"),
    "new year's eve": (_fixed(12, 31), "day"),
    "new year's day": (_fixed(1, 1), "day"),
    "new year": (_fixed(1, 1), "month"),
    "easter": (lambda y: [easter(y)], "day"),
    "good friday": (lambda y: [easter(y) - dt.timedelta(days=2)], "day"),
    "easter monday": (lambda y: [easter(y) + dt.timedelta(days=1)], "day"),
    "thanksgiving": (_thanksgiving, "day"),
    "ramadan": (lambda y: _islamic_in(y, 9, 15), "month"),
    "eid al-fitr": (lambda y: _islamic_in(y, 10, 1), "month"),
    "eid al-adha": (lambda y: _islamic_in(y, 12, 10), "month"),
}


def occurrences(key: str, years) -> list[dt.date]:
    """The holiday's days in these Gregorian years, in order."""
    days, _ = HOLIDAYS[key]
    return sorted(d for y in years for d in days(y))


def precision(key: str) -> str:
    """The precision its value is given at: "day", or "month" where the day is uncertain."""
    return HOLIDAYS[key][1]
