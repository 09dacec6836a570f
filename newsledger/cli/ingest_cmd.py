"""`newsledger ingest`: a shell over newsledger.corpus.run.ingest."""
from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from newsledger.cli.common import checked_published, progress, warn
from newsledger.corpus.parallel import default_workers
from newsledger.corpus.run import ingest as run_ingest
from newsledger.ingest import ReadOptions
from newsledger.ingest.base import DEFAULT_MAX_CHARS
from newsledger.ingest.web import FetchSettings
from newsledger.store import Store, StoreError


class Engine(str, Enum):
    local = "local"  # this machine's cores
    ray = "ray"  # a Ray cluster


def _check_ray(ray_address: str | None, ray_output: Path | None) -> None:
    """Exit with one line when Ray is missing; warn when a cluster's results would go to a local folder."""
    import importlib.util

    if importlib.util.find_spec("ray") is None:
        warn("--engine ray: Ray is not installed (pip install 'ray[data]==2.60.0')")
        raise typer.Exit(2)
    if ray_address and not ray_output:
        warn("--ray-address without --ray-output: the results are written to a temporary folder, which "
             "only works when this machine is the whole cluster; give shared storage for a real one")


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        paths: list[str] = typer.Argument(..., help="Files or folders of articles, or http(s) URLs of pages, "
                                          "RSS/Atom feeds and sitemaps."),
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database (created if missing)."),
        published: str = typer.Option(None, help="Publication date for articles that carry none."),
        max_chars: int = typer.Option(DEFAULT_MAX_CHARS, help="Refuse articles longer than this."),
        batch_size: int = typer.Option(32, help="Articles per transaction."),
        workers: int = typer.Option(0, help="Worker processes (Ray actors with --engine ray); 0: one per core."),
        engine: Engine = typer.Option(Engine.local, help="local (this machine's cores) or ray (a Ray cluster)."),
        ray_address: str = typer.Option(None, help="Ray cluster to use (ray://head:10001, auto); "
                                                    "default: RAY_ADDRESS, else a local Ray."),
        ray_output: Path = typer.Option(None, help="Keep Ray's Parquet output in this folder."),
        dedup: bool = typer.Option(True, help="Collapse near-duplicate articles into the stored original."),
        merge: bool = typer.Option(True, help="Merge events reported by several articles into one."),
        per_host_seconds: float = typer.Option(FetchSettings.per_host_seconds,
                                               help="URLs: at least this long between requests to one host."),
    ) -> None:
        """Extract and store articles; articles already stored (same text) are skipped, near-copies of a stored
        article are kept as its copies, and events are merged across articles."""
        options = ReadOptions(published=checked_published(published), max_chars=max_chars)
        if engine is Engine.ray:
            _check_ray(ray_address, ray_output)
        try:
            store = Store(db)
        except StoreError as exc:
            warn(str(exc))
            raise typer.Exit(1) from None
        with store, progress(None, "ingest") as advance:
            report = run_ingest(paths, store, options, batch_size=batch_size,
                                on_error=warn, on_progress=advance, workers=workers or default_workers(),
                                engine=engine.value, dedup=dedup, merge_events=merge, ray_address=ray_address,
                                ray_output=ray_output,
                                fetch_settings=FetchSettings(per_host_seconds=per_host_seconds))
        if report.duplicates:
            typer.echo(f"{report.duplicates} of them near-duplicates, kept as copies of a stored article",
                       err=True)
        typer.echo(summary(report, db), err=True)
        if report.read == 0 and report.failed:
            raise typer.Exit(1)


def summary(report, db) -> str:
    web = f", {report.fetched} URLs fetched ({report.unchanged} feeds unchanged)" if report.fetched else ""
    return (f"{report.stored} stored, {report.skipped} already stored, {report.failed} failed "
            f"({report.read} articles read{web}) -> {db}")
