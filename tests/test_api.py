"""The JSON API and server-rendered pages of `newsledger serve`, on the hand-made demo database."""
from __future__ import annotations

import csv
import io
import warnings

import duckdb
import pytest

warnings.filterwarnings("ignore", message=".*httpx.*")

from fastapi.testclient import TestClient  # noqa: E402

from newsledger.api import create_app  # noqa: E402
from newsledger.web import highlight  # noqa: E402
from tests.fixtures import web_demo as demo  # noqa: E402


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "demo.duckdb"
    assert demo.build(path) == len(demo.ARTICLES)
    return path


@pytest.fixture(scope="module")
def client(db_path):
    with TestClient(create_app(db_path)) as c:
        yield c


def test_stats(client):
    got = client.get("/api/stats").json()
    assert got["counts"]["articles"] == 4
    assert got["counts"]["events"] == 10
    assert got["counts"]["contradictions"] == 3
    assert str(got["published"]["first"]) == "2018-01-21"


def test_events_filters_sort_and_pages(client):
    everything = client.get("/api/events").json()
    assert everything["total"] == 10 and len(everything["items"]) == 10
    days = [e["day"] for e in everything["items"]]
    assert days == sorted(days)
    assault = client.get("/api/events", params={"type": "ASSAULT"}).json()
    assert assault["total"] == 4 and {e["type"] for e in assault["items"]} == {"ASSAULT"}
    e1 = next(e for e in assault["items"] if e["article_id"] == "panjshir-demo" and e["id"] == "e1")
    assert (e1["source_name"], e1["target_name"], e1["place_name"], e1["asserted_by_name"]) == (
        "Taliban", "National Resistance Front", "Panjshir", "Zabihullah Mujahid")
    assert client.get("/api/events", params={"actor": "resistance"}).json()["total"] == 2
    assert client.get("/api/events", params={"place": "AF"}).json()["total"] == 5  # by country code
    assert client.get("/api/events", params={"place": "afrin"}).json()["total"] == 1
    assert client.get("/api/events", params={"place": "af"}).json()["total"] == 1  # lower case: part of a name
    assert client.get("/api/events", params={"status": "denied"}).json()["total"] == 1
    sept = client.get("/api/events", params={"date_from": "2021-09-07", "date_to": "2021-09-07"}).json()
    assert sept["total"] == 3  # two dated events and one undated, on its publication day
    page = client.get("/api/events", params={"limit": 3, "offset": 3, "sort": "type", "order": "desc"}).json()
    assert page["total"] == 10 and len(page["items"]) == 3
    types = [e["type"] for e in client.get("/api/events", params={"sort": "type", "order": "desc"}).json()["items"]]
    assert types == sorted(types, reverse=True)
    assert client.get("/api/events", params={"offset": 50}).json()["items"] == []


@pytest.mark.parametrize("params", [
    {"sort": "date; DROP TABLE events"}, {"order": "sideways"}, {"limit": 0}, {"limit": 501}, {"offset": -1},
    {"date_from": "yesterday"}, {"date_from": "2021-09-08", "date_to": "2021-09-01"}, {"type": "assault'--"},
    {"status": "rumoured"}, {"actor": "x" * 201}, {"unknown": "1"},
])
def test_events_refuse_bad_input(client, params):
    assert client.get("/api/events", params=params).status_code == 422


def test_inputs_are_data_not_sql(client, db_path):
    for evil in ("' OR 1=1 --", "%", "_", "\"; DROP TABLE events; --"):
        assert client.get("/api/events", params={"actor": evil}).json()["total"] == 0
        assert client.get("/api/actors", params={"q": evil}).json()["total"] == 0
    assert client.get("/api/stats").json()["counts"]["events"] == 10


def test_database_is_read_only(client):
    with pytest.raises(duckdb.Error):
        client.app.state.db.rows("CREATE TABLE t (i INTEGER)")


def test_events_csv(client):
    res = client.get("/api/events.csv", params={"type": "ASSAULT", "sort": "killed", "order": "desc"})
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(res.text)))
    assert len(rows) == 4 and {r["type"] for r in rows} == {"ASSAULT"}
    assert rows[0]["killed"] == "20"
    # Cells that a spreadsheet would run as a formula are defused.
    assert all(not r["sentence"].startswith(("=", "+", "@")) for r in rows)
    assert client.get("/api/events.csv", params={"limit": 5}).status_code == 422


