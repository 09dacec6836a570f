"""Time the API on a big database: `python benchmarks/web_api.py SRC.duckdb BIG.duckdb --copies 40`.

Copies every article of SRC (ids suffixed, publication dates shifted a month per copy) into BIG, adds one
synthetic event per attributed quote (speaker acting on the article's first other actor, at its first place,
with a type and status picked from the quote's hash) so that the events tables are full, then times a set of
API calls on it with the in-process test client.
"""
from __future__ import annotations

import argparse
import statistics
import time
import warnings
from pathlib import Path

import duckdb

from newsledger.store import PART_TYPES, Store
from newsledger.web.queries import PLOVER, STATUSES

CALLS = ["/api/stats", "/api/articles", "/api/articles?sort=events&order=desc", "/api/events",
         "/api/events?type=ASSAULT&sort=source", "/api/events?actor=taliban", "/api/events?place=syria&offset=400",
         "/api/events?date_from=2019-01-01&date_to=2019-03-31&sort=date&order=desc", "/api/events.csv?type=PROTEST",
         "/api/timeline", "/api/places", "/api/actors", "/api/actors?q=kurd&sort=quotes",
         "/api/actor?name=Turkey", "/api/network", "/api/contradictions", "/", "/events?type=ASSAULT", "/actors"]


def grow(src: Path, dst: Path, copies: int) -> None:
    Store(dst).close()  # schema
    con = duckdb.connect(str(dst))
    con.execute("ATTACH ? AS src (READ_ONLY)", [str(src)])
    types, statuses = list(PLOVER), list(STATUSES)
    for k in range(copies):
        suffix = f"-c{k}"
        con.execute("BEGIN")
        con.execute("INSERT INTO articles SELECT id || ?, sha256(text_sha256 || ?), url, title, outlet, "
                    "published + to_months(?), language, source, chars, text, record FROM src.articles",
                    [suffix, suffix, k])
        for part in PART_TYPES:
            con.execute(f"INSERT INTO {part} SELECT * REPLACE (article_id || ? AS article_id) FROM src.{part}",
                        [suffix])
        con.execute(
            "INSERT INTO events (article_id, id, type, sentence, start, \"end\", source, target, place, date, "
            "date_precision, asserted_by, status) "
            "SELECT q.article_id || ?, 'x' || q.id, ?[CAST(1 + hash(q.text) % 16 AS BIGINT)], q.text, q.start, "
            "q.\"end\", q.speaker, "
            "(SELECT min(a.id) FROM src.actors a WHERE a.article_id = q.article_id AND a.id <> q.speaker), "
            "(SELECT min(p.id) FROM src.places p WHERE p.article_id = q.article_id), "
            "CAST(r.published + to_months(?) AS VARCHAR), 'day', NULL, ?[CAST(1 + hash(q.id || q.text) % 7 AS BIGINT)] "
            "FROM src.quotes q JOIN src.articles r ON r.id = q.article_id WHERE q.speaker IS NOT NULL",
            [suffix, types, k, statuses])
        con.execute("COMMIT")
    con.close()


def timings(db: Path, repeat: int = 5) -> list[tuple[str, float, int]]:
    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

    from newsledger.api import create_app

    out = []
    with TestClient(create_app(db)) as client:
        for url in CALLS:
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                res = client.get(url)
                times.append((time.perf_counter() - t) * 1000)
                assert res.status_code == 200, (url, res.status_code, res.text[:300])
            out.append((url, statistics.median(times), len(res.content)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--copies", type=int, default=40)
    args = ap.parse_args()
    if not args.dst.exists():
        t = time.perf_counter()
        grow(args.src, args.dst, args.copies)
        print(f"built {args.dst} in {time.perf_counter() - t:.1f}s")
    with duckdb.connect(str(args.dst), read_only=True) as con:
        print({t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "actors", "quotes",
                                                                                  "places", "events")})
    for url, ms, size in timings(args.dst):
        print(f"{ms:8.1f} ms  {size:8d} B  {url}")


if __name__ == "__main__":
    main()
