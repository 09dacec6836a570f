"""`newsledger duplicates` (near-copies kept as copies of a stored article) and `newsledger merged-events`
(one row per real-world event, with how many reports and outlets carry it): shells over the read layer."""
from __future__ import annotations

from pathlib import Path

import typer

from newsledger.cli.common import echo_json, read_db
from newsledger.web.queries import MAX_LIMIT, MergedEventQuery, Paged


def _pages(fetch, limit: int):
    """Rows of a paged read-layer listing, page by page, at most `limit`."""
    offset = 0
    while offset < limit:
        got = fetch(min(MAX_LIMIT, limit - offset), offset)
        yield from got["items"]
        offset += len(got["items"])
        if not got["items"] or offset >= got["total"]:
            return


def register(app: typer.Typer) -> None:
    @app.command()
    def duplicates(
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database."),
        limit: int = typer.Option(1000, min=1, help="At most this many."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object a line."),
    ) -> None:
        """List near-duplicate articles and the stored article each copies."""
        with read_db(db) as read:
            rows = list(_pages(lambda n, o: read.duplicates(Paged(limit=n, offset=o)), limit))
        for r in rows:
            if as_json:
                echo_json(r)
            else:
                typer.echo(f"{r['article_id']} ({r['outlet'] or '?'}, {r['published'] or '?'}) copies "
                           f"{r['canonical_id']} ({r['canonical_outlet'] or '?'}): jaccard {r['jaccard']:.2f}, "
                           f"containment {r['containment']:.2f}")

    @app.command("merged-events")
    def merged_events(
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database."),
        min_articles: int = typer.Option(1, min=1, help="Only events reported by at least this many articles."),
        type: str = typer.Option(None, "--type", help="Only this PLOVER type (ASSAULT, PROTEST, ...)."),
        actor: str = typer.Option(None, help="Source or target actor name, or part of it."),
        limit: int = typer.Option(100, min=1, help="At most this many."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object a line, with its sources."),
    ) -> None:
        """List events merged across articles, most reported first, with mention, article and source counts."""
        with read_db(db) as read:
            rows = list(_pages(lambda n, o: read.merged_events(MergedEventQuery(
                limit=n, offset=o, min_articles=min_articles, type=type.upper() if type else None, actor=actor)),
                limit))
            if as_json:
                rows = [read.merged_event(r["id"]) or r for r in rows]
        for r in rows:
            if as_json:
                r.pop("reports", None)
                echo_json(r)
                continue
            when = str(r["date_first"]) + ("" if r["date_last"] == r["date_first"] else f"..{r['date_last']}")
            who = f"{r['source_name'] or '?'} -> {r['target_name'] or '?'}"
            flag = "  [reports disagree]" if r["contradictions"] else ""
            typer.echo(f"{when}  {r['type']:<10} {who} @ {r['place_name'] or '?'}  "
                       f"{r['num_articles']} articles, {r['num_sources']} sources, {r['num_mentions']} mentions{flag}")
