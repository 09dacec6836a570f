"""Ingest: read paths, skip articles already stored, collapse near-duplicates, extract, write each batch in one
transaction, and merge the new articles' events into the stored merged events.

Stages, all driven from the calling process:
1. read (in input order) and drop texts already stored, already recorded as copies, or repeated in this run;
2. near-duplicates of a stored or earlier article (newsledger.corpus.dedup) are not extracted: they are recorded
   as copies of it (their outlet counts as a source of its events);
3. the rest go to the engine: this process (`workers=1`, or small inputs), a process pool (`workers>1`,
   newsledger.corpus.parallel) or Ray (`engine="ray"`, newsledger.corpus.ray_engine); every engine runs
   `newsledger.pipeline.extract_records` and gives results back in input order;
4. every `batch_size` records: `store.write` (one transaction), their signatures, then their events merged
   (newsledger.corpus.merge) and the copies waiting for them recorded. The database is therefore the same
   whatever the engine or the number of workers, and a later run appends to it.
"""
from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.corpus import actors as corpus_actors
from newsledger.corpus import merge
from newsledger.corpus.dedup import signature
from newsledger.corpus.parallel import WorkerPool, parent_gc_threshold
from newsledger.ingest import InputError, ReadOptions, read_paths
from newsledger.model import Article, Record
from newsledger.pipeline import extract_records
from newsledger.store import Store

CHUNK = 8  # articles per task sent to a worker


@dataclass
class IngestReport:
    read: int = 0  # articles read without error
    stored: int = 0  # new articles written (copies included: they are stored as copies of a stored article)
    skipped: int = 0  # already in the database (same text), or the same text twice in this run
    duplicates: int = 0  # of `stored`: near-duplicates recorded as copies, not extracted
    merged_events: int = 0  # merged events created or updated
    errors: list[InputError] = field(default_factory=list)
    peak_rss_mb: dict[int, float] = field(default_factory=dict)  # worker pid -> peak RSS (pool engine)
    fetched: int = 0  # URLs fetched from the web (pages, feeds, sitemaps)
    unchanged: int = 0  # feeds answered 304 Not Modified

    @property
    def failed(self) -> int:
        return sum(1 for e in self.errors if e.fatal)


def ingest(paths: Iterable[str | Path], store: Store, options: ReadOptions | None = None,
           batch_size: int = 32, on_error: Callable[[InputError], None] = lambda e: None,
           on_progress: Callable[[int], None] = lambda n: None, workers: int = 1, engine: str = "local",
           dedup: bool = True, merge_events: bool = True, ray_address: str | None = None,
           ray_output: str | Path | None = None, fetch_settings=None) -> IngestReport:
    """`paths`: files, folders, and http(s) URLs of pages, RSS/Atom feeds and sitemaps (newsledger.feeds;
    `fetch_settings`: a newsledger.ingest.web.FetchSettings)."""
    from newsledger import feeds

    options = options or ReadOptions()
    paths = [str(p) for p in paths]
    run = Ingest(store, batch_size, on_error, on_progress, dedup, merge_events)
    if not any(feeds.is_url(p) for p in paths):
        return run.run(read_paths(paths, options), workers=workers, engine=engine, ray_address=ray_address,
                       ray_output=ray_output)
    reader = feeds.WebReader(store, options, fetch_settings)
    try:
        report = run.run(feeds.read_sources(paths, reader, options), workers=workers, engine=engine,
                         ray_address=ray_address, ray_output=ray_output)
        reader.settle()  # only now: a page counts as fetched once its article is stored
    finally:
        reader.close()
    report.fetched, report.unchanged = reader.fetched, reader.unchanged
    return report


