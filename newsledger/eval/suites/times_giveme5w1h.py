"""Time expressions on Giveme5W1H (dev/giveme5w1h): does the extractor find the coders' "when" phrase, and is
its value the coders' parsed date?

The text is title, description and body joined by blank lines; the anchor is `date_publish` (its date part; no
anchor when it is missing or not a date: the corpus spells a missing one "None"). Per article with at least one
annotated "when" phrase: "found" when a predicted
time matches an annotated phrase by text (the corpus README's rule) and overlaps a place where the phrase occurs
(when it occurs verbatim); "right" when such a prediction's value
agrees with that phrase's parsed date at the prediction's precision (2016-11-09T06:10 and 2016-11 both agree
with 2016-11-09; a season 2016-FA agrees with a day in September to November 2016, winter 2016-WI with
December 2016 to February 2017). "right_pm1" allows one day either way: the coders' dates are sometimes a day off
the text's own reading (time zones). Articles whose "when" has no phrase are counted, not scored.

Day boundary: a clock time keeps its calendar day. The coders date a small-hours time by the evening before
("00:48" of a game played on the evening of 2016-11-02 is parsed 2016-11-02); the value 2016-11-03T00:48 does
not agree with that at day precision (only "right_pm1" accepts it), and no time zone is applied: both sides are
local calendar days.

Gold audit ("when_found_and_date_consistent_gold", reported beside the figures above, never instead of them):
some parsed dates contradict their own phrase. A phrase is set aside, mechanically, when
- it occurs nowhere in the text (case-insensitive), so no extractor can find it;
- it names a weekday and the parsed date is another weekday ("Sunday" parsed as a Saturday);
- it spells out a full date (month, day and year) and the parsed date is another day;
- it says "last month" / "last year" and the parsed date lies in the publication's own month / year.
The audit metric scores the remaining phrases on the articles that keep at least one; the set-aside phrases
and their reasons are listed in its `extra`. It accepts no value the main metric rejects.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from newsledger.eval.giveme5w1h import documents
from newsledger.eval.metrics import Score, text_match
from newsledger.eval.split import select
from newsledger.model import Article, Record

COMPONENT = "times"
DATASET = "giveme5w1h"


@dataclass
class Case:
    name: str
    article: Article
    phrases: list[dict[str, Any]]  # {"text", "parsed", "count"}


def cases(corpus: Path, limit: int | None = None) -> list[Case]:
    out = []
    for path, d, pub in documents(corpus, limit):
        text = "\n\n".join(x.strip() for x in (d.get("title"), d.get("description"), d.get("text")) if x and x.strip())
        ann = d.get("fiveWoneH", {}).get("when", {}).get("annotated", [])
        phrases = [{"text": a["text"].strip(), "parsed": a.get("parsed"), "count": a.get("coderPhraseCount", 0)}
                   for a in ann if a.get("text") and a["text"].strip()]
        out.append(Case(d.get("originalFilename") or path.stem, Article(text=text, id=path.stem[:16], published=pub),
                        phrases))
    return out


def agrees(value: str | None, parsed: str | None, tolerance_days: int = 0) -> bool:
    """Whether a TIMEX3 value agrees with an ISO day at the value's own precision."""
    if not value or not parsed:
        return False
    v = value
    if re.fullmatch(r"\d{3}", v):
        v += "X"
    try:
        day = dt.date.fromisoformat(parsed[:10])
    except ValueError:
        return False
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        try:
            d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
        return abs((d - day).days) <= tolerance_days
    days = [day + dt.timedelta(days=k) for k in range(-tolerance_days, tolerance_days + 1)]
    m = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", v)
    if m:
        return any(x.isocalendar()[:2] == (int(m.group(1)), int(m.group(2))) for x in days)
    if re.fullmatch(r"\d{4}-\d{2}", v) or re.fullmatch(r"\d{4}", v):
        return any(x.isoformat().startswith(v) for x in days)
    if re.fullmatch(r"\d{3}X", v):
        return any(x.isoformat()[:3] == v[:3] for x in days)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        y, first = int(m.group(1)), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(2)]
        months = {(y + (first + k - 1) // 12, (first + k - 1) % 12 + 1) for k in range(3)}
        return any((x.year, x.month) in months for x in days)
    return False


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_FULL_DATE = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})"
                        r"(?:st|nd|rd|th)?,?"
                        r"\s+(\d{4})\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|"
                        r"oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b")


