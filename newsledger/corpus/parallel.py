"""Extraction on every core: a pool of worker processes, each loading the spaCy pipeline and the extractors' data
once (initializer).

Workers run `newsledger.pipeline.extract_records` (the one extraction code path) on chunks of articles; the
parent gets the records back in input order, whatever order the chunks finish in. Processes are started with
`forkserver` (`spawn` where that does not exist), never forked from a parent that may hold a DuckDB connection
or threads.
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing as mp
import os
import resource
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager

from newsledger.ingest.base import InputError
from newsledger.model import Article, Record

WARM_UP_TEXT = ("Government forces shelled the rebel-held town of Idlib on Sunday, killing 12 people, activists said. "
                '"We will not surrender," a rebel commander told Reuters on Monday. The UN called for a ceasefire.')


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (Linux reports ru_maxrss in KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# The youngest generation is collected after this many new objects instead of CPython's 700: the extractors make
# millions of short-lived objects (spaCy Token and Span wrappers, tuples, small lists) that die young without
# cycles, and collecting every 700 of them cost 0.7-0.9 of 8.4 CPU seconds of extraction on the 249 Guardian
# articles (against the collector off). What does form cycles (a parsed document with its sentence hooks, title and
# actor index) is collected once per chunk instead (_extract_chunk), so it never outlives its chunk.
EXTRACTION_GC_THRESHOLDS = (50_000, 10, 10)


@contextmanager
def parent_gc_threshold() -> Iterator[None]:
    """The parent of a pool with the youngest generation collected after EXTRACTION_GC_THRESHOLDS[0] new objects
    while it takes records in: unpickling a chunk's records and writing them make tens of thousands of objects
    that live until their batch is written, and the collector, run every 700 of them, walked the waiting records
    again and again (the parent's unpickling, store writes, signatures and merges of the 249 Guardian records:
    2.07 -> 1.68 CPU seconds, mean of two runs each). The records hold no cycles: reference counting frees them.
    The previous thresholds come back after."""
    previous = gc.get_threshold()
    gc.set_threshold(*EXTRACTION_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


# glibc's allocator in extraction workers (mallopt; set nowhere else): a chunk's parsed documents live in reference
# cycles until the chunk's closing collection frees them all at once, about 250 MB at the top of the heap for 8
# Guardian articles, and by default glibc gave that back to the system (its trim threshold follows the largest
# freed mmap block: at most 64 MB) and the next chunk took it again page by page. Measured by
# benchmarks/worker_memory.py on 120 Guardian articles in one worker: 187,650 minor page faults and 1.81 s of system
# CPU by default, 25,900 faults and 0.30-0.38 s with these settings (peak RSS 710 -> 716 MB), the bare spaCy
# worker 27,300 faults either way. Keeping the last parsed article alive had the same effect by chance (29,900
# faults, 0.52 s, peak 769 MB): it sat near the top of the heap, so the heap could not shrink. What the worker
# keeps is freed memory it already had at its peak: at most MALLOC_TRIM_THRESHOLD of it. The mmap threshold has to
# be fixed too: setting the trim threshold alone switches off glibc's sliding mmap threshold, every block above
# 128 KB then comes from mmap and goes back on free (1.35 million faults, 5.75 s of system CPU; with 4 MB, 84,500).
# 32 MB is glibc's largest mmap threshold; numbers from mallopt.h.
MALLOC_TRIM_THRESHOLD = 512 << 20
MALLOC_MMAP_THRESHOLD = 32 << 20
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3


def keep_freed_memory() -> bool:
    """Set MALLOC_TRIM_THRESHOLD and MALLOC_MMAP_THRESHOLD in this process where the C library is glibc; False
    where it is not (another allocator, or no mallopt), and nothing changes."""
    try:
        libc = ctypes.CDLL(None)
        if not hasattr(libc, "gnu_get_libc_version"):
            return False
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return mallopt(_M_MMAP_THRESHOLD, MALLOC_MMAP_THRESHOLD) == 1 and \
        mallopt(_M_TRIM_THRESHOLD, MALLOC_TRIM_THRESHOLD) == 1


def _init_worker(model: str | None) -> None:
    if model:
        os.environ["NEWSLEDGER_MODEL"] = model
    from newsledger import nlp

    nlp.load()


def _init_extraction_worker(model: str | None) -> None:
    """The model and every extractor's data loaded (one short article extracted), then frozen out of the garbage
    collector's reach (gc.freeze): they live as long as the worker, and each full collection walked all of them
    again (0.36 of 23 CPU seconds on 96 Guardian articles; 0.07 frozen). Freed memory is kept for the next chunk
    (keep_freed_memory)."""
    keep_freed_memory()
    _init_worker(model)
    from newsledger.pipeline import extract_record

    extract_record(Article(text=WARM_UP_TEXT, id="warm-up", published="2021-09-06"))
    gc.collect()
    gc.freeze()
    gc.set_threshold(*EXTRACTION_GC_THRESHOLDS)


def _extract_chunk(articles: list[Article]) -> tuple[list[Record | InputError], int, float, float]:
    """(results, worker pid, its peak RSS in MB, CPU seconds the chunk took in the worker)."""
    from newsledger.pipeline import extract_records

    cpu = time.process_time()
    results = list(extract_records(articles))
    gc.collect(1)  # the chunk's parsed documents, which live in reference cycles (EXTRACTION_GC_THRESHOLDS)
    return results, os.getpid(), peak_rss_mb(), time.process_time() - cpu


def _context() -> mp.context.BaseContext:
    methods = mp.get_all_start_methods()
    return mp.get_context("forkserver" if "forkserver" in methods else "spawn")


class WorkerPool:
    """`extract(articles)` yields a Record or an InputError per article, in input order.

    `peak_rss` maps each worker's pid to its peak RSS in MB (as last reported); `cpu_seconds` is the CPU time the
    workers spent on `extract` chunks (warm-up excluded), a measure that other jobs on the machine do not inflate
    the way they inflate wall-clock time."""

    def __init__(self, workers: int, chunk: int = 8, model: str | None = None):
        self.workers = max(1, workers)
        self.chunk = max(1, chunk)
        self.peak_rss: dict[int, float] = {}
        self.cpu_seconds = 0.0
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=_context(),
                                        initializer=_init_extraction_worker, initargs=(model,))

    def warm_up(self) -> None:
        """Wait until every worker has loaded the model and each extractor's data (for timing runs)."""
        sample = [Article(text=WARM_UP_TEXT, id="warm-up", published="2021-09-06")]
        futures = [self.pool.submit(_extract_chunk, sample) for _ in range(self.workers * 2)]
        for f in futures:
            _, pid, rss, _ = f.result()
            self.peak_rss[pid] = rss

    def extract(self, articles: Iterable[Article]) -> Iterator[Record | InputError]:
        pending: deque[tuple[list[Article], Future]] = deque()
        window = self.workers * 2  # chunks in flight: enough to keep every worker busy, bounded memory

        def drain_one() -> Iterator[Record | InputError]:
            chunk, fut = pending.popleft()
            try:
                items, pid, rss, cpu = fut.result()
                self.peak_rss[pid] = max(rss, self.peak_rss.get(pid, 0.0))
                self.cpu_seconds += cpu
            except Exception as exc:  # a worker died (e.g. out of memory): name every article of the chunk
                items = [InputError(a.source or a.id or "?", f"extraction failed in a worker: "
                                    f"{type(exc).__name__}: {exc}") for a in chunk]
            yield from items

        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= self.chunk:
                pending.append((chunk, self.pool.submit(_extract_chunk, chunk)))
                chunk = []
                while len(pending) >= window:
                    yield from drain_one()
        if chunk:
            pending.append((chunk, self.pool.submit(_extract_chunk, chunk)))
        while pending:
            yield from drain_one()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
