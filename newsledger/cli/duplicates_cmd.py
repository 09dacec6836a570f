"""`newsledger duplicates` (near-copies kept as copies of a stored article) and `newsledger merged-events`
(one row per real-world event, with how many reports and outlets carry it)."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from newsledger.cli.common import warn
from newsledger.store import Store, StoreError

DUPLICATES_SQL = """
SELECT d.article_id, d.outlet, d.published, d.title, d.canonical_id, a.outlet AS canonical_outlet,
       d.jaccard, d.containment
FROM duplicates d LEFT JOIN articles a ON a.id = d.canonical_id
ORDER BY d.canonical_id, d.published, d.article_id
LIMIT ?
"""

EVENTS_SQL = """
SELECT id, type, cameo, source_name, target_name, place_name, country, date_first, date_last,
       num_mentions, num_articles, num_sources, killed, injured, statuses, contradictions
FROM merged_events
WHERE num_articles >= ? AND (? IS NULL OR type = ?)
  AND (? IS NULL OR lower(coalesce(source_name, '') || ' | ' || coalesce(target_name, '')) LIKE ?)
ORDER BY num_articles DESC, num_mentions DESC, date_first, id
LIMIT ?
"""


def _has_tables(store: Store, *names: str) -> bool:
    have = {r["table_name"] for r in store.query("SELECT table_name FROM information_schema.tables")}
    return set(names) <= have


def _open(db: Path) -> Store:
    try:
        return Store(db, read_only=True)
    except StoreError as exc:
        warn(str(exc))
        raise typer.Exit(1) from None


def register(app: typer.Typer) -> None:
    @app.command()
    def duplicates(
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database."),
        limit: int = typer.Option(1000, help="At most this many."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object a line."),
    ) -> None:
        """List near-duplicate articles and the stored article each copies."""
        with _open(db) as store:
            rows = store.query(DUPLICATES_SQL, [limit]) if _has_tables(store, "duplicates") else []
        for r in rows:
            if as_json:
                typer.echo(json.dumps(r, ensure_ascii=False, default=str))
            else:
                typer.echo(f"{r['article_id']} ({r['outlet'] or '?'}, {r['published'] or '?'}) copies "
                           f"{r['canonical_id']} ({r['canonical_outlet'] or '?'}): jaccard {r['jaccard']:.2f}, "
                           f"containment {r['containment']:.2f}")

    @app.command("merged-events")
    def merged_events(
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database."),
        min_articles: int = typer.Option(1, help="Only events reported by at least this many articles."),
        type: str = typer.Option(None, "--type", help="Only this PLOVER type (ASSAULT, PROTEST, ...)."),
        actor: str = typer.Option(None, help="Source or target actor name, or part of it."),
        limit: int = typer.Option(100, help="At most this many."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object a line, with its sources."),
    ) -> None:
        """List events merged across articles, most reported first, with mention, article and source counts."""
        pattern = f"%{actor.lower()}%" if actor else None
        etype = type.upper() if type else None
        with _open(db) as store:
            if not _has_tables(store, "merged_events", "event_sources"):
                return
            rows = store.query(EVENTS_SQL, [min_articles, etype, etype, pattern, pattern, limit])
            if as_json:
                for r in rows:
                    r["sources"] = store.query(
                        "SELECT article_id, outlet, url, published, via_duplicate_of, mentions FROM event_sources "
                        "WHERE merged_id = ? ORDER BY published, article_id", [r["id"]])
        for r in rows:
            if as_json:
                r["contradictions"] = json.loads(r["contradictions"] or "[]")
                typer.echo(json.dumps(r, ensure_ascii=False, default=str))
                continue
            when = str(r["date_first"]) + ("" if r["date_last"] == r["date_first"] else f"..{r['date_last']}")
            who = f"{r['source_name'] or '?'} -> {r['target_name'] or '?'}"
            flag = "  [reports disagree]" if r["contradictions"] not in (None, "[]") else ""
            typer.echo(f"{when}  {r['type']:<10} {who} @ {r['place_name'] or '?'}  "
                       f"{r['num_articles']} articles, {r['num_sources']} sources, {r['num_mentions']} mentions{flag}")
