"""The brief's 5W1H on Giveme5W1H (dev/giveme5w1h): graded precision of the top answer per question.

As in the Giveme5W1H paper, each question's top answer gets 1 when it matches a coders' phrase, 0.5 when it
matches partially, 0 otherwise (also 0 when there is no answer); the per-question precision is the mean over
the articles where the coders gave a phrase. The paper's judgement was by hand; here it is mechanical, in two
gradings. The strict one is the headline (the metrics named by the question, "overall", "4w"); the lenient one
is reported beside it ("overall_lenient", "4w_lenient", and `extra["lenient"]` per question), never instead.

Strict:
- match (1): the answer and a phrase some coder chose (coderPhraseCount >= 1) match by the corpus README's
  text rule (one contains the other, or token overlap >= 0.8), compared either on the text or on the phrases'
  word stems without articles (a judge accepts "stages" for "staged", "attacked the German consulate" for
  "attacks German consulate"), and the shorter of the two is at least half the longer, in tokens (a one-word
  answer inside a four-word phrase, or a headline holding the phrase, is not a full match);
- partial (0.5): otherwise, the answer and a listed phrase share content words (crudely stemmed) making up at
  least a third of the answer's content words, or the text rule matches but fails on length, or the rule
  matches a phrase no coder agreed on (count 0).

Lenient (the grading before issue 14): as strict, but a length difference of up to twice the shorter plus two
tokens still gets full credit, and a "when" answer inside a coder's phrase ("Sunday" in "Sunday's Grand Prix")
whose date value agrees with the coders' parsed date is a match whatever the phrase's length.

"overall" is the mean of the six per-question precisions, "4w" the mean over who, what, when, where (the
paper reports 0.73 and 0.82). Questions the coders agreed have no answer are not scored; `no_answer_agree`
says how often the brief gave none there. `when_date` scores "when" by the coders' parsed date instead of the
phrase (1 when the top answer's value agrees with it at the value's precision).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from newsledger.eval.giveme5w1h import QUESTIONS, Item, load
from newsledger.eval.metrics import Score, text_match, tokens
from newsledger.eval.split import select

COMPONENT = "brief"
DATASET = "giveme5w1h"

_STOP = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "is",
         "are", "was", "were", "be", "been", "has", "have", "had", "his", "her", "its", "their", "it", "he", "she",
         "they", "that", "this", "s", "after", "into", "over", "about"}


def _stem(w: str) -> str:
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def _content(text: str) -> list[str]:
    return [_stem(t) for t in tokens(text) if t not in _STOP]


_ARTICLES = {"a", "an", "the"}


def _stems(text: str) -> list[str]:
    return [_stem(t) for t in tokens(text) if t not in _ARTICLES]


def _contains(a: list[str], b: list[str]) -> bool:
    """Whether token list b occurs contiguously in a."""
    n = len(b)
    return n > 0 and any(a[i:i + n] == b for i in range(len(a) - n + 1))


def _stem_match(answer: str, gold: str) -> bool:
    """The README's text rule on stems without articles: containment, or stem overlap >= 0.8."""
    a, g = _stems(answer), _stems(gold)
    if not a or not g:
        return False
    if _contains(a, g) or _contains(g, a):
        return True
    pool, common = list(g), 0
    for t in a:
        if t in pool:
            pool.remove(t)
            common += 1
    return common / max(len(a), len(g)) >= 0.8


def _short_enough(n_a: int, n_g: int, strict: bool) -> bool:
    """Whether two texts of n_a and n_g tokens are close enough in length for full credit."""
    return max(n_a, n_g) <= 2 * min(n_a, n_g) + (0 if strict else 2)


def grade(answer: str | None, phrases: list[dict[str, Any]], value: str | None = None, strict: bool = True) -> float:
    """1 for a match with a coder's phrase, 0.5 for a partial one, 0 otherwise (see the module doc).
    `value`: the answer's date value, for "when" (phrases then carry "parsed"); `strict`: which grading."""
    if not answer or not answer.strip():
        return 0.0
    n_a = len(tokens(answer))
    best = 0.0
    for ph in phrases:
        g = ph["text"]
        if text_match(answer, g) or _stem_match(answer, g):
            n_g = len(tokens(g))
            chosen = ph.get("count", 0) >= 1
            if chosen and _short_enough(n_a, n_g, strict):
                return 1.0
            if (not strict and chosen and value and ph.get("parsed") and n_a <= n_g
                    and _agrees(value, [ph])):
                return 1.0
            best = 0.5
            continue
        ca, cg = _content(answer), set(_content(g))
        if ca and cg:
            shared = sum(1 for t in ca if t in cg)
            if shared and shared / len(ca) >= 1 / 3:
                best = 0.5
    return best


