"""The time grammar: regular-expression rules over the raw text, each giving a span and a reading (what the
words say, before any anchoring). Overlaps go to the longest match; a clock time next to a day reference is
merged into one expression ("6.10am on Wednesday", "Nov 9, 2016 at 1:57am").

A reading is a dict with a "kind" and the fields that kind needs; `resolve.py` turns it into a TIMEX3 value.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable

from newsledger.extract.timex.first_chars import first_chars
from newsledger.extract.timex.lexicon import (
    CLOCK_RE,
    DAY_RE,
    MONTH_FULL_RE,
    MONTH_RE,
    MONTHS,
    NUM_RE,
    NUMBER_WORDS,
    ORDINALS,
    PART_RE,
    SEASONS,
    UNIT_RE,
    UNITS,
    WEEKDAY_ABBR_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_RE,
)


@dataclass
class Match:
    start: int
    end: int
    reading: dict[str, Any]
    rule: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def ci(s: str) -> str:
    return "(?i:" + s + ")"


_B = r"(?<![\w$£€#@/.-])"  # left boundary: not inside a word, number, price, handle or path
_ORD_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_TEMPORAL_PREP = {"in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of",
                  "between", "and", "to", "or", "early", "late", "mid", "last", "next", "this", "around",
                  "throughout", "into", "on", "for", "past"}


def number(word: str) -> float | None:
    w = word.lower().replace(",", "")
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    try:
        v = float(w)
    except ValueError:
        return None
    return int(v) if v.is_integer() else v


def unit_of(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


def month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def day_of(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([A-Za-z]+)", text[pos:pos + 30])
    return m.group(1) if m else ""


# --- rules ------------------------------------------------------------------------------------------------
# Each rule: (name, compiled regex with a group "t" for the reported span, handler(m, text) -> reading | None)

Rule = tuple[str, re.Pattern, Callable[[re.Match, str], dict | None]]
RULES: list[Rule] = []


def rule(name: str, pattern: str):
    compiled = re.compile(pattern)

    def deco(fn):
        RULES.append((name, compiled, fn))
        return fn
    return deco


@rule("date_mdy", _B + rf"(?P<t>(?:(?P<wd>{WEEKDAY_RE}|{WEEKDAY_ABBR_RE}),?\s+)?(?P<mon>{MONTH_RE})\s+"
                   rf"(?P<day>{DAY_RE})(?:,?\s+(?P<year>{YEAR_RE}))?)")
def _date_mdy(m, text):
    mon = m.group("mon")
    if mon.rstrip(".").lower() in ("may", "march") and not m.group("year") and not m.group("wd"):
        # "may 5" is almost always the month, but "March 3 miles" is not: require a plain day number
        if re.match(r"\s*(?:miles|km|people|percent|times)\b", text[m.end():]):
            return None
    return {"kind": "date", "year": int(m.group("year")) if m.group("year") else None,
            "month": month_of(mon), "day": day_of(m.group("day"))}


@rule("date_dmy", _B + rf"(?P<t>(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:{ci('the')}\s+)?(?P<day>(?:3[01]|[12]\d|0?[1-9])"
                   rf"(?:st|nd|rd|th)?)(?:\s+{ci('of')})?\s+(?P<mon>{MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}))?)")
def _date_dmy(m, text):
    return {"kind": "date", "year": int(m.group("year")) if m.group("year") else None,
            "month": month_of(m.group("mon")), "day": day_of(m.group("day"))}


@rule("date_iso", _B + r"(?P<t>(?P<y>(?:1[5-9]|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]))(?![\d-])")
def _date_iso(m, text):
    return {"kind": "date", "year": int(m.group("y")), "month": int(m.group("mo")), "day": int(m.group("d"))}


@rule("date_numeric", _B + r"(?P<t>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))(?![\d/.]\d)")
def _date_numeric(m, text):
    from newsledger.extract.timex.absolute import parse_numeric

    got = parse_numeric(m.group("t"))
    return {"kind": "date", "year": got[0], "month": got[1], "day": got[2]} if got else None


@rule("month_year", _B + rf"(?P<t>(?:(?P<mod>{ci('early|mid|late|the end of|the beginning of|the start of|the middle of')})"
                     rf"[\s-]+)?(?P<mon>{MONTH_RE}),?\s+(?:{ci('of')}\s+)?(?P<year>{YEAR_RE}))")
def _month_year(m, text):
    return {"kind": "month", "year": int(m.group("year")), "month": month_of(m.group("mon")),
            "mod": (m.group("mod") or "").lower() or None}


@rule("month", _B + rf"(?P<t>(?:(?P<mod>{ci('early|mid|late|last|next|this|the end of|the beginning of|the start of|the middle of')})"
                rf"[\s-]+)?(?P<mon>{MONTH_FULL_RE}))(?![\w'’-])")
def _month(m, text):
    mod = (m.group("mod") or "").lower() or None
    mon = m.group("mon").lower()
    prev = _prev_word(text, m.start("t"))
    if not mod and prev not in _TEMPORAL_PREP:
        return None
    if mon in ("may", "march", "august", "june") and not mod and prev in ("and", "to", "or", "on", "for"):
        return None
    return {"kind": "month", "year": None, "month": month_of(mon), "mod": mod, "check_pos": mon in ("may", "march")}


@rule("year", _B + rf"(?P<t>{YEAR_RE})")
def _year(m, text):
    y = int(m.group("t"))
    prev = _prev_word(text, m.start("t"))
    before = text[max(0, m.start() - 2):m.start()]
    if re.search(r"[\d,.:]$|[$£€#]\s?$", before) or re.match(r"\s?(?:%|[:/]\d)", text[m.end():m.end() + 2]):
        return None
    nxt = _next_word(text, m.end())
    strong_prev = prev in ("in", "since", "until", "till", "by", "from", "before", "after", "during", "of",
                           "early", "late", "mid", "year", "through", "throughout", "summer", "winter", "spring",
                           "autumn", "between")
    if not strong_prev and not 1900 <= y <= 2099:
        return None
    # "2000 people", "the 1500 troops": a count, not a year
    if not (strong_prev and prev != "of") and nxt and nxt.islower() and nxt.endswith("s") \
            and nxt not in ("was", "has", "is", "as", "saw", "this", "its", "his", "towards", "across"):
        return None
    return {"kind": "year", "year": y}


@rule("decade", _B + rf"(?P<t>(?:{ci('the')}\s+)?(?:(?P<mod>{ci('early|mid|late')})[\s-]+)?"
                 r"(?:(?P<c>1[0-9]|20)(?P<d>\d)0s|['’‘](?P<d2>\d)0s))(?!\w)")
def _decade(m, text):
    if m.group("c"):
        dec = m.group("c") + m.group("d")
    else:
        d = m.group("d2")
        dec = ("19" if d != "0" and d != "1" else "20") + d
    return {"kind": "decade", "decade": dec, "mod": (m.group("mod") or "").lower() or None}


@rule("century", _B + rf"(?P<t>(?:{ci('the')}\s+)?(?:(?P<mod>{ci('early|mid|late')})[\s-]+)?"
                  rf"(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ci(_ORD_WORDS)})[\s-]+{ci('century')})(?!\w)")
def _century(m, text):
    n = m.group("n").lower()
    num = ORDINALS.get(n) or int(re.match(r"\d+", n).group())
    return {"kind": "century", "century": num}


# "(about/at/around) the turn of the millennium": TIMEX3 dates an approximate period by its nearest calendar value
# (TimeML 1.2.1 guidelines, mod="APPROX" on a point), here the year 2000; the span is the noun phrase, the hedge
# ("about", "around") is left outside as the tagger leaves it outside "around 2000". "The turn of the century" is
# not read: in a history it is 1900 as often as 2000
@rule("turn_millennium", _B + rf"(?P<t>{ci('the')}\s+{ci('turn')}\s+{ci('of')}\s+{ci('the')}\s+"
                          rf"{ci('millennium')})(?!\w)")
def _turn_millennium(m, text):
    return {"kind": "year", "year": 2000}


@rule("weekday", _B + rf"(?P<t>(?:(?P<mod>{ci('later|earlier|late|early')})\s+(?:{ci('on')}\s+)?|"
                  rf"(?P<rel>{ci('last|next|this|past|coming|previous')})\s+)?(?P<wd>{WEEKDAY_RE})"
                  rf"(?:\s+(?P<part>{ci(PART_RE)}))?)")
def _weekday(m, text):
    return {"kind": "weekday", "weekday": WEEKDAYS[m.group("wd").lower()],
            "rel": (m.group("rel") or "").lower() or None,
            "part": (m.group("part") or "").lower() or None,
            "mod": (m.group("mod") or "").lower() or None}


_HOLIDAY_NAMES = {  # the text's name -> newsledger.extract.timex.holidays key
    "christmas": "christmas", "xmas": "christmas", "christmas day": "christmas", "christmas eve": "christmas eve",
    "boxing day": "boxing day", "new year's eve": "new year's eve", "new year's day": "new year's day",
    "new year": "new year", "new year's": "new year", "easter": "easter", "easter sunday": "easter",
    "easter day": "easter", "good friday": "good friday", "easter monday": "easter monday",
    "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving", "ramadan": "ramadan", "ramadhan": "ramadan",
    "ramzan": "ramadan", "eid al-fitr": "eid al-fitr", "eid al-adha": "eid al-adha",
}
_HOLIDAY_RE = (r"(?:Christmas(?:\s+(?:Day|Eve))?|CHRISTMAS|Xmas|Boxing\s+Day|New\s+Year(?:['’]s(?:\s+(?:Day|Eve))?)?"
               r"|NEW\s+YEAR|(?:the|The)\s+new\s+year|Easter(?:\s+(?:Sunday|Day|Monday))?|EASTER|Good\s+Friday"
               r"|Thanksgiving(?:\s+Day)?|Ramadan|Ramadhan|Ramzan|RAMADAN"
               r"|Eid[\s-]+(?:al|ul|el|Al|Ul|El)[\s-]+(?:Fitr|Adha|fitr|adha))")
# a holiday name that is part of another name or of an object's name: "Christmas Island", "the Easter Rising",
# "a Christmas market", "Easter eggs", "Chinese New Year" (a lunar new year no rule here computes)
_HOLIDAY_NOT_BEFORE = {"lunar", "chinese", "persian", "iranian", "kurdish", "jewish", "islamic", "orthodox",
                       "vietnamese", "korean", "tibetan", "hindu", "sikh", "thai", "tamil", "ethiopian"}
_HOLIDAY_NOT_AFTER = {"market", "markets", "tree", "trees", "card", "cards", "present", "presents", "gift", "gifts",
                      "carol", "carols", "lights", "decorations", "jumper", "jumpers", "number", "film", "films",
                      "song", "songs", "shopping", "shoppers", "sales", "pudding", "crackers", "cracker", "stocking",
                      "egg", "eggs", "bunny", "honours", "honors", "resolution", "resolutions", "truce", "special",
                      "episode", "advert", "ad", "ads", "album", "single", "story", "stories", "spirit", "parade",
                      "turkey", "turkeys", "bonus", "bonuses", "appeal", "campaign", "fair"}
# words before the name that leave only its month: "just before Christmas", "over Easter", "ahead of Ramadan"
_HOLIDAY_APPROX = {"before", "after", "over", "around", "ahead", "run-up", "since", "until", "till", "by"}
_HOLIDAY_OPENERS = {"at", "during", "but", "and", "so", "then", "yet", "as", "when"}  # may open a sentence


@rule("holiday", _B + rf"(?P<t>(?:(?P<rel>{ci('last|this|next')})\s+)?(?P<h>{_HOLIDAY_RE})"
                  rf"(?:,?\s+(?:(?:{ci('in|of')})\s+)?(?P<year>{YEAR_RE}))?)(?![\w'’-])")
def _holiday(m, text):
    """"Christmas", "last Easter", "Ramadan 2016", "Ramadan in 2012", "New Year's Eve" (timex.holidays computes the day). Not part of
    another name or an object's ("Christmas Island", "Easter eggs", "Chinese New Year"); "the new year" only after
    a time preposition ("in the new year", not "a new year of")."""
    name = re.sub(r"[\s-]+", " ", m.group("h")).lower().replace("’", "'")
    name = re.sub(r"^the ", "", name)
    name = re.sub(r"^eid (?:al|ul|el) ", "eid al-", name)
    key = _HOLIDAY_NAMES.get(name)
    if key is None:
        return None
    prev = _prev_word(text, m.start("t"))
    nxt = _next_word(text, m.end("t"))
    if prev in _HOLIDAY_NOT_BEFORE or nxt.lower() in _HOLIDAY_NOT_AFTER:
        return None
    if prev in {"one", "every", "each", "a", "another"}:
        return None  # "found him on his doorstep one Christmas Day": a year the text does not give
    if nxt[:1].isupper() and not m.group("year"):
        return None  # "Christmas Island", "the Easter Rising", "Eid al-Adha Mubarak", "Ramzan Kadyrov"
    before = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, m.start("t") - 30):m.start("t")])
    if before and before.group(1)[:1].isupper() and prev not in _TEMPORAL_PREP | _HOLIDAY_APPROX | _HOLIDAY_OPENERS:
        return None  # a name's second word ("Tariq Ramadan"), a greeting ("Merry Christmas")
    if m.group("h").lower().startswith("the new") and prev not in _TEMPORAL_PREP | {"over", "around", "ahead"}:
        return None
    if prev == "of" and _prev_word(text, m.start("t") - 3) in {"ahead"} or prev == "to" and re.search(
            r"(?i)run-?up\s+to\s*$", text[max(0, m.start("t") - 12):m.start("t")]):
        prev = "ahead"
    return {"kind": "holiday", "holiday": key, "rel": (m.group("rel") or "").lower() or None,
            "year": int(m.group("year")) if m.group("year") else None, "approx": prev in _HOLIDAY_APPROX}


@rule("early_hours", _B + rf"(?P<t>(?:{ci('the')}\s+)?{ci('early|small|wee')}\s+{ci('hours')}\s+{ci('of')}\s+"
                      rf"(?:(?P<rel>{ci('last|this|next|past|previous')})\s+)?(?:(?P<wd>{WEEKDAY_RE})"
                      rf"(?:\s+(?P<part>{ci('morning')}))?|(?P<rd>{ci('today|yesterday|tomorrow')})"
                      rf"|(?P<mon>{MONTH_RE})\s+(?P<day>{DAY_RE})(?:,?\s+(?P<year>{YEAR_RE}))?"
                      rf"|(?:{ci('the')}\s+)?(?P<day2>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)\s+"
                      rf"(?P<mon2>{MONTH_RE})(?:,?\s+(?P<year2>{YEAR_RE}))?))(?!\w)")
def _early_hours(m, text):
    """"the early hours of Wednesday": the day itself (the hours after midnight that open it)."""
    if m.group("wd"):
        return {"kind": "weekday", "weekday": WEEKDAYS[m.group("wd").lower()],
                "rel": (m.group("rel") or "").lower() or None, "part": None, "mod": "early hours"}
    if m.group("rel"):
        return None
    if m.group("rd"):
        return {"kind": "relday", "offset": {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("rd").lower()],
                "part": None, "mod": "early hours"}
    mon, day, year = (m.group("mon"), m.group("day"), m.group("year")) if m.group("mon") else \
        (m.group("mon2"), m.group("day2"), m.group("year2"))
    return {"kind": "date", "year": int(year) if year else None, "month": month_of(mon), "day": day_of(day),
            "mod": "early hours"}


@rule("relday", _B + rf"(?P<t>(?:(?P<mod>{ci('earlier|later|late|early')})\s+)?"
                 rf"(?P<w>{ci('today|tonight|yesterday|tomorrow|overnight|last night')})"
                 rf"(?:\s+(?P<part>{ci(PART_RE)}))?)(?!\w)")
def _relday(m, text):
    w = m.group("w").lower()
    part = (m.group("part") or "").lower() or None
    mod = (m.group("mod") or "").lower() or None
    offset = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}[w]
    if w == "tonight":
        part = "night"
    if w == "last night":
        part = "night"
    return {"kind": "relday", "offset": offset, "part": part, "mod": mod}


@rule("this_part", _B + rf"(?P<t>(?:(?P<mod>{ci('earlier|later')})\s+)?{ci('this')}\s+(?P<part>{ci('morning|afternoon|evening')}))(?!\w)")
def _this_part(m, text):
    return {"kind": "relday", "offset": 0, "part": m.group("part").lower()}


# the count of an "ago" phrase may open a sentence capitalised ("Three years ago the world watched ...", "Two weeks
# ago, police said ..."): TimeML/TIMEX3 tags the phrase whatever its case; only the Title-case forms of the number
# words (lexicon.NUMBER_WORDS), not all capitals, so a headline's or name's CAPITALS stay out; and only before the
# directions counted from the publication ("ago", "from now", "hence"): a capitalised "Two years later" is counted
# from the narrative's last time, which an undated text would then take as the latest date it names
_NUM_TITLE = "(?:" + "|".join(sorted({w[:1].upper() + w[1:] for w in NUMBER_WORDS if w[0].isalpha()},
                                     key=len, reverse=True)) + ")"


@rule("ago_title", _B + rf"(?P<t>(?P<n>{_NUM_TITLE})[\s-]+(?P<u>{ci(UNIT_RE)})s?\s+(?P<dir>{ci('ago|from now|hence')}))"
                    r"(?!\w)")
def _ago_title(m, text):
    return _ago(m, text)


@rule("ago", _B + rf"(?P<t>(?P<n>{NUM_RE}|{ci('a|an')})[\s-]+(?P<u>{ci(UNIT_RE)})s?\s+(?P<dir>"
              rf"{ci('ago|earlier|later|previously|before|after|from now|hence|on')}))(?!\w)")
def _ago(m, text):
    d = m.group("dir").lower()
    if d in ("before", "after", "on"):
        # "two days after the attack" is anchored on an event we cannot date: only "... later on", or a
        # bare "after," / "before." at a clause end, is relative to the time just mentioned
        if d == "on" and not re.search(r"(?i:later|after)\s*$", text[m.start("t"):m.start("dir")]):
            return None
        if d in ("before", "after") and not re.match(r"\s*(?:[,.;:)—–-]|$|that\b|then\b)", text[m.end():]):
            return None
    n = number(m.group("n"))
    unit = unit_of(m.group("u"))
    sign = -1 if d in ("ago", "earlier", "previously", "before") else 1
    anchor = "pub" if d in ("ago", "from now", "hence") else "ref"
    return {"kind": "shift", "n": n, "unit": unit, "sign": sign, "anchor": anchor}


@rule("this_unit", _B + rf"(?P<t>(?:(?P<pre>{ci('earlier|later|early|late')})\s+)?(?P<the>{ci('the')}\s+)?"
                    rf"(?P<rel>{ci('this|last|next|past|coming|previous|following|current')})\s+"
                    rf"(?P<u>{ci('week|month|year|decade|century|weekend|spring|summer|autumn|fall|winter')}))(?![\w-])")
def _this_unit(m, text):
    rel = m.group("rel").lower()
    unit = m.group("u").lower()
    the = bool(m.group("the"))
    if the and rel in ("past", "last", "next", "coming"):
        if unit in SEASONS:
            return None
        return {"kind": "duration", "n": 1, "unit": "weekend" if unit == "weekend" else unit}
    if rel in ("previous", "following"):
        if not the:
            return None
        return {"kind": "shift", "n": 1, "unit": unit, "sign": -1 if rel == "previous" else 1, "anchor": "ref"}
    if rel in ("past", "coming") and not the:
        return None
    offset = {"this": 0, "current": 0, "last": -1, "next": 1}[rel]
    if unit in SEASONS:
        return {"kind": "season", "season": SEASONS[unit], "offset": offset, "year": None}
    return {"kind": "unit_ref", "unit": unit, "offset": offset, "pre": (m.group("pre") or "").lower() or None}


@rule("ref_day", _B + rf"(?P<t>{ci('the')}\s+(?P<rel>{ci('day before|day after|previous day|next day|following day|same day|previous night|night before')}))(?!\w)")
def _ref_day(m, text):
    rel = m.group("rel").lower()
    sign = 0 if "same" in rel else (-1 if ("before" in rel or "previous" in rel) else 1)
    return {"kind": "shift", "n": abs(sign), "unit": "day", "sign": sign or 1, "anchor": "ref"}


@rule("weekend", _B + rf"(?P<t>(?P<rel>{ci('this|last|next|the')})\s+{ci('weekend')})(?!\w)")
def _weekend(m, text):
    rel = m.group("rel").lower()
    return {"kind": "weekend", "offset": {"this": 0, "the": 0, "last": -1, "next": 1}[rel]}


@rule("season_year", _B + rf"(?P<t>(?:(?P<mod>{ci('early|late|mid')})[\s-]+)?(?P<s>{ci('spring|summer|autumn|fall|winter')})"
                       rf"\s+(?:{ci('of')}\s+)?(?P<year>{YEAR_RE}))")
def _season_year(m, text):
    return {"kind": "season", "season": SEASONS[m.group("s").lower()], "offset": None, "year": int(m.group("year"))}


@rule("the_past_n", _B + rf"(?P<t>{ci('the')}\s+(?:{ci('past|last|next|coming|previous|first|following')})\s+"
                     rf"(?P<n>{NUM_RE}|{ci('few|several|couple of')})\s+(?P<u>{ci(UNIT_RE)})s?)(?!\w)")
def _the_past_n(m, text):
    return {"kind": "duration", "n": number(m.group("n")), "unit": unit_of(m.group("u"))}


@rule("future_ref", _B + rf"(?P<t>{ci('within')}\s+(?:{ci('days|weeks|hours|months|the coming days|the coming weeks|the next few days|the next few weeks|a few days|a few weeks')})"
                     rf"|{ci('in the coming')}\s+(?:{ci('days|weeks|months|years')})"
                     rf"|{ci('in the (?:near )?future')}|{ci('in the next few')}\s+(?:{ci('days|weeks|months|years')}))(?!\w)")
def _future_ref(m, text):
    return {"kind": "ref", "value": "FUTURE_REF"}


@rule("past_ref", _B + rf"(?P<t>{ci('recently|in recent')}(?:\s+{ci('days|weeks|months|years|decades')})?)(?!\w)")
def _past_ref(m, text):
    return {"kind": "ref", "value": "PAST_REF"}


@rule("duration", _B + rf"(?P<t>(?P<n>{NUM_RE})[\s-]+(?P<u>{ci(UNIT_RE)})s?)(?![\w-])(?!\s*-?\s*old\b)")
def _duration(m, text):
    if re.match(r"-(?:old|olds)\b", text[m.end():]) or re.match(r"\s+olds?\b", text[m.end():]):
        return None
    n_word = m.group("n").lower()
    unit = unit_of(m.group("u"))
    if n_word == "one" and unit == "day" and _prev_word(text, m.start("t")) not in ("for", "in", "within", "over",
                                                                                  "about", "than", "after"):
        return None  # "one day he will ..."
    if unit == "second" and n_word in ORDINALS:
        return None
    return {"kind": "duration", "n": number(m.group("n")), "unit": unit}


@rule("duration_a", _B + rf"(?:{ci('for|within|over|in|after|nearly|almost|about|than|least|lasting|spent|took|taken|barely|only|just')})"
                     rf"\s+(?P<t>(?P<n>{ci('a|an|half an|half a')})\s+(?P<u>{ci('hour|day|week|fortnight|month|year|decade|century')}))(?![\w-])")
def _duration_a(m, text):
    n = 0.5 if m.group("n").lower().startswith("half") else 1
    return {"kind": "duration", "n": n, "unit": unit_of(m.group("u"))}


@rule("clock", _B + rf"(?P<t>{CLOCK_RE})")
def _clock(m, text):
    s = m.group("t").lower()
    if s.startswith("noon") or s.startswith("midday"):
        return {"kind": "clock", "hour": 12, "minute": 0}
    if s.startswith("midnight"):
        # "just after midnight" opens a day; "midnight", "almost midnight" close one
        after = bool(re.search(r"(?i)\b(?:after|past)\s+$", text[max(0, m.start() - 12):m.start()]))
        return {"kind": "clock", "hour": 0, "minute": 0, "midnight": True, "after": after}
    mm = re.match(r"(\d{1,2})(?:[:.](\d\d))?\s?([ap])?", s)
    h, mi, ap = int(mm.group(1)), int(mm.group(2) or 0), mm.group(3)
    if ap == "p" and h < 12:
        h += 12
    if ap == "a" and h == 12:
        h = 0
    if ap is None and ":" in s:
        before = text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"(?:score|won|lost|beat|draw|drew|ratio)\D*$", before):
            return None
    return {"kind": "clock", "hour": h, "minute": mi}


DAY_KINDS = {"date", "weekday", "relday"}
_JOIN_CLOCK_DAY = re.compile(r"^(?:\s+(?:on\s+|of\s+)?|,\s+(?:on\s+)?)$", re.I)
_JOIN_DAY_CLOCK = re.compile(r"^(?:,?\s+(?:at\s+)?(?:(?:around|about|approximately|roughly|almost|nearly|just before|"
                             r"shortly before|just after|shortly after)\s+)?)$", re.I)


@dataclass(frozen=True)
class _Scanner:
    pattern: re.Pattern  # matches the one character at each position where some rule matches
    rules_of_char: dict[str, tuple[int, ...]]  # the rules (indices in RULES) that can start with a character


@lru_cache(maxsize=1)
def _scanner() -> _Scanner:
    """Every rule tried in one pass over a text, and at each left boundary (`_B`, which starts every rule) only the
    rules that can start with the character there (newsledger.extract.timex.first_chars): a quarter of the
    attempts of trying every rule at every boundary.

    Characters with the same rules form one branch. A branch takes its character (a character class, which the
    regex engine checks without entering the branch), looks back one character and requires that one of its
    rules matches there (one lookahead over their alternation), so that a position no rule matches at costs no
    Python step. The pass only finds where some rule matches: which ones is asked of the branch's rules there
    (`_rule_matches`), at the few positions found. (Capturing a group per rule in the pass, to say which,
    made the engine save and restore every group at each attempt: twice the time.)"""
    bodies, firsts = [], []
    for name, rx, _ in RULES:
        if not rx.pattern.startswith(_B) or rx.groups != len(rx.groupindex):
            raise ValueError(f"time rule {name!r} must start with _B and name every group it captures")
        bodies.append(re.sub(r"\(\?P<\w+>", "(?:", rx.pattern[len(_B):]))  # its groups uncaptured: names repeat
        first = first_chars(rx.pattern[len(_B):])
        if first is None:
            raise ValueError(f"time rule {name!r} can start with any character or none; start it with a word")
        firsts.append(first)
    chars_of: dict[tuple[int, ...], list[str]] = {}  # the rules a character can start -> those characters
    for char in sorted(set().union(*firsts)):
        chars_of.setdefault(tuple(n for n, first in enumerate(firsts) if char in first), []).append(char)
    branches, rules_of_char = [], {}
    for rules, chars in chars_of.items():
        rules_of_char.update(dict.fromkeys(chars, rules))
        some = "|".join(f"(?:{bodies[n]})" for n in rules)
        branches.append(f"[{''.join(re.escape(c) for c in chars)}](?<=(?=(?:{some}))(?s:.))")
    pattern = re.compile(_B + "(?:" + "|".join(branches) + ")")
    if pattern.groups:
        raise ValueError("a time rule captures a group the scanner could not uncapture")
    return _Scanner(pattern, rules_of_char)


def _rule_matches(text: str) -> Iterator[tuple[str, re.Match, Callable]]:
    """(rule name, match, reading function) of every rule's matches, rule by rule, each rule's in text order
    without overlaps: what `rx.finditer(text)` gives per rule, the candidate positions found in one scan."""
    scanner = _scanner()
    found: list[list[tuple[int, re.Match]]] = [[] for _ in RULES]
    for hit in scanner.pattern.finditer(text):
        pos = hit.start()
        for n in scanner.rules_of_char[text[pos]]:
            m = RULES[n][1].match(text, pos)
            if m is not None:
                found[n].append((pos, m))
    for (name, _, fn), matches in zip(RULES, found):
        free = 0  # finditer goes on after the end of the rule's previous match
        for pos, m in matches:
            if pos < free:
                continue
            free = max(m.end(), pos + 1)
            yield name, m, fn


# The four characters Python's case-insensitive matching takes for ASCII letters (U+0130 and U+0131 for "i", U+017F for
# "s", U+212A for "k"): the rules would match "ſpring 2019" and then miss the word in SEASONS, MONTHS, ...; folded one
# for one, so every offset stays the text's.
_ASCII_FOLDS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


def find(text: str) -> list[Match]:
    """All time expressions of `text`, in order, without overlaps."""
    text = text.translate(_ASCII_FOLDS)
    cands: list[Match] = []
    for name, m, fn in _rule_matches(text):
        reading = fn(m, text)
        if reading is not None:
            cands.append(Match(m.start("t"), m.end("t"), reading, name))
    cands.sort(key=lambda c: (-c.length, c.start))
    taken: list[Match] = []
    for c in cands:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return _merge_clock(text, taken)


def _merge_clock(text: str, ms: list[Match]) -> list[Match]:
    out: list[Match] = []
    i = 0
    while i < len(ms):
        cur = ms[i]
        if i + 1 < len(ms):
            nxt = ms[i + 1]
            gap = text[cur.end:nxt.start]
            if cur.reading["kind"] == "clock" and nxt.reading["kind"] in DAY_KINDS and _JOIN_CLOCK_DAY.match(gap):
                out.append(Match(cur.start, nxt.end, {"kind": "clock_day", "clock": cur.reading, "day": nxt.reading},
                                 "clock+" + nxt.rule))
                i += 2
                continue
            if cur.reading["kind"] in DAY_KINDS and nxt.reading["kind"] == "clock" and _JOIN_DAY_CLOCK.match(gap):
                out.append(Match(cur.start, nxt.end, {"kind": "clock_day", "clock": nxt.reading, "day": cur.reading},
                                 cur.rule + "+clock"))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out
