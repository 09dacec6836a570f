"""Dump the geocoding errors of the places component on the TUNE half of a dev set (issue 19), one line per
matched toponym placed beyond 161 km or not at all: the gold toponym, gold point, our pick, its distance, and the
top candidates with their scores. For sorting errors into classes; never run it on the check half.

    python scripts/dump_place_errors.py geowebnews|lgl [--cache] [--recognition] [--split tune-a|tune-b|tune] > out.tsv

--split chooses the quarter (default tune-a: rules are written looking at tune-a only, tune-b is their test and
is read by totals; the check half is refused).

--recognition lists the recognition errors instead, one line each: "miss" (a gold toponym with coordinates,
every LGL toponym, that no predicted span overlaps) or "extra" (a predicted span overlapping no such gold
toponym, with the GeoWebNews type of any annotated span it overlaps), with the spaCy entity over it, for
sorting into classes (label, capitalisation, organisation name, demonym, dateline, boundary).

--coverage adds two columns to each geocoding error, for the census of places the index lacks (issue 19, round
12): whether the gold GeoNames id is in the index ("id-in", "id-missing", "no-id"), and the entries named like the
gold toponym within 161 km of the gold point ("near:" and their kinds, empty when none or no gold point).

--cache keeps the parsed docs in $NEWSLEDGER_HOME/errdump-<set>.spacy (delete it after changing the entity
rules or the lexicon).
"""
from __future__ import annotations

import sys
from pathlib import Path

from spacy.tokens import DocBin

from newsledger import nlp
from newsledger.eval.split import select
from newsledger.eval.suites import places_geowebnews, places_lgl
from newsledger.extract import places
from newsledger.extract.places.weights import _score, _weights
from newsledger.model import Article, Record
from newsledger.resolve import gazetteer

CORPUS = Path("/work/shared/corpus")
SPLIT = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "tune-a"
if SPLIT not in ("tune-a", "tune-b", "tune"):
    sys.exit("dump_place_errors.py reads the tune half only (--split tune-a|tune-b|tune)")


def _docs(texts: list[str], name: str, cache: bool):
    path = gazetteer.home() / f"errdump-{name}.spacy" if cache else None
    if path is not None and path.exists():
        pipe = nlp.load()
        return list(DocBin().from_bytes(path.read_bytes()).get_docs(pipe.vocab))
    docs = list(nlp.parse_many(texts))
    if path is not None:
        path.write_bytes(DocBin(store_user_data=True, docs=[nlp.storable(d) for d in docs]).to_bytes())
    return docs


def _entity_at(doc, start: int, end: int) -> str:
    """The spaCy entities overlapping [start, end), as "LABEL:text"; "-" for none."""
    ents = [f"{e.label_}:{e.text}" for e in doc.ents if e.start_char < end and e.end_char > start]
    return "; ".join(ents) or "-"


def recognition(name: str, cache: bool) -> None:
    suite = places_lgl if name == "lgl" else places_geowebnews
    data = select(suite.load(CORPUS), lambda d: d[0], SPLIT)
    docs = _docs([d[1] for d in data], f"{name}-{SPLIT}", cache)
    records = [Record(article=Article(text=d[1], outlet=d[3])) for d in data]
    first = [places.extract(doc, r) for doc, r in zip(docs, records)]
    homes = places.outlet_homes([(r.article.outlet, ps) for r, ps in zip(records, first)])
    misses = extras = 0
    for (item, text, gold, *rest), doc, r, home in zip(data, docs, records, homes):
        start = rest[1] if len(rest) > 1 else 0
        preds = [p for p in places.extract(doc, r, home) if p.start >= start]
        geo = gold if name == "lgl" else [s for s in gold if s.geo]
        pairs = places_geowebnews.align(preds, geo)
        found_gold = {id(g) for g, _ in pairs}
        found_pred = {id(p) for _, p in pairs}
        for g in geo:
            if id(g) not in found_gold:
                misses += 1
                snip = text[max(0, g.start - 50):g.end + 30].replace("\n", " ")
                print("\t".join(("miss", item, g.text, _entity_at(doc, g.start, g.end), snip)))
        for p in preds:
            if id(p) not in found_pred:
                extras += 1
                other = [s.type for s in gold if s.start < p.end and s.end > p.start]
                snip = text[max(0, p.start - 50):p.end + 30].replace("\n", " ")
                print("\t".join(("extra", item, p.text, _entity_at(doc, p.start, p.end),
                                  ",".join(other) or "-", snip)))
    print(f"# {misses} misses, {extras} extras", file=sys.stderr)


