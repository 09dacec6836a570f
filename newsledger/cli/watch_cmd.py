from __future__ import annotations

from pathlib import Path

import typer

from newsledger.cli.common import warn
from newsledger.cli.ingest_cmd import summary
from newsledger.ingest import ReadOptions
from newsledger.ingest.web import FetchSettings


def register(app: typer.Typer) -> None:
    @app.command()
    def watch(
        feeds: list[str] = typer.Argument(..., help="URLs of RSS/Atom feeds, sitemaps or pages."),
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database (created if missing)."),
        every: str = typer.Option("15m", help="Time between rounds: 30s, 15m, 1h."),
        rounds: int = typer.Option(0, help="Stop after this many rounds; 0: until interrupted."),
        workers: int = typer.Option(1, help="Worker processes for extraction; 0: one per core."),
        per_host_seconds: float = typer.Option(FetchSettings.per_host_seconds,
                                               help="At least this long between requests to one host."),
    ) -> None:
        """Keep a database current: every round, read the feeds, fetch the pages not yet stored, extract them and
        merge their events into the stored ones. Fetch state is kept in the database, so a restarted watch
        fetches nothing twice. The database is opened only during a round."""
        from newsledger import feeds as web_feeds
        from newsledger.corpus.parallel import default_workers
        from newsledger.corpus.run import ingest
        from newsledger.store import Store

        try:
            interval = web_feeds.parse_every(every)
        except ValueError as exc:
            warn(f"--every: {exc}")
            raise typer.Exit(2) from None
        bad = [f for f in feeds if not web_feeds.is_url(f)]
        if bad:
            warn(f"not an http(s) URL: {bad[0]}")
            raise typer.Exit(2)
        settings = FetchSettings(per_host_seconds=per_host_seconds)

        def run_round(urls: list[str], path: Path) -> None:
            with Store(path) as store:
                report = ingest(urls, store, ReadOptions(), on_error=warn, workers=workers or default_workers(),
                                fetch_settings=settings)
            typer.echo(summary(report, path), err=True)

        try:
            web_feeds.watch(feeds, db, interval, rounds, run_round, on_error=warn)
        except KeyboardInterrupt:
            typer.echo("watch stopped", err=True)
