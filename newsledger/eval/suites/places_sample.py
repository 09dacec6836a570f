"""Place mentions drawn at random from real articles, judged by hand where they were drawn: how places resolve on the
articles a reader meets (issue 19, thirteenth round), beside the gold sets' figures (places_geowebnews, places_lgl),
which score whole annotated articles.

The hand set (`newsledger/eval/annotations/places_sample/judged.tsv`, INSTRUCTIONS.md beside it) holds place
mentions drawn uniformly at random (seeded, `scripts/places_sample_draw.py`) from the records' `places` on the events
sample's pool (`events_sample.pool`: the Guardian sample's articles not in events_guardian/gold.tsv and the LGL texts
from the 301st of `events_allnews.ranked`, frozen in events_sample/pool.tsv). A row keeps the article id, the
mention's offsets, the system's GeoNames id and point when drawn, and the labels: `recognised` (place,
not-a-place), `resolved` (right, wrong-namesake, wrong-level, wrong-other, no-coordinates, unknown), `within` (the
system's point within 161 km of the place meant: yes, no, -), the judge's point of the place meant (`gold_lat`,
`gold_lon`) and a class label. No text.

Pooling, as events_sample: a predicted mention is *judged* when a row has the same article and offsets overlapping
its own. Recognition precision = place / judged; resolution accuracy within 161 km strict = within / judged
(not-a-place, no-coordinates, unknown count against), lenient = within / place rows with a point and a known place
meant; beside them, strict with the demonyms the system resolved to their country counted right (the other reading
of an adjective of nationality). A judged mention whose point moved more than 1 km from the row's is scored by its
distance to the judge's point when the row has one, else left out of resolution (`moved`). Halves by
`newsledger.eval.split` on `events_sample.split_id`.

`newsledger eval --component places --dataset sample` (opt-in: it extracts the pool).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, agreement_kappa, pooled
from newsledger.eval.split import select
from newsledger.eval.suites.events_sample import pool, records, split_id  # the same pool, read the same way

COMPONENT = "places"
DATASET = "sample"
OPT_IN = True  # extracts about 260 articles: run only when named (`--dataset sample`)
FOLDER = Path(__file__).resolve().parents[1] / "annotations" / "places_sample"
JUDGED = FOLDER / "judged.tsv"
COLUMNS = ["article", "start", "end", "geonames_id", "lat", "lon", "recognised", "resolved", "within",
           "gold_lat", "gold_lon", "kind", "first", "second"]
# `first`, `second`: each judge's own `recognised`/`within` pair before adjudication ("place/yes", "not-a-place/-"; the
# other columns hold the final labels), so the inter-judge agreement can be recomputed (`agreement`); empty for rows
# judged once.
RECOGNISED = {"place", "not-a-place"}
RESOLVED = {"right", "wrong-namesake", "wrong-level", "wrong-other", "no-coordinates", "unknown", "-"}
KM = 161.0  # the geoparsing field's convention (GeoWebNews, LGL)
MOVED_KM = 1.0  # a point further than this from the row's is a new resolution


def _float(s: str | None) -> float | None:
    return float(s) if s not in (None, "", "-") else None


@dataclass(frozen=True)
class Judged:
    article: str
    start: int
    end: int
    geonames_id: int | None
    lat: float | None
    lon: float | None
    recognised: str  # place, not-a-place
    resolved: str  # right, wrong-namesake, wrong-level, wrong-other, no-coordinates, unknown, "-" (not a place)
    within: str  # yes, no, "-"
    gold_lat: float | None = None
    gold_lon: float | None = None
    kind: str = "-"


def load(path: Path = JUDGED) -> list[Judged]:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    out = []
    for r in rows:
        if not r["recognised"]:
            continue  # drawn, not judged yet
        if r["recognised"] not in RECOGNISED or r["resolved"] not in RESOLVED or r["within"] not in {"yes", "no", "-"}:
            raise ValueError(f"{path.name}: bad labels {r['recognised']!r} {r['resolved']!r} {r['within']!r}")
        if (r["recognised"] == "place") == (r["resolved"] == "-"):
            raise ValueError(f"{path.name}: a place needs a resolution label, a non-place none ({r['article']})")
        gid = r["geonames_id"]
        out.append(Judged(r["article"], int(r["start"]), int(r["end"]), int(gid) if gid else None,
                          _float(r["lat"]), _float(r["lon"]), r["recognised"], r["resolved"], r["within"],
                          _float(r.get("gold_lat")), _float(r.get("gold_lon")), r.get("kind") or "-"))
    return out


def agreement(path: Path = JUDGED, split: str | None = None) -> dict[str, Any]:
    """Raw agreement and Cohen's kappa of the two judges' labels (`first`, `second`: "recognised/within"), over the
    rows read twice, for `recognised` (place, not-a-place) and for `within` (yes, no, -), on one half or all."""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    rows = [r for r in rows if r.get("first") and r.get("second")]
    if split is not None:
        rows = select(rows, lambda r: split_id(r["article"]), split)
    pairs = [(r["first"].split("/"), r["second"].split("/")) for r in rows]
    if any(len(a) != 2 or len(b) != 2 for a, b in pairs):
        raise ValueError(f"{path.name}: `first`/`second` must be 'recognised/within' pairs")
    return {"recognised": agreement_kappa([(a[0], b[0]) for a, b in pairs]),
            "within": agreement_kappa([(a[1], b[1]) for a, b in pairs])}


def mentions(recs: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Every place mention of the records, as (article, place entry)."""
    return [(r["article"]["id"], p) for r in recs for p in r.get("places", [])]


