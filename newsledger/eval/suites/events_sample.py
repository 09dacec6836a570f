"""Events drawn at random from real articles, judged by hand where they were drawn: the precision a reader meets
in the events table (issues 14/16, tenth round), beside the gold sets' (events_guardian, events_allnews), which
score whole annotated articles.

The hand set (`newsledger/eval/annotations/events_sample/judged.tsv`, INSTRUCTIONS.md beside it) holds events drawn
uniformly at random (seeded, `scripts/events_sample_draw.py`) from every event main's extraction gave, at the
default confidence threshold, on the pool: the Guardian sample's articles not in events_guardian/gold.tsv and the
LGL texts from the 301st on of `events_allnews.ranked`, and two extensions (rounds 47 and 48: LGL and GeoWebNews texts
in no events or brief gold, INSTRUCTIONS.md), all frozen in pool.tsv. A row keeps the article id, the trigger's
character offsets, the system's type and the labels judged by /work/shared/docs/event-annotation.md: `act` (right: a
real event of that PLOVER type; wrong-type: a real event of another type, `act_type` says which; no-act), `source` and
`target` (right, wrong, missing: needed but not given, none: rightly none), `status` (right, wrong). No text.

Pooling, as TREC does: a predicted event is *judged* when a row has the same article, the same type and trigger
offsets overlapping its own; precision strict = right / judged events still predicted, lenient = real acts of any
type / judged; actors fully right = right type with source, target and status right. A row also keeps the names of the
source and target actors and the status its labels judged (`source_actor`, `target_actor`, `event_status`; round 47):
a judged event whose source or target actor now has another name (or none) is counted in `actor_moved`, one whose
status changed in `status_moved`, and either is left out of the figures those labels enter (fully right and the
source, target and status counts), not out of strict and lenient precision (its `act` label still holds). The share
judged (judged / predicted) says how much of the output the figures cover; new events are judged in later rounds.
Halves by `newsledger.eval.split` on the article id (the Guardian csv index as a string, `lgl-<docid>`,
`gwn-<file number>`).

Extracting the pool takes minutes, so this is a data set of its own:
`newsledger eval --component events --dataset sample`.
"""
from __future__ import annotations

import csv
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, agreement_kappa, pooled
from newsledger.eval.split import select

COMPONENT = "events"
DATASET = "sample"
OPT_IN = True  # extracts the pool's 471 articles: run only when named (`--dataset sample`)
FOLDER = Path(__file__).resolve().parents[1] / "annotations" / "events_sample"
JUDGED = FOLDER / "judged.tsv"
POOL = FOLDER / "pool.tsv"  # the pool's article ids as drawn: later gold does not shrink it
LGL_FROM = 300  # LGL texts from the 301st of events_allnews.ranked on
COLUMNS = ["article", "start", "end", "type", "act", "act_type", "source", "target", "status", "kind",
           "first", "second", "source_actor", "target_actor", "event_status"]
# `first`, `second`: each judge's own `act` label before adjudication (the other columns hold the final labels), so the
# inter-judge agreement can be recomputed (`agreement`); empty for rows judged once.
# `source_actor`, `target_actor`, `event_status` (round 47): the judged event's source and target actor names ("-":
# none given) and status, the ones the `source`, `target` and `status` labels judged; all three empty when unknown (a
# row no event of the records they were filled from matched): such a row is never counted moved.
NO_ACTOR = "-"


def split_id(article: str) -> str:
    """The id an article's half is drawn on: the Guardian csv index ("719"), `lgl-<docid>` or `gwn-<file number>`."""
    return article.removeprefix("guardian-")


# A GeoWebNews text's publication date: the date in its "LINK:" URL when it has one, as events_allnews dates them
# (its INSTRUCTIONS.md, "Texts, publication dates, offsets"): `/2018/04/05/`, `/2018-04-05/` or `/20180405/`, a whole
# path segment; a year and month alone (`/2018/04/`), a month name (`/2018/mar/28/`) or digits inside a longer segment
# (`?nid=20180405-500896`) are not a date. It gives the same date as events_allnews/articles.tsv on its 77 GeoWebNews
# texts (tests/test_events_sample.py).
_LINK = re.compile(r"LINK:\s*(\S+)")
_URL_DATE = re.compile(r"/(\d{4})/(\d\d)/(\d\d)/|/(\d{4})-(\d\d)-(\d\d)/|/(\d{4})(\d\d)(\d\d)/")


def url_date(text: str) -> str | None:
    """The publication date (`YYYY-MM-DD`) in a GeoWebNews text's LINK URL, or None."""
    link = _LINK.search(text.split("\n", 1)[0])
    for m in _URL_DATE.finditer(link.group(1) if link else ""):
        y, mo, d = (int(x) for x in m.groups() if x)
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            continue  # digits that are no date ("/20796200/")
    return None


