"""Time expressions on Giveme5W1H (dev/giveme5w1h): does the extractor find the coders' "when" phrase, and is
its value the coders' parsed date?

The text is title, description and body joined by blank lines; the anchor is `date_publish` (its date part; no
anchor when it is missing). Per article with at least one annotated "when" phrase: "found" when a predicted
time matches an annotated phrase by text (the corpus README's rule) and overlaps a place where the phrase occurs
(when it occurs verbatim); "right" when such a prediction's value
agrees with that phrase's parsed date at the prediction's precision (2016-11-09T06:10 and 2016-11 both agree
with 2016-11-09). "right_pm1" allows one day either way: the coders' dates are sometimes a day off the
text's own reading (time zones). Articles whose "when" has no phrase are counted, not scored.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from newsledger.eval.metrics import Score, text_match
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
    for path in sorted((corpus / "dev" / "giveme5w1h" / "data").glob("*.json"))[:limit]:
        d = json.loads(path.read_text(encoding="utf-8"))
        text = "\n\n".join(x.strip() for x in (d.get("title"), d.get("description"), d.get("text")) if x and x.strip())
        pub = (d.get("date_publish") or "")[:10] or None
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
    return False


def score_case(case: Case, pred: Iterable[Any]) -> dict[str, bool]:
    """pred: objects with .text and .value."""
    pred = list(pred)
    found = right = right1 = False
    text = case.article.text.lower()
    for ph in case.phrases:
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


def summarize(rows: list[tuple[Case, dict[str, bool]]], label: str = DATASET, **extra: Any) -> list[Score]:
    scored = [(c, r) for c, r in rows if c.phrases]
    n = len(scored)

    def rate(key):
        return round(sum(r[key] for _, r in scored) / n, 4) if n else None
    failures = [(c.name, [p["text"] for p in c.phrases], [p["parsed"] for p in c.phrases], r)
                for c, r in scored if not r["right"]]
    common = {"articles": len(rows), "with_phrase": n, "without_phrase": len(rows) - n, **extra}
    return [Score(COMPONENT, label, "when_found", value=rate("found"), n=n, extra=common),
            Score(COMPONENT, label, "when_found_and_date", value=rate("right"), n=n,
                  extra={**common, "failures": failures}),
            Score(COMPONENT, label, "when_found_and_date_pm1day", value=rate("right_pm1"), n=n, extra=common)]


def predict(cases_: list[Case]) -> list[list[Any]]:
    """The extractor's times for each case (one spaCy parse per article, batched)."""
    from newsledger import nlp
    from newsledger.extract import times

    docs = nlp.parse_many([c.article.text for c in cases_])
    return [times.extract(doc, Record(article=c.article)) for c, doc in zip(cases_, docs)]


def run(corpus: Path, limit: int | None = None, extractor: Callable[[list[Case]], list[list[Any]]] | None = None
        ) -> list[Score]:
    cs = cases(corpus, limit)
    preds = (extractor or predict)(cs)
    return summarize([(c, score_case(c, p)) for c, p in zip(cs, preds)])
