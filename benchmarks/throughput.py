"""Throughput of `ingest` end to end against the bare spaCy pipeline, on the same texts, in the same run.

    python benchmarks/throughput.py [--workers 1,2] [--repeat 3] [--limit N] [--corpus PATH] [--json out.json]

For each worker count N, two runs on the articles of dev/unlabelled/ (249 Guardian articles, ~235k words):
- bare: N worker processes, each holding `newsledger.nlp.load()` (the pipeline the extraction uses), run
  `nlp.pipe(texts, batch_size=16)` over chunks of 8 articles and keep nothing;
- end to end: `newsledger.corpus.run.ingest` with the same kind of pool (N workers, model loaded once per
  worker): read, dedup, parse, every extractor, write to a fresh DuckDB file in a temporary folder, merge events.
Both pools are started and warmed up (model and extractor data loaded, one short text processed) before the
clock starts (the warm-up is reported apart), so the figures are steady-state throughput. Peak RSS is each
worker's own ru_maxrss (MB), the largest worker shown; the parent's peak is shown too. Nothing is written into
the repository. On a shared machine the figures are noisy: the load average before and after each run is printed
with it, each worker count is measured `--repeat` times (bare and end to end in turn, so both see the same
machine), and the summary gives the median ratio of each pair of runs with its spread (lowest to highest).
Beside the wall-clock ratio it gives the CPU ratio: the CPU seconds the bare workers spent parsing over those the
end-to-end workers spent on their chunks plus the parent's CPU (read, dedup, write, merge). Other jobs on a
shared machine stretch wall-clock time unevenly between the two runs of a pair, much less CPU time, so the CPU
ratio is the steadier figure of the cost of extraction; the wall-clock ratio stays the headline.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsledger.corpus.parallel import WARM_UP_TEXT, WorkerPool, _context, _init_worker, peak_rss_mb  # noqa: E402
from newsledger.corpus.run import Ingest  # noqa: E402
from newsledger.ingest import read_paths  # noqa: E402
from newsledger.model import Article  # noqa: E402
from newsledger.store import Store  # noqa: E402

CHUNK = 8


def _cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _bare_chunk(texts: list[str]) -> tuple[int, float, float]:
    from newsledger import nlp

    model = nlp.load()
    cpu = time.process_time()
    for _ in model.pipe(texts, batch_size=16):
        pass
    return os.getpid(), peak_rss_mb(), time.process_time() - cpu


def bare(texts: list[str], workers: int) -> dict:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_init_worker, initargs=(None,)) as ex:
        t0 = time.perf_counter()
        rss = {pid: r for pid, r, _ in ex.map(_bare_chunk, [[WARM_UP_TEXT]] * (workers * 2))}  # every worker loads
        load = time.perf_counter() - t0
        t0 = time.perf_counter()
        cpu = 0.0
        for pid, r, chunk_cpu in ex.map(_bare_chunk, [texts[i:i + CHUNK] for i in range(0, len(texts), CHUNK)]):
            rss[pid] = max(r, rss.get(pid, 0.0))
            cpu += chunk_cpu
        secs = time.perf_counter() - t0
    return {"seconds": secs, "load_seconds": load, "peak_rss_mb": rss, "cpu_seconds": cpu}


def end_to_end(articles: list[Article], workers: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="newsledger-bench-") as tmp, WorkerPool(workers, CHUNK) as pool:
        t0 = time.perf_counter()
        pool.warm_up()
        load = time.perf_counter() - t0
        with Store(Path(tmp) / "bench.duckdb") as store:
            cpu0 = _cpu()
            t0 = time.perf_counter()
            report = Ingest(store, batch_size=32).run(iter(articles), pool=pool)
            secs = time.perf_counter() - t0
            parent_cpu = _cpu() - cpu0
            events = store.query("SELECT count(*) AS n FROM events")[0]["n"]
            merged = store.query("SELECT count(*) AS n FROM merged_events")[0]["n"]
    return {"seconds": secs, "load_seconds": load, "peak_rss_mb": report.peak_rss_mb, "stored": report.stored,
            "parent_cpu_seconds": parent_cpu, "cpu_seconds": pool.cpu_seconds + parent_cpu,
            "failed": report.failed, "events": events, "merged_events": merged}


def _pair(rows: list[dict], r: dict) -> dict:
    """The bare run measured beside run `r` (same worker count, same repetition)."""
    return next(b for b in rows
                if b["workers"] == r["workers"] and b["run"] == r["run"] and b["kind"] == "bare nlp.pipe")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(os.environ.get(
        "NEWSLEDGER_CORPUS", ROOT.parent / "shared" / "corpus")) / "dev" / "unlabelled")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--repeat", type=int, default=3, help="runs per worker count (median and spread reported)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here (outside the repo)")
    args = ap.parse_args()
    articles = [a for a in read_paths([args.corpus]) if isinstance(a, Article)][:args.limit]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(articles)} articles, {words:,} words, {os.cpu_count()} CPUs, "
          f"model {os.environ.get('NEWSLEDGER_MODEL', 'md')}", flush=True)
    rows = []
    for n in [int(x) for x in args.workers.split(",")]:
        for run in range(1, args.repeat + 1):
            for kind, fn, data in (("bare nlp.pipe", bare, texts), ("end to end", end_to_end, articles)):
                la0 = os.getloadavg()[0]
                res = fn(data, n)
                res.update(kind=kind, workers=n, run=run, load_avg=(round(la0, 2), round(os.getloadavg()[0], 2)),
                           articles_s=len(articles) / res["seconds"], words_s=words / res["seconds"],
                           max_worker_mb=max(res["peak_rss_mb"].values()) if res["peak_rss_mb"] else None)
                rows.append(res)
                print(f"  {kind:14} workers={n} run {run}: {res['articles_s']:.2f} articles/s, "
                      f"{res['words_s']:,.0f} words/s, {res['seconds']:.1f} s (+{res['load_seconds']:.1f} s model "
                      f"load), CPU {res['cpu_seconds']:.1f} s, peak {res['max_worker_mb']:.0f} MB/worker, "
                      f"load avg {res['load_avg']}"
                      + (f", parent CPU {res['parent_cpu_seconds']:.1f} s (read, dedup, write, merge)"
                         if "parent_cpu_seconds" in res else ""), flush=True)
    print()
    print("| workers | run | articles/s | words/s | seconds | CPU s | peak MB/worker | ratio to bare | CPU ratio "
          "| load avg |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        base = _pair(rows, r)
        print(f"| {r['workers']} | {r['kind']} {r['run']} | {r['articles_s']:.2f} | {r['words_s']:,.0f} | "
              f"{r['seconds']:.1f} | {r['cpu_seconds']:.1f} | {r['max_worker_mb']:.0f} | "
              f"{r['words_s'] / base['words_s']:.2f} | {base['cpu_seconds'] / r['cpu_seconds']:.2f} | "
              f"{r['load_avg'][0]}-{r['load_avg'][1]} |")
    print()
    for n in sorted({r["workers"] for r in rows}):
        runs = [r for r in rows if r["workers"] == n and r["kind"] == "end to end"]
        ratios = [r["words_s"] / _pair(rows, r)["words_s"] for r in runs]
        cpu_ratios = [_pair(rows, r)["cpu_seconds"] / r["cpu_seconds"] for r in runs]
        peak = max(r["max_worker_mb"] for r in runs)
        print(f"workers={n}: end to end / bare, median {statistics.median(ratios):.2f} over {len(ratios)} runs "
              f"(spread {min(ratios):.2f}-{max(ratios):.2f}); CPU ratio median {statistics.median(cpu_ratios):.2f} "
              f"(spread {min(cpu_ratios):.2f}-{max(cpu_ratios):.2f}); peak {peak:.0f} MB per worker")
    print(f"parent process peak RSS: {peak_rss_mb():.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, default=str))


if __name__ == "__main__":
    main()
