"""Actors in news of every topic, against hand-checked mentions (newsledger/eval/annotations/actors_news.*).

LGL local news and GeoWebNews world news (the texts of events_allnews.texts, offsets index those strings), labelled
by actors_guardian.md's rules and scored exactly as the Guardian set (actors_guardian.labels and .scores: found,
named, kind, code, fully right; not-an-actor). Only the articles and their ids differ: `lgl-<docid>` and
`gwn-<file number>`, halves by events_sample.split_id as the event suites draw them. Small (8 articles in its
first draw): runs by default, as actors_guardian does.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from newsledger.eval.metrics import Score
from newsledger.eval.split import select
from newsledger.eval.suites import actors_guardian as G
from newsledger.eval.suites import events_allnews as A
from newsledger.eval.suites.events_sample import split_id, url_date
from newsledger.model import Article

COMPONENT = G.COMPONENT
DATASET = "news"
ANNOTATIONS = Path(__file__).resolve().parent.parent / "annotations" / "actors_news.tsv"


@lru_cache(maxsize=1)
def _lgl_dates(corpus: Path) -> dict[str, str | None]:
    return {f"lgl-{a.get('docid')}": (a.findtext("dltime") or "")[:10] or None
            for a in ET.parse(corpus / A.GEOPARSING / "lgl.xml").getroot().findall("article")}


def published(corpus: Path, aid: str, text: str) -> str | None:
    """An article's date, as events_sample dates its pool: LGL its dltime, GeoWebNews the date in its LINK URL
    (None without one)."""
    return url_date(text) if aid.startswith("gwn-") else _lgl_dates(corpus).get(aid)


def articles(corpus: Path, ids: list[str]) -> list[Article]:
    texts = A.texts(corpus)
    return [Article(text=texts[a], id=a, published=published(corpus, a, texts[a])) for a in ids]


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    by_article = G.labels(ANNOTATIONS)
    ids = select(sorted(by_article), split_id, split, limit)
    return G.scores(articles(corpus, ids), by_article, DATASET)