def gold_inconsistency(case: Case, phrase: dict[str, Any]) -> str | None:
    """Why a coder phrase's parsed date contradicts the phrase itself (see the module doc), or None."""
    text, parsed = phrase["text"], phrase.get("parsed")
    if text.lower() not in case.article.text.lower():
        return "phrase not in text"
    try:
        day = dt.date.fromisoformat((parsed or "")[:10])
    except ValueError:
        return None
    low = text.lower()
    named = [i for i, w in enumerate(_WEEKDAYS) if re.search(rf"\b{w}\b", low)]
    if len(named) == 1 and day.weekday() != named[0]:
        return f"{_WEEKDAYS[named[0]]} parsed as a {_WEEKDAYS[day.weekday()]}"
    m = _FULL_DATE.search(text)
    if m:
        mon, d, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        try:
            said = dt.date(int(y), _MONTHS.index(mon.lower()[:3]) + 1, int(d))
        except ValueError:
            said = None
        if said and said != day:
            return f"the phrase says {said.isoformat()}"
    pub = case.article.published
    if pub:
        p = dt.date.fromisoformat(pub[:10])
        if re.search(r"\blast month\b", low) and (day.year, day.month) == (p.year, p.month):
            return "'last month' parsed in the publication month"
        if re.search(r"\blast year\b", low) and day.year == p.year:
            return "'last year' parsed in the publication year"
    return None


def score_case(case: Case, pred: Iterable[Any], phrases: list[dict[str, Any]] | None = None) -> dict[str, bool]:
    """pred: objects with .text and .value; `phrases`: the gold phrases to score (all by default)."""
    pred = list(pred)
    found = right = right1 = False
    text = case.article.text.lower()
    for ph in case.phrases if phrases is None else phrases:
        spots = [(m.start(), m.start() + len(ph["text"])) for m in re.finditer(re.escape(ph["text"].lower()), text)]
        for p in pred:
            if not text_match(p.text, ph["text"]):
                continue
            start = getattr(p, "start", None)
            if spots and start is not None and not any(start < b and a < p.end for a, b in spots):
                continue  # the same words elsewhere in the text are not the coders' phrase
            found = True
            right |= agrees(p.value, ph["parsed"])
            right1 |= agrees(p.value, ph["parsed"], 1)
    return {"found": found, "right": right, "right_pm1": right1}


def score_case_audited(case: Case, pred: Iterable[Any]) -> dict[str, Any]:
    """score_case, plus "consistent": the score on the phrases the gold audit keeps (None when it keeps none)
    and "set_aside": [(phrase, reason)]."""
    pred = list(pred)
    out: dict[str, Any] = score_case(case, pred)
    reasons = [(ph, gold_inconsistency(case, ph)) for ph in case.phrases]
    kept = [ph for ph, why in reasons if why is None]
    out["set_aside"] = [(ph["text"], why) for ph, why in reasons if why is not None]
    out["consistent"] = score_case(case, pred, kept)["right"] if kept else None
    return out


def summarize(rows: list[tuple[Case, dict[str, bool]]], label: str = DATASET, **extra: Any) -> list[Score]:
    scored = [(c, r) for c, r in rows if c.phrases]
    n = len(scored)

    def rate(key):
        return round(sum(r[key] for _, r in scored) / n, 4) if n else None
    failures = [(c.name, [p["text"] for p in c.phrases], [p["parsed"] for p in c.phrases],
                 {k: r[k] for k in ("found", "right", "right_pm1")})
                for c, r in scored if not r["right"]]
    common = {"articles": len(rows), "with_phrase": n, "without_phrase": len(rows) - n, **extra}
    scores = [Score(COMPONENT, label, "when_found", value=rate("found"), n=n, extra=common),
              Score(COMPONENT, label, "when_found_and_date", value=rate("right"), n=n,
                    extra={**common, "failures": failures}),
              Score(COMPONENT, label, "when_found_and_date_pm1day", value=rate("right_pm1"), n=n, extra=common)]
    if scored and all("consistent" in r for _, r in scored):
        kept = [(c, r) for c, r in scored if r["consistent"] is not None]
        k = len(kept)
        scores.append(Score(
            COMPONENT, label, "when_found_and_date_consistent_gold",
            value=round(sum(r["consistent"] for _, r in kept) / k, 4) if k else None, n=k,
            extra={**common, "set_aside": {c.name: r["set_aside"] for c, r in scored if r["set_aside"]},
                   "articles_set_aside": n - k,
                   "failures": [c.name for c, r in kept if not r["consistent"]]}))
    return scores


def predict(cases_: list[Case]) -> list[list[Any]]:
    """The extractor's times for each case (one spaCy parse per article, batched)."""
    from newsledger import nlp
    from newsledger.extract import times

    docs = nlp.parse_many([c.article.text for c in cases_])
    return [times.extract(doc, Record(article=c.article)) for c, doc in zip(cases_, docs)]


def run(corpus: Path, limit: int | None = None, split: str = "check",
        extractor: Callable[[list[Case]], list[list[Any]]] | None = None) -> list[Score]:
    cs = select(cases(corpus), lambda c: c.name, split, limit)
    preds = (extractor or predict)(cs)
    return summarize([(c, score_case_audited(c, p)) for c, p in zip(cs, preds)])