def test_timeline(client):
    got = client.get("/api/timeline", params={"granularity": "month"}).json()
    assert got["granularity"] == "month" and got["total"] == 10
    assert {"bucket": "2021-09-01", "type": "ASSAULT", "n": 3} in got["buckets"]
    assert client.get("/api/timeline", params={"type": "PROTEST"}).json()["total"] == 1


def test_places_actors_network(client):
    places = client.get("/api/places").json()["items"]
    kabul = next(p for p in places if p["name"] == "Kabul")
    assert kabul["mentions"] == 2 and kabul["articles"] == 2
    assert [p["name"] for p in client.get("/api/places", params={"country": "SY"}).json()["items"]] == ["Afrin"]
    actors = client.get("/api/actors", params={"sort": "articles"}).json()
    assert actors["items"][0]["name"] == "Taliban" and actors["items"][0]["articles"] == 3
    assert client.get("/api/actors", params={"q": "nrf"}).json()["items"][0]["name"] == "National Resistance Front"
    mujahid = client.get("/api/actor", params={"name": "Zabihullah Mujahid"}).json()
    assert mujahid["aliases"] == ["Mujahid"] and mujahid["roles"] == ["spokesman"]
    assert len(mujahid["quotes_list"]) == 2 and len(mujahid["events_list"]) == 1  # asserted e1
    assert client.get("/api/actor", params={"name": "Nobody"}).status_code == 404
    net = client.get("/api/network").json()
    pairs = {(e["source"], e["target"]) for e in net["edges"]}
    assert ("Taliban", "National Resistance Front") in pairs and ("Turkey", "Syrian Democratic Forces") in pairs
    assert client.get("/api/network", params={"nodes": 1}).status_code == 422


def test_contradictions_have_both_sides(client):
    got = client.get("/api/contradictions", params={"q": "panjshir"}).json()
    assert got["total"] == 1
    c = got["items"][0]
    assert [a["name"] for a in c["for"]["actors"]] == ["Zabihullah Mujahid"]
    assert [a["name"] for a in c["against"]["actors"]] == ["National Resistance Front", "Ali Maisam Nazary"]
    assert c["for"]["evidence"][0]["text"] == "Panjshir is now under our control"
    assert c["against"]["evidence"][1] == {**c["against"]["evidence"][1], "kind": "event", "type": "REJECT"}
    assert c["source"]["article_id"] == "panjshir-demo" and c["source"]["outlet"] == "Demo Wire"


def test_article_record_and_paging(client):
    rec = client.get("/api/articles/panjshir-demo").json()
    assert rec["article"]["id"] == "panjshir-demo" and len(rec["events"]) == 4
    assert client.get("/api/articles/nope").status_code == 404
    got = client.get("/api/articles", params={"sort": "events", "order": "desc", "limit": 2}).json()
    assert got["total"] == 4 and [a["id"] for a in got["items"]] == ["panjshir-demo", "kabul-protest-demo"]
    assert client.get("/api/articles", params={"sort": "text"}).status_code == 422


