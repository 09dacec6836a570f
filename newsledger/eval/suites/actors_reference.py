"""Actor clustering on the reference article, by the gold's rule: a predicted actor denotes the gold actor
whose aliases it shares most (a tie denotes none). A named gold actor is right when exactly one predicted
actor denotes it; a predicted actor holding aliases of two gold actors is a merge error."""
from __future__ import annotations

from pathlib import Path

from newsledger.eval.metrics import Score, normalize
from newsledger.eval.reference import actor_names, cases, gold_actor_for, record

COMPONENT = "actors"
DATASET = "reference"


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    """One article: scored whole under every split."""
    out = []
    for case in cases(corpus):
        gold_actors = [a for a in case.gold["actors"] if a.get("kind") != "group"]
        rec = record(case)
        denotes: dict[str, list[str]] = {}
        merges = []
        for actor in rec.actors:
            names = actor_names(actor)
            hits = {g["id"] for g in gold_actors if names & {normalize(x) for x in [g["name"], *g["aliases"]]}}
            if len(hits) > 1:
                merges.append(actor.name)
            gid = gold_actor_for(names, gold_actors)
            if gid:
                denotes.setdefault(gid, []).append(actor.id)
        right = [g["id"] for g in gold_actors if len(denotes.get(g["id"], [])) == 1]
        wrong = sorted({g["id"] for g in gold_actors} - set(right))
        out.append(Score(COMPONENT, f"{DATASET}:{case.name}", "accuracy", value=round(len(right) / len(gold_actors), 4),
                         n=len(gold_actors), extra={"wrong": wrong, "merges": merges}))
    return out
