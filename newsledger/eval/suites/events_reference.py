"""Events on the reference article: each gold event is found by evidence text (the corpus README's rule,
against the predicted event's sentence) and is right when its type is the gold type or one of `types_ok`, and
its source and target are the gold actors (the gold's actor rule; a gold target that is no gold actor, such
as "Afghans", is matched against the predicted actor's names). Also checked: no event in a sentence holding
a past-decade time (historical) or a future reference (planned/threatened) is reported as a current fact."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, normalize, text_match
from newsledger.eval.reference import actor_names, cases, gold_actor_for, record
from newsledger.model import Event, Record

COMPONENT = "events"
DATASET = "reference"


def actor_right(rec: Record, actor_id: str | None, gold: str | None, gold_actors: list[dict[str, Any]]) -> bool:
    if gold is None:
        return actor_id is None
    actor = rec.actor(actor_id)
    if actor is None:
        return False
    names = actor_names(actor)
    if any(ga["id"] == gold for ga in gold_actors):
        return gold_actor_for(names, gold_actors) == gold
    g = normalize(gold)
    return any(g in n for n in names)


def judge(rec: Record, e: Event, g: dict[str, Any], gold_actors: list[dict[str, Any]]) -> dict[str, bool]:
    types = set(g.get("types_ok") or []) | {g["type"]}
    return {"type": e.type in types, "source": actor_right(rec, e.source, g.get("source"), gold_actors),
            "target": actor_right(rec, e.target, g.get("target"), gold_actors)}


def match(rec: Record, gold: list[dict[str, Any]], gold_actors: list[dict[str, Any]]):
    """(gold event, best predicted event or None, judgement) per gold event."""
    out = []
    for g in gold:
        cands = [e for e in rec.events if text_match(e.sentence, g["evidence"])]
        best, best_j, best_n = None, None, -1
        for e in cands:
            j = judge(rec, e, g, gold_actors)
            n = sum(j.values()) * 2 + (g["evidence"].split()[0] in e.sentence)
            if n > best_n:
                best, best_j, best_n = e, j, n
        out.append((g, best, best_j))
    return out


def status_traps(rec: Record, gold_times: list[dict[str, Any]], published: str | None) -> list[str]:
    """Events reported as current facts in sentences holding a past-decade or future-reference time."""
    bad = []
    year = int(published[:4]) if published else None
    for t in gold_times:
        v = t.get("value") or ""
        past = year and len(v) == 4 and v.endswith("X") and v[:3].isdigit() and int(v[:3] + "9") < year
        if not (past or v == "FUTURE_REF"):
            continue
        for e in rec.events:
            if t["text"] in e.sentence and e.status in {"reported", "claimed"}:
                # the time must belong to the event's clause: the trigger and the time in one sentence part
                if _same_clause(e, t["text"]):
                    bad.append(f"{e.trigger} ({e.status}): {t['text']}")
    return bad


def _same_clause(e: Event, time_text: str) -> bool:
    s = e.sentence
    i, j = s.find(time_text), s.find(e.trigger or "\0")
    if i < 0 or j < 0:
        return False
    lo, hi = min(i, j), max(i, j)
    return not any(sep in s[lo:hi] for sep in (". ", "; ", " said ", " told "))


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    """One article: scored whole under every split."""
    scores: list[Score] = []
    for case in cases(corpus)[:limit]:
        rec = record(case)
        gold = case.gold.get("events", [])
        rows = match(rec, gold, case.gold["actors"])
        found = sum(1 for _, e, _ in rows if e is not None)
        right = sum(1 for _, e, j in rows if e is not None and all(j.values()))
        wrong = [(g["id"], e.type, e.trigger, {k: v for k, v in j.items() if not v})
                 for g, e, j in rows if e is not None and not all(j.values())]
        missed = [g["id"] for g, e, _ in rows if e is None]
        traps = status_traps(rec, case.gold.get("times", []), case.article.published)
        scores.append(Score(COMPONENT, f"{DATASET}:{case.name}", "type_source_target_right",
                            value=round(right / len(gold), 4) if gold else None, n=len(gold),
                            extra={"right": right, "found": found, "gold": len(gold), "predicted": len(rec.events),
                                   "wrong": wrong, "missed": missed}))
        scores.append(Score(COMPONENT, f"{DATASET}:{case.name}", "historical_or_planned_as_fact",
                            value=len(traps), n=len(rec.events), extra={"events": traps}))
    return scores
