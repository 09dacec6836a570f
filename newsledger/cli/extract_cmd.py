from __future__ import annotations

import json
from pathlib import Path

import typer

from newsledger.cli.common import checked_published, read_articles, records_of
from newsledger.ingest import ReadOptions
from newsledger.ingest.base import DEFAULT_MAX_CHARS


def register(app: typer.Typer) -> None:
    @app.command()
    def extract(
        paths: list[Path] = typer.Argument(..., help="Text, HTML, JSON Lines, CSV or WARC files, or folders."),
        published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) for articles that carry none."),
        max_chars: int = typer.Option(DEFAULT_MAX_CHARS, help="Refuse articles longer than this."),
        compact: bool = typer.Option(False, help="One JSON line even for a single article."),
    ) -> None:
        """Print the record of each article as JSON (one article) or JSON Lines (several)."""
        options = ReadOptions(published=checked_published(published), max_chars=max_chars)
        articles = read_articles(paths, options)
        done = 0
        for record in records_of(articles):
            done += 1
            indent = 2 if len(articles) == 1 and not compact else None
            typer.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=indent))
        if done == 0:
            raise typer.Exit(1)
