"""What every reader shares: the error type, options, byte decoding and date parsing."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsledger.extract.timex.absolute import published_from_text
from newsledger.model import Article

DEFAULT_MAX_CHARS = 1_000_000


@dataclass
class InputError:
    """One item that could not be read, with where it is ("path" or "path:line")."""

    where: str
    message: str
    fatal: bool = True  # False: the article was kept, with the problem noted (e.g. an unparseable date)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ReadOptions:
    published: str | None = None  # date for articles that carry none
    max_chars: int = DEFAULT_MAX_CHARS


class ReadError(Exception):
    """Raised inside readers; turned into an InputError naming the item."""


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else the encoding charset-normalizer finds.
    Binary data (NUL bytes or mostly control characters) is refused."""
    if not data.strip():
        raise ReadError("empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("binary data, not text (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ReadError("binary data or unknown text encoding") from None
        text = str(best)
    control = sum(1 for c in text[:10000] if ord(c) < 32 and c not in "\n\r\t\f")
    if control > len(text[:10000]) * 0.05:
        raise ReadError("binary data, not text (control characters)")
    return text


def clean_text(text: str) -> str:
    """Newlines normalized and NUL characters dropped; nothing else changes, so offsets stay meaningful."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T\d{4,6}Z?|\d{6})?$")  # GDELT: 20210906T123000Z, 20210906123000


def parse_published(value: object) -> str:
    """An ISO date (YYYY-MM-DD) from a date string in a common format; ValueError when it is not a date."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"not a date: {value!r}")
    s = value.strip()
    if _ISO.match(s):
        try:
            return dt.date.fromisoformat(s[:10]).isoformat()
        except ValueError:
            raise ValueError(f"not a valid date: {value!r}") from None
    if m := _COMPACT.match(s):
        try:
            return dt.date(*map(int, m.groups())).isoformat()
        except ValueError:
            raise ValueError(f"not a valid date: {value!r}") from None
    import dateparser

    parsed = dateparser.parse(s, languages=["en"], settings={"STRICT_PARSING": True,
                                                             "REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        raise ValueError(f"unknown date format: {value!r}")
    return parsed.date().isoformat()


def make_article(text: str, where: str, options: ReadOptions, **meta) -> Article:
    """An Article from decoded text and metadata; ReadError if it is empty or too large."""
    text = clean_text(text)
    if not text.strip():
        raise ReadError("no article text")
    if len(text) > options.max_chars:
        raise ReadError(f"article too large: {len(text):,} characters > limit {options.max_chars:,} (--max-chars)")
    published = meta.pop("published", None)
    if not published and options.published and not published_from_text(text):
        published = options.published  # the default yields to a date the text prints (the pipeline reads it)
    return Article(text=text, source=where, published=published, **meta)
