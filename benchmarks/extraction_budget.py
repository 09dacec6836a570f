"""Where ingest's CPU goes beyond the parse, per stage, as a share of the parse's CPU (issue 15).

    python benchmarks/extraction_budget.py [--corpus PATH] [--limit N]

One process, CPU time (time.process_time, which other jobs on a shared machine do not inflate the way they inflate
wall-clock time): the articles of dev/unlabelled/ parsed in chunks of 8 as the workers parse them (with the
workers' garbage collector and allocator settings, each parsed article released after its record), each
registered extractor timed on its own, the records pickled and unpickled (what crossing from a worker costs), then
the parent's stages on a fresh DuckDB file in a temporary folder: store writes (batches of 32), dedup signatures,
event merging and the corpus actor table. The end-to-end /
bare ratio of benchmarks/throughput.py is about 1 / (1 + the shares' sum). Nothing is written into the repository.
"""
from __future__ import annotations

import argparse
import gc
import os
import pickle
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsledger import nlp, pipeline  # noqa: E402
from newsledger.corpus import actors as corpus_actors  # noqa: E402
from newsledger.corpus import merge  # noqa: E402
from newsledger.corpus.dedup import signature  # noqa: E402
from newsledger.corpus.parallel import EXTRACTION_GC_THRESHOLDS, keep_freed_memory  # noqa: E402
from newsledger.ingest import read_paths  # noqa: E402
from newsledger.model import Article  # noqa: E402
from newsledger.store import Store  # noqa: E402

CHUNK = 8
BATCH = 32


def timed(component: pipeline.Component, spent: dict[str, float]) -> pipeline.Component:
    def make(doc, record):
        t = time.process_time()
        part = component.make(doc, record)
        spent[component.name] += time.process_time() - t
        return part
    return pipeline.Component(component.name, make, component.assigns, component.requires)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(os.environ.get(
        "NEWSLEDGER_CORPUS", ROOT.parent / "shared" / "corpus")) / "dev" / "unlabelled")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    articles = [a for a in read_paths([args.corpus]) if isinstance(a, Article)][:args.limit]
    pipeline.extract_record(Article(text="Rebels attacked the town on Monday, killing 3 people.", id="warm-up"))
    gc.collect()  # the collector as the workers and the pool's parent set it (newsledger.corpus.parallel)
    gc.freeze()
    gc.set_threshold(*EXTRACTION_GC_THRESHOLDS)
    keep_freed_memory()  # the workers' allocator settings
    spent: dict[str, float] = defaultdict(float)
    pipeline.ORDER[:] = [timed(c, spent) for c in list(pipeline.ORDER)]
    records = []
    for i in range(0, len(articles), CHUNK):
        chunk = articles[i:i + CHUNK]
        t = time.process_time()
        parsed = list(nlp.parse_many_titled([(a.text, a.title) for a in chunk]))
        spent["(parse)"] += time.process_time() - t
        t = time.process_time()
        made = []
        for a, (doc, title) in zip(chunk, parsed):
            made.append(pipeline.build_record(a, doc, title))
            nlp.release(doc, title)  # as newsledger.pipeline._run releases each parsed article
        del parsed, doc, title
        gc.collect(1)  # a chunk's cyclic garbage, as _extract_chunk collects it
        spent["(extraction, all)"] += time.process_time() - t
        t = time.process_time()
        records += pickle.loads(pickle.dumps(made))
        spent["(pickle)"] += time.process_time() - t
    with tempfile.TemporaryDirectory(prefix="newsledger-budget-") as tmp, Store(Path(tmp) / "b.duckdb") as store:
        merge.ensure_schema(store)
        for i in range(0, len(records), BATCH):
            batch = records[i:i + BATCH]
            t = time.process_time()
            store.write(batch)
            spent["(store write)"] += time.process_time() - t
            t = time.process_time()
            merge.save_signatures(store, [(r.article.id, r.article.sha256, signature(r.article.text)) for r in batch])
            spent["(dedup signatures)"] += time.process_time() - t
            t = time.process_time()
            merge.merge_events(store, [r.article.id for r in batch])
            spent["(event merge)"] += time.process_time() - t
        t = time.process_time()
        corpus_actors.rebuild(store)
        spent["(corpus actors)"] += time.process_time() - t
    gc.unfreeze()  # frozen objects are never finalised: DuckDB's bindings reported them as leaks at exit
    parse = spent["(parse)"]
    print(f"{len(articles)} articles; CPU seconds and share of the parse's CPU")
    for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:20} {secs:7.2f} s  {100 * secs / parse:5.1f}%")
    beyond = sum(v for k, v in spent.items() if k not in {"(parse)"} and not k[0].isalpha())
    print(f"beyond the parse: {100 * beyond / parse:.1f}% -> end to end / bare about {parse / (parse + beyond):.2f}")


if __name__ == "__main__":
    main()
