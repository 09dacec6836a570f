"""The DuckDB store: one table per record part, keyed by article, plus the whole record as JSON.

Writes are idempotent by the article text's SHA-256 and atomic per batch (one transaction), so a crash never
leaves a half-written article. Reads are parameterised; table and column names come only from the schema here.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from newsledger.model import PART_TYPES, Record

# Record part -> dataclass; each becomes a table with article_id first.
# Tables written by newsledger.corpus when articles are merged; exported whole when present.
CORPUS_TABLES = ("merged_events", "event_sources", "duplicates", "corpus_actors", "actor_links")
EXPORTABLE = ("articles", *PART_TYPES, *CORPUS_TABLES)

_SQL_TYPES = {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN"}
_ARROW_TYPES = {"VARCHAR": pa.string(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
                "VARCHAR[]": pa.list_(pa.string()), "DATE": pa.date32(), "JSON": pa.string(), "BLOB": pa.binary()}


def _sql_type(tp: Any) -> str:
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    origin = typing.get_origin(tp)
    if origin is list:
        return "VARCHAR[]"
    if args and origin is not list:  # Optional[X] / X | None / int | float
        if float in args:
            return "DOUBLE"
        return _sql_type(args[0])
    return _SQL_TYPES.get(tp, "VARCHAR")


@lru_cache(maxsize=None)
def part_columns(part: str) -> tuple[tuple[str, str], ...]:
    """(name, SQL type) of a part's table, read from the type hints once per part (not once per batch)."""
    cls = PART_TYPES[part]
    hints = typing.get_type_hints(cls)
    return (("article_id", "VARCHAR"),) + tuple((f.name, _sql_type(hints[f.name])) for f in dataclasses.fields(cls))


FETCH_STATE_SCHEMA = ("CREATE TABLE IF NOT EXISTS fetch_state (url VARCHAR PRIMARY KEY, kind VARCHAR, status VARCHAR, "
                      "via VARCHAR, etag VARCHAR, last_modified VARCHAR, final_url VARCHAR, text_sha256 VARCHAR, "
                      "attempts BIGINT, error VARCHAR, fetched_at TIMESTAMP)")

# The corpus actor tables (newsledger.corpus.actors says what they hold).
CORPUS_ACTOR_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS corpus_actors (id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, code VARCHAR, "
    "dictionary VARCHAR, aliases VARCHAR[], mentions BIGINT, articles BIGINT)",
    "CREATE TABLE IF NOT EXISTS actor_links (article_id VARCHAR, actor_id VARCHAR, corpus_id VARCHAR, "
    "PRIMARY KEY (article_id, actor_id))",
    "CREATE TABLE IF NOT EXISTS corpus_actor_redirects (old_id VARCHAR PRIMARY KEY, corpus_id VARCHAR)",
]

