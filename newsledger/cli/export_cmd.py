from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from newsledger.cli.common import warn
from newsledger.store import EXPORTABLE, Store, StoreError, write_table
from newsledger.store import export as export_table

What = Enum("What", {name: name for name in EXPORTABLE}, type=str)


class Format(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    acled = "acled"  # ACLED's columns (events only), CSV
    cameo = "cameo"  # a GDELT-events-like table with CAMEO codes, Goldstein scores and QuadClass, CSV


SHAPES = (Format.acled, Format.cameo)


def register(app: typer.Typer) -> None:
    @app.command()
    def export(
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database."),
        what: What = typer.Option(None, help="Which part of the record (not needed for acled and cameo)."),
        format: Format = typer.Option(Format.csv, "--format", help="Output format: csv, jsonl, parquet; or the "
                                      "events in ACLED's columns (acled) or as a GDELT-like CAMEO table (cameo)."),
        out: Path = typer.Option(None, help="Output file (default: standard output; required for parquet; "
                                 "acled and cameo write Parquet when the name ends in .parquet)."),
    ) -> None:
        """Export one part of the stored records (events, quotes, actors, places, ...), or the events in the
        field's shapes (ACLED, CAMEO/GDELT)."""
        if format is Format.parquet and out is None:
            warn("--out is required for parquet")
            raise typer.Exit(2)
        if format not in SHAPES and what is None:
            warn("--what is required for csv, jsonl and parquet")
            raise typer.Exit(2)
        if format in SHAPES and what not in (None, What.events):
            warn(f"--format {format.value} exports events; leave out --what")
            raise typer.Exit(2)
        dest = out if out is not None else sys.stdout
        try:
            with Store(db, read_only=True) as store:
                if format in SHAPES:
                    from newsledger import exports

                    fmt = "parquet" if out is not None and out.suffix == ".parquet" else "csv"
                    n = write_table(exports.table(store, format.value), fmt, dest)
                    label = f"{format.value} events"
                else:
                    n = export_table(store, what.value, format.value, dest)
                    label = what.value
        except StoreError as exc:
            warn(str(exc))
            raise typer.Exit(1) from None
        typer.echo(f"{n} rows of {label}" + (f" -> {out}" if out else ""), err=True)
