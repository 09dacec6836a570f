"""Time expressions on the reference article: each gold time found by text (the corpus README's rule; a gold
time with `first_sentence` must be found in that sentence) and then right when its value is the gold value or an
alternative the gold's note accepts ("2021-09-05 also accepted", "2021-W35 or any day 2021-08-29..2021-08-31")."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Iterable

from newsledger.eval.metrics import Score, normalize, prf_score, text_match
from newsledger.eval.reference import cases, record

COMPONENT = "times"
DATASET = "reference"

_VALUE = re.compile(r"\b(\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?|\d{4}-W\d{2}|\d{4}-\d{2}|\d{3}X|P\d+[A-Z]+|"
                    r"[A-Z]+_REF)\b")


def accepted_values(gold_time: dict[str, Any]) -> set[str]:
    """The gold value and the alternatives its note names (day ranges "a..b" expanded)."""
    out = {gold_time["value"]}
    for v in _VALUE.findall(gold_time.get("note", "") or ""):
        if ".." in v:
            a, b = (dt.date.fromisoformat(x) for x in v.split(".."))
            while a <= b:
                out.add(a.isoformat())
                a += dt.timedelta(days=1)
        else:
            out.add(v)
    return out


def normalize_value(v: str | None) -> str | None:
    """One spelling per value: TIMEX3's three-digit decade "198" is "198X"; a time of day keeps its date."""
    if v is None:
        return None
    if re.fullmatch(r"\d{3}", v):
        return v + "X"
    return v


def value_ok(pred: str | None, accepted: set[str]) -> bool:
    p = normalize_value(pred)
    if p is None:
        return False
    return p in accepted or (len(p) > 10 and p[10] == "T" and p[:10] in accepted)


def sentence_window(text: str, first_sentence: str | None) -> tuple[int, int]:
    if not first_sentence:
        return 0, len(text)
    i = text.find(first_sentence)
    if i < 0:
        return 0, len(text)
    j = text.find("\n", i)
    m = re.search(r"[.!?][\"”’]?\s", text[i:])
    end = i + m.end() if m else len(text)
    return i, min(end, j if j > 0 else len(text))


def match(pred: Iterable[Any], gold: list[dict[str, Any]], text: str) -> list[tuple[dict, Any, bool]]:
    """(gold time, matched prediction or None, value right), one-to-one. `pred` items have .text, .start and
    .value. Among text matches the one with a right value is preferred, then the exact text."""
    used: set[int] = set()
    pred = list(pred)
    rows = []
    for g in gold:
        acc = accepted_values(g)
        lo, hi = sentence_window(text, g.get("first_sentence"))
        cands = [(i, p) for i, p in enumerate(pred) if i not in used and lo <= p.start < hi
                 and text_match(p.text, g["text"])]
        cands.sort(key=lambda ip: (not value_ok(ip[1].value, acc), normalize(ip[1].text) != normalize(g["text"]),
                                   ip[1].start))
        if cands:
            i, p = cands[0]
            used.add(i)
            rows.append((g, p, value_ok(p.value, acc)))
        else:
            rows.append((g, None, False))
    return rows


def score(name: str, pred: list[Any], gold: list[dict[str, Any]], text: str, dataset: str = DATASET) -> list[Score]:
    rows = match(pred, gold, text)
    found = sum(1 for _, p, _ in rows if p is not None)
    right = sum(1 for _, _, r in rows if r)
    matched = {id(p) for _, p, _ in rows if p is not None}
    # a prediction repeating a found gold expression elsewhere ("Monday" again) is not a false hit
    gold_texts = [g["text"] for g in gold]
    extra_hits = [p.text for p in pred if id(p) not in matched and not any(text_match(p.text, t) for t in gold_texts)]
    n_pred = len([p for p in pred if id(p) in matched]) + len(extra_hits)
    return [
        prf_score(COMPONENT, f"{dataset}:{name}", found, n_pred, len(gold), found=found,
                  missed=[g["text"] for g, p, _ in rows if p is None], false_hits=extra_hits),
        Score(COMPONENT, f"{dataset}:{name}", "value_right", value=round(right / len(gold), 4), n=len(gold),
              extra={"right": right, "gold": len(gold),
                     "wrong": [(g["text"], p.value, g["value"]) for g, p, r in rows if p is not None and not r]}),
    ]


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    """One article: scored whole under every split."""
    out: list[Score] = []
    for case in cases(corpus)[:limit]:
        if not case.gold.get("times"):
            continue
        rec = record(case)
        out += score(case.name, rec.times, case.gold["times"], case.article.text)
    return out
