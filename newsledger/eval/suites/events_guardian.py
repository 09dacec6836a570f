"""Events on whole real news articles: the hand-annotated Guardian set (newsledger/eval/annotations/events_guardian,
article ids, character offsets and labels over ../shared/corpus/dev/unlabelled/Guardian_SDF_sample.csv; no text is
kept in the repository). Scored as /work/shared/docs/event-annotation.md's Scoring section says:

- a predicted event matches a gold event when its sentence contains the gold mention (or shares at least 60 % of
  the shorter side's words) and its type is one the gold accepts; one-to-one, best pairs first;
- precision is over every predicted event (a match to an optional gold event counts as right), recall over the
  non-optional gold events;
- "fully right" needs source, target and status right as well; reported as a share of the non-optional gold
  events (the acceptance figure) and of the predicted events;
- of the matched: source, target, status and date accuracy (the date strict: the record's `date` equals a gold
  alternative; a lenient prefix figure beside it);
- lenient beside strict: precision and recall when the type is not required (a real event of any type).

Events below the default confidence threshold (newsledger/data/events/confidence.json) are left out of the
headline, as the store hides them; a precision/recall curve over confidence is reported in `extra`.
An article's half is fixed by its id (the csv's index column), newsledger.eval.split.
"""
from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsledger.eval.metrics import Score, normalize, tokens
from newsledger.eval.split import select
from newsledger.model import Article, Event, Record

COMPONENT = "events"
DATASET = "guardian"
GOLD = Path(__file__).resolve().parents[1] / "annotations" / "events_guardian" / "gold.tsv"
ARTICLES = Path("dev") / "unlabelled" / "Guardian_SDF_sample.csv"
CURVE = [round(0.1 * k, 1) for k in range(10)]

# One spelling per actor for the scorer: names the gold and the resolver may spell differently.
SAME_ACTOR = {"us": "united states", "u.s.": "united states", "usa": "united states", "america": "united states",
              "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
              "isis": "islamic state", "isil": "islamic state", "daesh": "islamic state", "is": "islamic state",
              "un": "united nations", "u.n.": "united nations"}


@dataclass
class GoldEvent:
    article: str
    start: int
    end: int
    types: set[str]
    sources: list[str]  # alternatives; "-" = no source
    targets: list[str]
    statuses: set[str]
    dates: list[str]
    optional: bool


def load_gold(path: Path = GOLD) -> dict[str, list[GoldEvent]]:
    out: dict[str, list[GoldEvent]] = {}
    for ln in path.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        f = ln.split("\t")
        if len(f) != 9:
            raise ValueError(f"{path.name}: expected 9 columns, got {len(f)}: {ln[:60]}")
        out.setdefault(f[0], []).append(GoldEvent(
            f[0], int(f[1]), int(f[2]), set(f[3].split("|")), f[4].split("|"), f[5].split("|"),
            set(f[6].split("|")), f[7].split("|"), f[8].strip() == "1"))
    return out


@lru_cache(maxsize=1)
def _articles(corpus: Path) -> dict[str, Article]:
    csv.field_size_limit(sys.maxsize)
    with (corpus / ARTICLES).open(encoding="utf-8", newline="") as fh:
        return {r[""]: Article(text=r["text"], id=f"guardian-{r['']}", published=r["date"] or None)
                for r in csv.DictReader(fh)}


def records(corpus: Path, ids: list[str]) -> dict[str, Record]:
    return extract(_articles(corpus), ids)


def extract(arts: dict[str, Article], ids: list[str]) -> dict[str, Record]:
    """The records of the articles `ids` (keys of `arts`), in one pipeline run; a failed article is an error."""
    from newsledger.ingest.base import InputError
    from newsledger.pipeline import extract_records

    out = {}
    for aid, rec in zip(ids, extract_records([arts[i] for i in ids])):
        if isinstance(rec, InputError):
            raise RuntimeError(f"article {aid}: {rec}")
        out[aid] = rec
    return out