ARTICLE_COLUMNS = [("id", "VARCHAR"), ("text_sha256", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"),
                   ("outlet", "VARCHAR"), ("published", "DATE"), ("language", "VARCHAR"), ("source", "VARCHAR"),
                   ("chars", "BIGINT"), ("text", "VARCHAR"), ("record", "VARCHAR")]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def schema_sql() -> list[str]:
    """CREATE statements, then ADD COLUMN IF NOT EXISTS for every part column, so a database written before a
    field was added to the model (Event.confidence, issue 16) takes new records without a rebuild."""
    stmts = ["CREATE TABLE IF NOT EXISTS articles (" + ", ".join(f"{_q(n)} {t}" for n, t in ARTICLE_COLUMNS)
             + ", PRIMARY KEY (id))",
             "CREATE UNIQUE INDEX IF NOT EXISTS articles_sha ON articles (text_sha256)"]
    for part in PART_TYPES:
        cols = ", ".join(f"{_q(n)} {t}" for n, t in part_columns(part))
        stmts.append(f"CREATE TABLE IF NOT EXISTS {part} ({cols})")
        stmts.append(f"CREATE INDEX IF NOT EXISTS {part}_article ON {part} (article_id)")
        stmts += [f"ALTER TABLE {part} ADD COLUMN IF NOT EXISTS {_q(n)} {t}" for n, t in part_columns(part)]
    return stmts


class StoreError(Exception):
    pass


class Store:
    """A newsledger database. `Store(path)` opens (creating) it for writing; `read_only=True` for serving."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database (create it with `newsledger ingest`)")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from None
        self._table_columns: dict[str, list[tuple[str, str]]] = {}
        if not read_only:
            with self.transaction():  # all tables or none, even when the process is killed here
                for stmt in schema_sql():
                    self.con.execute(stmt)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writes -------------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: committed when the block ends, rolled back (and the error raised) when it fails."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def insert_rows(self, table: str, rows: list[tuple], replace: bool = False) -> None:
        """Rows (tuples in the table's column order) in one statement through Arrow: executemany is row by row."""
        if not rows:
            return
        if table not in self._table_columns:
            self._table_columns[table] = [(r[0], r[1]) for r in self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [table]).fetchall()]
        data = pa.table({name: pa.array([row[i] for row in rows], type=_ARROW_TYPES[sql])
                         for i, (name, sql) in enumerate(self._table_columns[table])})
        self.con.register("_incoming_rows", data)
        try:
            verb = "INSERT OR REPLACE INTO" if replace else "INSERT INTO"
            self.con.execute(f"{verb} {table} SELECT * FROM _incoming_rows")
        finally:
            self.con.unregister("_incoming_rows")

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        hashes = list(set(hashes))
        if not hashes:
            return set()
        rows = self.con.execute("SELECT text_sha256 FROM articles WHERE list_contains(?, text_sha256)",
                                [hashes]).fetchall()
        return {r[0] for r in rows}

    def _stored_ids(self, ids: list[str]) -> set[str]:
        """Those of `ids` that stored articles hold (one query for a batch)."""
        rows = self.con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [list(set(ids))]).fetchall()
        return {r[0] for r in rows}

    def write(self, records: list[Record]) -> int:
        """Store records not already stored (by text hash), all in one transaction. Returns how many."""
        known = self.known_hashes(r.article.sha256 for r in records)
        fresh: list[Record] = []
        seen: set[str] = set()
        for r in records:
            if r.article.sha256 not in known and r.article.sha256 not in seen:
                seen.add(r.article.sha256)
                fresh.append(r)
        if not fresh:
            return 0
        articles: list[dict[str, Any]] = []
        parts: dict[str, list[dict[str, Any]]] = {p: [] for p in PART_TYPES}
        part_article_ids: dict[str, list[str]] = {p: [] for p in PART_TYPES}  # each part row's article
        # Article ids are kept unless another text already holds the id (stored, or earlier in this batch); then
        # the text's hash is appended.
        wanted = [r.article.id or r.article.sha256[:16] for r in fresh]
        taken = self._stored_ids(wanted)
        for r, article_id in zip(fresh, wanted):
            r.article.id = f"{article_id}-{r.article.sha256[:8]}" if article_id in taken else article_id
            taken.add(r.article.id)
            rec = r.to_dict()
            head = rec["article"]
            articles.append({**{k: head.get(k) for k, _ in ARTICLE_COLUMNS if k in head},
                             "text": r.article.text, "record": json.dumps(rec, ensure_ascii=False)})
            for part in PART_TYPES:
                parts[part] += rec[part]
                part_article_ids[part] += [r.article.id] * len(rec[part])
        with self.transaction():
            self._insert("articles", ARTICLE_COLUMNS, articles)
            for part, rows in parts.items():
                self._insert(part, part_columns(part), rows, {"article_id": part_article_ids[part]})
        return len(fresh)

    def _insert(self, table: str, columns: typing.Sequence[tuple[str, str]], rows: list[dict[str, Any]],
                given: dict[str, list[Any]] | None = None) -> None:
        """`given`: whole columns known apart from the rows (a part's article ids), one value per row."""
        if not rows:
            return
        given = given or {}
        # Column by column: Arrow builds typed columns from lists faster than from a list of row dicts.
        data = pa.table({n: pa.array(_column(given[n] if n in given else [row.get(n) for row in rows], t),
                                     type=_ARROW_TYPES[t]) for n, t in columns})
        self.con.register("_incoming", data)
        try:
            names = ", ".join(_q(n) for n, _ in columns)
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    # -- corpus actors (newsledger.corpus.actors computes them; the store reads and writes the tables) ----------
    def ensure_corpus_actor_tables(self) -> None:
        for stmt in CORPUS_ACTOR_SCHEMA:
            self.con.execute(stmt)

    def identity_actor_rows(self) -> list[tuple]:
        """(article_id, id, name, kind, code, dictionary, country, aliases, mentions, relative_of) of every
        per-article actor given an identity (code_source set), by article and id."""
        return self.con.execute(
            "SELECT article_id, id, name, kind, code, dictionary, country, aliases, mentions, relative_of FROM actors "
            "WHERE code_source IS NOT NULL ORDER BY article_id, id").fetchall()

    def actor_links(self) -> dict[str, str]:
        """"article_id/actor_id" -> corpus actor id."""
        return dict(self.con.execute("SELECT article_id || '/' || actor_id, corpus_id FROM actor_links").fetchall())

    def actor_link_counts(self) -> tuple[int, int]:
        """(per-article actors given an identity, links to corpus actors)."""
        row = self.con.execute("SELECT (SELECT count(*) FROM actors WHERE code_source IS NOT NULL), "
                               "(SELECT count(*) FROM actor_links)").fetchall()[0]
        return row[0], row[1]

    def replace_corpus_actors(self, rows: list[tuple], links: list[tuple[str, str, str]],
                              redirects: dict[str, str]) -> None:
        """In one transaction: the corpus actors and the links replaced, the redirects of absorbed ids added and
        chained forward, and each per-article actor's `corpus_actor` set from its link."""
        with self.transaction():
            self.con.execute("DELETE FROM corpus_actors")
            self.con.execute("DELETE FROM actor_links")
            self.insert_rows("corpus_actors", rows)
            self.insert_rows("actor_links", links)
            for old_id, cid in redirects.items():
                self.con.execute("INSERT OR REPLACE INTO corpus_actor_redirects VALUES (?, ?)", [old_id, cid])
            # An id absorbed earlier points at today's id.
            self.con.execute("UPDATE corpus_actor_redirects SET corpus_id = r2.corpus_id FROM corpus_actor_redirects "
                             "r2 WHERE corpus_actor_redirects.corpus_id = r2.old_id")
            self.con.execute("UPDATE actors SET corpus_actor = l.corpus_id FROM actor_links l "
                             "WHERE actors.article_id = l.article_id AND actors.id = l.actor_id")

    # -- reads --------------------------------------------------------------------------------------
    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def count(self, table: str) -> int:
        if table not in EXPORTABLE:
            raise StoreError(f"unknown table {table!r}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]

    def record(self, article_id: str) -> dict[str, Any] | None:
        rows = self.con.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchall()
        return json.loads(rows[0][0]) if rows else None

    def records(self) -> Iterator[dict[str, Any]]:
        for (rec,) in self.con.execute("SELECT record FROM articles ORDER BY published, id").fetchall():
            yield json.loads(rec)

    def has_tables(self, *names: str) -> bool:
        """Whether the database holds every one of these tables (the corpus tables exist once merging ran)."""
        found = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        return set(names) <= found

    def event_rows(self) -> list[dict[str, Any]]:
        """Every stored event with its actors' and place's names and codes, its article's date, outlet and source,
        and its merged event's counts when events were merged (NULL otherwise), in date and text order: the rows
        newsledger.exports turns into ACLED and CAMEO tables. An actor's code is its own, else the one the event
        coder gave that side of the event (an uncoded actor, or a side with no actor: "a camp for Congolese
        refugees" is COD)."""
        merged = self.has_tables("event_members", "merged_events")
        counts = ("me.num_mentions, me.num_sources, me.num_articles" if merged
                  else "NULL AS num_mentions, NULL AS num_sources, NULL AS num_articles")
        join = ("LEFT JOIN event_members m ON m.article_id = e.article_id AND m.event_id = e.id "
                "LEFT JOIN merged_events me ON me.id = m.merged_id" if merged else "")
        return self.query(f"""
            SELECT e.article_id, e.id, e.type, e.cameo, e.date, e.date_precision, e.status, e.killed, e.sentence,
                   s.name AS source_name, coalesce(s.code, e.source_code) AS source_code,
                   s.affiliation AS source_affiliation,
                   t.name AS target_name, coalesce(t.code, e.target_code) AS target_code,
                   t.affiliation AS target_affiliation,
                   p.name AS place_name, p.kind AS place_kind, p.country AS place_country, p.admin1 AS place_admin1,
                   p.lat, p.lon, p.geonames_id, p.precision AS geo_precision,
                   a.published, a.outlet, a.url, a.source AS article_source, {counts}
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN actors s ON s.article_id = e.article_id AND s.id = e.source
            LEFT JOIN actors t ON t.article_id = e.article_id AND t.id = e.target
            LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place
            {join}
            ORDER BY a.published, e.article_id, e.start, e.id""")

    def table(self, what: str) -> pa.Table:
        """A whole part as an Arrow table, joined with its article's date and title for exports."""
        if what == "articles":
            return self.con.sql("SELECT * EXCLUDE (record) FROM articles ORDER BY published, id").to_arrow_table()
        if what in CORPUS_TABLES:
            if not self.has_tables(what):
                raise StoreError(f"no {what} in this database (ingest with merging on creates it)")
            return self.con.sql(f"SELECT * FROM {what}").to_arrow_table()
        if what not in PART_TYPES:
            raise StoreError(f"unknown part {what!r}; choose from {', '.join(EXPORTABLE)}")
        return self.con.sql(
            f"SELECT p.*, a.published AS article_published, a.title AS article_title, a.outlet AS article_outlet "
            f"FROM {what} p JOIN articles a ON a.id = p.article_id ORDER BY a.published, p.article_id").to_arrow_table()


# -- fetch state (newsledger.feeds) ---------------------------------------------------------------------

class FetchState:
    """The `fetch_state` table: one row per URL fetched (page, feed, sitemap)."""

    def __init__(self, store: Store):
        self.con = store.con
        self.con.execute(FETCH_STATE_SCHEMA)

    def row(self, url: str) -> dict | None:
        cur = self.con.execute("SELECT * FROM fetch_state WHERE url = ?", [url])
        found = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], found)) if found else None

    def upsert(self, url: str, **values) -> None:
        values = {**(self.row(url) or {"attempts": 0}), **values, "url": url,
                  "fetched_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)}
        names = list(values)
        self.con.execute(f"INSERT OR REPLACE INTO fetch_state ({', '.join(names)}) VALUES "
                         f"({', '.join('?' for _ in names)})", [values[n] for n in names])

    def stored_urls(self, urls: list[str]) -> set[str]:
        """URLs already in the database as an article or a recorded copy."""
        rows = self.con.execute(
            "SELECT url FROM articles WHERE list_contains(?, url) UNION "
            "SELECT url FROM duplicates WHERE list_contains(?, url)", [urls, urls]).fetchall()
        return {r[0] for r in rows}

    def retry_due(self, via: str, max_attempts: int) -> list[str]:
        """Pages found through `via` whose fetch or extraction failed, not yet given up."""
        return [r[0] for r in self.con.execute(
            "SELECT url FROM fetch_state WHERE via = ? AND status = 'failed' AND attempts < ? ORDER BY url",
            [via, max_attempts]).fetchall()]


# Column types whose values Arrow takes as the record holds them (_coerce returns them unchanged)
_AS_IS = frozenset({"BIGINT", "DOUBLE", "BOOLEAN", "JSON", "BLOB"})


def _column(values: list[Any], sql_type: str) -> list[Any]:
    """A column's values as stored: `_coerce` of each, skipped where it changes nothing (most values are plain
    strings and numbers; the per-value call was half of a batch's write)."""
    if sql_type in _AS_IS:
        return values
    if sql_type == "VARCHAR":
        return [v if v is None or type(v) is str else _coerce(v, sql_type) for v in values]
    return [_coerce(v, sql_type) for v in values]


def _coerce(value: Any, sql_type: str) -> Any:
    if value is None:
        return None
    if sql_type == "VARCHAR[]":
        return [str(v) for v in value]
    if sql_type == "DATE":
        return dt.date.fromisoformat(str(value)[:10])
    if sql_type == "VARCHAR" and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return value


def export(store: Store, what: str, fmt: str, out: typing.IO | str | Path) -> int:
    """Write one part as csv, jsonl or parquet; returns the number of rows."""
    return write_table(store.table(what), fmt, out)


def write_table(table: pa.Table, fmt: str, out: typing.IO | str | Path) -> int:
    """Write an Arrow table as csv, jsonl or parquet; returns the number of rows."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, out)
    elif fmt == "csv":
        import pyarrow.csv as pcsv

        flat = table.select([c for c in table.column_names])
        cols = []
        for name in flat.column_names:
            col = flat[name]
            if pa.types.is_list(col.type):
                col = pa.array([json.dumps(v, ensure_ascii=False) if v is not None else None
                                for v in col.to_pylist()], pa.string())
            cols.append(col)
        data = pa.Table.from_arrays(cols, names=flat.column_names)
        if isinstance(out, (str, Path)):
            pcsv.write_csv(data, str(out))
        else:
            buf = pa.BufferOutputStream()
            pcsv.write_csv(data, buf)
            out.write(buf.getvalue().to_pybytes().decode("utf-8"))
    elif fmt == "jsonl":
        if isinstance(out, (str, Path)):
            with open(out, "w", encoding="utf-8") as fh:
                _write_jsonl(table, fh)
        else:
            _write_jsonl(table, out)
    else:
        raise StoreError(f"unknown format {fmt!r}; choose csv, jsonl or parquet")
    return table.num_rows


def _write_jsonl(table: pa.Table, fh: typing.IO) -> None:
    for row in table.to_pylist():
        fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