def _coverage(gaz, g, glat, glon) -> tuple[str, str]:
    """Is the gold place in the index at all: its GeoNames id, and entries of its name near its point."""
    gid = g.geonames_id
    known = "no-id" if gid is None else ("id-in" if gaz.by_geonames_id(gid) else "id-missing")
    near = []
    if glat is not None:
        near = sorted({e.kind for e in gaz.lookup(g.text) if e.lat is not None
                       and gazetteer.distance_km(e.lat, e.lon, glat, glon) <= 161})
    return known, "near:" + ",".join(near)


def main(name: str, cache: bool) -> None:
    suite = places_lgl if name == "lgl" else places_geowebnews
    data = select(suite.load(CORPUS), lambda d: d[0], SPLIT)
    texts = [d[1] for d in data]
    docs = _docs(texts, f"{name}-{SPLIT}", cache)
    records = [Record(article=Article(text=d[1], outlet=d[3])) for d in data]
    first = [places.extract(doc, r) for doc, r in zip(docs, records)]
    homes = places.outlet_homes([(r.article.outlet, ps) for r, ps in zip(records, first)])
    gaz = gazetteer.get()
    weights = _weights()
    captured: list = []
    original = places._resolve

    def spy(mentions, g, w=None, home=None):
        original(mentions, g, w, home)
        captured[:] = mentions
    places._resolve = spy
    n = bad = 0
    for (item, text, gold, *rest), doc, r, home in zip(data, docs, records, homes):
        preds = places.extract(doc, r, home)
        mentions = list(captured)
        by_name = places.contexts_by_name(mentions, home)
        start = rest[1] if len(rest) > 1 else 0
        pairs = places_geowebnews.align([p for p in preds if p.start >= start], [s for s in gold if s.geo])
        for g, p in pairs:
            n += 1
            glat, glon = g.lat, g.lon
            if glat is None and g.geonames_id is not None:
                e = gaz.by_geonames_id(g.geonames_id)
                glat, glon = (e.lat, e.lon) if e else (None, None)
            if g.geonames_id is not None and p.geonames_id == g.geonames_id:
                continue
            d = gazetteer.distance_km(p.lat, p.lon, glat, glon) if p.lat is not None and glat is not None else None
            if d is not None and d <= 161:
                continue
            bad += 1
            m = next((m for m in mentions if m.start == p.start), None)
            cands = ""
            if m is not None and m.candidates:
                org = {gazetteer.normalize(x.key_text): x.opens_org for x in mentions if x.opens_org}
                ranked = places.candidates(m, weights, org.get(gazetteer.normalize(m.key_text)))
                ctx = by_name[gazetteer.normalize(m.key_text)]
                scored = sorted(((_score(places.context_features(c, ctx), weights, c.prior_score), c)
                                 for c in ranked), key=lambda t: -t[0])[:4]
                cands = " | ".join(
                    f"{c.entry.name},{c.entry.admin1},{c.entry.country},{c.entry.kind},{c.entry.population}"
                    f"={s:.1f}" + (f"@{gazetteer.distance_km(c.entry.lat, c.entry.lon, glat, glon):.0f}km"
                                   if glat is not None and c.entry.lat is not None else "")
                    for s, c in scored)
            ctx_snip = text[max(0, g.start - 60):g.end + 40].replace("\n", " ")
            coverage = _coverage(gaz, g, glat, glon) if "--coverage" in sys.argv else ()
            print("\t".join(str(x) for x in (
                item, g.text, p.text, g.geonames_id, glat and round(glat, 2), glon and round(glon, 2),
                f"{p.name},{p.admin1},{p.country},{p.kind}", "none" if d is None else round(d), r.article.outlet,
                cands, ctx_snip, *coverage)))
    print(f"# {bad} errors of {n} matched", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("geowebnews", "lgl"):
        sys.exit(__doc__)
    (recognition if "--recognition" in sys.argv else main)(sys.argv[1], "--cache" in sys.argv)
