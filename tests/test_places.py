"""Places: the offline gazetteer, disambiguation by context, the reference article, and small GeoWebNews/LGL runs
(the full sets are @slow)."""
from __future__ import annotations

import sqlite3
import socket
from pathlib import Path

import pytest

from newsledger import nlp
from newsledger.eval.suites import places_geowebnews, places_lgl, places_reference
from newsledger.extract import places
from newsledger.model import Article, Record
from newsledger.resolve import gazetteer


def _places(text: str):
    return places.extract(nlp.parse(text), Record(article=Article(text=text)))


def _by_text(ps, text):
    return next(p for p in ps if p.text == text)


def test_index_builds_offline_and_deterministically(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the gazetteer build must not use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    a = gazetteer.build(tmp_path / "a.sqlite")
    con = sqlite3.connect(a)
    kinds = dict(con.execute("SELECT kind, count(*) FROM place GROUP BY kind"))
    assert kinds["country"] >= 240 and kinds["admin1"] >= 3500 and kinds["city"] >= 200_000
    assert kinds["airport"] >= 10 and kinds["landform"] >= 10
    rows = con.execute("SELECT * FROM place ORDER BY pid").fetchall()
    aliases = con.execute("SELECT count(*), sum(pid) FROM alias").fetchone()
    con.close()
    # the same inputs give the same index as the one the other tests use (built on first use)
    shared = sqlite3.connect(gazetteer.get().path)
    assert shared.execute("SELECT * FROM place ORDER BY pid").fetchall() == rows
    assert shared.execute("SELECT count(*), sum(pid) FROM alias").fetchone() == aliases
    shared.close()
    assert a.stat().st_size < 80_000_000


def test_index_lives_under_newsledger_home(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_HOME", str(tmp_path))
    assert gazetteer.index_path() == tmp_path / "gazetteer.sqlite"


def test_lookup_is_fast_and_folds_names():
    gaz = gazetteer.get()
    import time

    t = time.perf_counter()
    for name in ["Tajikistan", "Qatar", "Georgia", "Springfield", "Kābul", "U.S.", "W.Va."] * 20:
        gaz.lookup(name + " ")  # a miss on the cache key, a hit on the normalized one
    assert time.perf_counter() - t < 1.0
    assert any(e.kind == "country" and e.country == "US" for e in gaz.lookup("U.S."))
    assert any(e.kind == "admin1" and e.admin1_code == "US.WV" for e in gaz.lookup("W.Va."))
    assert gaz.demonym("Japanese") == "JP"


def test_turkey_is_the_country():
    ps = _places("Officials in Ankara said Turkey would reopen the border with Syria next week.")
    turkey = _by_text(ps, "Turkey")
    assert (turkey.kind, turkey.country, turkey.geonames_id) == ("country", "TR", 298795)
    assert turkey.precision == 3


def test_georgia_depends_on_the_article():
    us = _places("Storms hit Atlanta and Savannah overnight. Georgia officials said schools would stay closed.")
    assert (_by_text(us, "Georgia").kind, _by_text(us, "Georgia").country) == ("admin1", "US")
    caucasus = _places("Russian troops moved near Tbilisi. Georgia accused Moscow of violating the ceasefire.")
    assert (_by_text(caucasus, "Georgia").kind, _by_text(caucasus, "Georgia").country) == ("country", "GE")


def test_context_picks_the_local_town():
    text = ("A fire destroyed a barn near Paris on Tuesday. Bourbon County deputies and firefighters from "
            "Lexington, Kentucky, responded.")
    paris = _by_text(_places(text), "Paris")
    assert paris.country == "US" and paris.admin1 == "Kentucky"
    assert _by_text(_places("Paris and Lyon saw strikes as French unions protested."), "Paris").country == "FR"


def test_city_airport_and_suffixes():
    ps = _places("Flights resumed at Kandahar's airport while fighting continued in Helmand province.")
    airport = _by_text(ps, "Kandahar's airport")
    assert airport.kind == "airport" and airport.country == "AF" and airport.precision == 1
    helmand = next(p for p in ps if p.text.startswith("Helmand"))
    assert helmand.kind == "admin1" and helmand.country == "AF"


def test_place_for_span_prefers_the_most_specific():
    text = "Clashes were reported in Mosul, Iraq, on Monday."
    rec = Record(article=Article(text=text))
    rec.places = _places(text)
    p = places.place_for_span(rec, 0, len(text))
    assert p is not None and p.text == "Mosul" and p.kind == "city"
    assert places.place_for_span(rec, 0, 5) is None
    assert [p.id for p in rec.places] == [f"p{i}" for i in range(1, len(rec.places) + 1)]


def test_reference_places_within_tolerance(reference_record, gold):
    rows = places_reference.judge(reference_record.places, gold["places"])
    wrong = [(g["text"], p and (p.name, p.country, p.lat, p.lon)) for g, p, ok in rows
             if not ok and not g.get("optional")]
    assert not wrong
    kinds = [(g["text"], g["kind"], p.kind) for g, p, ok in rows if not g.get("optional")]
    assert all(gk == pk for _, gk, pk in kinds), kinds


def test_geowebnews_sample(corpus: Path):
    scores = {(s.dataset, s.metric): s for s in places_geowebnews.run(corpus, limit=8)}
    assert scores[("geowebnews:recognition:geo", "prf")].f1 >= 0.65
    assert scores[("geowebnews:geocoding", "acc@161km")].value >= 0.8


def test_lgl_sample(corpus: Path):
    scores = {(s.dataset, s.metric): s for s in places_lgl.run(corpus, limit=40)}
    assert scores[("lgl:recognition:all", "prf")].f1 >= 0.7
    assert scores[("lgl:geocoding", "acc@161km")].value >= 0.7


@pytest.mark.slow
def test_geowebnews_full(corpus: Path):
    scores = {(s.dataset, s.metric): s for s in places_geowebnews.run(corpus, limit=None)}
    assert scores[("geowebnews:recognition:geo", "prf")].f1 >= 0.78
    assert scores[("geowebnews:geocoding", "acc@161km")].value >= 0.90


@pytest.mark.slow
def test_lgl_full(corpus: Path):
    scores = {(s.dataset, s.metric): s for s in places_lgl.run(corpus, limit=None)}
    assert scores[("lgl:recognition:all", "prf")].f1 >= 0.79
    assert scores[("lgl:geocoding", "acc@161km")].value >= 0.79
