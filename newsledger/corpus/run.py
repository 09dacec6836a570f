"""Ingest: read paths, skip articles already stored, extract, and write each batch in one transaction."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.ingest import InputError, ReadOptions, read_paths
from newsledger.model import Article
from newsledger.pipeline import extract_records
from newsledger.store import Store


@dataclass
class IngestReport:
    read: int = 0  # articles read without error
    stored: int = 0  # new articles written
    skipped: int = 0  # already in the database (same text)
    errors: list[InputError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(1 for e in self.errors if e.fatal)


def ingest(paths: Iterable[str | Path], store: Store, options: ReadOptions | None = None,
           batch_size: int = 32, on_error: Callable[[InputError], None] = lambda e: None,
           on_progress: Callable[[int], None] = lambda n: None) -> IngestReport:
    report = IngestReport()

    def note(err: InputError) -> None:
        report.errors.append(err)
        on_error(err)

    batch: list[Article] = []

    def flush() -> None:
        known = store.known_hashes(a.sha256 for a in batch)
        todo = [a for a in batch if a.sha256 not in known]
        report.skipped += len(batch) - len(todo)
        on_progress(len(batch) - len(todo))
        records = []
        for item in extract_records(todo):
            if isinstance(item, InputError):
                note(item)
            else:
                records.append(item)
            on_progress(1)
        report.stored += store.write(records)
        batch.clear()

    for item in read_paths(paths, options):
        if isinstance(item, InputError):
            note(item)
            continue
        report.read += 1
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report