def _agrees(value: str | None, phrases: list[dict[str, Any]]) -> bool:
    from newsledger.eval.suites.times_giveme5w1h import agrees

    return any(agrees(value, ph.get("parsed")) for ph in phrases)


def score_item(item: Item, brief: dict[str, Any] | None) -> dict[str, Any]:
    brief = brief or {}
    row: dict[str, Any] = {}
    for q in QUESTIONS:
        answers = brief.get(q) or []
        top = answers[0] if answers else None
        if item.answers.get(q):
            text, value = (top["text"] if top else None), (top.get("value") if top and q == "when" else None)
            row[q] = grade(text, item.answers[q], value)
            row[q + "_lenient"] = grade(text, item.answers[q], value, strict=False)
            if q == "when":
                row["when_date"] = 1.0 if top and _agrees(top.get("value"), item.answers[q]) else 0.0
        elif q in item.no_answer:
            row[q + "_none"] = top is None
        row[q + "_top"] = top["text"] if top else None
    return row


def _mean(rows: list[tuple[Item, dict[str, Any]]], key: str) -> tuple[float, list[float]]:
    vals = [r[key] for _, r in rows if key in r]
    return (round(sum(vals) / len(vals), 4) if vals else 0.0), vals


def summarize(rows: list[tuple[Item, dict[str, Any]]], label: str = DATASET) -> list[Score]:
    out: list[Score] = []
    means: dict[str, float] = {}
    lenient: dict[str, float] = {}
    for q in (*QUESTIONS, "when_date"):
        means[q], vals = _mean(rows, q)
        base = q.split("_")[0]
        misses = [(it.name, r.get(base + "_top"), [p["text"] for p in it.answers[base]])
                  for it, r in rows if q in r and r[q] < 1]
        extra: dict[str, Any] = {"partial": sum(1 for v in vals if v == 0.5), "misses": misses}
        if q in QUESTIONS:
            lenient[q] = extra["lenient"] = _mean(rows, q + "_lenient")[0]
        out.append(Score(COMPONENT, label, q, value=means[q], n=len(vals), extra=extra))
    nones = [r[k] for _, r in rows for k in r if k.endswith("_none")]
    four_q = ("who", "what", "when", "where")
    for name, table in (("", means), ("_lenient", lenient)):
        overall = round(sum(table[q] for q in QUESTIONS) / len(QUESTIONS), 4)
        four = round(sum(table[q] for q in four_q) / 4, 4)
        out.append(Score(COMPONENT, label, "overall" + name, value=overall, n=len(rows),
                         extra={"anchor_giveme5w1h": 0.73,
                                "no_answer_agree": round(sum(nones) / len(nones), 4) if nones else None}))
        out.append(Score(COMPONENT, label, "4w" + name, value=four, n=len(rows),
                         extra={"anchor_giveme5w1h": 0.82}))
    return out


def predict(items: list[Item]) -> list[dict[str, Any] | None]:
    from newsledger.pipeline import extract_records

    out = []
    for rec in extract_records([it.article for it in items]):
        out.append(getattr(rec, "brief", None))
    return out


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    items = select(load(corpus), lambda it: it.name, split, limit)
    briefs = predict(items)
    return summarize([(it, score_item(it, b)) for it, b in zip(items, briefs)])


def main() -> None:
    """python -m newsledger.eval.suites.brief_giveme5w1h [limit] [tune|check|all] [-v]: a table and, with -v,
    the misses. The tune half by default: misses are for writing rules, which look at tune items only."""
    import sys

    nums = [a for a in sys.argv[1:] if a.isdigit()]
    limit = int(nums[0]) if nums else None
    split = next((a for a in sys.argv[1:] if a in {"tune", "tune-a", "tune-b", "check", "all"}), "tune")
    print(f"split: {split}")
    print_scores(run(Path(__file__).resolve().parents[3].parent / "shared" / "corpus", limit, split), "-v" in sys.argv)


def print_scores(scores: list[Score], verbose: bool) -> None:
    """One line per score; with `verbose`, its misses below it (the suites' command-line tables)."""
    for s in scores:
        print(f"{s.metric:16s} {s.value:.3f}  n={s.n}  {({k: v for k, v in s.extra.items() if k != 'misses'})}")
        if verbose:
            for m in s.extra.get("misses", []):
                print("    ", m)


if __name__ == "__main__":
    main()
