"""From a reading (what the words say) to a TIMEX3-style value, anchored on the publication date or, for
"a decade later" and "the following day", on the time last mentioned. Without a publication date every
expression that needs it stays unresolved (value None); nothing is ever read from today's clock."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from newsledger.extract.timex import holidays
from newsledger.extract.timex.lexicon import PARTS_OF_DAY, UNITS

RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "decade": 5, "century": 6}
NATURAL = {"second": "day", "minute": "day", "hour": "day", "day": "day", "week": "day", "fortnight": "day",
           "month": "month", "year": "year", "decade": "decade", "century": "century", "weekend": "week"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass
class Point:
    date: dt.date
    precision: str  # a key of RANK


@dataclass
class Resolved:
    value: str | None
    precision: str | None
    type: str = "DATE"
    point: Point | None = None
    explicit_year: int | None = None


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def fmt(p: Point) -> str:
    d = p.date
    if p.precision == "day":
        return d.isoformat()
    if p.precision == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if p.precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if p.precision == "season":
        return f"{d.year:04d}"
    if p.precision == "year":
        return f"{d.year:04d}"
    if p.precision == "decade":
        return f"{d.year // 10:03d}X"
    if p.precision == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(p.precision)


def coarser(a: str, b: str) -> str:
    return a if RANK[a] >= RANK[b] else b


def shift(p: Point, n: float, unit: str) -> Point | None:
    if n is None:
        return None
    if unit in ("second", "minute", "hour"):
        days = n / {"second": 86400, "minute": 1440, "hour": 24}[unit]
        return Point(p.date + dt.timedelta(days=round(days)), coarser("day", p.precision))
    if unit in ("day", "week", "fortnight"):
        days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        return Point(p.date + dt.timedelta(days=round(days)), coarser("day", p.precision))
    if unit == "weekend":  # "the previous weekend": that many weeks off, told to the week
        return Point(p.date + dt.timedelta(days=round(n * 7)), coarser("week", p.precision))
    per = {"month": 1, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if per is None:
        return None  # a unit with no calendar length: left unresolved, not a crash
    months = n * per
    try:
        d = add_months(p.date, round(months))
    except ValueError:
        return None
    return Point(d, coarser(NATURAL[unit], p.precision))


def duration_value(n: float | None, unit: str) -> str:
    if unit == "weekend":
        return "P1WE"
    letter, clock = UNITS.get(unit, ("X", False))
    if unit == "fortnight":
        n = None if n is None else n * 2
    if n is None:
        num = "X"
    elif float(n).is_integer():
        num = str(int(n))
    elif unit == "year" and float(n * 12).is_integer():
        return f"P{int(n * 12)}M"
    elif unit == "day" and float(n * 24).is_integer():
        return f"PT{int(n * 24)}H"
    elif unit == "hour" and float(n * 60).is_integer():
        return f"PT{int(n * 60)}M"
    else:
        num = str(n)
    return ("PT" if clock else "P") + num + letter


class Resolver:
    def __init__(self, published: dt.date | None):
        self.pub = published
        self.last_ref: Point | None = None
        self.text_year: int | None = None  # the last year written out in the text

    # --- helpers --------------------------------------------------------------------------------------
    def _year_for(self, month: int, day: int | None, tense: str | None) -> int | None:
        """The year of a month (and day) written without one: the publication year, moved by one when the
        date would otherwise fall too far from the publication date for the sentence's tense."""
        if self.pub is None:
            return self.text_year
        y = self.pub.year
        cand = (month, day or 15)
        pubmd = (self.pub.month, self.pub.day)
        if tense == "future":
            if cand < pubmd and (self.pub.month - month) % 12 > 1:
                return y + 1
            return y
        # past or unknown: a date more than two months ahead of publication is last year's
        if month - self.pub.month > 2:
            return y - 1
        return y

    def _weekday(self, wd: int, rel: str | None, tense: str | None) -> dt.date | None:
        if self.pub is None:
            return None
        pw = self.pub.weekday()
        back = (pw - wd) % 7
        fwd = (wd - pw) % 7
        if rel in ("last", "past", "previous"):
            return self.pub - dt.timedelta(days=back or 7)
        if rel in ("next", "coming"):
            return self.pub + dt.timedelta(days=fwd or 7)
        if back == 0:
            return self.pub
        if tense == "future" or rel == "this" and tense != "past":
            return self.pub + dt.timedelta(days=fwd)
        return self.pub - dt.timedelta(days=back)

    def _day(self, r: dict[str, Any], tense: str | None) -> tuple[dt.date | None, str | None]:
        """A day-kind reading as a date (None when it cannot be anchored) and the partial value to use
        instead ("XXXX-08-15")."""
        k = r["kind"]
        if k == "date":
            y = r["year"] if r["year"] is not None else self._year_for(r["month"], r["day"], tense)
            if y is None:
                return None, f"XXXX-{r['month']:02d}-{r['day']:02d}"
            try:
                return dt.date(y, r["month"], r["day"]), None
            except ValueError:
                return None, None
        if k == "weekday":
            return self._weekday(r["weekday"], r["rel"], tense), None
        if k == "relday":
            return (self.pub + dt.timedelta(days=r["offset"]) if self.pub else None), None
        return None, None

    # --- main -----------------------------------------------------------------------------------------
    def resolve(self, r: dict[str, Any], tense: str | None = None, sentence_day: dt.date | None = None,
                sentence_reading: dict[str, Any] | None = None) -> Resolved | None:
        """`sentence_day`: for a clock time, the day an earlier expression of its sentence named, and
        `sentence_reading` that expression's reading (an evening or night moves a small-hours clock time to
        the next day)."""
        if sentence_day is not None and r["kind"] == "clock" and sentence_reading is not None \
                and rolls_over(sentence_reading, r):
            sentence_day = sentence_day + dt.timedelta(days=1)
        out = self._resolve(r, tense, sentence_day)
        if out is None:
            return None
        if out.point is not None and out.type in ("DATE", "TIME"):
            self.last_ref = out.point
        if out.explicit_year is not None:
            self.text_year = out.explicit_year
        return out

    def _resolve(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved | None:
        by_kind = _BY_KIND.get(r["kind"])
        return by_kind(self, r, tense, sentence_day) if by_kind else None

    # --- one method per reading kind (the grammar's `kind`), dispatched by _BY_KIND ---------------------------
    def _calendar_day(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved | None:
        """A date, a weekday or a day relative to publication ("yesterday"), with its part of the day."""
        d, partial = self._day(r, tense)
        if d is None and partial is None and r["kind"] == "date":
            return None  # impossible date such as February 30
        part = r.get("part")
        suffix = "T" + PARTS_OF_DAY[part] if part else ""
        typ = "TIME" if part else "DATE"
        ey = r.get("year") if r["kind"] == "date" else None
        if d is None:
            return Resolved(partial + suffix if partial else None, "day", typ, explicit_year=ey)
        return Resolved(d.isoformat() + suffix, "day", typ, Point(d, "day"), explicit_year=ey)

    def _clock(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved:
        clock = _clock_str(r)
        day = sentence_day or self.pub
        if day is None:
            return Resolved("XXXX-XX-XX" + clock, "day", "TIME")
        if r.get("midnight") and sentence_day is None:
            clock = "T00:00"  # a bare "midnight" in a dated article: the one that opened the day
        return Resolved(day.isoformat() + clock, "day", "TIME", Point(day, "day"))

    def _clock_day(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved:
        d, partial = self._day(r["day"], tense)
        clock = _clock_str(r["clock"])
        ey = r["day"].get("year") if r["day"]["kind"] == "date" else None
        if d is None:
            return Resolved((partial or "XXXX-XX-XX") + clock if partial else None, "day", "TIME", explicit_year=ey)
        if rolls_over(r["day"], r["clock"]):
            d += dt.timedelta(days=1)  # "late Wednesday night, at 00:48": Thursday's small hours
        return Resolved(d.isoformat() + clock, "day", "TIME", Point(d, "day"), explicit_year=ey)

    def _month(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved:
        y, m, mod = r["year"], r["month"], r.get("mod")
        if y is not None:
            return Resolved(f"{y:04d}-{m:02d}", "month", point=Point(dt.date(y, m, 1), "month"), explicit_year=y)
        if mod in ("last", "next", "this"):
            y = self._month_year(m, mod)
        else:
            y = self._year_for(m, None, tense)
        if y is None:
            return Resolved(f"XXXX-{m:02d}", "month")
        return Resolved(f"{y:04d}-{m:02d}", "month", point=Point(dt.date(y, m, 1), "month"))

    def _month_year(self, month: int, mod: str) -> int | None:
        """The year of "last/next/this March" from the publication date (none without one)."""
        if self.pub is None:
            return None
        if mod == "last":
            return self.pub.year if month < self.pub.month else self.pub.year - 1
        if mod == "next":
            return self.pub.year if month > self.pub.month else self.pub.year + 1
        return self.pub.year

    def _year(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved:
        y = r["year"]
        return Resolved(f"{y:04d}", "year", point=Point(dt.date(y, 1, 1), "year"), explicit_year=y)

    def _decade(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved:
        y = int(r["decade"]) * 10
        return Resolved(f"{r['decade']}X", "decade", point=Point(dt.date(y, 1, 1), "decade"))

    def _century(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved:
        y = (r["century"] - 1) * 100
        return Resolved(f"{r['century'] - 1:02d}", "century", point=Point(dt.date(max(y, 1), 1, 1), "century"))

    def _season(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved:
        s = r["season"]
        start = SEASON_START[s]
        if r.get("year") is not None:
            y = r["year"]
            return Resolved(f"{y:04d}-{s}", "season", point=Point(dt.date(y, start, 1), "season"), explicit_year=y)
        if self.pub is None:
            return Resolved(None, "season")
        pub, off = self.pub, r["offset"]
        if off == -1:
            y = pub.year if pub.month >= start + 3 else pub.year - 1
        elif off == 1:
            y = pub.year if pub.month < start else pub.year + 1
        else:
            y = pub.year
        return Resolved(f"{y:04d}-{s}", "season", point=Point(dt.date(y, start, 1), "season"))

    def _unit_ref(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved | None:
        """"last week", "next month", "this year": the unit around the publication date, moved by the offset."""
        unit, off, pub = r["unit"], r["offset"], self.pub
        if unit == "weekend":  # "last weekend", "this weekend": the weekend rule's reading of the same words
            return self._weekend({"offset": off}, tense, sentence_day)
        if pub is None:
            return Resolved(None, NATURAL.get(unit, "day") if unit != "week" else "week")
        points = {"week": lambda: Point(pub + dt.timedelta(days=7 * off), "week"),
                  "month": lambda: Point(add_months(pub.replace(day=1), off), "month"),
                  "year": lambda: Point(dt.date(pub.year + off, 1, 1), "year"),
                  "decade": lambda: Point(dt.date(pub.year + 10 * off, 1, 1), "decade"),
                  "century": lambda: Point(dt.date(pub.year + 100 * off, 1, 1), "century")}
        return _res(points[unit]()) if unit in points else None

    def _weekend(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved:
        pub = self.pub
        if pub is None:
            return Resolved(None, "week")
        off = r["offset"]
        if off != 0:
            base = pub + dt.timedelta(days=7 * off)
        elif tense == "future":
            base = pub if pub.weekday() < 6 else pub + dt.timedelta(days=6)
        elif pub.weekday() <= 3:  # "the weekend" told early in the week: the one just gone
            base = pub - dt.timedelta(days=7)
        else:
            base = pub
        y, w, _ = base.isocalendar()
        return Resolved(f"{y}-W{w:02d}-WE", "week", point=Point(base, "week"))

    def _holiday(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved:
        """"Christmas", "last Easter", "Ramadan 2016" (timex.holidays): the occurrence in the year written, else the
        one the modifier or the tense picks near the publication date: "last" the latest before it, "next" the
        first after it, "this" the publication year's; a past clause the latest on or before it, a future one the
        first from a week before it on, any other the latest up to two months ahead (as a month without a year).
        After "before", "after", "over" or "ahead of" only its month ("just before Christmas", TIMEX3 leaves the
        signal outside the expression; the clause's act is not on the day itself)."""
        key, year, rel = r["holiday"], r.get("year"), r.get("rel")
        precision = "month" if r.get("approx") else holidays.precision(key)
        if year is not None:
            days = holidays.occurrences(key, [year])
        elif self.pub is None:
            return Resolved(None, precision)
        else:
            pub = self.pub
            days = holidays.occurrences(key, [pub.year - 1, pub.year, pub.year + 1])
            if rel == "last":
                days = [d for d in days if d < pub][-1:]
            elif rel == "next":
                days = [d for d in days if d > pub][:1]
            elif rel == "this":
                days = [d for d in days if d.year == pub.year][:1]
            elif tense == "future":
                days = [d for d in days if d >= pub - dt.timedelta(days=7)][:1]
            elif tense == "past":
                days = [d for d in days if d <= pub][-1:]
            else:
                days = [d for d in days if d <= pub + dt.timedelta(days=61)][-1:]
        if not days:
            return Resolved(None, precision)
        p = Point(days[0], precision)
        return Resolved(fmt(p), precision, point=p, explicit_year=year)

    def _shift(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved | None:
        """"three days ago", "two weeks later": from the publication date, or from the last time named."""
        if r["n"] is None:
            return Resolved("PAST_REF" if r["sign"] < 0 else "FUTURE_REF", "ref")
        if r["anchor"] == "ref" and self.last_ref is not None:
            anchor = self.last_ref
        elif self.pub is not None:
            anchor = Point(self.pub, "day")
        else:
            return Resolved(None, NATURAL.get(r["unit"], "day"))
        p = shift(anchor, r["sign"] * r["n"], r["unit"])
        if p is not None and r["unit"] == "weekend":  # "the previous weekend": a weekend, as TIMEX3 writes it
            y, w, _ = p.date.isocalendar()
            return Resolved(f"{y}-W{w:02d}-WE", "week", point=p)
        return _res(p) if p else None

    def _duration(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved:
        return Resolved(duration_value(r["n"], r["unit"]), "duration", "DURATION")

    def _ref(self, r: dict[str, Any], tense: str | None, sentence_day: dt.date | None) -> Resolved:
        return Resolved(r["value"], "ref")


_BY_KIND = {"date": Resolver._calendar_day, "weekday": Resolver._calendar_day, "relday": Resolver._calendar_day,
            "clock": Resolver._clock, "clock_day": Resolver._clock_day, "month": Resolver._month,
            "year": Resolver._year, "decade": Resolver._decade, "century": Resolver._century,
            "season": Resolver._season, "unit_ref": Resolver._unit_ref, "weekend": Resolver._weekend,
            "shift": Resolver._shift, "holiday": Resolver._holiday, "duration": Resolver._duration,
            "ref": Resolver._ref}


def _res(p: Point) -> Resolved:
    return Resolved(fmt(p), p.precision, "DATE", p)


def rolls_over(day: dict[str, Any], clock: dict[str, Any]) -> bool:
    """Whether a clock time said with a day falls on the next calendar day: a small-hours time (before 6am, or
    "after midnight") with the day's evening or night ("Wednesday night, shortly after 1am", "late Tuesday, at
    2am", "tonight at 1am"). A plain "midnight" closes the day named and stays on it (T24:00)."""
    if clock.get("midnight"):
        small = bool(clock.get("after"))
    else:
        small = clock.get("hour", 12) < 6
    return small and (day.get("part") in ("evening", "night") or day.get("mod") == "late")


def _clock_str(c: dict[str, Any]) -> str:
    if c.get("midnight"):
        return "T00:00" if c.get("after") else "T24:00"
    return f"T{c['hour']:02d}:{c['minute']:02d}"