def pool_ids(path: Path = POOL) -> set[str] | None:
    if not path.exists():
        return None
    return {ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and ln[0] != "#"}


def pool(corpus: Path, frozen: bool = True) -> dict[str, tuple[str | None, str]]:
    """Every pool article: id -> (publication date, text); Guardian ids `guardian-<index>`. The ids listed in
    pool.tsv when it exists (`frozen`), else the rule: Guardian sample articles not in the events gold, LGL texts
    from the 301st of events_allnews.ranked. pool.tsv also lists the forty-seventh round's extension (LGL texts of
    2,501-5,000 characters not in the brief news gold), read as the other LGL ids, and the forty-eighth's (LGL and
    GeoWebNews texts of more than 1,000 characters in no pool, events_allnews or brief news gold), whose GeoWebNews
    ids `gwn-<file number>` take their text as events_allnews.texts does and the date in their URL (`url_date`)."""
    from newsledger.eval.suites import events_allnews as A
    from newsledger.eval.suites import events_guardian as G

    listed = pool_ids() if frozen else None
    gold = set() if listed is not None else set(G.load_gold())
    csv.field_size_limit(sys.maxsize)
    out: dict[str, tuple[str | None, str]] = {}
    with (corpus / G.ARTICLES).open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r[""] not in gold:
                out[f"guardian-{r['']}"] = (r["date"] or None, r["text"])
    dl = {f"lgl-{a.get('docid')}": (a.findtext("dltime") or "")[:10] or None
          for a in ET.parse(corpus / A.GEOPARSING / "lgl.xml").getroot().findall("article")}
    texts = A.texts(corpus)
    if listed is None:
        more = A.ranked(corpus, "lgl-")[LGL_FROM:]
    else:
        more = sorted(a for a in texts if a.startswith(("lgl-", "gwn-")) and a in listed)
    for aid in more:
        out[aid] = (url_date(texts[aid]) if aid.startswith("gwn-") else dl.get(aid), texts[aid])
    return out if listed is None else {a: v for a, v in out.items() if a in listed}


def records(corpus: Path, ids: list[str] | None = None) -> list[dict[str, Any]]:
    """The pool's records (as dicts), in one pipeline run."""
    from newsledger.ingest.base import InputError
    from newsledger.model import Article
    from newsledger.pipeline import extract_records

    arts = pool(corpus)
    ids = sorted(arts) if ids is None else ids
    out = []
    for aid, rec in zip(ids, extract_records([Article(text=arts[a][1], id=a, published=arts[a][0]) for a in ids])):
        if isinstance(rec, InputError):
            raise RuntimeError(f"article {aid}: {rec}")
        out.append(rec.to_dict())
    return out


def trigger_span(e: dict[str, Any]) -> tuple[int, int]:
    """The trigger's character offsets: its first whole-word occurrence in the event's sentence (the sentence's
    span when the trigger is not found)."""
    trig = e.get("trigger") or ""
    m = re.search(rf"(?<!\w){re.escape(trig)}(?!\w)", e["sentence"]) if trig else None
    return (e["start"] + m.start(), e["start"] + m.end()) if m else (e["start"], e["end"])


def events(recs: list[dict[str, Any]], threshold: float | None = None) -> list[tuple[str, dict[str, Any]]]:
    """Every event at or above the confidence threshold (the default one unless given), as (article, event)."""
    if threshold is None:
        from newsledger.eval.suites.events_guardian import default_threshold
        threshold = default_threshold()
    out = []
    for r in recs:
        for e in r.get("events", []):
            c = e.get("confidence")
            if (1.0 if c is None else c) >= threshold:
                out.append((r["article"]["id"], e))
    return out


@dataclass(frozen=True)
class Judged:
    article: str
    start: int
    end: int
    type: str
    act: str  # right, wrong-type, no-act
    act_type: str  # the right PLOVER type of a wrong-type act, else "-"
    source: str  # right, wrong, missing, none
    target: str
    status: str  # right, wrong
    kind: str  # a class label of the error ("-" when none)
    source_actor: str = ""  # the source actor's name the labels judged, "-" for none, "" unknown
    target_actor: str = ""
    event_status: str = ""  # the status the `status` label judged, "" unknown

    @property
    def recorded(self) -> bool:
        """The row keeps the event its actor and status labels judged."""
        return bool(self.event_status)

    @property
    def fully_right(self) -> bool:
        return self.act == "right" and self.source in {"right", "none"} and self.target in {"right", "none"} \
            and self.status == "right"


