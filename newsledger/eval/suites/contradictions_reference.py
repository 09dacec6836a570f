"""Contradictions on the reference article. A gold contradiction is found when one predicted contradiction has
evidence on both sides matching the gold evidence texts (an evidence id's texts: the quote, the quote with its
speaker and cue, or its sentence, compared by the corpus README's rule). Its sides are right when each side's
actors include a gold actor of that side and none of the other side."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, prf_score, text_match
from newsledger.eval.reference import actor_names, cases, gold_actor_for, record
from newsledger.extract.claims import View, evidence_texts

COMPONENT = "contradictions"
DATASET = "reference"


def candidate_texts(rec: dict[str, Any], text: str, ev_id: str) -> list[str]:
    out = evidence_texts(rec, [ev_id], text) + evidence_texts(rec, [ev_id], text, with_speaker=False)
    for q in rec.get("quotes", []):
        if q["id"] == ev_id:
            s = View(rec).sentence_of(q["start"], q["end"])
            if s:
                out.append(s["text"])
    return out


def evidence_found(rec: dict[str, Any], text: str, ids: list[str], gold: str | list[str]) -> bool:
    golds = [gold] if isinstance(gold, str) else gold
    return all(any(text_match(t, g) for i in ids for t in candidate_texts(rec, text, i)) for g in golds)


def side_right(rec_obj, ids: list[str], gold_side: list[str], other_side: list[str], gold_actors) -> bool:
    mapped = {gold_actor_for(actor_names(rec_obj.actor(i)), gold_actors) for i in ids} - {None}
    return bool(mapped & set(gold_side)) and not (mapped & set(other_side))


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    """One article: scored whole under every split."""
    scores: list[Score] = []
    for case in cases(corpus)[:limit]:
        gold = case.gold.get("contradictions") or []
        if not gold:
            continue
        rec_obj = record(case)
        rec = rec_obj.to_dict()
        text = case.article.text
        found = both_sides = 0
        matched: set[int] = set()
        details = []
        for g in gold:
            hit = None
            for i, c in enumerate(rec_obj.contradictions):
                if evidence_found(rec, text, c.evidence_for, g["evidence_for"]) and \
                        evidence_found(rec, text, c.evidence_against, g["evidence_against"]):
                    hit = i
                    break
            if hit is None:
                details.append({"gold": g["claim"], "found": False})
                continue
            matched.add(hit)
            found += 1
            c = rec_obj.contradictions[hit]
            ok = side_right(rec_obj, c.asserted_by, g["asserted_by"], g["disputed_by"], case.gold["actors"]) and \
                side_right(rec_obj, c.disputed_by, g["disputed_by"], g["asserted_by"], case.gold["actors"])
            both_sides += ok
            details.append({"gold": g["claim"], "found": True, "sides_right": ok, "claim": c.claim,
                            "asserted_by": [rec_obj.actor(a).name if rec_obj.actor(a) else a for a in c.asserted_by],
                            "disputed_by": [rec_obj.actor(a).name if rec_obj.actor(a) else a for a in c.disputed_by]})
        ds = f"{DATASET}:{case.name}"
        scores.append(prf_score(COMPONENT, ds, found, len(rec_obj.contradictions), len(gold), details=details,
                                unmatched=[c.claim for i, c in enumerate(rec_obj.contradictions) if i not in matched]))
        scores.append(Score(COMPONENT, ds, "found_with_both_sides_and_evidence", value=round(both_sides / len(gold), 4),
                            n=len(gold)))
    return scores
