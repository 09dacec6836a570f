"""Events on whole news articles of every topic: the hand-annotated all-news set
(newsledger/eval/annotations/events_allnews: article ids, character offsets and labels over LGL local news and
GeoWebNews texts in ../shared/corpus/dev/geoparsing and GUM Wikinews in dev/gum; no text is kept in the repository).

Most of these articles (crime, courts, business, sport, local notices) hold few or no political events, so the set
measures whether the coder stays silent on everyday verbs. Scored exactly as the Guardian set
(events_guardian.scores: strict and lenient any-type P/R, fully right, matched source/target/status/date,
confidence curve), plus the events predicted on articles that have no gold event at all, and on those with no
required one. An article's half is fixed by its id (`lgl-<docid>`, `gwn-<file number>`, `gum-<name>`),
newsledger.eval.split.
"""
from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from newsledger.eval import gum
from newsledger.eval.metrics import Score
from newsledger.eval.split import select
from newsledger.eval.suites import events_guardian as G
from newsledger.model import Article, Record

COMPONENT = G.COMPONENT
DATASET = "allnews"
FOLDER = Path(__file__).resolve().parents[1] / "annotations" / "events_allnews"
GOLD = FOLDER / "gold.tsv"
ARTICLES = FOLDER / "articles.tsv"  # every annotated article, with or without events
GEOPARSING = Path("dev") / "geoparsing"
GUM = Path("dev") / "gum" / "dep"
# the selection rule (INSTRUCTIONS.md): per source, texts of this many characters, ranked by a hash of the id
LENGTH = {"lgl-": (400, 2500), "gwn-": (400, 3000), "gum-": (400, 5000)}
RANK_SALT = "events_allnews/1:"


def load_articles(path: Path = ARTICLES) -> dict[str, str | None]:
    """Article id -> publication date (None when the source gives none)."""
    out = {}
    for ln in path.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        aid, published = ln.split("\t")
        out[aid] = None if published == "-" else published
    return out


@lru_cache(maxsize=1)
def texts(corpus: Path) -> dict[str, str]:
    """Every LGL, GeoWebNews and GUM news text by set id; offsets in gold.tsv index these strings (GUM's rebuilt from
    its tokens by newsledger.eval.gum)."""
    out = {}
    for art in ET.parse(corpus / GEOPARSING / "lgl.xml").getroot().findall("article"):
        out[f"lgl-{art.get('docid')}"] = art.findtext("text") or ""
    for p in (corpus / GEOPARSING / "GeoWebNews").glob("*.txt"):
        out[f"gwn-{p.stem}"] = p.read_text(encoding="utf-8")
    for p in (corpus / GUM).glob("GUM_news_*.conllu"):
        out[f"gum-{p.stem.removeprefix('GUM_news_')}"] = gum.load(p).text
    return out


def rank_key(aid: str) -> str:
    return hashlib.sha256(f"{RANK_SALT}{aid}".encode()).hexdigest()


def ranked(corpus: Path, prefix: str) -> list[str]:
    """The eligible articles of one source (`lgl-`, `gwn-`, `gum-`) in the fixed order the set takes them from."""
    lo, hi = LENGTH[prefix]
    ok = [a for a, t in texts(corpus).items() if a.startswith(prefix) and lo <= len(t) <= hi]
    return sorted(ok, key=rank_key)


def records(corpus: Path, ids: list[str]) -> dict[str, Record]:
    published = load_articles()
    all_texts = texts(corpus)
    arts = {a: Article(text=all_texts[a], id=f"allnews-{a}", published=published[a]) for a in ids}
    return G.extract(arts, ids)


def both_sets(corpus: Path, split: str) -> list[tuple[str, dict[str, Record], dict[str, list[G.GoldEvent]]]]:
    """(name, records, gold) of the Guardian and the all-news event sets on one split, every listed all-news
    article with its gold (none for those with no event): what the census scripts read."""
    gold = G.load_gold()
    sets = [("guardian", G.records(corpus, select(sorted(gold, key=int), lambda i: i, split)), gold)]
    listed = load_articles()
    all_gold: dict[str, list[G.GoldEvent]] = {a: [] for a in listed}
    all_gold.update(G.load_gold(GOLD))
    sets.append(("allnews", records(corpus, select(list(listed), lambda a: a, split)), all_gold))
    return sets


def silence(recs: dict[str, Record], gold: dict[str, list[G.GoldEvent]], threshold: float) -> dict[str, int]:
    """Events predicted (at or above the threshold) on articles with no gold event, and with no required one."""
    out = {"articles_no_event": 0, "predicted_on_no_event": 0, "articles_no_required": 0,
           "predicted_on_no_required": 0}
    for aid, rec in recs.items():
        n = sum(G._confidence(e) >= threshold for e in rec.events)  # as the Guardian scorer reads it
        if not gold[aid]:
            out["articles_no_event"] += 1
            out["predicted_on_no_event"] += n
        if not any(not g.optional for g in gold[aid]):
            out["articles_no_required"] += 1
            out["predicted_on_no_required"] += n
    return out


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    listed = load_articles()
    gold = {a: [] for a in listed}
    for aid, events in G.load_gold(GOLD).items():
        if aid not in listed:
            raise ValueError(f"{GOLD.name}: article {aid} is not in {ARTICLES.name}")
        gold[aid] = events
    ids = select(list(listed), lambda a: a, split, limit)
    recs = records(corpus, ids)
    out = G.scores(recs, gold, DATASET)
    quiet = silence(recs, gold, G.default_threshold())
    # counts (as floats for the table): every event here is a false positive, or an optional event found
    out.append(Score(COMPONENT, DATASET, "predicted_on_no_event_articles",
                     value=float(quiet["predicted_on_no_event"]), n=quiet["articles_no_event"], extra=quiet))
    out.append(Score(COMPONENT, DATASET, "predicted_on_no_required_event_articles",
                     value=float(quiet["predicted_on_no_required"]), n=quiet["articles_no_required"]))
    return out
