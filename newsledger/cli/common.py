"""What the commands share: one-line error output, the --published check, and the progress bar."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from newsledger.ingest import InputError, ReadOptions, parse_published, read_paths
from newsledger.model import Article, Record
from newsledger.pipeline import extract_records


def warn(item: InputError | str) -> None:
    prefix = "error" if not isinstance(item, InputError) or item.fatal else "warning"
    typer.echo(f"{prefix}: {item}", err=True)


def checked_published(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return parse_published(value)
    except ValueError as exc:
        warn(f"--published: {exc}")
        raise typer.Exit(2) from None


@contextmanager
def progress(total: int | None, label: str):
    """A progress bar with articles/s on a terminal; nothing at all when stderr is a pipe or file."""
    if not sys.stderr.isatty():
        yield lambda n=1: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(),
                  console=Console(stderr=True)) as bar:
        task = bar.add_task(label, total=total, rate="-")

        def advance(n: int = 1) -> None:
            bar.advance(task, n)
            t = bar.tasks[0]
            if t.elapsed:
                bar.update(task, rate=f"{t.completed / t.elapsed:.1f}")

        yield advance



def read_articles(paths: list, options: ReadOptions) -> list[Article]:
    """The articles the paths hold; each bad item is reported as one line."""
    articles = []
    for item in read_paths([str(p) for p in paths], options):
        if isinstance(item, InputError):
            warn(item)
        else:
            articles.append(item)
    return articles


def records_of(articles: list[Article]) -> Iterator[Record]:
    """Records as they are made; an article whose extraction fails is reported as one line."""
    for item in extract_records(articles):
        if isinstance(item, InputError):
            warn(item)
        else:
            yield item


@contextmanager
def read_db(path):
    """The read layer (newsledger.web.queries.Db) over a database, or one error line and exit 1."""
    from newsledger.store import StoreError
    from newsledger.web.queries import Db

    try:
        db = Db(str(path))
    except StoreError as exc:
        warn(str(exc))
        raise typer.Exit(1) from None
    try:
        yield db
    finally:
        db.close()


def echo_json(row: dict) -> None:
    import json

    typer.echo(json.dumps(row, ensure_ascii=False, default=str))
