"""The reference article and its hand-made gold record (../shared/corpus/gold/*.json), and the gold's rule
for deciding whether a predicted actor is a given gold actor."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsledger.eval.metrics import normalize
from newsledger.model import Actor, Article, Record


@dataclass
class GoldCase:
    name: str
    gold: dict[str, Any]
    article: Article


def cases(corpus: Path) -> list[GoldCase]:
    out = []
    for path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        meta = gold["article"]
        text = (corpus / meta["file"]).read_text(encoding="utf-8")
        out.append(GoldCase(path.stem, gold, Article(text=text, id=meta["id"], published=meta.get("published"),
                                                     language=meta.get("language", "en"))))
    return out


@lru_cache(maxsize=8)
def _record(text: str, published: str | None, article_id: str) -> Record:
    from newsledger.pipeline import extract_record

    return extract_record(Article(text=text, id=article_id, published=published))


def record(case: GoldCase) -> Record:
    """The extractor's record for a gold case, computed once per process and shared by every suite."""
    return _record(case.article.text, case.article.published, case.article.id)


def actor_names(actor: Actor | None) -> set[str]:
    if actor is None:
        return set()
    return {normalize(n) for n in [actor.name, *actor.aliases]}


def gold_actor_for(names: set[str], gold_actors: list[dict[str, Any]]) -> str | None:
    """The gold actor id the predicted names denote: the gold actor sharing the most aliases with them.
    A tie between two gold actors means the prediction is ambiguous and denotes neither."""
    best, best_n, tie = None, 0, False
    for ga in gold_actors:
        aliases = {normalize(a) for a in [ga.get("name", ""), *ga.get("aliases", [])]}
        n = len(aliases & names)
        if n > best_n:
            best, best_n, tie = ga["id"], n, False
        elif n and n == best_n:
            tie = True
    return None if tie else best

