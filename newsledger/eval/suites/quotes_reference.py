"""Quotes on the reference article: direct and partial quotes, and indirect quotes, each found by text (the
corpus README's rule) and then right when the speaker is the gold speaker (the gold's actor rule).

The gold lists each quoted stretch of a quote interrupted by its cue ("A," he said. "B.") as a quote of its own;
the record keeps one quote with its `pieces`, so each piece is matched as a quote here (`by_piece`)."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, prf_score, text_match
from newsledger.eval.reference import actor_names, cases, gold_actor_for, record
from newsledger.model import Record

COMPONENT = "quotes"
DATASET = "reference"


def match(pred: list[Any], gold: list[dict[str, Any]], record_: Record, gold_actors: list[dict[str, Any]]
          ) -> list[tuple[dict[str, Any], Any, bool]]:
    """(gold quote, matched predicted quote or None, speaker right), one-to-one, best text match first."""
    used: set[int] = set()
    out = []
    for g in gold:
        cands = [q for q in pred if id(q) not in used and text_match(q.text, g["text"])]
        # prefer a prediction with the right speaker, then the closest in length
        def key(q):
            right = gold_actor_for(actor_names(record_.actor(q.speaker)), gold_actors) == g["speaker"]
            return (not right, abs(len(q.text) - len(g["text"])))
        cands.sort(key=key)
        q = cands[0] if cands else None
        right = False
        if q is not None:
            used.add(id(q))
            right = gold_actor_for(actor_names(record_.actor(q.speaker)), gold_actors) == g["speaker"]
        out.append((g, q, right))
    return out


def by_piece(quotes: list[Any], text: str) -> list[Any]:
    """Each piece of a quote in pieces as a quote of its own (same id, speaker and cue)."""
    out = []
    for q in quotes:
        if len(q.pieces) < 2:
            out.append(q)
            continue
        out += [dataclasses.replace(q, text=text[a:b], start=a, end=b, pieces=[[a, b]]) for a, b in q.pieces]
    return out


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    """One article: scored whole under every split."""
    scores: list[Score] = []
    for case in cases(corpus)[:limit]:
        rec = record(case)
        gold_actors = case.gold["actors"]
        for label, kinds in (("direct+partial", {"direct", "partial"}), ("indirect", {"indirect"})):
            gold = [g for g in case.gold["quotes"] if g["kind"] in kinds]
            pred = [q for q in by_piece(rec.quotes, rec.article.text) if q.kind in kinds]
            rows = match(pred, gold, rec, gold_actors)
            found = sum(1 for _, q, _ in rows if q is not None)
            right = sum(1 for _, _, r in rows if r)
            missed = [g["text"] for g, q, _ in rows if q is None]
            wrong = [(g["text"], rec.actor(q.speaker).name if rec.actor(q.speaker) else None)
                     for g, q, r in rows if q is not None and not r]
            scores.append(prf_score(COMPONENT, f"{DATASET}:{case.name}:{label}", found, len(pred), len(gold),
                                    found=found, right_speaker=right, gold=len(gold), missed=missed,
                                    wrong_speaker=wrong))
            scores.append(Score(COMPONENT, f"{DATASET}:{case.name}:{label}", "speaker_right",
                                value=round(right / len(gold), 4) if gold else None, n=len(gold),
                                extra={"right": right, "gold": len(gold)}))
    return scores
