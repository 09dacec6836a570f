"""Actors in the Guardian SDF sample, against hand-checked mentions (newsledger/eval/annotations/actors_guardian.*).

For each labelled actor mention, the predicted actor covering it is scored: correctly named, right kind, plausible
code or rightly none, and fully right (all three). Mentions labelled "not an actor" score the share the system
rightly leaves without an actor. Articles are split into halves by their csv index.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from newsledger import nlp
from newsledger.eval.metrics import Score, normalize
from newsledger.eval.split import select
from newsledger.model import Actor, Article, Record
from newsledger.pipeline import build_record
from newsledger.resolve.actors import ActorIndex

COMPONENT = "actors"
DATASET = "guardian"
ANNOTATIONS = Path(__file__).resolve().parent.parent / "annotations" / "actors_guardian.tsv"
SOURCE = Path("dev") / "unlabelled" / "Guardian_SDF_sample.csv"
NO_CODE = "-"


@dataclass(frozen=True)
class Label:
    article: str
    start: int
    end: int
    names: tuple[str, ...]
    kind: str  # person, organization, country, group, or "none" (not an actor)
    codes: tuple[str, ...]


def labels(path: Path = ANNOTATIONS) -> dict[str, list[Label]]:
    """Labels grouped by article id, in file order (this set's, or another set's file of the same columns:
    actors_news)."""
    out: dict[str, list[Label]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        for row in rows:
            out[row["article"]].append(Label(row["article"], int(row["start"]), int(row["end"]),
                                             tuple(row["name"].split("|")), row["kind"],
                                             tuple(row["codes"].split("|"))))
    return out


def articles(corpus: Path, ids: set[str]) -> list[Article]:
    csv.field_size_limit(10_000_000)
    with (corpus / SOURCE).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [Article(text=r["text"], id=r[""], published=r["date"], outlet=r.get("source") or None)
            for r in rows if r[""] in ids]


def predicted_actor(record: Record, index: ActorIndex | None, start: int, end: int) -> Actor | None:
    """The actor of the shortest predicted mention overlapping [start, end)."""
    if index is not None:
        return index.actor_at(start, end)
    hits = [e for e in record.entities if e.actor and e.start < end and start < e.end]
    best = min(hits, key=lambda e: e.end - e.start, default=None)
    return record.actor(best.actor) if best else None


def judge(label: Label, actor: Actor | None) -> dict[str, bool]:
    if actor is None:
        return {"found": False, "named": False, "kind": False, "code": False, "full": False}
    named = normalize(actor.name) in {normalize(n) for n in label.names}
    kind = actor.kind == label.kind
    code = (actor.code in label.codes) if actor.code else NO_CODE in label.codes
    return {"found": True, "named": named, "kind": kind, "code": code, "full": named and kind and code}


def scores(chosen: list[Article], by_article: dict[str, list[Label]], dataset: str = DATASET) -> list[Score]:
    """The measures over the chosen articles' labels (by_article keyed by Article.id): found, named, kind, code and
    fully right over the actor mentions, and the share of not-an-actor mentions left without an actor."""
    counts: dict[str, int] = defaultdict(int)
    n_actor = n_none = none_right = 0
    for article, (doc, title) in zip(chosen, nlp.parse_many_titled([(a.text, a.title) for a in chosen])):
        record = build_record(article, doc, title)
        for label in by_article[record.article.id]:
            actor = predicted_actor(record, doc._.actor_index, label.start, label.end)
            if label.kind == "none":
                n_none += 1
                none_right += actor is None
                continue
            n_actor += 1
            for key, ok in judge(label, actor).items():
                counts[key] += ok
    out = [Score(COMPONENT, dataset, metric, value=round(counts[metric] / n_actor, 4) if n_actor else 0.0,
                 n=n_actor, extra={"articles": len(chosen)})
           for metric in ("found", "named", "kind", "code", "full")]
    out.append(Score(COMPONENT, dataset, "not_actor", value=round(none_right / n_none, 4) if n_none else 0.0,
                     n=n_none, extra={"note": "share of 'not an actor' labels left without an actor"}))
    return out


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    by_article = labels()
    ids = select(sorted(by_article, key=int), lambda a: a, split, limit)
    return scores(articles(corpus, set(ids)), by_article)
