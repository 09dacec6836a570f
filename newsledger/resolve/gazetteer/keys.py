"""The lookup key of a name (ASCII-folded, lower-case, no dots or apostrophes) and its other spelling with an
opening "St"/"Mt"/"Ft" spelled out or abbreviated."""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

from unidecode import unidecode


@lru_cache(maxsize=1 << 17)
def normalize(name: str) -> str:
    """The lookup key: ASCII-folded, lower-case, apostrophes and dots dropped, hyphens as spaces (cached: an
    article asks for the same few names many times)."""
    s = unidecode(name.replace("\u2019", "'").replace("\u2018", "'")).lower()
    s = s.replace("'", "").replace(".", "").replace("`", "")
    s = re.sub(r"[-_/,()]+", " ", s)
    s = re.sub(r"^(the)\s+", "", s)
    return " ".join(s.split())


# Abbreviated words that open place names and their spelled-out forms (US Postal Service and AP style).
_OPENING_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

_OPENING_WORDS = {v: k for k, v in _OPENING_ABBREVIATIONS.items()}


def _other_spelling(key: str) -> str:
    """The lookup key with its opening word abbreviated or spelled out ("mt pleasant" <-> "mount pleasant"),
    or the key itself."""
    first, _, rest = key.partition(" ")
    other = _OPENING_ABBREVIATIONS.get(first) or _OPENING_WORDS.get(first)
    return f"{other} {rest}" if other and rest else key


# Two names alike at least this much (difflib's ratio over their letters) are spellings of one name.
_SPELLING_RATIO = 0.75


def spelled_alike(name: str, own: str) -> bool:
    """Whether `name` is a spelling or a shortening of the place name `own`: alike letter for letter ("Odessa"
    for Odesa, "Hanover" for Hannover), sharing a word ("Logan" for Logan City) or its first five letters
    ("Frankfort" for Frankfurt am Main). An old name or a nickname ("Salisbury" for Harare, "Golden State" for
    California) is none of these."""
    a, b = normalize(name), normalize(own)
    if difflib.SequenceMatcher(None, a.replace(" ", ""), b.replace(" ", "")).ratio() >= _SPELLING_RATIO:
        return True
    if {w for w in a.split() if len(w) >= 4} & set(b.split()):
        return True
    return len(a) >= 5 and a[:5] == b[:5]