# -- judging --------------------------------------------------------------------------------------------

def _canon(name: str) -> str:
    n = normalize(name).strip(" .,'\"")
    n = n[4:] if n.startswith("the ") else n
    return SAME_ACTOR.get(n, n)


def _names(rec: Record, actor_id: str | None) -> set[str]:
    a = rec.actor(actor_id) if actor_id else None
    return {_canon(n) for n in [a.name, *a.aliases]} if a is not None else set()


def actor_right(rec: Record, actor_id: str | None, gold: list[str]) -> bool:
    """Strict: the predicted actor has a name or alias equal to one of the gold's alternatives ("-" = none), or is
    named by the surname of a gold alternative's full name."""
    if actor_id is None:
        return "-" in gold
    names = _names(rec, actor_id)
    # a person named by surname alone ("Erdoğan") is the gold's full name ("Recep Tayyip Erdoğan")
    return any(_canon(g) in names or (" " in _canon(g) and _canon(g).split()[-1] in names)
               for g in gold if g != "-")


def date_right(e: Event, g: GoldEvent) -> bool:
    """Strict (the headline): the record's `date` is one of the gold's alternatives, at the gold's precision. A
    finer date is wrong: the publication day is no answer for an event the text dates "in 2016"."""
    return bool(e.date) and e.date in g.dates


def date_right_lenient(e: Event, g: GoldEvent) -> bool:
    """Lenient (beside the strict figure): the record's `date` begins with a gold alternative (as precise or
    finer), so any day of the gold's month or year counts."""
    return bool(e.date) and any(e.date.startswith(d) for d in g.dates)


def _in_sentence(e: Event, g: GoldEvent, text: str) -> bool:
    if e.start <= g.start and g.end <= e.end:
        return True
    a, b = tokens(text[e.start:e.end]), tokens(text[g.start:g.end])
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    pool, common = list(long_), 0
    for t in short:
        if t in pool:
            pool.remove(t)
            common += 1
    return common / len(short) >= 0.6


def match(rec: Record, gold: list[GoldEvent], events: list[Event], typed: bool = True) -> list[tuple[int, int]]:
    """(gold index, event index) pairs, one-to-one, fullest agreement first."""
    text = rec.article.text
    cands = []
    for gi, g in enumerate(gold):
        for ei, e in enumerate(events):
            if not _in_sentence(e, g, text) or (typed and e.type not in g.types):
                continue
            quality = (e.type in g.types) * 4 + actor_right(rec, e.source, g.sources) * 2 \
                + actor_right(rec, e.target, g.targets) * 2 + (e.status in g.statuses) + (not g.optional) * 0.5
            cands.append((-quality, gi, ei))
    used_g, used_e, out = set(), set(), []
    for _, gi, ei in sorted(cands):
        if gi not in used_g and ei not in used_e:
            used_g.add(gi)
            used_e.add(ei)
            out.append((gi, ei))
    return out


def tally(recs: dict[str, Record], gold: dict[str, list[GoldEvent]], threshold: float) -> dict[str, int]:
    t = dict.fromkeys(["pred", "gold", "tp", "tp_required", "full", "full_required", "src", "tgt", "status",
                       "date", "date_lenient", "undated", "tp_lenient", "tp_lenient_required"], 0)
    for aid, rec in recs.items():
        gs = gold[aid]
        events = [e for e in rec.events if _confidence(e) >= threshold]
        t["pred"] += len(events)
        t["gold"] += sum(not g.optional for g in gs)
        for gi, ei in match(rec, gs, events):
            g, e = gs[gi], events[ei]
            src, tgt = actor_right(rec, e.source, g.sources), actor_right(rec, e.target, g.targets)
            st = e.status in g.statuses
            t["tp"] += 1
            t["tp_required"] += not g.optional
            t["full"] += src and tgt and st
            t["full_required"] += src and tgt and st and not g.optional
            t["src"] += src
            t["tgt"] += tgt
            t["status"] += st
            t["date"] += date_right(e, g)
            t["date_lenient"] += date_right_lenient(e, g)
            t["undated"] += not e.date
        for gi, _ in match(rec, gs, events, typed=False):
            t["tp_lenient"] += 1
            t["tp_lenient_required"] += not gs[gi].optional
    return t