def matches(article: str, p: dict[str, Any], j: Judged) -> bool:
    """Same article, offsets overlapping."""
    return article == j.article and p["start"] < j.end and j.start < p["end"]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from newsledger.resolve.gazetteer import distance_km
    return distance_km(lat1, lon1, lat2, lon2)


def resolution(p: dict[str, Any], j: Judged) -> bool | None:
    """Whether the predicted mention `p` is resolved within 161 km of the place meant by row `j`: the row's `within`
    while the prediction's point is the row's; by distance to the judge's point after it moved (None when the row
    has none: not scorable)."""
    lat, lon = p.get("lat"), p.get("lon")
    if j.recognised != "place":
        return False
    same = (lat is None and j.lat is None) or (
        lat is not None and j.lat is not None and _km(lat, lon, j.lat, j.lon) <= MOVED_KM)
    if same:
        return j.within == "yes"
    if lat is None:
        return False  # it lost its point
    if j.gold_lat is None:
        return None
    return _km(lat, lon, j.gold_lat, j.gold_lon) <= KM


def score(recs: list[dict[str, Any]], split: str = "check", judged: list[Judged] | None = None) -> dict[str, Any]:
    """Recognition precision, resolution within 161 km (strict, lenient) and the share judged, over one half."""
    judged = select(judged if judged is not None else load(), lambda j: split_id(j.article), split)
    preds = select(mentions(recs), lambda m: split_id(m[0]), split)
    found, n_judged_preds = pooled(preds, judged, matches)
    n = len(found)
    places = sum(j.recognised == "place" for j in found)
    res = {j: resolution(p, j) for j, p in found.items()}
    moved = sum(r is None for r in res.values())
    scored = [j for j, r in res.items() if r is not None]
    within = sum(bool(res[j]) for j in scored)
    # lenient: recognised places the judge could place, given a point today
    lenient_base = [j for j in scored if j.recognised == "place" and j.resolved != "unknown"
                    and found[j].get("lat") is not None]
    lenient_right = sum(bool(res[j]) for j in lenient_base)
    exact = sum(j.resolved == "right" and res[j] for j in scored)
    # the other reading of adjectives of nationality: a demonym the system resolved to its country counted right
    demonyms = sum(j.kind == "demonym" and found[j].get("lat") is not None for j in scored)

    def share(k: int, d: int) -> float | None:
        return round(k / d, 4) if d else None

    return {"predicted": len(preds), "judged_rows": len(judged), "judged_found": n,
            "judged_predictions": n_judged_preds, "share_judged": share(n_judged_preds, len(preds)),
            "places": places, "recognition_precision": share(places, n),
            "scored": len(scored), "within": within, "accuracy": share(within, len(scored)),
            "lenient_n": len(lenient_base), "accuracy_lenient": share(lenient_right, len(lenient_base)),
            "right_entry": exact, "demonyms": demonyms,
            "accuracy_demonyms_as_places": share(within + demonyms, len(scored)),
            "moved": moved, "gone": len(judged) - n}


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    if not JUDGED.exists() or not (corpus / "dev" / "unlabelled").exists():
        return []
    ids = select(sorted(pool(corpus)), split_id, split, limit)
    s = score(records(corpus, ids), split)
    extra = {k: s[k] for k in ("predicted", "judged_rows", "judged_found", "share_judged", "places", "within",
                               "right_entry", "moved", "gone", "lenient_n", "demonyms",
                               "accuracy_demonyms_as_places")}
    return [Score(COMPONENT, DATASET, "recognition_precision", precision=s["recognition_precision"],
                  value=s["recognition_precision"], n=s["judged_found"], split=split),
            Score(COMPONENT, DATASET, "acc@161km", value=s["accuracy"], n=s["scored"], split=split,
                  extra={**extra, "acc@161km_lenient": s["accuracy_lenient"],
                         "target": "issue 19: held-out geoparsing 0.80-0.83 (other news, epidemic news)"}),
            Score(COMPONENT, DATASET, "acc@161km_lenient", value=s["accuracy_lenient"], n=s["lenient_n"],
                  split=split),
            Score(COMPONENT, DATASET, "share_judged", value=s["share_judged"], n=s["predicted"], split=split)]
