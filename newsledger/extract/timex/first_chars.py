"""The characters a regular expression's match can start with, read from Python's own parse of the pattern.

Used by the time grammar's scanner to try, at each position, only the rules that can match there. The answer is
a superset of the true one (lookarounds are skipped over as if they always held), or None for "any character",
so a rule left out at a position could not have matched there.
"""
from __future__ import annotations

import array
import itertools
import re
import sys
from functools import lru_cache
from re import _constants as sre
from re import _parser as sre_parse

# Ranges and classes (\d) wider than this count as "any character".
_MAX_SET = 1024


def first_chars(pattern: str | re.Pattern) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with; None when it can start with any character or match
    the empty string."""
    rx = re.compile(pattern)
    chars, nullable = _sequence(sre_parse.parse(rx.pattern, rx.flags), bool(rx.flags & re.IGNORECASE))
    if chars is None or nullable:
        return None
    return frozenset(chars)


def _sequence(items, ignorecase: bool) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, arg in items:
        chars, nullable = _item(op, arg, ignorecase)
        if chars is None:
            return None, True
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(op, arg, ignorecase: bool) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return _cased({chr(arg)}, ignorecase), False
    if op is sre.IN:
        return _charset(arg, ignorecase), False
    if op is sre.BRANCH:
        out: set[str] = set()
        any_nullable = False
        for alternative in arg[1]:
            chars, nullable = _sequence(alternative, ignorecase)
            if chars is None:
                return None, True
            out |= chars
            any_nullable = any_nullable or nullable
        return out, any_nullable
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = arg
        ignorecase = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _sequence(body, ignorecase)
    if op is sre.ATOMIC_GROUP:
        return _sequence(arg, ignorecase)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = arg
        chars, nullable = _sequence(body, ignorecase)
        return chars, nullable or low == 0
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero width: what follows starts the match
    return None, True  # any character, a back reference or a conditional: no bound


def _charset(members, ignorecase: bool) -> set[str] | None:
    out: set[str] = set()
    for op, arg in members:
        if op is sre.LITERAL:
            out.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < _MAX_SET:
            out |= {chr(c) for c in range(arg[0], arg[1] + 1)}
        elif op is sre.CATEGORY and len(members := _category(arg)) <= _MAX_SET:
            out |= members
        else:  # NEGATE, a wide class (\w) or range
            return None
    return _cased(out, ignorecase)


@lru_cache(maxsize=None)
def _category(category) -> frozenset[str]:
    """The characters of a class such as \\d (every Unicode decimal digit), as the regex engine decides them."""
    escape = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
              sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}[category]
    return frozenset(re.findall(escape, _every_character()))


def _cased(chars: set[str], ignorecase: bool) -> set[str]:
    if not ignorecase:
        return chars
    return set().union(*(case_forms(c) for c in chars))


# The characters beyond the other case that the regex engine matches to an ASCII letter under IGNORECASE
# (tests/test_time_scanner.py checks this against the engine, over every code point).
_EXTRA_CASE_FORMS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def case_forms(char: str) -> frozenset[str]:
    """Every character `(?i)char` matches, as the regex engine decides it (it knows case pairs such as the Kelvin
    sign and "k" that str.lower does not give)."""
    if char.isascii() and char.isalpha():
        low = char.lower()
        return frozenset({low, low.upper(), *_EXTRA_CASE_FORMS.get(low, "")})
    return frozenset(re.findall("(?i)" + re.escape(char), _every_character()))


def _every_character() -> str:
    """Every code point but the surrogates (built as UTF-32: a quarter of the time of joining a million chr()); not
    kept, as it takes 4 MB and is read only while the scanner is built."""
    codes = array.array("I", itertools.chain(range(0xD800), range(0xE000, sys.maxunicode + 1)))
    return codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")
