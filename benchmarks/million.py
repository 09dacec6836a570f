"""A million events: build a synthetic database, time the web page and API on it, and time appending articles.

    python benchmarks/million.py BIG.duckdb [--articles 100000] [--events-per-article 10] [--repeat 20]
    python benchmarks/million.py SMALL.duckdb --articles 10000      # the same at a tenth of the size

The database is made in SQL (seconds, no extraction): `--articles` articles, 27 a day (100,000 over ten years;
a smaller database covers fewer days at the same density), from 40 outlets,
each with 6 actors (names drawn from 5,000, a few much more common than the rest, as in news), 3 places (from
2,000 with coordinates in 120 countries), 2 quotes, `--events-per-article` events (PLOVER types, statuses, some
with casualties) and their merged events as `ingest` leaves them (one merged event per event, event_members,
event_sources). Then, with the in-process test client (no network), every call below runs once to warm up and
`--repeat` times measured; the median and p95 are printed. Last, a batch of 1,000 new articles (10 events each,
half of them reporting events already stored, so they merge) is appended through the ingest's stage 4 (store,
signatures, merge: `newsledger.corpus.run.Ingest.consume`), without extraction, which costs the same whatever
the database's size; run it on a small and a big database to see whether appending grows with the database.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
import warnings
from pathlib import Path

import duckdb

from newsledger.corpus import merge
from newsledger.model import Actor, Article, Event, Place, Quote, Record
from newsledger.store import Store
from newsledger.web.queries import PLOVER

ACTOR_NAMES, PLACE_NAMES, COUNTRIES, OUTLETS = 5_000, 2_000, 120, 40
START = dt.date(2015, 1, 1)
ARTICLES_PER_DAY = 27  # 100,000 articles over ten years; a smaller database spans fewer days, equally dense
STATUS_WEIGHTS = ["reported"] * 6 + ["claimed"] * 2 + ["denied", "planned", "historical", "threatened"]
APPEND = 1_000


def calls(sample_actor: str, sample_place: str, sample_article: str) -> list[str]:
    return [
        "/api/events?type=ASSAULT", f"/api/events?actor={sample_actor}", f"/api/events?place={sample_place}",
        "/api/events?date_from=2019-01-01&date_to=2019-03-31", "/api/events?type=PROTEST&sort=killed&order=desc",
        "/api/events?offset=5000", "/api/timeline", "/api/timeline?type=ASSAULT&date_from=2018-01-01",
        "/api/places", "/api/places?country=AH", "/api/events?place=AH", "/api/network",
        "/api/network?type=ASSAULT", f"/api/actor?name={sample_actor}", "/api/actors", "/api/actors?q=actor 12",
        "/api/articles", "/api/stats", "/api/contradictions",
        "/", "/events?type=ASSAULT", f"/events?actor={sample_actor}", "/timeline", "/map", "/network", "/actors",
        f"/actor?name={sample_actor}", f"/articles/{sample_article}", "/contradictions",
    ]


def country(number_sql: str) -> str:
    """SQL for a two-letter code (AA, AB, ...) from a number below 676."""
    return f"chr(CAST(65 + ({number_sql}) // 26 AS INT)) || chr(CAST(65 + ({number_sql}) % 26 AS INT))"


def build(db: Path, articles: int, per_article: int) -> None:
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("SET preserve_insertion_order = false")
    for stmt in merge.SCHEMA:
        con.execute(stmt)
    n, k = articles, per_article
    days = max(1, n // ARTICLES_PER_DAY)
    con.execute("BEGIN")
    con.execute(f"""INSERT INTO articles (id, text_sha256, url, title, outlet, published, language, source, chars,
                    text, record)
        SELECT 'a' || i, sha256('a' || i), 'https://news' || (i % {OUTLETS}) || '.example/' || i,
               'Synthetic report ' || i, 'Outlet ' || (i % {OUTLETS}), DATE '{START}' + CAST(hash(i) % {days} AS INT),
               'en', NULL, 400, 'Synthetic article ' || i || '. Actor ' || (i % 97) || ' said something.',
               '{{"article": {{}}, "actors": [], "quotes": [], "events": [], "places": [], "times": [],
                 "quantities": [], "entities": [], "contradictions": [], "sentences": []}}'
        FROM range({n}) t(i)""")
    # Actor k of an article: the first two from the 50 most common names, the rest from all 5,000.
    con.execute(f"""INSERT INTO actors (article_id, id, name, kind, aliases, country, affiliation, role, code,
                    mentions)
        SELECT 'a' || i, 'x' || j,
               'Actor ' || CASE WHEN j < 2 THEN hash(i, j) % 50 ELSE hash(i, j) % {ACTOR_NAMES} END,
               ['person', 'organization', 'country', 'group'][1 + CAST(hash(j, i) % 4 AS INT)], [],
               {country('hash(i) % ' + str(COUNTRIES))}, NULL, NULL, NULL, 1 + CAST(hash(i, j, 1) % 5 AS INT)
        FROM range({n}) t(i), range(6) u(j)""")
    con.execute(f"""INSERT INTO places (article_id, id, text, start, "end", name, kind, country, admin1, lat, lon,
                    geonames_id, precision)
        SELECT 'a' || i, 'p' || j, 'Place ' || pl, 0, 5, 'Place ' || pl, ['city', 'admin1', 'country'][1 + j],
               {country('pl % ' + str(COUNTRIES))}, NULL, -60 + (pl % 120), -170 + (pl * 7 % 340), 1000000 + pl, 1 + j
        FROM (SELECT i, j, CAST(hash(i, j, 2) % {PLACE_NAMES} AS INT) AS pl FROM range({n}) t(i), range(3) u(j))""")
    con.execute(f"""INSERT INTO quotes (article_id, id, text, start, "end", kind, speaker, speaker_text, cue)
        SELECT 'a' || i, 'q' || j, 'Quoted words ' || i || '-' || j, 10, 40, 'direct', 'x' || j, NULL, 'said'
        FROM range({n}) t(i), range(2) u(j)""")
    con.execute(f"""INSERT INTO events (article_id, id, type, sentence, start, "end", cameo, mode, source, target,
                    place, date, date_precision, asserted_by, status, killed, injured, trigger)
        SELECT 'a' || i, 'e' || j, ?[1 + CAST(hash(i, j, 3) % 16 AS INT)],
               'Synthetic event ' || j || ' of article ' || i || '.', j * 40, j * 40 + 39, '190', NULL,
               'x' || (j % 6), 'x' || ((j + 1) % 6), 'p' || (j % 3),
               CAST(DATE '{START}' + CAST(hash(i) % {days} AS INT) AS VARCHAR), 'day', NULL,
               ?[1 + CAST(hash(i, j, 4) % {len(STATUS_WEIGHTS)} AS INT)],
               CASE WHEN hash(i, j, 5) % 7 = 0 THEN CAST(hash(i, j) % 40 AS INT) END, NULL, 'attacked'
        FROM range({n}) t(i), range({k}) u(j)""", [list(PLOVER), STATUS_WEIGHTS])
    con.execute(f"""INSERT INTO contradictions (article_id, claim, asserted_by, disputed_by, evidence_for,
                    evidence_against, kind)
        SELECT 'a' || i, 'Synthetic claim ' || i, ['x0'], ['x1'], ['q0'], ['q1'], 'claim'
        FROM range(0, {n}, 100) t(i)""")
    # The corpus tables as ingest leaves them: here every event is its own merged event.
    con.execute("""INSERT INTO event_members SELECT 'm' || e.article_id || e.id, e.article_id, e.id FROM events e""")
    con.execute("""INSERT INTO merged_events
        SELECT 'm' || e.article_id || e.id, e.type, e.cameo, s.name, t.name, p.name, p.country, p.lat, p.lon,
               CAST(e.date AS DATE), CAST(e.date AS DATE), 1, 1, 1, e.killed, e.injured, [e.status], e.sentence,
               NULL, [lower(s.name)], [lower(t.name)], ['geo:' || p.geonames_id, lower(p.name)]
        FROM events e LEFT JOIN actors s ON s.article_id = e.article_id AND s.id = e.source
        LEFT JOIN actors t ON t.article_id = e.article_id AND t.id = e.target
        LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place""")
    con.execute("""INSERT INTO event_sources SELECT m.merged_id, a.id, a.outlet, a.url, a.published, NULL, 1
        FROM event_members m JOIN articles a ON a.id = m.article_id""")
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    con.close()


def counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "actors", "places", "quotes", "events", "merged_events")}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def time_calls(db: Path, repeat: int) -> list[tuple[str, float, float, int]]:
    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

    from newsledger.api import create_app

    t = time.perf_counter()
    app = create_app(db)
    print(f"server start (read-only attach, in-memory listing tables): {time.perf_counter() - t:.1f} s")
    out = []
    with TestClient(app) as client:
        for url in calls("Actor 7", "Place 12", "a12345" if counts(db)["articles"] > 12345 else "a123"):
            res = client.get(url)
            assert res.status_code == 200, (url, res.status_code, res.text[:300])
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                res = client.get(url)
                times.append((time.perf_counter() - t) * 1000)
            out.append((url, statistics.median(times), percentile(times, 95), len(res.content)))
    return out


def synthetic_records(articles: int, batch: int, seed_day: dt.date) -> list[Record]:
    """`batch` new articles; the even ones report events already stored (same type, day, actors, place)."""
    records = []
    for i in range(batch):
        aid = f"new{articles}-{i}"
        day = seed_day + dt.timedelta(days=i % 3)  # a day's feeds: about three days of news
        art = Article(text=f"Appended synthetic article {aid} about {day}.", id=aid, published=day.isoformat(),
                      outlet=f"Outlet {i % OUTLETS}")
        actors = [Actor(id=f"x{j}", name=f"Actor {(i * 7 + j) % 50}", kind="organization") for j in range(6)]
        places = [Place(id=f"p{j}", text="x", start=0, end=1, name=f"Place {(i * 3 + j) % PLACE_NAMES}",
                        kind="city", lat=10.0 + j, lon=20.0 + j, geonames_id=1000000 + (i * 3 + j) % PLACE_NAMES)
                  for j in range(3)]
        events = [Event(id=f"e{j}", type=PLOVER[(i + j) % 16], sentence=f"Appended event {j}.", start=j * 10,
                        end=j * 10 + 9, source=f"x{j % 6}", target=f"x{(j + 1) % 6}", place=f"p{j % 3}",
                        date=day.isoformat(), date_precision="day") for j in range(10)]
        quotes = [Quote(id="q0", text="Words.", start=0, end=5, kind="direct", speaker="x0")]
        records.append(Record(article=art, actors=actors, places=places, events=events, quotes=quotes))
    return records


def time_append(db: Path) -> tuple[float, int]:
    """Seconds to store and merge 1,000 articles through the ingest's stage 4; merged events touched."""
    from newsledger.corpus.run import Ingest

    with Store(db) as store:
        n = store.count("articles")
        day = store.con.execute("SELECT max(published) FROM articles").fetchone()[0] - dt.timedelta(days=40)
        records = synthetic_records(n, APPEND, day)
        ingest = Ingest(store, batch_size=32, dedup=False)
        ingest.in_flight.extend(r.article for r in records)
        t = time.perf_counter()
        ingest.consume(iter(records))
        return time.perf_counter() - t, ingest.report.merged_events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db", type=Path)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--events-per-article", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--no-append", action="store_true", help="Leave the database as built.")
    args = ap.parse_args()
    if not args.db.exists():
        t = time.perf_counter()
        build(args.db, args.articles, args.events_per_article)
        print(f"built {args.db} in {time.perf_counter() - t:.1f} s")
    print(counts(args.db))
    results = time_calls(args.db, args.repeat)
    print(f"{'median ms':>10} {'p95 ms':>8} {'bytes':>9}  call")
    for url, median, p95, size in results:
        print(f"{median:10.1f} {p95:8.1f} {size:9d}  {url}")
    worst = max(results, key=lambda r: r[2])
    print(f"worst p95: {worst[2]:.1f} ms ({worst[0]})")
    if not args.no_append:
        seconds, touched = time_append(args.db)
        print(f"append {APPEND} articles ({APPEND * 10} events; stage 4: store, signatures, merge): "
              f"{seconds:.1f} s, {touched} merged events created or changed")


if __name__ == "__main__":
    main()