def load(path: Path = JUDGED) -> list[Judged]:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    out = []
    for r in rows:
        if not r["act"]:
            continue
        if r["act"] not in {"right", "wrong-type", "no-act"}:
            raise ValueError(f"{path.name}: unknown act label {r['act']!r}")
        out.append(Judged(r["article"], int(r["start"]), int(r["end"]), r["type"], r["act"], r["act_type"],
                          r["source"], r["target"], r["status"], r.get("kind") or "-", r.get("source_actor") or "",
                          r.get("target_actor") or "", r.get("event_status") or ""))
    return out


def agreement(path: Path = JUDGED) -> dict[str, Any]:
    """Raw agreement and Cohen's kappa of the two judges' `act` labels (`first`, `second`), over the rows read twice."""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    return agreement_kappa([(r["first"], r["second"]) for r in rows if r.get("first") and r.get("second")])


def matches(article: str, e: dict[str, Any], j: Judged) -> bool:
    """Same article, same type, trigger offsets overlapping."""
    s, t = trigger_span(e)
    return article == j.article and e["type"] == j.type and s < j.end and j.start < t


def judged_as(rec: dict[str, Any], e: dict[str, Any]) -> tuple[str, str, str]:
    """The event's source and target actor names (NO_ACTOR for none) and status, as the row's recorded columns keep
    them: what its `source`, `target` and `status` labels judge."""
    names = {a["id"]: a.get("name") or "" for a in rec.get("actors", [])}

    def name(x: str | None) -> str:
        return NO_ACTOR if x is None else names.get(x, "")
    return name(e.get("source")), name(e.get("target")), e.get("status") or ""


def score(recs: list[dict[str, Any]], split: str = "check", judged: list[Judged] | None = None,
          threshold: float | None = None) -> dict[str, Any]:
    """Judged precision (strict, lenient), actors fully right and the share judged, over one half's articles; a row
    whose event's actors or status moved since it was judged (`actor_moved`, `status_moved`) is left out of fully
    right and the source, target and status counts."""
    judged = select(judged if judged is not None else load(), lambda j: split_id(j.article), split)
    preds = select(events(recs, threshold), lambda p: split_id(p[0]), split)
    by_id = {r["article"]["id"]: r for r in recs}
    hits, n_judged_preds = pooled(preds, judged, matches)
    found = list(hits)
    n = len(found)
    now = {j: judged_as(by_id[j.article], hits[j]) for j in found if j.recorded}  # today's actors and status
    actor_moved = {j for j in now if now[j][:2] != (j.source_actor, j.target_actor)}
    status_moved = {j for j in now if now[j][2] != j.event_status}
    held = [j for j in found if j not in actor_moved and j not in status_moved]  # rows whose actor labels hold

    def share(k: int, d: int | None = None) -> float | None:
        d = n if d is None else d
        return round(k / d, 4) if d else None

    right = sum(j.act == "right" for j in found)
    real = sum(j.act in {"right", "wrong-type"} for j in found)
    full = sum(j.fully_right for j in held)
    right_held = sum(j.act == "right" for j in held)
    return {"predicted": len(preds), "judged_rows": len(judged), "judged_found": n,
            "judged_predictions": n_judged_preds,
            "share_judged": round(n_judged_preds / len(preds), 4) if preds else None,
            "right": right, "real": real, "fully_right": full, "fully_right_n": len(held),
            "precision": share(right), "precision_lenient": share(real), "fully_right_share": share(full, len(held)),
            "fully_right_of_right_type": share(full, right_held),
            "source_right": sum(j.act == "right" and j.source in {"right", "none"} for j in held),
            "target_right": sum(j.act == "right" and j.target in {"right", "none"} for j in held),
            "status_right": sum(j.act == "right" and j.status == "right" for j in held),
            "actor_moved": len(actor_moved), "status_moved": len(status_moved),
            "gone": len(judged) - n}


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    if not JUDGED.exists() or not (corpus / "dev" / "unlabelled").exists():
        return []
    ids = select(sorted(pool(corpus)), split_id, split, limit)
    s = score(records(corpus, ids), split)
    extra = {k: s[k] for k in ("predicted", "judged_rows", "judged_found", "share_judged", "right", "real",
                               "fully_right", "fully_right_of_right_type", "gone", "actor_moved", "status_moved")}
    return [Score(COMPONENT, DATASET, "precision", precision=s["precision"], value=s["precision"],
                  n=s["judged_found"], split=split, extra={**extra, "precision_lenient": s["precision_lenient"]}),
            Score(COMPONENT, DATASET, "precision_lenient", precision=s["precision_lenient"],
                  value=s["precision_lenient"], n=s["judged_found"], split=split),
            Score(COMPONENT, DATASET, "fully_right", value=s["fully_right_share"], n=s["fully_right_n"], split=split,
                  extra={"target": "the acceptance review found 28 % of random events real and typed right, "
                                   "35 % actors fully right"}),
            Score(COMPONENT, DATASET, "share_judged", value=s["share_judged"], n=s["predicted"], split=split)]