def test_pages_render_and_send_security_headers(client):
    for url in ("/", "/articles/panjshir-demo", "/events?type=ASSAULT", "/timeline", "/map", "/actors",
                "/actor?name=Taliban", "/network", "/contradictions", "/api"):
        res = client.get(url)
        assert res.status_code == 200, url
        csp = res.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert res.headers["x-content-type-options"] == "nosniff"
        assert "<script>" not in res.text.replace('<script src="/static/app.js" defer></script>', "")
    assert "content-security-policy" in client.get("/api/stats").headers
    bad = client.get("/events", params={"date_from": "<script>x</script>"})
    assert bad.status_code == 422 and "<script>x" not in bad.text
    openapi = client.get("/api/openapi.json").json()
    names = {p["name"] for p in openapi["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "actor", "place", "date_from", "date_to", "status", "sort", "limit", "offset"} <= names


def test_hostile_article_is_shown_as_text(client):
    page = client.get("/articles/hostile-demo").text
    assert demo.HOSTILE not in page and "<script>window.pwned" not in page
    assert "&lt;img src=x onerror=" in page and "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page
    assert 'href="javascript:' not in page
    for url in ("/events", "/contradictions", "/actors", "/actor?name=" + demo.HOSTILE, "/?q=hostile"):
        res = client.get(url)
        assert res.status_code == 200 and demo.HOSTILE not in res.text, url


def test_segments_cover_the_text_once():
    rec = demo.record(demo.ARTICLES[0]).to_dict()
    text = demo.ARTICLES[0]["text"]
    segs = highlight.segments(text, rec)
    assert "".join(s.text for s in segs) == text
    inside = [s for s in segs if "q0" in s.refs and "q-direct" in s.css]  # refs are per-kind indexes
    assert "".join(s.text for s in inside) == "Panjshir is now under our control"
    assert all("spk-" in s.css and "q-direct" in s.css for s in inside)
    # Mujahid's two quotes share a colour; Nazary's differs.
    colours = highlight.speaker_colours(rec)
    assert colours["a2"] != colours["a4"]


def test_serve_binds_to_localhost_by_default(db_path, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from newsledger.cli import app

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(kw))
    res = CliRunner().invoke(app, ["serve", "--db", str(db_path)])
    assert res.exit_code == 0, res.output
    assert seen["host"] == "127.0.0.1"
    res = CliRunner().invoke(app, ["serve", "--db", str(db_path.parent / "missing.duckdb")])
    assert res.exit_code == 1


# -- the corpus: merged events, duplicates, contradictions across articles -------------------------------------
@pytest.fixture(scope="module")
def corpus_client(tmp_path_factory):
    path = tmp_path_factory.mktemp("web-corpus") / "demo.duckdb"
    demo.build(path)
    demo.add_corpus_tables(path)
    with TestClient(create_app(path)) as c:
        yield c


def test_merged_events_with_their_sources(corpus_client):
    got = corpus_client.get("/api/merged-events", params={"limit": 500}).json()
    assert got["total"] >= 1 and len(got["items"]) == got["total"]
    top = got["items"][0]
    assert top["num_sources"] == 2  # the first article and its near-copy from another outlet
    one = corpus_client.get(f"/api/merged-events/{top['id']}").json()
    assert {s["article_id"] for s in one["sources"]} >= {"panjshir-demo"}
    assert any(s["via_duplicate_of"] == "panjshir-demo" for s in one["sources"])
    assert one["reports"] and all(r["type"] == top["type"] for r in one["reports"])
    assert corpus_client.get("/api/merged-events/m-none").status_code == 404
    assert corpus_client.get("/api/merged-events", params={"type": "PROTEST"}).json()["total"] >= 1
    page = corpus_client.get(f"/merged-events/{top['id']}")
    assert page.status_code == 200 and 'id="sources-table"' in page.text


def test_duplicates_and_contradictions_across(corpus_client):
    dups = corpus_client.get("/api/duplicates").json()
    assert dups["total"] == 1 and dups["items"][0]["canonical_id"] == "panjshir-demo"
    assert dups["items"][0]["outlet"] == "Other Wire"
    assert "Other Wire" in corpus_client.get("/duplicates").text
    across = corpus_client.get("/api/contradictions/across", params={"window": 3}).json()
    assert set(across) == {"total", "limit", "offset", "items"}
    assert corpus_client.get("/contradictions/across").status_code == 200
    assert corpus_client.get("/api/contradictions/across", params={"window": 99}).status_code == 422


def test_corpus_tables_absent_read_as_empty(client):
    assert client.get("/api/merged-events").json()["total"] == 0
    assert client.get("/api/duplicates").json()["total"] == 0
    assert client.get("/api/merged-events/m1").status_code == 404


def test_a_quote_in_pieces_highlights_the_pieces_not_the_cue():
    text = '"We will stay," the mayor said, "whatever happens."'
    first, second = text.index("We"), text.index("whatever")
    rec = {"quotes": [{"id": "q1", "kind": "direct", "text": "We will stay, whatever happens.", "start": first,
                       "end": len(text) - 2, "pieces": [[first, first + 12], [second, len(text) - 2]]}]}
    quoted = "".join(s.text for s in highlight.segments(text, rec) if "q0" in s.refs)
    assert quoted == "We will staywhatever happens"


def test_event_places_carry_acled_geo_precision(client):
    """Every event's place carries ACLED's geo_precision (1 the town, 2 a district or near, 3 a province or
    larger) in the API, the CSV export and the events and article pages."""
    items = client.get("/api/events", params={"place": "afrin"}).json()["items"]
    assert [e["geo_precision"] for e in items] == [1]  # a town
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv", params={"place": "AF"}).text)))
    assert rows and {r["geo_precision"] for r in rows} <= {"1", "3"} and "3" in {r["geo_precision"] for r in rows}
    assert 'class="sub geo-precision"' in client.get("/events", params={"place": "afrin"}).text
    assert ">p3</span>" in client.get("/articles/panjshir-demo").text  # Panjshir, a province