class Ingest:
    def __init__(self, store: Store, batch_size: int = 32,
                 on_error: Callable[[InputError], None] = lambda e: None,
                 on_progress: Callable[[int], None] = lambda n: None, dedup: bool = True,
                 merge_events: bool = True):
        self.store, self.batch_size = store, max(1, batch_size)
        self.on_error, self.on_progress = on_error, on_progress
        self.dedup, self.merge = dedup, merge_events
        self.report = IngestReport()
        merge.ensure_schema(store)
        self.index = merge.load_dedup_index(store) if dedup else None
        self.in_flight: deque[Article] = deque()  # sent to the engine, result not yet back (input order)
        self.copies: list[tuple[Article, str, float, float]] = []  # waiting for their canonical's write
        self.failed_shas: set[str] = set()
        self.sigs: dict = {}  # text hash -> signature, computed once at stage 2, saved at stage 4
        self.wrote = False  # whether this run stored an extracted article (the corpus actors then change)

    def note(self, err: InputError) -> None:
        self.report.errors.append(err)
        self.on_error(err)

    # -- stage 1 and 2 --------------------------------------------------------------------------------------
    def candidates(self, items: Iterable[Article | InputError]) -> Iterator[Article]:
        seen: set[str] = set()
        for chunk in _chunks(items, self.batch_size):
            arts = [a for a in chunk if isinstance(a, Article)]
            shas = [a.sha256 for a in arts]
            known = self.store.known_hashes(shas) | merge.known_duplicates(self.store, shas)
            for item in chunk:
                if isinstance(item, InputError):
                    self.note(item)
                    continue
                self.report.read += 1
                sha = item.sha256
                if sha in known or sha in seen:
                    self.report.skipped += 1
                    self.on_progress(1)
                    continue
                seen.add(sha)
                if self.index is not None:
                    sig = signature(item.text)
                    match = self.index.check(sig)
                    if match is not None:
                        self.copies.append((item, match.canonical, match.jaccard, match.containment))
                        self.on_progress(1)
                        continue
                    self.index.add(sha, sig)
                    self.sigs[sha] = sig
                self.in_flight.append(item)
                yield item

    # -- stage 3 -------------------------------------------------------------------------------------------
    def run(self, items: Iterable[Article | InputError], workers: int = 1, engine: str = "local",
            ray_address: str | None = None, ray_output: str | Path | None = None, pool=None) -> IngestReport:
        """`pool`: a started newsledger.corpus.parallel.WorkerPool to use whatever the input size (benchmarks)."""
        todo = self.candidates(items)
        if pool is not None:
            with parent_gc_threshold():
                self.consume(pool.extract(todo))
            self.report.peak_rss_mb = dict(pool.peak_rss)
        elif engine == "ray":
            from newsledger.corpus import ray_engine

            results = ray_engine.extract(todo, workers=workers, address=ray_address, output=ray_output)
            self.consume(results)
        elif engine != "local":
            raise ValueError(f"unknown engine {engine!r}; choose local or ray")
        elif workers <= 1:
            self.consume(extract_records(todo))
        else:
            # Small inputs are not worth starting workers (each loads the model): look ahead first.
            head = list(itertools.islice(todo, workers * CHUNK))
            if len(head) < workers * CHUNK:
                self.consume(extract_records(head))
            else:
                with WorkerPool(workers, CHUNK) as pool, parent_gc_threshold():
                    self.consume(pool.extract(itertools.chain(head, todo)))
                    self.report.peak_rss_mb = dict(pool.peak_rss)
        return self.report

    # -- stage 4 -------------------------------------------------------------------------------------------
    def consume(self, results: Iterable[Record | InputError]) -> None:
        records: list[Record] = []
        for item in results:
            article = self.in_flight.popleft()
            if isinstance(item, InputError):
                self.failed_shas.add(article.sha256)
                self.sigs.pop(article.sha256, None)
                self.note(item)
            else:
                records.append(item)
            self.on_progress(1)
            if len(records) >= self.batch_size:
                self.flush(records)
                records = []
        self.flush(records)
        self.flush_copies(final=True)
        if self.merge:  # articles stored earlier with merging off
            self.report.merged_events += merge.merge_pending(self.store)
        # One identity per actor across the corpus (issue 17), rebuilt from every stored actor: skipped when this
        # run stored no article and the table already covers the stored actors.
        if self.wrote or not corpus_actors.up_to_date(self.store):
            corpus_actors.rebuild(self.store)

    def flush(self, records: list[Record]) -> None:
        if records:
            before = self.store.known_hashes(r.article.sha256 for r in records)
            written = self.store.write(records)
            self.report.stored += written
            self.wrote = self.wrote or written > 0
            new = [r for r in records if r.article.sha256 not in before]
            if self.dedup:
                merge.save_signatures(self.store, [
                    (r.article.id, r.article.sha256, self.sigs.pop(r.article.sha256, None)
                     or signature(r.article.text)) for r in new])
            if self.merge:
                self.report.merged_events += merge.merge_events(self.store, [r.article.id for r in new])
        self.flush_copies()

    def flush_copies(self, final: bool = False) -> None:
        if not self.copies:
            return
        ids = merge.canonical_ids(self.store, (c[1] for c in self.copies))
        ready, waiting = [], []
        for art, canon, j, c in self.copies:
            if canon in ids:
                ready.append((art, ids[canon], j, c))
            elif final or canon in self.failed_shas:
                self.note(InputError(art.source or art.id or "?", "not stored: a near-duplicate of an article "
                                     "whose extraction failed (ingest it again to retry)"))
            else:
                waiting.append((art, canon, j, c))
        self.copies = waiting
        if ready:
            n = merge.record_duplicates(self.store, ready)
            self.report.stored += n
            self.report.duplicates += n


def _chunks(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
