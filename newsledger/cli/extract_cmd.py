from __future__ import annotations

import json
from pathlib import Path

import typer

from newsledger.cli.common import checked_published, warn
from newsledger.ingest import InputError, ReadOptions, read_paths
from newsledger.ingest.base import DEFAULT_MAX_CHARS
from newsledger.pipeline import extract_records


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
        articles, failed = [], 0
        for item in read_paths([str(p) for p in paths], options):
            if isinstance(item, InputError):
                warn(item)
                failed += item.fatal
            else:
                articles.append(item)
        records = 0
        for item in extract_records(articles):
            if isinstance(item, InputError):
                warn(item)
                failed += 1
                continue
            records += 1
            data = item.to_dict()
            if len(articles) == 1 and not compact:
                typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
            else:
                typer.echo(json.dumps(data, ensure_ascii=False))
        if records == 0:
            raise typer.Exit(1)
