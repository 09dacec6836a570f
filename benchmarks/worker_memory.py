"""What a pool worker spends per chunk, beyond the CPU seconds: page faults, collector time, RSS (issue 15).

    python benchmarks/worker_memory.py [--limit N] [--keep-last-doc] [--mallopt trim=BYTES,mmap=BYTES,...]
                                       [--json out.json]

One process set up the way newsledger.corpus.parallel sets up a pool worker (model and extractors' data loaded,
one short article extracted, gc.collect, gc.freeze, EXTRACTION_GC_THRESHOLDS), then the articles of
dev/unlabelled/ run as the worker's chunks of 8 (`_extract_chunk`: extract_records, then gc.collect(1)). Per chunk:
user and system CPU seconds (resource.getrusage), minor page faults (ru_minflt: a page the process touches for the
first time since the kernel gave it, including pages the allocator gave back to the system and took again), the
collector's own time by generation (gc.callbacks), the time of the chunk's closing gc.collect(1) apart, and RSS
after the chunk (/proc/self/statm). `--keep-last-doc` keeps the last parsed document of each chunk alive until the
next chunk's last one replaces it (what a module-level reference to the last document did in the event coder).
The worker keeps freed memory for its next chunk as pool workers do (newsledger.corpus.parallel.keep_freed_memory)
unless `--glibc-defaults`; `--mallopt` calls glibc's mallopt in this process before the model loads
(M_TRIM_THRESHOLD = trim, M_MMAP_THRESHOLD = mmap, M_TOP_PAD = top_pad, M_ARENA_MAX = arena_max; bytes or counts;
"4M" style suffixes).
Totals at the end. Nothing is written into the repository.
"""
from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

M_OPTIONS = {"trim": -1, "top_pad": -2, "mmap": -3, "mmap_max": -4, "arena_max": -8}  # glibc malloc.h


def _bytes(value: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    return int(float(value[:-1]) * units[value[-1].upper()]) if value[-1].upper() in units else int(value)


def mallopt(spec: str) -> dict[str, int]:
    libc = ctypes.CDLL("libc.so.6")
    done = {}
    for item in filter(None, spec.split(",")):
        name, value = item.split("=")
        if libc.mallopt(M_OPTIONS[name], _bytes(value)) != 1:
            raise SystemExit(f"mallopt {name}={value} refused")
        done[name] = _bytes(value)
    return done


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1 << 20)