def _confidence(e: Event) -> float:
    c = getattr(e, "confidence", None)
    return 1.0 if c is None else c


def default_threshold() -> float:
    from newsledger.extract.eventcoding import dictionary as D

    return D.confidence_settings().get("default_threshold", 0.0)


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    gold = load_gold()
    ids = select(sorted(gold, key=int), lambda i: i, split, limit)
    return scores(records(corpus, ids), gold, DATASET)


def scores(recs: dict[str, Record], gold: dict[str, list[GoldEvent]], dataset: str) -> list[Score]:
    """The headline and lenient P/R, fully right, matched field accuracy and confidence curve of `recs` against
    `gold` (every article of `recs` must have a gold entry, possibly empty), named `dataset`."""
    thr = default_threshold()
    t = tally(recs, gold, thr)
    p = t["tp"] / t["pred"] if t["pred"] else 0.0  # a found optional event is right, not a false positive
    r = t["tp_required"] / t["gold"] if t["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    lp = t["tp_lenient"] / t["pred"] if t["pred"] else 0.0
    lr = t["tp_lenient_required"] / t["gold"] if t["gold"] else 0.0
    n = t["tp"] or 1
    curve = []
    for c in CURVE:
        tc = tally(recs, gold, c)
        curve.append({"at_least": c, "predicted": tc["pred"],
                      "precision": round(tc["tp"] / tc["pred"], 3) if tc["pred"] else None,
                      "recall": round(tc["tp_required"] / tc["gold"], 3) if tc["gold"] else None,
                      "fully_right_of_gold": round(tc["full_required"] / tc["gold"], 3) if tc["gold"] else None})
    base = {"articles": len(recs), "threshold": thr, "predicted": t["pred"], "matched": t["tp"],
            "gold_required": t["gold"]}
    return [
        Score(COMPONENT, dataset, "prf", round(p, 4), round(r, 4), round(f, 4), n=t["gold"],
              extra={**base, "lenient_any_type": {"precision": round(lp, 4), "recall": round(lr, 4)}}),
        Score(COMPONENT, f"{dataset}:lenient_any_type", "prf", round(lp, 4), round(lr, 4),
              round(2 * lp * lr / (lp + lr), 4) if lp + lr else 0.0, n=t["gold"]),
        Score(COMPONENT, dataset, "fully_right_of_gold", value=round(t["full_required"] / t["gold"], 4)
              if t["gold"] else None, n=t["gold"]),
        Score(COMPONENT, dataset, "fully_right_of_predicted", value=round(t["full"] / t["pred"], 4)
              if t["pred"] else None, n=t["pred"]),
        Score(COMPONENT, dataset, "matched_source_right", value=round(t["src"] / n, 4), n=t["tp"]),
        Score(COMPONENT, dataset, "matched_target_right", value=round(t["tgt"] / n, 4), n=t["tp"]),
        Score(COMPONENT, dataset, "matched_status_right", value=round(t["status"] / n, 4), n=t["tp"]),
        Score(COMPONENT, dataset, "matched_date_right", value=round(t["date"] / n, 4), n=t["tp"],
              extra={"lenient_prefix": round(t["date_lenient"] / n, 4), "undated": t["undated"]}),
        Score(COMPONENT, f"{dataset}:lenient_prefix", "matched_date_right", value=round(t["date_lenient"] / n, 4),
              n=t["tp"]),
        Score(COMPONENT, dataset, "confidence_curve", value=thr, n=t["pred"], extra={"curve": curve}),
    ]
