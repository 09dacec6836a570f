from __future__ import annotations

from pathlib import Path

import typer

from newsledger.cli.common import checked_published, progress, warn
from newsledger.corpus.run import ingest as run_ingest
from newsledger.ingest import ReadOptions
from newsledger.ingest.base import DEFAULT_MAX_CHARS
from newsledger.store import Store, StoreError


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database (created if missing)."),
        published: str = typer.Option(None, help="Publication date for articles that carry none."),
        max_chars: int = typer.Option(DEFAULT_MAX_CHARS, help="Refuse articles longer than this."),
        batch_size: int = typer.Option(32, help="Articles per transaction."),
    ) -> None:
        """Extract and store articles; articles already stored (same text) are skipped."""
        options = ReadOptions(published=checked_published(published), max_chars=max_chars)
        try:
            store = Store(db)
        except StoreError as exc:
            warn(str(exc))
            raise typer.Exit(1) from None
        with store, progress(None, "ingest") as advance:
            report = run_ingest([str(p) for p in paths], store, options, batch_size=batch_size,
                                on_error=warn, on_progress=advance)
        typer.echo(f"{report.stored} stored, {report.skipped} already stored, {report.failed} failed "
                   f"({report.read} articles read) -> {db}", err=True)
        if report.read == 0 and report.failed:
            raise typer.Exit(1)
