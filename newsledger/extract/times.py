"""Time expressions (issue 4): every date, time, duration and vague reference of the text, with a TIMEX3-style
value resolved against the article's publication date.

Rules, not a model: `timex.grammar` finds spans with regular expressions over the raw text, `timex.resolve`
anchors them (weekdays to the publication day by tense, "a decade later" to the time last mentioned, a month and
day without a year to the publication year; a small-hours clock time said with an evening or night, in one
expression or later in its sentence, to the next calendar day: "Wednesday night, shortly after 1am" is Thursday
T01:00), `timex.absolute` handles absolute strings with dateparser. The
spaCy doc, when given, only refines: the tense of the verb governing an expression, and "May"/"March" as verbs.
Without a publication date, relative expressions keep value None; nothing reads the machine's clock.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.tokens import Doc

from newsledger import nlp
from newsledger.extract.timex import grammar
from newsledger.extract.timex.absolute import parse_absolute
from newsledger.extract.timex.resolve import RANK, Resolver, rolls_over
from newsledger.model import Record, TimeExpr

# a period named by a boundary, "the turn of the millennium" (timex.grammar's turn_millennium): TimeML's mod="APPROX"
# point, a few years either side; it dates an episode of a story's background, never the day a report is written
_ERA = re.compile(r"(?i)^the\s+turn\s+of\s+the\s+")


def names_era(t: TimeExpr) -> bool:
    """Whether a time expression names an era by its boundary ("the turn of the millennium"): no stand-in for the
    report's day (events: an undated article's latest time) and no main event's when (the brief)."""
    return bool(_ERA.match(t.text))


_FUTURE = re.compile(r"(?i)\b(?:will|won't|shall|'ll|going to|(?:is|are|was|were) (?:due|set|scheduled|expected|"
                     r"slated|poised|planning|to)\b|plans? to|scheduled|upcoming|next)\b|’ll")
_PAST_AUX = {"was", "were", "had", "did", "has", "have"}
_SENT_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n+")
_CLAUSE_END = re.compile(r"[,;:“”\"—–()]")
_REPORTING = {"say", "tell", "report", "announce", "claim", "state", "add", "confirm", "write", "tweet"}


def extract(doc: Doc, record: Record) -> list[TimeExpr]:
    # The article's own text: the parse's text is the same string, and Doc.text rebuilds it token by token.
    return extract_text(record.article.text, record.article.published, doc)


def published_date(published: str | None) -> dt.date | None:
    """The anchor: the article's publication date (an ISO string, possibly with a time) or None."""
    if not published:
        return None
    return parse_absolute(str(published)[:10]) or parse_absolute(str(published))


def extract_text(text: str, published: str | None, doc: Doc | None = None) -> list[TimeExpr]:
    """Time expressions of `text` anchored on `published`; `doc` (a spaCy parse of the same text) is optional."""
    matches = grammar.find(text)
    if doc is not None:
        sents = [(s.start_char, s.end_char) for s in nlp.sents(doc)]
        tok_starts = nlp.starts(doc)  # without making a Token object per token
    else:
        sents = _sentences(text)
        tok_starts = []
    sent_starts = [s for s, _ in sents]
    resolver = Resolver(published_date(published))
    out: list[TimeExpr] = []
    sent_day: dict[int, tuple[dt.date, dict]] = {}  # sentence -> the last day named in it and its reading
    for m in matches:
        if doc is not None and not _pos_ok(doc, tok_starts, m):
            continue
        si = max(0, bisect.bisect_right(sent_starts, m.start) - 1)
        tense = _tense(doc, tok_starts, text, sents[si] if sents else (0, len(text)), m)
        day, day_reading = sent_day.get(si, (None, None)) if m.reading["kind"] == "clock" else (None, None)
        res = resolver.resolve(m.reading, tense, day, day_reading)
        if res is None:
            continue
        if res.point is not None and res.point.precision == "day" and m.reading["kind"] != "clock":
            r = m.reading
            if r["kind"] == "clock_day":  # its day, unless its clock already moved it past midnight
                r = {} if rolls_over(r["day"], r["clock"]) else r["day"]
            sent_day[si] = (res.point.date, r)
        out.append(TimeExpr(text=text[m.start:m.end], start=m.start, end=m.end, value=res.value,
                            precision=res.precision, type=res.type))
    _years_from_context(out)
    return out


