from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from newsledger.cli.common import warn
from newsledger.store import EXPORTABLE, Store, StoreError, export as export_table

What = Enum("What", {name: name for name in EXPORTABLE}, type=str)


class Format(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


def register(app: typer.Typer) -> None:
    @app.command()
    def export(
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database."),
        what: What = typer.Option(..., help="Which part of the record."),
        format: Format = typer.Option(Format.csv, "--format", help="Output format."),
        out: Path = typer.Option(None, help="Output file (default: standard output; required for parquet)."),
    ) -> None:
        """Export one part of the stored records (events, quotes, actors, places, ...)."""
        if format is Format.parquet and out is None:
            warn("--out is required for parquet")
            raise typer.Exit(2)
        try:
            with Store(db, read_only=True) as store:
                n = export_table(store, what.value, format.value, out if out is not None else sys.stdout)
        except StoreError as exc:
            warn(str(exc))
            raise typer.Exit(1) from None
        typer.echo(f"{n} rows of {what.value}" + (f" -> {out}" if out else ""), err=True)
