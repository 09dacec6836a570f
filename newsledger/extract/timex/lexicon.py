"""Words of the time grammar: month and weekday names, number words, units, and the regex fragments built
from them. Month and weekday names must be capitalised (or all capitals, as in headlines), so "may" and
"march" as verbs never start a match; the capitalised "May" and "March" are checked again in the grammar."""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
FULL_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"]
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                "sun": 6}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5, "several": None, "a few": None, "few": None,
    "a couple of": 2, "couple of": 2,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "twenty-first": 21}

# unit word -> (TIMEX3 duration letter, is a time-of-day unit)
UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "week": ("W", False), "fortnight": ("W", False), "month": ("M", False), "year": ("Y", False),
         "decade": ("DE", False), "century": ("CE", False)}

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _cased(words) -> str:
    """Alternation of Title-case and UPPER-case forms, longest first."""
    forms = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


_MONTH_ABBR = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
MONTH_FULL_RE = _cased(FULL_MONTHS)
MONTH_RE = "(?:" + MONTH_FULL_RE + "|" + _cased(_MONTH_ABBR) + r"\.?)(?![\w'’])"
WEEKDAY_RE = _cased(WEEKDAYS) + r"(?!\w)"
WEEKDAY_ABBR_RE = _cased(WEEKDAY_ABBR) + r"\.?(?!\w)"
DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:%.,]\d|\d|[-/]\d)"
YEAR_RE = r"(?:1[0-9]{3}|20[0-9]{2})(?![\d%]|[.,]\d|s\b|-\d)"
_num_words = sorted((w for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True)
NUM_RE = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(_num_words) + r")"
UNIT_RE = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)"
PART_RE = r"(?:morning|afternoon|evening|night)"
# clock time: 6am, 6 a.m., 6.10am, 06:10, 6:10 p.m., noon, midnight; with an optional zone
_ZONE = r"(?:\s+(?:local time|\(?(?:GMT|BST|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|IST|AEST|AEDT|ET|PT)\)?)(?!\w))?"
CLOCK_RE = (r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d\s?(?:[ap]\.\s?m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)"
            r"|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
            r"|(?:1[0-2]|0?[1-9])\s?(?:[ap]\.\s?m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)"
            r"|noon|midnight|midday)" + _ZONE)
