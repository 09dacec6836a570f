"""Places on GeoWebNews (dev: the even-numbered files in ../shared/corpus/dev/geoparsing/GeoWebNews).

Two recognition views (the corpus README): every annotated span ("all": toponyms, common nouns, non-literal
uses, organisations, demonyms), and the toponyms that carry a GeoNames id or coordinates ("geo"); each
article's outlet is the URL on its "LINK:" line (places read its country code). Spans match
when they overlap (one-to-one); exact-boundary F1 is reported alongside. Geocoding is scored on matched "geo"
toponyms: accuracy within 161 km, with the gold point from the annotation's coordinates or, for a GeoNames
id, from the local gazetteer. A prediction with the gold GeoNames id is right. The headline (strict) figure
counts as wrong every matched toponym the system could not place: no coordinates predicted, or a gold id the
gazetteer lacks (no gold point to measure against) and a different id predicted. The old lenient figure, which
leaves the unknown gold points out, is reported beside it (`acc@161km_known`).
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from newsledger.eval.metrics import Score, greedy_pairs, prf_score
from newsledger.eval.split import select
from newsledger.model import Article, Place, Record
from newsledger.resolve import gazetteer

COMPONENT = "places"
DATASET = "geowebnews"


@dataclass
class GoldSpan:
    start: int
    end: int
    text: str
    type: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None

    @property
    def geo(self) -> bool:
        return self.geonames_id is not None or self.lat is not None


def load(corpus: Path, limit: int | None = None) -> list[tuple[str, str, list[GoldSpan], str | None]]:
    folder = corpus / "dev" / "geoparsing" / "GeoWebNews"
    names = sorted((p.stem for p in folder.glob("*.ann")), key=int)[:limit]
    out = []
    for name in names:
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        spans: dict[str, GoldSpan] = {}
        notes: dict[str, str] = {}
        for line in (folder / f"{name}.ann").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 3:
                typ, *offs = parts[1].split()
                if ";" in parts[1]:
                    continue
                spans[parts[0]] = GoldSpan(int(offs[0]), int(offs[1]), parts[2], typ)
            elif line.startswith("#") and len(parts) >= 3:
                notes[parts[1].split()[-1]] = parts[2].strip()
        for tid, note in notes.items():
            s = spans.get(tid)
            if s is None or not note:
                continue
            if "," in note:
                try:
                    s.lat, s.lon = (float(x) for x in note.split(",")[:2])
                except ValueError:
                    pass
            elif note.isdigit():
                s.geonames_id = int(note)
        link = _LINK.search(text)
        out.append((name, text, sorted(spans.values(), key=lambda s: (s.start, s.end)), link and link.group(1)))
    return out


# Each GeoWebNews text starts with its title and a "LINK: <url>" line: the article's outlet.
_LINK = re.compile(r"^LINK:\s*(\S+)", re.M)


def extract_places(texts: list[str], outlets: list[str | None] | None = None) -> list[list[Place]]:
    """Each text's places; with the texts' outlets, a second pass uses each outlet's home as its other
    articles show it (newsledger.extract.places.outlet_homes: no gold is read)."""
    from newsledger import nlp
    from newsledger.extract import places

    docs = list(nlp.parse_many(texts))
    records = [Record(article=Article(text=text, outlet=outlet))
               for text, outlet in zip(texts, outlets or [None] * len(texts))]
    out = [places.extract(doc, record) for doc, record in zip(docs, records)]
    if outlets:
        homes = places.outlet_homes([(r.article.outlet, ps) for r, ps in zip(records, out)])
        out = [places.extract(doc, record, home) for doc, record, home in zip(docs, records, homes)]
    return out


def align(pred: list[Place], gold: list, exact: bool = False) -> list[tuple[object, Place]]:
    """One-to-one pairs (gold, predicted) of overlapping (or identical) spans, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if exact:
                if (p.start, p.end) == (g.start, g.end):
                    pairs.append((1 << 30, gi, pi))
            else:
                ov = min(g.end, p.end) - max(g.start, p.start)
                if ov > 0:
                    pairs.append((ov, gi, pi))
    return [(gold[gi], pred[pi]) for gi, pi in greedy_pairs(pairs)]


def geocode_scores(matched: list[tuple[object, Place]], dataset: str) -> list[Score]:
    """Strict accuracy within 161 km over every matched toponym with a gold id or point, then the lenient
    figure over those whose gold point is known."""
    gaz = gazetteer.get()
    errors: list[float] = []
    right = same_id = with_id = unknown = no_coordinates = 0
    for g, p in matched:
        gid = getattr(g, "geonames_id", None)
        if gid is not None:
            with_id += 1
            if p.geonames_id == gid:
                same_id += 1
        glat, glon = g.lat, g.lon
        if glat is None and gid is not None:
            e = gaz.by_geonames_id(gid)
            if e is not None:
                glat, glon = e.lat, e.lon
        if p.lat is None:
            no_coordinates += 1
        if gid is not None and p.geonames_id == gid:
            errors.append(0.0 if glat is None else
                          (gazetteer.distance_km(p.lat, p.lon, glat, glon) if p.lat is not None else 0.0))
            right += 1
            continue
        if glat is None:
            unknown += 1
            continue
        if p.lat is None:
            errors.append(20038.0)  # no coordinates: the worst error
            continue
        d = gazetteer.distance_km(p.lat, p.lon, glat, glon)
        errors.append(d)
        right += d <= 161
    known = len(errors)
    n = known + unknown
    extra = {"right": right, "gold_point_unknown": unknown, "no_coordinates_predicted": no_coordinates,
             "exact_geonames_id": round(same_id / with_id, 4) if with_id else None,
             "median_error_km": round(statistics.median(errors), 1) if errors else None,
             "mean_error_km": round(statistics.mean(errors), 1) if errors else None}
    strict = Score(COMPONENT, dataset, "acc@161km", value=round(right / n, 4) if n else None, n=n, extra=extra)
    lenient = Score(COMPONENT, dataset, "acc@161km_known", value=round(right / known, 4) if known else None,
                    n=known, extra={"right": right, "left_out_gold_point_unknown": unknown})
    return [strict, lenient]


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    return score_views(select(load(corpus), lambda d: d[0], split, limit), DATASET)


def score_views(data: list, dataset: str) -> list[Score]:
    """Recognition on every annotated span and on the toponyms with coordinates, then geocoding on the
    latter; `data` holds (id, text, gold spans) per article, and the article's outlet fourth where known."""
    outlets = [d[3] for d in data] if data and all(len(d) > 3 for d in data) else None
    preds = extract_places([d[1] for d in data], outlets)
    scores: list[Score] = []
    for view in ("all", "geo"):
        tp = tp_exact = n_gold = n_pred = 0
        matched_geo: list = []
        for (_, _, gold, *_), pred in zip(data, preds):
            g = [s for s in gold if view == "all" or s.geo]
            m = align(pred, g)
            tp += len(m)
            tp_exact += len(align(pred, g, exact=True))
            n_gold += len(g)
            n_pred += len(pred)
            if view == "geo":
                matched_geo.extend(m)
        scores.append(prf_score(COMPONENT, f"{dataset}:recognition:{view}", tp, n_pred, n_gold,
                                exact_f1=round(2 * tp_exact / (n_pred + n_gold), 4) if n_pred + n_gold else 0.0,
                                articles=len(data)))
        if view == "geo":
            scores.extend(geocode_scores(matched_geo, f"{dataset}:geocoding"))
    return scores