def _years_from_context(times: list[TimeExpr]) -> None:
    """A month and day left without a year ("Nov. 2" with no publication date) takes the year of a date in the
    same month written out in full elsewhere in the text ("Nov. 2, 2016"), when exactly one year qualifies."""
    full: dict[str, set[str]] = {}
    for t in times:
        if t.value and re.match(r"\d{4}-\d{2}(?:-\d{2})?", t.value):
            full.setdefault(t.value[5:7], set()).add(t.value[:4])
    for t in times:
        if t.value and t.value.startswith("XXXX-") and t.value[5:7].isdigit():
            years = full.get(t.value[5:7], set())
            if len(years) == 1:
                t.value = next(iter(years)) + t.value[4:]


def date_for_span(record: Record, start: int, end: int) -> TimeExpr | None:
    """The most relevant resolved time expression inside [start, end): a calendar date before a vague
    reference or a duration, the finest precision first, then the earliest."""
    best, best_key = None, None
    for t in record.times:
        if t.start < start or t.end > end or not t.value:
            continue
        if t.type == "DURATION" or t.value.endswith("_REF") or t.value.startswith("XXXX"):
            continue
        key = (RANK.get(t.precision or "", 9), t.start)
        if best_key is None or key < best_key:
            best, best_key = t, key
    return best


# --- helpers ----------------------------------------------------------------------------------------------

def _sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _SENT_SPLIT.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _token_at(doc: Doc, tok_starts: list[int], char: int):
    i = bisect.bisect_right(tok_starts, char) - 1
    return doc[max(i, 0)]


def _pos_ok(doc: Doc, tok_starts: list[int], m: grammar.Match) -> bool:
    """"May" and "March" as verbs (or a modal) are not months."""
    if not m.reading.get("check_pos"):
        return True
    for t in doc.char_span(m.start, m.end, alignment_mode="expand") or []:
        if t.lower_ in ("may", "march"):
            return t.tag_ not in ("MD", "VB", "VBP") and t.pos_ not in ("AUX", "VERB")
    return True


def _tense(doc: Doc | None, tok_starts: list[int], text: str, sent: tuple[int, int], m: grammar.Match) -> str | None:
    """"future", "past" or None for the clause holding the expression: from the governing verb when a parse
    is given, else from the words of the clause."""
    if doc is not None:
        tok = _token_at(doc, tok_starts, m.start)
        t = tok
        for _ in range(6):
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        if t.pos_ in ("VERB", "AUX"):
            auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
            words = {c.lower_ for c in auxes}
            if words & {"will", "shall", "'ll", "wo", "’ll"}:
                return "future"
            if t.tag_ in ("VBD",) or words & _PAST_AUX or any(c.tag_ == "VBD" for c in auxes):
                return "past"
            if t.tag_ == "VB" and "to" in words:
                h = t.head
                past_aux = any(c.tag_ == "VBD" for c in h.children if c.dep_.startswith("aux"))
                if h.lemma_ in ("expect", "set", "due", "schedule", "plan", "go", "hope", "intend", "aim", "want") \
                        and h.tag_ != "VBD" and not past_aux:
                    return "future"
            if t.tag_ == "VBG" and any(c.lower_ in ("is", "are", "am") for c in auxes) and t.lemma_ not in _REPORTING:
                return "future"
            return None
    # text only: the clause around the expression
    s, e = sent
    left = text[s:m.start]
    cut = max((x.end() for x in _CLAUSE_END.finditer(left)), default=0)
    right = text[m.end:e]
    rc = _CLAUSE_END.search(right)
    clause = left[cut:] + " " + right[: rc.start() if rc else len(right)]
    if _FUTURE.search(clause):
        return "future"
    return None
