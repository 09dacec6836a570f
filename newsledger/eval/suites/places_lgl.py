"""Places on LGL (../shared/corpus/dev/geoparsing/lgl.xml): local news with toponyms, most with a GeoNames
gaztag. Recognition P/R/F1 on every annotated toponym ("all") and on those with a gaztag ("geo"), spans
matching by overlap (exact-boundary F1 alongside); geocoding: accuracy within 161 km on matched "geo"
toponyms, plus the exact GeoNames id rate."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from newsledger.eval.metrics import Score, prf_score
from newsledger.eval.suites.places_geowebnews import COMPONENT, GoldSpan, align, extract_places, geocode_scores

DATASET = "lgl"


def load(corpus: Path, limit: int | None = None) -> list[tuple[str, str, list[GoldSpan]]]:
    root = ET.parse(corpus / "dev" / "geoparsing" / "lgl.xml").getroot()
    out = []
    for art in root.findall("article")[:limit]:
        text = art.findtext("text") or ""
        spans = []
        for t in art.iter("toponym"):
            s = GoldSpan(int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase") or "", "toponym")
            tag = t.find("gaztag")
            if tag is not None and tag.findtext("lat"):
                s.lat, s.lon = float(tag.findtext("lat")), float(tag.findtext("lon"))
                gid = tag.get("geonameid")
                s.geonames_id = int(gid) if gid and gid.isdigit() else None
            spans.append(s)
        out.append((art.get("docid") or str(len(out)), text, spans))
    return out


def run(corpus: Path, limit: int | None = None) -> list[Score]:
    data = load(corpus, limit)
    preds = extract_places([text for _, text, _ in data])
    scores: list[Score] = []
    for view in ("all", "geo"):
        tp = tp_exact = n_gold = n_pred = 0
        matched: list = []
        for (_, _, gold), pred in zip(data, preds):
            g = [s for s in gold if view == "all" or s.geo]
            m = align(pred, g)
            tp += len(m)
            tp_exact += len(align(pred, g, exact=True))
            n_gold += len(g)
            n_pred += len(pred)
            if view == "geo":
                matched.extend(m)
        scores.append(prf_score(COMPONENT, f"{DATASET}:recognition:{view}", tp, n_pred, n_gold,
                                exact_f1=round(2 * tp_exact / (n_pred + n_gold), 4) if n_pred + n_gold else 0.0,
                                articles=len(data)))
        if view == "geo":
            scores.append(geocode_scores(matched, f"{DATASET}:geocoding"))
    return scores
