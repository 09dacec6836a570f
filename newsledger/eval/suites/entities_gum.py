"""GUM news, names only: named mentions (person, organization, place with a Wikipedia identity and
proper-noun tokens) against the pipeline's PERSON/ORG/GPE/LOC/FAC entities.

A predicted entity matches a gold mention of the same coarse type when it lies inside it (GUM's mentions are
whole noun phrases, "U.S. President Donald Trump 's"); each gold mention is matched at most once.
Clustering: B-cubed precision/recall of the predicted actors over matched mentions, against GUM identities.
"""
from __future__ import annotations

from pathlib import Path

from newsledger.eval import gum
from newsledger.eval.metrics import Score, prf_score
from newsledger.eval.split import select
from newsledger.model import Article
from newsledger.pipeline import extract_records

COMPONENT = "entities"
DATASET = "gum"


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    gdocs = select(gum.docs(corpus), lambda d: d.name, split, limit)
    tp = n_pred = n_gold = 0
    typed_tp = 0
    pairs: list[tuple[str, str]] = []  # (gold identity, predicted cluster) per matched mention
    articles = [Article(text=d.text, id=d.name, published=d.published) for d in gdocs]
    for gdoc, rec in zip(gdocs, extract_records(articles)):
        preds = [e for e in rec.entities if e.type in gum.MODEL_TO_COARSE]
        n_pred += len(preds)
        n_gold += len(gdoc.mentions)
        used: set[int] = set()
        for e in preds:
            for i, m in enumerate(gdoc.mentions):
                if i not in used and m.start <= e.start and e.end <= m.end:
                    used.add(i)
                    tp += 1
                    typed_tp += gum.MODEL_TO_COARSE[e.type] == m.type
                    if m.type in {"PER", "ORG"}:
                        pairs.append((f"{gdoc.name}/{m.identity}", f"{gdoc.name}/{e.actor or f'e{e.start}'}"))
                    break
    scores = [prf_score(COMPONENT, DATASET, tp, n_pred, n_gold, typed_f1=_typed_f1(typed_tp, n_pred, n_gold),
                        docs=len(gdocs))]
    p, r = _bcubed(pairs)
    f = 2 * p * r / (p + r) if p + r else 0.0
    scores.append(Score("actors", DATASET, "b3", round(p, 4), round(r, 4), round(f, 4), n=len(pairs),
                        extra={"note": "person and organization mentions matched above"}))
    return scores


def _typed_f1(tp: int, n_pred: int, n_gold: int) -> float:
    p, r = (tp / n_pred if n_pred else 0), (tp / n_gold if n_gold else 0)
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _bcubed(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    if not pairs:
        return 0.0, 0.0
    p_sum = r_sum = 0.0
    for g, c in pairs:
        same_c = [x for x in pairs if x[1] == c]
        same_g = [x for x in pairs if x[0] == g]
        p_sum += sum(1 for x in same_c if x[0] == g) / len(same_c)
        r_sum += sum(1 for x in same_g if x[1] == c) / len(same_g)
    return p_sum / len(pairs), r_sum / len(pairs)
