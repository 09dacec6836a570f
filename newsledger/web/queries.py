"""Every read the web page and API make, as parameterised SQL over a read-only newsledger database.

User input only ever reaches DuckDB as a bound parameter. The SQL text is put together from constants in this
file: filter fragments, and sort columns looked up in whitelists (SORTS) after pydantic has already limited the
keys. Columns that a part's table lacks (an older database) read as NULL instead of failing.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import duckdb
from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsledger.model import EVENT_STATUSES as STATUSES
from newsledger.model import PART_TYPES, ActorKind, EventStatus
from newsledger.model import PLOVER_TYPES as PLOVER
from newsledger.store import StoreError

MAX_LIMIT = 500
CSV_MAX_ROWS = 100_000
MAX_NODES = 200  # most actors a network shows




def _date_range(where: list[str], params: list[Any], column: str, date_from: Any, date_to: Any) -> None:
    """Adds the bounds that are set; `column` is one of this module's own column names, never user input."""
    if date_from:
        where.append(f"{column} >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"{column} <= ?")
        params.append(date_to)

class Query(BaseModel):
    """Base of every query-string model: unknown parameters are refused, empty ones mean "not given"."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_empty(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if v not in ("", None)}
        return data


class Paged(Query):
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="Rows per page (1-500).")
    offset: int = Field(0, ge=0, le=10_000_000, description="Rows to skip.")
    order: Literal["asc", "desc"] = "asc"


class DateRange(Query):
    date_from: dt.date | None = Field(None, description="From this day (YYYY-MM-DD), inclusive.")
    date_to: dt.date | None = Field(None, description="Up to this day (YYYY-MM-DD), inclusive.")

    @model_validator(mode="after")
    def _ordered(self) -> "DateRange":
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        return self


class EventFilter(DateRange):
    type: str | None = Field(None, pattern=r"^[A-Z_]{2,24}$", description="PLOVER event type, e.g. ASSAULT.")
    status: EventStatus | None = None
    actor: str | None = Field(None, min_length=1, max_length=200,
                              description="Part of the source's, target's or asserting actor's name.")
    place: str | None = Field(None, min_length=1, max_length=200,
                              description="Part of the place's name, or its ISO country code in capitals (AF).")
    article: str | None = Field(None, min_length=1, max_length=300, description="Only this article's events.")
    q: str | None = Field(None, min_length=1, max_length=200, description="Words in the event's sentence.")
    min_confidence: float | None = Field(None, ge=0, le=1, description="Events at least this confident (0-1); "
                                         "events below the extractor's default threshold are never stored.")


class EventQuery(EventFilter, Paged):
    sort: Literal["date", "type", "status", "source", "target", "place", "killed", "injured", "article",
                  "published"] = "date"


class EventExport(EventFilter):
    sort: Literal["date", "type", "status", "source", "target", "place", "killed", "injured", "article",
                  "published"] = "date"
    order: Literal["asc", "desc"] = "asc"


class TimelineQuery(EventFilter):
    granularity: Literal["auto", "day", "week", "month", "year"] = "auto"


class ArticleQuery(DateRange, Paged):
    q: str | None = Field(None, min_length=1, max_length=200, description="Words in the title or id.")
    outlet: str | None = Field(None, min_length=1, max_length=200)
    sort: Literal["published", "title", "outlet", "chars", "events", "quotes", "actors"] = "published"
    order: Literal["asc", "desc"] = "desc"


class ActorQuery(Paged):
    q: str | None = Field(None, min_length=1, max_length=200, description="Part of the name or an alias.")
    kind: ActorKind | None = None
    sort: Literal["name", "articles", "mentions", "quotes", "events"] = "articles"
    order: Literal["asc", "desc"] = "desc"


class ActorDetailQuery(Query):
    name: str = Field(min_length=1, max_length=200, description="The actor's canonical name.")
    limit: int = Field(100, ge=1, le=MAX_LIMIT, description="At most this many quotes and events each.")


class NetworkQuery(DateRange):
    nodes: int = Field(40, ge=2, le=MAX_NODES, description="Most-connected actors to show.")
    type: str | None = Field(None, pattern=r"^[A-Z_]{2,24}$")


class PlaceQuery(Query):
    limit: int = Field(300, ge=1, le=2000)
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$")
    kind: str | None = Field(None, pattern=r"^[a-z0-9_]{2,20}$")


class MergedEventQuery(Paged):
    type: str | None = Field(None, pattern=r"^[A-Z_]{2,24}$", description="PLOVER event type, e.g. ASSAULT.")
    actor: str | None = Field(None, min_length=1, max_length=200, description="Part of the source's or target's name.")
    min_articles: int = Field(1, ge=1, le=10_000, description="Only events reported by at least this many articles.")
    disputed: bool = Field(False, description="Only events whose reports disagree.")
    order: Literal["asc", "desc"] = Field("desc", description="By number of articles: desc is most reported first.")


class CrossContradictionQuery(Paged):
    window: int = Field(3, ge=0, le=60, description="At most this many days between the two articles.")
    kind: str | None = Field(None, pattern=r"^[a-z_-]{2,24}$", description="figure, control, event, ...")


class ContradictionQuery(Paged):
    q: str | None = Field(None, min_length=1, max_length=200, description="Words in the claim.")
    article: str | None = Field(None, min_length=1, max_length=300)
    order: Literal["asc", "desc"] = Field("desc", description="By publication date: desc is newest first.")


# Sort keys -> SQL expressions, per listing. Only these strings are ever put into ORDER BY.
SORTS = {
    "events": {"date": "day", "type": "type", "status": "status", "source": "source_name",
               "target": "target_name", "place": "place_name", "killed": "killed", "injured": "injured",
               "article": "article_title", "published": "published"},
    "articles": {"published": "a.published", "title": "a.title", "outlet": "a.outlet", "chars": "a.chars",
                 "events": "n_events", "quotes": "n_quotes", "actors": "n_actors"},
    "actors": {"name": "name", "articles": "articles", "mentions": "mentions", "quotes": "quotes",
               "events": "events"},
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}

# Timeline filters the per-day counts (memory.main.ev_days) can answer; any other filter reads the events.
COUNTED_TIMELINE_FILTERS = {"type", "status", "date_from", "date_to", "granularity"}
# The listing table's own helper columns, left out of what the API returns.
EV_HIDDEN = "EXCLUDE (pos, pos_desc, who_lc, place_lc)"
EVENT_FIELDS = ("id", "type", "cameo", "mode", "status", "date", "date_precision", "killed", "injured", "sentence",
                "start", "end", "source", "target", "place", "asserted_by", "trigger", "confidence")


def _order(listing: str, key: str, order: str, tail: str) -> str:
    return f"ORDER BY {SORTS[listing][key]} {DIRECTIONS[order]} NULLS LAST, {tail}"


def _csv_cell(value: Any) -> Any:
    """Values for a spreadsheet: no formulas (a cell starting with = + - @ is prefixed with ')."""
    if isinstance(value, str) and value[:1] in ("=", "+", "@", "\t", "\r", "-"):
        try:
            float(value)
        except ValueError:
            return "'" + value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


class Db:
    """A newsledger database attached read-only, shared by the server's threads (each call on its own cursor).

    The database cannot change while it is open read-only, so the joins every listing needs are done once at
    start into in-memory tables: `cache.ev` (each event with its actors', place's and article's names and its
    day) and `cache.actor_names` (actors merged by name, with counts). Listings then filter and sort one table.
    """

    def __init__(self, path: str):
        if not Path(path).exists():
            raise StoreError(f"{path}: no such database (create it with `newsledger ingest`)")
        self.path = path
        self.con = duckdb.connect(":memory:")
        try:
            self.con.execute("ATTACH ? AS news (READ_ONLY)", [str(path)])
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open database: {exc}") from None
        self.con.execute("USE news")
        self._lock = threading.Lock()
        self._check_tables()
        self._create_named_actors()
        self._create_event_table()
        self._create_network_tables()
        self._create_summary_tables()
        self.record = lru_cache(maxsize=256)(self._record)
        self._stats: dict[str, Any] | None = None

    def _check_tables(self) -> None:
        """Read the stored tables' columns (self.columns); refuse a database that is not newsledger's."""
        self.columns = {t: {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_catalog = 'news' AND table_name = ?",
            [t]).fetchall()} for t in ("articles", *PART_TYPES)}
        missing = {"articles", "events", "actors", "places", "quotes", "contradictions"} - {
            t for t, cols in self.columns.items() if cols}
        if missing:
            raise StoreError(f"{self.path}: not a newsledger database (no {', '.join(sorted(missing))} table)")

    def _create_named_actors(self) -> None:
        """The view actors_named: each article's actors under their corpus actor's name (issue 17), so that the
        actors page, events and the network show one node per real actor; a database without the corpus table
        keeps the article's names."""
        has_corpus = "corpus_actor" in self.columns["actors"] and self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_catalog = 'news' "
            "AND table_name = 'corpus_actors'").fetchall()[0][0]
        self.con.execute("CREATE VIEW memory.main.actors_named AS " + (
            "SELECT c.* REPLACE (coalesce(k.name, c.name) AS name) FROM news.actors c "
            "LEFT JOIN news.corpus_actors k ON k.id = c.corpus_actor" if has_corpus else "SELECT * FROM news.actors"))

    def _create_event_table(self) -> None:
        """The table ev, every event with its names. `pos`/`pos_desc`: each event's place in the default order (by
        day, then article, position), so paging sorts one integer; the table is stored in that order.
        `who_lc`/`place_lc`: lowercased names for the actor and place filters, computed once (issue 20: a million
        events)."""
        self.con.execute(
            "CREATE TABLE memory.main.ev AS SELECT *, row_number() OVER (ORDER BY day DESC NULLS LAST, article_id, "
            "start, id) AS pos_desc FROM (SELECT *, row_number() OVER (ORDER BY day NULLS LAST, article_id, start, id) "
            "AS pos, lower(concat_ws(chr(31), source_name, target_name, asserted_by_name)) AS who_lc, "
            f"lower(place_name) AS place_lc FROM ({self._events_sql()})) ORDER BY pos")

    def _create_network_tables(self) -> None:
        """Who acts on whom, counted once per (source, target, type) and per (actor, type): the network without a
        date range reads these instead of every event. Only pairs between actors that can be shown are kept: the
        top MAX_NODES by degree, overall or per type."""
        self.con.execute(
            "CREATE TEMP TABLE all_pairs AS SELECT source_name AS source, target_name AS target, type, "
            "count(*) AS n FROM memory.main.ev WHERE source_name IS NOT NULL AND target_name IS NOT NULL "
            "AND source_name <> target_name GROUP BY ALL")
        self.con.execute(
            "CREATE TABLE memory.main.net_degree AS SELECT name, type, sum(n) AS degree FROM (SELECT source AS name, "
            "type, n FROM all_pairs UNION ALL SELECT target, type, n FROM all_pairs) GROUP BY ALL")
        self.con.execute(
            "CREATE TEMP TABLE shown AS SELECT DISTINCT name FROM (SELECT name, row_number() OVER (PARTITION BY type "
            "ORDER BY degree DESC, name) AS r FROM memory.main.net_degree UNION ALL SELECT name, row_number() OVER "
            "(ORDER BY degree DESC, name) FROM (SELECT name, sum(degree) AS degree FROM memory.main.net_degree "
            f"GROUP BY name)) WHERE r <= {MAX_NODES}")
        self.con.execute(
            "CREATE TABLE memory.main.net_pairs AS SELECT * FROM all_pairs WHERE source IN (SELECT name FROM shown) "
            "AND target IN (SELECT name FROM shown)")
        self.con.execute("DROP TABLE all_pairs")
        self.con.execute("DROP TABLE shown")

    def _create_summary_tables(self) -> None:
        """Counts the pages read without filters: events per day, type and status (the timeline), actor names,
        per-article counts, place names."""
        self.con.execute("CREATE TABLE memory.main.ev_days AS SELECT day, type, status, count(*) AS n "
                         "FROM memory.main.ev WHERE day IS NOT NULL GROUP BY ALL")
        self.con.execute(f"CREATE TABLE memory.main.actor_names AS {self._actor_agg_sql()} GROUP BY c.name")
        self.con.execute(
            "CREATE TABLE memory.main.article_counts AS SELECT a.id AS article_id, "
            "coalesce(e.n, 0) AS n_events, coalesce(q.n, 0) AS n_quotes, coalesce(c.n, 0) AS n_actors FROM articles a "
            "LEFT JOIN (SELECT article_id, count(*) AS n FROM events GROUP BY 1) e ON e.article_id = a.id "
            "LEFT JOIN (SELECT article_id, count(*) AS n FROM quotes GROUP BY 1) q ON q.article_id = a.id "
            "LEFT JOIN (SELECT article_id, count(*) AS n FROM actors GROUP BY 1) c ON c.article_id = a.id")
        self.con.execute(
            "CREATE TABLE memory.main.place_names AS SELECT name, kind, country, round(avg(lat), 4) AS lat, "
            "round(avg(lon), 4) AS lon, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM places "
            "WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY name, kind, country")

    def close(self) -> None:
        self.con.close()

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        with self._lock:
            cur = self.con.cursor()
        try:
            cur.execute("USE news")
            res = cur.execute(sql, params or [])
            cols = [d[0] for d in res.description]
            return [dict(zip(cols, row)) for row in res.fetchall()]
        finally:
            cur.close()

    def _col(self, table: str, alias: str, name: str) -> str:
        return f'{alias}."{name}"' if name in self.columns.get(table, ()) else "NULL"

    def _record(self, article_id: str) -> dict[str, Any] | None:
        got = self.rows("SELECT record FROM articles WHERE id = ?", [article_id])
        return json.loads(got[0]["record"]) if got else None

    # -- overview -----------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        if self._stats is None:
            self._stats = self._compute_stats()
        return self._stats

    def _compute_stats(self) -> dict[str, Any]:
        counts = self.rows("SELECT " + ", ".join(f"(SELECT count(*) FROM {t}) AS {t}"
                                                 for t in ("articles", *PART_TYPES)))[0]
        span = self.rows("SELECT min(published) AS first, max(published) AS last FROM articles")[0]
        outlets = self.rows("SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL "
                            "GROUP BY outlet ORDER BY n DESC, outlet LIMIT 50")
        types = self.rows("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")
        unplaced = self.rows("SELECT count(*) AS n FROM places WHERE lat IS NULL OR lon IS NULL")[0]["n"]
        return {"counts": counts, "published": span, "outlets": outlets, "event_types": types,
                "places_without_coordinates": unplaced,
                "plover": list(PLOVER), "statuses": list(STATUSES)}

    # -- articles -----------------------------------------------------------------------------------
    def articles(self, f: ArticleQuery) -> dict[str, Any]:
        where, params = ["TRUE"], []
        if f.q:
            where.append("(contains(lower(coalesce(a.title, '')), ?) OR contains(lower(a.id), ?))")
            params += [f.q.lower(), f.q.lower()]
        if f.outlet:
            where.append("a.outlet = ?")
            params.append(f.outlet)
        _date_range(where, params, "a.published", f.date_from, f.date_to)
        cond = " AND ".join(where)
        total = self.rows(f"SELECT count(*) AS n FROM articles a WHERE {cond}", params)[0]["n"]
        sql = (f"SELECT a.id, a.title, a.url, a.outlet, a.published, a.language, a.chars, n.n_events, n.n_quotes, "
               f"n.n_actors FROM articles a JOIN memory.main.article_counts n ON n.article_id = a.id "
               f"WHERE {cond} {_order('articles', f.sort, f.order, 'a.id')} LIMIT ? OFFSET ?")
        items = self.rows(sql, params + [f.limit, f.offset])
        return {"total": total, "limit": f.limit, "offset": f.offset, "items": items}

    def article_head(self, article_id: str) -> dict[str, Any] | None:
        got = self.rows("SELECT id, title, url, outlet, published, language, source, chars, text "
                        "FROM articles WHERE id = ?", [article_id])
        return got[0] if got else None

    # -- events -------------------------------------------------------------------------------------
    def _events_sql(self) -> str:
        e = lambda c: self._col("events", "e", c)  # noqa: E731
        fields = ", ".join(f"{e(c)} AS \"{c}\"" for c in EVENT_FIELDS)
        d = f"regexp_replace({e('date')}, '^(\\d{{3}})X$', '\\10')"
        return (
            f"SELECT e.article_id, {fields}, s.name AS source_name, t.name AS target_name, "
            f"w.name AS asserted_by_name, p.name AS place_name, p.country AS place_country, p.lat, p.lon, "
            f"p.precision AS geo_precision, "  # ACLED's code for the event's place (1 town, 2 near, 3 region)
            f"a.title AS article_title, a.published, a.outlet, a.url, "
            # The day an event sits on: its own date to its precision (a decade "198X" at 1980), else the
            # article's; values that are not calendar dates (centuries "19", weeks, refs) use the article's.
            f"coalesce(CASE WHEN regexp_full_match({d}, '\\d{{4}}(-\\d{{2}}){{0,2}}(T.*)?') THEN "
            f"TRY_CAST(rpad(left({d}, 10), 10, '-01-01') AS DATE) END, a.published) AS day "
            f"FROM events e JOIN articles a ON a.id = e.article_id "
            f"LEFT JOIN memory.main.actors_named s ON s.article_id = e.article_id AND s.id = {e('source')} "
            f"LEFT JOIN memory.main.actors_named t ON t.article_id = e.article_id AND t.id = {e('target')} "
            f"LEFT JOIN memory.main.actors_named w ON w.article_id = e.article_id AND w.id = {e('asserted_by')} "
            f"LEFT JOIN places p ON p.article_id = e.article_id AND p.id = {e('place')}")

    @staticmethod
    def _event_where(f: EventFilter) -> tuple[str, list[Any]]:
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if f.type:
            where.append("type = ?")
            params.append(f.type)
        if f.status:
            where.append("status = ?")
            params.append(f.status)
        if f.actor:  # in the source's, target's or asserting actor's name
            where.append("contains(who_lc, ?)")
            params.append(f.actor.lower())
        if f.place and len(f.place) == 2 and f.place.isupper():  # an ISO country code: AF, SY
            where.append("place_country = ?")
            params.append(f.place)
        elif f.place:
            where.append("contains(place_lc, ?)")
            params.append(f.place.lower())
        _date_range(where, params, "day", f.date_from, f.date_to)
        if f.article:
            where.append("article_id = ?")
            params.append(f.article)
        if f.q:
            where.append("contains(lower(sentence), ?)")
            params.append(f.q.lower())
        if f.min_confidence is not None:
            where.append("coalesce(confidence, 1) >= ?")  # events stored before issue 16 carry none
            params.append(f.min_confidence)
        return " AND ".join(where), params

    def events(self, f: EventQuery) -> dict[str, Any]:
        cond, params = self._event_where(f)
        base = f"FROM memory.main.ev WHERE {cond}"
        total = self.rows(f"SELECT count(*) AS n {base}", params)[0]["n"]
        if f.sort == "date":  # the default order, precomputed
            order = "ORDER BY pos" if f.order == "asc" else "ORDER BY pos_desc"
        else:
            order = _order("events", f.sort, f.order, "article_id, start, id")
        # The page's positions first (a sort over a few columns), then only those rows whole.
        items = self.rows(f"SELECT * {EV_HIDDEN} FROM memory.main.ev WHERE pos IN (SELECT pos {base} {order} "
                          f"LIMIT ? OFFSET ?) {order}", params + [f.limit, f.offset]) if total > f.offset else []
        return {"total": total, "limit": f.limit, "offset": f.offset, "items": items}

    CSV_COLUMNS = ("article_id", "article_title", "outlet", "published", "url", "id", "type", "cameo", "status",
                   "date", "date_precision", "source_name", "target_name", "asserted_by_name", "place_name",
                   "place_country", "lat", "lon", "geo_precision", "killed", "injured", "sentence")

    def events_csv(self, f: EventExport) -> Iterator[str]:
        cond, params = self._event_where(f)
        rows = self.rows(f"SELECT * FROM memory.main.ev WHERE {cond} "
                         f"{_order('events', f.sort, f.order, 'article_id, start, id')} LIMIT ?",
                         params + [CSV_MAX_ROWS])
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(self.CSV_COLUMNS)
        for i, r in enumerate(rows):
            w.writerow([_csv_cell(r.get(c)) for c in self.CSV_COLUMNS])
            if i % 500 == 499:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    def timeline(self, f: TimelineQuery) -> dict[str, Any]:
        cond, params = self._event_where(f)
        if set(f.model_dump(exclude_none=True)) - COUNTED_TIMELINE_FILTERS:
            table, count = "memory.main.ev", "count(*)"
        else:  # type, status and dates only: the per-day counts
            table, count = "memory.main.ev_days", "sum(n)"
        base = f"FROM {table} WHERE {cond} AND day IS NOT NULL"
        span = self.rows(f"SELECT min(day) AS first, max(day) AS last, coalesce({count}, 0) AS n {base}", params)[0]
        gran = f.granularity
        if gran == "auto":
            days = (span["last"] - span["first"]).days if span["first"] else 0
            gran = "day" if days <= 120 else "week" if days <= 3 * 365 else "month"
        buckets = self.rows(f"SELECT date_trunc('{gran}', day)::DATE AS bucket, type, {count} AS n {base} "
                            f"GROUP BY ALL ORDER BY bucket, type", params) if span["n"] else []
        return {"granularity": gran, "first": span["first"], "last": span["last"], "total": span["n"],
                "buckets": buckets}

    # -- places -------------------------------------------------------------------------------------
    def places(self, f: PlaceQuery) -> dict[str, Any]:
        where, params = ["TRUE"], []
        if f.country:
            where.append("country = ?")
            params.append(f.country.upper())
        if f.kind:
            where.append("kind = ?")
            params.append(f.kind)
        cond = " AND ".join(where)
        items = self.rows(f"SELECT * FROM memory.main.place_names WHERE {cond} ORDER BY mentions DESC, name LIMIT ?",
                          params + [f.limit])
        return {"items": items, "without_coordinates": self.stats()["places_without_coordinates"]}

    # -- actors -------------------------------------------------------------------------------------
    def _actor_agg_sql(self) -> str:
        role, country = self._col("actors", "c", "role"), self._col("actors", "c", "country")
        mentions = self._col("actors", "c", "mentions")
        return (
            "SELECT c.name, mode(c.kind) AS kind, count(DISTINCT c.article_id) AS articles, "
            f"sum(coalesce({mentions}, 0)) AS mentions, "
            "coalesce(list_sort(list_distinct(flatten(list(coalesce(c.aliases, []::VARCHAR[]))))), []) AS aliases, "
            f"coalesce(list_sort(list_distinct(list({role}) FILTER (WHERE {role} IS NOT NULL))), []) AS roles, "
            f"mode({country}) AS country, "
            "coalesce(sum(qn.n), 0) AS quotes, coalesce(sum(en.n), 0) AS events "
            "FROM memory.main.actors_named c "
            "LEFT JOIN (SELECT article_id, speaker, count(*) AS n FROM quotes GROUP BY ALL) qn "
            "  ON qn.article_id = c.article_id AND qn.speaker = c.id "
            "LEFT JOIN (SELECT article_id, who, count(*) AS n FROM "
            "  (SELECT article_id, source AS who FROM events UNION ALL SELECT article_id, target FROM events) "
            "  GROUP BY ALL) en ON en.article_id = c.article_id AND en.who = c.id ")

    def actors(self, f: ActorQuery) -> dict[str, Any]:
        where, params = ["TRUE"], []
        if f.q:
            where.append("(contains(lower(name), ?) OR contains(lower(array_to_string(aliases, ' | ')), ?))")
            params += [f.q.lower(), f.q.lower()]
        if f.kind:
            where.append("kind = ?")
            params.append(f.kind)
        cond = " AND ".join(where)
        total = self.rows(f"SELECT count(*) AS n FROM memory.main.actor_names WHERE {cond}", params)[0]["n"]
        items = self.rows(f"SELECT * FROM memory.main.actor_names WHERE {cond} "
                          f"{_order('actors', f.sort, f.order, 'name')} LIMIT ? OFFSET ?",
                          params + [f.limit, f.offset])
        return {"total": total, "limit": f.limit, "offset": f.offset, "items": items}

    def actor(self, f: ActorDetailQuery) -> dict[str, Any] | None:
        got = self.rows("SELECT * FROM memory.main.actor_names WHERE name = ?", [f.name])
        if not got:
            return None
        actor = got[0]
        q = lambda c: self._col("quotes", "q", c)  # noqa: E731
        actor["quotes_list"] = self.rows(
            f"SELECT q.article_id, a.title AS article_title, a.published, a.outlet, q.id, q.kind, q.text, "
            f"{q('cue')} AS cue, {q('channel')} AS channel, {q('date')} AS date, q.start, q.\"end\" "
            f"FROM quotes q JOIN memory.main.actors_named c ON c.article_id = q.article_id AND c.id = q.speaker "
            f"JOIN articles a ON a.id = q.article_id WHERE c.name = ? "
            f"ORDER BY a.published NULLS LAST, q.article_id, q.start LIMIT ?", [f.name, f.limit])
        actor["events_list"] = self.rows(
            f"SELECT * {EV_HIDDEN} FROM memory.main.ev WHERE pos IN (SELECT pos FROM memory.main.ev "
            "WHERE source_name = ? OR target_name = ? OR asserted_by_name = ? ORDER BY pos LIMIT ?) ORDER BY pos",
            [f.name, f.name, f.name, f.limit])
        actor["articles_list"] = self.rows(
            "SELECT DISTINCT a.id, a.title, a.published, a.outlet FROM memory.main.actors_named c "
            "JOIN articles a ON a.id = c.article_id "
            "WHERE c.name = ? ORDER BY a.published DESC NULLS LAST, a.id LIMIT ?", [f.name, f.limit])
        return actor

    def network(self, f: NetworkQuery) -> dict[str, Any]:
        if not (f.date_from or f.date_to):
            return self._network_counted(f)
        where, params = ["source_name IS NOT NULL AND target_name IS NOT NULL AND source_name <> target_name"], []
        if f.type:
            where.append("type = ?")
            params.append(f.type)
        _date_range(where, params, "day", f.date_from, f.date_to)
        cond = " AND ".join(where)
        edges = self.rows(
            f"WITH ev AS (SELECT * FROM memory.main.ev WHERE {cond}), "
            f"pairs AS (SELECT source_name AS source, target_name AS target, count(*) AS n, "
            f"  list_sort(list_distinct(list(type))) AS types FROM ev GROUP BY ALL), "
            f"deg AS (SELECT name, sum(n) AS degree FROM (SELECT source AS name, n FROM pairs UNION ALL "
            f"  SELECT target, n FROM pairs) GROUP BY name ORDER BY degree DESC, name LIMIT ?) "
            f"SELECT p.* FROM pairs p WHERE p.source IN (SELECT name FROM deg) AND p.target IN (SELECT name FROM deg) "
            f"ORDER BY n DESC, source, target LIMIT 2000", params + [f.nodes])
        return self._network_nodes(edges)

    def _network_counted(self, f: NetworkQuery) -> dict[str, Any]:
        """The network without a date range, from the pair and degree counts made at start (same result)."""
        typed, params = ("AND type = ?", [f.type]) if f.type else ("", [])
        edges = self.rows(
            f"WITH deg AS (SELECT name, sum(degree) AS degree FROM memory.main.net_degree WHERE TRUE {typed} "
            f"  GROUP BY name ORDER BY degree DESC, name LIMIT ?) "
            f"SELECT source, target, sum(n) AS n, list_sort(list_distinct(list(type))) AS types "
            f"FROM memory.main.net_pairs WHERE source IN (SELECT name FROM deg) AND target IN (SELECT name FROM deg) "
            f"{typed} GROUP BY source, target ORDER BY n DESC, source, target LIMIT 2000",
            params + [f.nodes] + params)
        return self._network_nodes(edges)

    def _network_nodes(self, edges: list[dict[str, Any]]) -> dict[str, Any]:
        names = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
        kinds = {r["name"]: r for r in self.rows(  # actor_names holds the same mode(kind) and article count
            "SELECT name, kind, articles FROM memory.main.actor_names WHERE list_contains(?, name)",
            [names])} if names else {}
        nodes = [{"name": n, "kind": kinds.get(n, {}).get("kind"), "articles": kinds.get(n, {}).get("articles", 0),
                  "degree": sum(e["n"] for e in edges if n in (e["source"], e["target"]))} for n in names]
        return {"nodes": nodes, "edges": edges}

    # -- contradictions -----------------------------------------------------------------------------
    def contradictions(self, f: ContradictionQuery) -> dict[str, Any]:
        where, params = ["TRUE"], []
        if f.q:
            where.append("contains(lower(x.claim), ?)")
            params.append(f.q.lower())
        if f.article:
            where.append("x.article_id = ?")
            params.append(f.article)
        cond = " AND ".join(where)
        kind = self._col("contradictions", "x", "kind")
        total = self.rows(f"SELECT count(*) AS n FROM contradictions x WHERE {cond}", params)[0]["n"]
        rows = self.rows(
            f"SELECT x.article_id, x.claim, x.asserted_by, x.disputed_by, x.evidence_for, x.evidence_against, "
            f"{kind} AS kind, a.title AS article_title, a.outlet, a.url, a.published "
            f"FROM contradictions x JOIN articles a ON a.id = x.article_id WHERE {cond} "
            f"ORDER BY a.published {DIRECTIONS[f.order]} NULLS LAST, x.article_id LIMIT ? OFFSET ?",
            params + [f.limit, f.offset])
        items = [self._sides(r) for r in rows]
        return {"total": total, "limit": f.limit, "offset": f.offset, "items": items}

    def _sides(self, row: dict[str, Any]) -> dict[str, Any]:
        """A contradiction with both sides resolved: actor names, and evidence quotes or events as text."""
        rec = self.record(row["article_id"]) or {}
        actors = {a["id"]: a for a in rec.get("actors", [])}
        items = {q["id"]: {"kind": "quote", "id": q["id"], "text": q.get("text"), "quote_kind": q.get("kind"),
                           "speaker": (actors.get(q.get("speaker")) or {}).get("name") or q.get("speaker_text"),
                           "start": q.get("start"), "end": q.get("end")}
                 for q in rec.get("quotes", []) if q.get("id")}
        items.update({e["id"]: {"kind": "event", "id": e["id"], "text": e.get("sentence"), "type": e.get("type"),
                                "status": e.get("status"), "start": e.get("start"), "end": e.get("end")}
                      for e in rec.get("events", []) if e.get("id")})

        def side(who: list[str] | None, evidence: list[str] | None) -> dict[str, Any]:
            return {"actors": [{"id": a, "name": (actors.get(a) or {}).get("name") or a} for a in who or []],
                    "evidence": [items.get(x) or {"kind": "unknown", "id": x, "text": None} for x in evidence or []]}

        source = {k: row.get(k) for k in ("article_id", "article_title", "outlet", "url", "published")}
        return {"claim": row["claim"], "kind": row.get("kind"), "source": source,
                "for": side(row.get("asserted_by"), row.get("evidence_for")),
                "against": side(row.get("disputed_by"), row.get("evidence_against"))}

    # -- the corpus: merged events, near-duplicates, contradictions across articles --------------------
    def has_tables(self, *names: str) -> bool:
        have = {r["table_name"] for r in self.rows(
            "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'news'")}
        return set(names) <= have

    MERGED_FIELDS = ("id, type, cameo, source_name, target_name, place_name, country, lat, lon, date_first, "
                     "date_last, num_mentions, num_articles, num_sources, killed, injured, statuses, sentence, "
                     "contradictions")

    def merged_events(self, f: MergedEventQuery) -> dict[str, Any]:
        """Events merged across articles (newsledger.corpus.merge), most reported first."""
        if not self.has_tables("merged_events"):
            return {"total": 0, "limit": f.limit, "offset": f.offset, "items": []}
        where = ["num_articles >= ?"]
        params: list[Any] = [f.min_articles]
        if f.type:
            where.append("type = ?")
            params.append(f.type)
        if f.actor:
            where.append("(contains(lower(source_name), ?) OR contains(lower(target_name), ?))")
            params += [f.actor.lower()] * 2
        if f.disputed:
            where.append("contradictions IS NOT NULL AND contradictions <> '[]'")
        cond = " AND ".join(where)
        total = self.rows(f"SELECT count(*) AS n FROM merged_events WHERE {cond}", params)[0]["n"]
        d = DIRECTIONS[f.order]
        items = self.rows(f"SELECT {self.MERGED_FIELDS} FROM merged_events WHERE {cond} "
                          f"ORDER BY num_articles {d}, num_mentions {d}, date_first, id LIMIT ? OFFSET ?",
                          params + [f.limit, f.offset])
        return {"total": total, "limit": f.limit, "offset": f.offset, "items": [_merged(r) for r in items]}

    def merged_event(self, merged_id: str) -> dict[str, Any] | None:
        """One merged event with the articles that report it and each article's own event."""
        if not self.has_tables("merged_events", "event_sources", "event_members"):
            return None
        got = self.rows(f"SELECT {self.MERGED_FIELDS} FROM merged_events WHERE id = ?", [merged_id])
        if not got:
            return None
        event = _merged(got[0])
        event["sources"] = self.rows(
            "SELECT s.article_id, a.title AS article_title, s.outlet, s.url, s.published, s.via_duplicate_of, "
            "s.mentions FROM event_sources s LEFT JOIN articles a ON a.id = s.article_id WHERE s.merged_id = ? "
            "ORDER BY s.published NULLS LAST, s.article_id", [merged_id])
        event["reports"] = self.rows(
            "SELECT ev.* FROM event_members m JOIN memory.main.ev ev ON ev.article_id = m.article_id "
            "AND ev.id = m.event_id WHERE m.merged_id = ? ORDER BY ev.published NULLS LAST, ev.article_id, ev.start",
            [merged_id])
        return event

    def duplicates(self, f: Paged) -> dict[str, Any]:
        """Near-duplicate articles, each with the stored article it copies."""
        if not self.has_tables("duplicates"):
            return {"total": 0, "limit": f.limit, "offset": f.offset, "items": []}
        total = self.rows("SELECT count(*) AS n FROM duplicates")[0]["n"]
        items = self.rows(
            "SELECT d.article_id, d.title, d.outlet, d.url, d.published, d.canonical_id, a.title AS canonical_title, "
            "a.outlet AS canonical_outlet, a.published AS canonical_published, d.jaccard, d.containment "
            f"FROM duplicates d LEFT JOIN articles a ON a.id = d.canonical_id "
            f"ORDER BY d.canonical_id {DIRECTIONS[f.order]}, d.published, d.article_id LIMIT ? OFFSET ?",
            [f.limit, f.offset])
        return {"total": total, "limit": f.limit, "offset": f.offset, "items": items}

    def contradictions_across(self, f: CrossContradictionQuery) -> dict[str, Any]:
        """Contradictions between articles: figures and claim/denial pairs (newsledger.extract.claims), then
        merged events whose reports disagree on whether the event happened, unless that article pair is listed."""
        found = self._across(f.window)
        items = [c for c in found if not f.kind or c.get("kind") == f.kind]
        return {"total": len(items), "limit": f.limit, "offset": f.offset,
                "items": items[f.offset:f.offset + f.limit]}

    def _across(self, window_days: int) -> list[dict[str, Any]]:
        """Found once per window: the database is read-only, so the answer never changes."""
        found = self.__dict__.setdefault("_across_by_window", {})
        if window_days not in found:
            found[window_days] = self._find_across(window_days)
        return found[window_days]

    def _find_across(self, window_days: int) -> list[dict[str, Any]]:
        from newsledger.extract.claims import cross_article, evidence_texts

        records = [json.loads(r["record"]) for r in self.rows("SELECT record FROM articles ORDER BY published, id")]
        found = cross_article(records, window_days=window_days)
        by_id = {r["article"]["id"]: r for r in records}
        for c in found:
            c.setdefault("scope", "cross")
            for e in c.get("evidence_for", []) + c.get("evidence_against", []):
                aid = e["article"]
                if aid in by_id and not e["id"].startswith("n"):  # quote and event ids; figures keep their text
                    full = evidence_texts(by_id[aid], [e["id"]], (self.article_head(aid) or {}).get("text") or "")
                    if full and full[0]:
                        e["text"] = full[0].strip()
        return found + self._disputed_merged({frozenset(c.get("articles", [])) for c in found})

    def _disputed_merged(self, listed: set[frozenset]) -> list[dict[str, Any]]:
        """Merged events whose reports disagree on whether the event happened (claimed or reported in one article,
        denied in another), as the corpus merge recorded them."""
        if not self.has_tables("merged_events", "event_members"):
            return []
        out = []
        for r in self.rows("SELECT id, type, source_name, target_name, place_name, date_first, contradictions "
                           "FROM merged_events WHERE contradictions IS NOT NULL AND contradictions <> '[]' "
                           "ORDER BY date_first NULLS LAST, id"):
            for disagreement in json.loads(r["contradictions"]):
                if disagreement.get("field") != "status":
                    continue
                values = disagreement.get("values", [])
                denied = sorted({a for v in values if v.get("value") == "denied" for a in v.get("articles", [])})
                other = sorted({a for v in values if v.get("value") != "denied"
                                for a in v.get("articles", [])} - set(denied))
                if not denied or not other or any(frozenset((a, b)) in listed for a in other for b in denied):
                    continue
                what = " ".join(x for x in (r["source_name"], r["type"], r["target_name"]) if x)
                if r["place_name"]:
                    what += f" in {r['place_name']}"
                out.append({"scope": "merged-event", "kind": "event", "merged_id": r["id"],
                            "claim": f"{what} ({', '.join(sorted({v['value'] for v in values}))})",
                            "articles": sorted(set(other) | set(denied)),
                            "published": str(r["date_first"]) if r["date_first"] else None,
                            "asserted_by": other, "disputed_by": denied,
                            "evidence_for": self._event_evidence(r["id"], other),
                            "evidence_against": self._event_evidence(r["id"], denied)})
        return out

    def _event_evidence(self, merged_id: str, articles: list[str]) -> list[dict[str, Any]]:
        rows = self.rows("SELECT e.article_id, e.id, e.sentence FROM event_members m JOIN events e "
                         "ON e.article_id = m.article_id AND e.id = m.event_id WHERE m.merged_id = ? "
                         "AND list_contains(?, e.article_id) ORDER BY e.article_id, e.id", [merged_id, articles])
        out, seen = [], set()
        for x in rows:
            if (x["article_id"], x["sentence"]) not in seen:  # two events of one sentence: one piece of evidence
                seen.add((x["article_id"], x["sentence"]))
                out.append({"article": x["article_id"], "id": x["id"], "text": x["sentence"]})
        return out


def _merged(row: dict[str, Any]) -> dict[str, Any]:
    """A merged event row with its disagreements parsed from their stored JSON."""
    return {**row, "contradictions": json.loads(row["contradictions"] or "[]")}
