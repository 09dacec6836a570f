"""Absolute date strings, the one place dateparser is used (never for relative expressions, so the current
clock is never consulted), and the publication date from metadata, HTML or the article's own opening lines."""
from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from typing import Any

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
             "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
             # a fixed base so that nothing can depend on today's date
             "RELATIVE_BASE": dt.datetime(2000, 1, 1)}


@lru_cache(maxsize=4096)
def parse_absolute(s: str | None) -> dt.date | None:
    """A date from an absolute string ("2021-09-06T10:00:00Z", "Sep 6, 2021", "06/09/2021", "6 September
    2021"); None when the string lacks a day, month or year or is relative ("yesterday")."""
    if not s:
        return None
    s = str(s).strip()
    m = _ISO.match(s)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    if re.search(r"(?i)\b(?:ago|yesterday|today|tomorrow|now|last|next)\b", s):
        return None
    import dateparser

    got = dateparser.parse(s, languages=["en"], settings=_SETTINGS)
    return got.date() if got else None


def parse_numeric(s: str) -> tuple[int, int, int] | None:
    """Numeric day/month/year strings. Unambiguous when one part exceeds 12; otherwise month first (the
    English-language default of dateparser)."""
    parts = re.split(r"[/.]", s)
    if len(parts) != 3:
        return None
    a, b, y = (int(p) for p in parts)
    if len(parts[2]) == 2:
        y += 2000 if y < 50 else 1900
    if a > 12 and b <= 12:
        d, m = a, b
    elif b > 12 and a <= 12:
        m, d = a, b
    else:
        got = parse_absolute(s)
        if got is None:
            return None
        return got.year, got.month, got.day
    try:
        dt.date(y, m, d)
    except ValueError:
        return None
    return y, m, d


_META_KEYS = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
              "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
              "parsely-pub-date", "article.published", "published_time", "date_publish", "published",
              "datecreated", "dateline")


def published_from_metadata(meta: dict[str, Any]) -> str | None:
    """The ISO publication date from a metadata mapping (feed entry, JSON record, trafilatura metadata)."""
    lowered = {str(k).lower(): v for k, v in meta.items()}
    for key in _META_KEYS:
        v = lowered.get(key)
        if isinstance(v, (dt.datetime, dt.date)):
            return (v.date() if isinstance(v, dt.datetime) else v).isoformat()
        d = parse_absolute(v) if isinstance(v, str) else None
        if d:
            return d.isoformat()
    return None


_META_TAG = re.compile(r"<meta\s+[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_JSONLD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.I | re.S)
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)[\"'][^>]*>", re.I)


def published_from_html(html: str) -> str | None:
    """The ISO publication date declared by a page: meta tags, JSON-LD datePublished, then the first
    <time datetime>."""
    meta: dict[str, str] = {}
    for tag in _META_TAG.findall(html):
        attrs = {k.lower(): (v1 or v2) for k, v1, v2 in _ATTR.findall(tag)}
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        if key and "content" in attrs:
            meta.setdefault(key.lower(), attrs["content"])
    for block in _JSONLD.findall(html):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        for item in (data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []):
            if isinstance(item, dict) and item.get("datePublished"):
                meta.setdefault("datepublished", item["datePublished"])
    got = published_from_metadata(meta)
    if got:
        return got
    m = _TIME_TAG.search(html)
    if m:
        d = parse_absolute(m.group(1))
        return d.isoformat() if d else None
    return None


# A publication date printed in the opening lines of a text without metadata (news layout: the byline or dateline
# block before the story): a full date at most this far into a line, in the text's first characters, after
# nothing but a byline, an outlet, a dateline place or a "Published"/"Updated" label, and followed by nothing but
# a clock time, a wire credit, a dash or a capitalised place ("Cleve R. Wootson Jr., The Washington Post March
# 31, 2018 2:36 pm."; "April 5, 2018 Honolulu"; "LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) --"; "Published
# Saturday, March 31, 2018"). A date inside a sentence ("On March 30, 2018, police ...") is the event's, not the
# article's.
OPENING_CHARS = 600
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_FULL_DATE = (rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}|"
              r"\d{4}-\d{2}-\d{2})")
_NAME_WORD = r"(?:[A-Z][\w.'’&-]*|of|the|and|de|du|al|von|van)"
_OPENING_DATE = re.compile(
    rf"(?m)^[ \t]*(?P<before>(?:By )?(?:{_NAME_WORD}[ ,]+)*?"
    rf"(?:(?:Published|Posted|Updated|First published|Last updated|Last modified)(?: on)?:?[ ]+)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?)"
    rf"(?P<date>{_FULL_DATE})"
    r"(?P<after>[ \t]*(?:$|\d{1,2}[:.]\d{2}|\(|[-—–/|•·]|[A-Z]))")
# A lone sentence-opening preposition before the date makes it a sentence's adverbial, not a dateline.
_SENTENCE_OPENERS = {"on", "in", "since", "until", "from", "before", "after", "by", "as", "at", "during", "between"}


def published_from_text(text: str) -> str | None:
    """The ISO publication date printed in the opening lines of an article's text (see `_OPENING_DATE`), or None.
    A "TITLE: ... LINK: ..." header line (GeoWebNews' layout) is skipped like any line without a date."""
    for m in _OPENING_DATE.finditer(text[:OPENING_CHARS]):
        before = m.group("before").strip(" ,")
        if len(before) > 80 or before.lower() in _SENTENCE_OPENERS:
            continue
        d = parse_absolute(m.group("date").replace(".", ""))
        if d:
            return d.isoformat()
    return None
