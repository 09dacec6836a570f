"""Places on LGL (../shared/corpus/dev/geoparsing/lgl.xml): local news with toponyms, most with a GeoNames
gaztag, and each article's outlet (the paper's web domain, which places use for the outlet's home).
Recognition P/R/F1 on every annotated toponym ("all") and on those with a gaztag ("geo"), spans matching by
overlap (exact-boundary F1 alongside); geocoding: accuracy within 161 km on matched "geo" toponyms, plus the
exact GeoNames id rate."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from newsledger.eval.metrics import Score
from newsledger.eval.split import select
from newsledger.eval.suites.places_geowebnews import COMPONENT, GoldSpan, score_views  # noqa: F401 (COMPONENT: this suite's too)

DATASET = "lgl"


def load(corpus: Path, limit: int | None = None) -> list[tuple[str, str, list[GoldSpan], str | None]]:
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
        out.append((art.get("docid") or str(len(out)), text, spans, art.findtext("domain")))
    return out


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    return score_views(select(load(corpus), lambda d: d[0], split, limit), DATASET)
