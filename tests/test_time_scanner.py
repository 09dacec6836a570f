"""The time grammar's one-pass scanner (issue 15): the same matches as running every rule's own finditer."""
from __future__ import annotations

import random
import re

from newsledger.extract.timex import grammar
from newsledger.extract.timex.first_chars import _every_character, case_forms, first_chars

SAMPLES = [
    "On Monday, 6 September 2021, the early hours of Tuesday; last week, two years ago and in the 1990s.",
    "THE END OF MAY 2020 saw 3,000 people march. May 5 2019 at 6.10am BST, noon; 12/03/2021 and 2021-09-06.",
    "It lasted for a fortnight, over half an hour, in the coming days; recently, the twenty-first century.",
    "‘90s, the ’80s, mid-2020, late summer of 2019, the day before, this weekend, within weeks, tonight.",
    "Kelvin: \u212a, long s: \u017fummer, dotted \u0130n the coming days, \u0131n recent years; \u0663 days later.",
]
ALPHABET = list("0123456789 ,.-/:'’‘\naAmMpPtThHeEsSdDyYwWkK\u212a\u017f\u0130\u0131\u0663") + [
    "January ", "the ", "May ", "Monday ", "ago", "years", "noon", "1990s", "a.m.", "early ", "last ", "within ",
    "recently ", "half an ", "hours ", "twenty-first ", "century", "Sept. ", "tonight", "the past ", "3 ",
]


def per_rule(text: str) -> list[tuple[str, int, int]]:
    return [(name, m.start(), m.end()) for name, rx, _ in grammar.RULES for m in rx.finditer(text)]


def scanned(text: str) -> list[tuple[str, int, int]]:
    return [(name, m.start(), m.end()) for name, m, _ in grammar._rule_matches(text)]


def test_scanner_matches_every_rule_run_on_its_own():
    rnd = random.Random(15)
    texts = SAMPLES + ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    for text in texts:
        assert scanned(text) == per_rule(text), text


def test_first_chars():
    assert first_chars(r"(?i:ka)|\d?x") == {"k", "K", "\u212a", "x"} | set(re.findall(r"\d", _every_character()))
    assert first_chars(r"(?<!\w)(?:the\s+)?[A-C]") == {"t", "A", "B", "C"}
    assert first_chars(r"a?") is None  # can match nothing
    assert first_chars(r"\w+") is None  # too wide to list


def test_case_forms_are_the_regex_engines():
    every = _every_character()
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        assert case_forms(letter) == set(re.findall("(?i)" + letter, every)), letter
