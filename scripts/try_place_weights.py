"""Strict accuracy within 161 km on the TUNE halves of GeoWebNews and LGL for variants of the ranker's weights
(issue 19): how place_ranker.json's weights are chosen. Never run on the check half.

    python scripts/try_place_weights.py outlet_home_town_near=0,2,4 [name=v1,v2 ...]

Each name's values are tried one at a time, the other weights as in place_ranker.json. Parsed docs are cached
as in scripts/dump_place_errors.py.
"""
from __future__ import annotations

import sys

from dump_place_errors import CORPUS, _docs

from newsledger.eval.split import select
from newsledger.eval.suites import places_geowebnews, places_lgl
from newsledger.extract import places
from newsledger.extract.places import ranking
from newsledger.model import Article, Record


def tune_accuracy(weights: dict[str, float], sets: dict) -> dict[str, float]:
    original = ranking._weights
    ranking._weights = lambda: weights
    out = {}
    try:
        for name, (data, docs) in sets.items():
            records = [Record(article=Article(text=d[1], outlet=d[3])) for d in data]
            first = [places.extract(doc, r) for doc, r in zip(docs, records)]
            homes = places.outlet_homes([(r.article.outlet, ps) for r, ps in zip(records, first)])
            preds = [places.extract(doc, r, h) for doc, r, h in zip(docs, records, homes)]
            matched = []
            for d, pred in zip(data, preds):
                start = d[4] if len(d) > 4 else 0
                matched += places_geowebnews.align([p for p in pred if p.start >= start], [s for s in d[2] if s.geo])
            out[name] = places_geowebnews.geocode_scores(matched, name)[0].value
    finally:
        ranking._weights = original
    return out


def main(args: list[str]) -> None:
    sets = {}
    for name, suite in (("geowebnews", places_geowebnews), ("lgl", places_lgl)):
        data = select(suite.load(CORPUS), lambda d: d[0], "tune")
        sets[name] = (data, _docs([d[1] for d in data], name, True))
    base = dict(ranking._weights())
    print("base", tune_accuracy(base, sets))
    for arg in args:
        key, values = arg.split("=")
        for v in values.split(","):
            print(key, v, tune_accuracy({**base, key: float(v)}, sets))


if __name__ == "__main__":
    main(sys.argv[1:])