class CollectorClock:
    """Seconds the cyclic collector ran, by generation, and how often (gc.callbacks)."""

    def __init__(self):
        self.seconds = [0.0, 0.0, 0.0]
        self.runs = [0, 0, 0]
        self.collected = 0
        self._t = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._t = time.perf_counter()
        else:
            g = info["generation"]
            self.seconds[g] += time.perf_counter() - self._t
            self.runs[g] += 1
            self.collected += info["collected"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(os.environ.get(
        "NEWSLEDGER_CORPUS", ROOT.parent / "shared" / "corpus")) / "dev" / "unlabelled")
    ap.add_argument("--limit", type=int, default=120)
    ap.add_argument("--chunk", type=int, default=8)
    ap.add_argument("--keep-last-doc", action="store_true")
    ap.add_argument("--mallopt", default="")
    ap.add_argument("--glibc-defaults", action="store_true", help="not keep_freed_memory: glibc's own thresholds")
    ap.add_argument("--bare", action="store_true", help="the bare spaCy worker of benchmarks/throughput.py instead")
    ap.add_argument("--per-chunk", action="store_true", help="print a line per chunk")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    opts = mallopt(args.mallopt) if args.mallopt else {}

    from newsledger import nlp, pipeline
    from newsledger.corpus import parallel
    from newsledger.ingest import read_paths
    from newsledger.model import Article

    if args.glibc_defaults:
        parallel.keep_freed_memory = lambda: False
    articles = [a for a in read_paths([args.corpus]) if isinstance(a, Article)][:args.limit]
    if args.bare:
        parallel._init_worker(None)
        for _ in nlp.load().pipe(["Warm-up text. It is parsed once."]):
            pass
    else:
        parallel._init_extraction_worker(None)
    kept: list = [None]
    if args.keep_last_doc:
        parse_many_titled = nlp.parse_many_titled

        def keeping(items, nlp_=None, batch_size=16):
            for doc, title in parse_many_titled(items, nlp_, batch_size):
                kept[0] = doc
                yield doc, title
        nlp.parse_many_titled = keeping  # newsledger.pipeline calls it through the module
    clock = CollectorClock()
    gc.callbacks.append(clock)
    rows = []
    for i in range(0, len(articles), args.chunk):
        chunk = articles[i:i + args.chunk]
        ru0, s0, r0 = resource.getrusage(resource.RUSAGE_SELF), list(clock.seconds), list(clock.runs)
        t0 = time.perf_counter()
        if args.bare:  # benchmarks/throughput.py's _bare_chunk
            for _ in nlp.load().pipe([a.text for a in chunk], batch_size=16):
                pass
            t1 = time.perf_counter()
        else:
            list(pipeline.extract_records(chunk))  # newsledger.corpus.parallel._extract_chunk, its collection timed
            t1 = time.perf_counter()
            gc.collect(1)
        t2 = time.perf_counter()
        wall = t2 - t0
        ru = resource.getrusage(resource.RUSAGE_SELF)
        row = {"chunk": i // args.chunk, "user": ru.ru_utime - ru0.ru_utime, "sys": ru.ru_stime - ru0.ru_stime,
               "minflt": ru.ru_minflt - ru0.ru_minflt, "wall": wall,
               "gc_s": [a - b for a, b in zip(clock.seconds, s0)], "gc_runs": [a - b for a, b in zip(clock.runs, r0)],
               "chunk_collect_s": t2 - t1, "rss_mb": rss_mb()}
        rows.append(row)
        if args.per_chunk:
            print(f"chunk {row['chunk']:3}: user {row['user']:.2f} sys {row['sys']:.2f} minflt {row['minflt']:7} "
                  f"gc {sum(row['gc_s']):.3f} s (gen1 {row['gc_s'][1]:.3f}, runs {row['gc_runs']}) "
                  f"closing collect {row['chunk_collect_s']:.3f} s rss {row['rss_mb']:.0f} MB", flush=True)
    gc.callbacks.remove(clock)
    total = {k: sum(r[k] for r in rows) for k in ("user", "sys", "minflt", "wall", "chunk_collect_s")}
    total["gc_s"] = [sum(r["gc_s"][g] for r in rows) for g in range(3)]
    total["gc_runs"] = [sum(r["gc_runs"][g] for r in rows) for g in range(3)]
    total["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kind = "bare" if args.bare else "extraction"
    allocator = "glibc defaults" if args.glibc_defaults or args.bare else "keep_freed_memory"
    print(f"{len(articles)} articles, {kind} worker, {allocator}, keep-last-doc={args.keep_last_doc}, "
          f"mallopt={opts or 'none'}: "
          f"CPU {total['user'] + total['sys']:.2f} s (user {total['user']:.2f}, sys {total['sys']:.2f}), "
          f"minor faults {total['minflt']:,}, collector {sum(total['gc_s']):.2f} s "
          f"(by generation {', '.join(f'{s:.2f}' for s in total['gc_s'])}; runs {total['gc_runs']}; "
          f"the chunks' closing collections {total['chunk_collect_s']:.2f} s), "
          f"peak RSS {total['peak_rss_mb']:.0f} MB, last RSS {rows[-1]['rss_mb']:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps({"args": vars(args) | {"corpus": str(args.corpus), "json": None},
                                         "total": total, "chunks": rows}, indent=1))


if __name__ == "__main__":
    main()
