"""`newsledger ingest --engine ray`: the same extraction on a Ray cluster, through Ray Data.

Articles become a Ray Dataset; `map_batches` runs `Extractor` actors (each loads the spaCy pipeline once in its
constructor and calls `newsledger.pipeline.extract_records`, the one extraction code path) and the results are
written as Parquet, one row per article: `idx` (input position), `text_sha256`, `text`, `record` (the record's
JSON, as `Record.to_dict()` gives it), `error` (the one-line error when extraction failed) and `node` (the Ray
node that extracted it). `read_results`
turns that Parquet back into `Record`s in input order, and `load_parquet` writes it into a store (the store then
keeps its idempotency by text hash), so a job run elsewhere can be loaded later:
`newsledger.corpus.ray_engine.load_parquet(Store("news.duckdb"), "s3://bucket/run/")`.

Which cluster: `address=None` starts (or joins, via the RAY_ADDRESS environment variable) Ray on this machine;
`address="ray://head:10001"` or `"auto"` uses an existing cluster. Every node needs newsledger and its spaCy
pipeline installed (scripts/setup.sh), and the output folder must be shared storage for a multi-node cluster.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsledger.ingest.base import InputError
from newsledger.model import Article, Record

ARTICLE_FIELDS = ("text", "id", "url", "title", "outlet", "published", "language", "source")
BATCH = 8
ACTOR_START_SECONDS = 600


class Extractor:
    """A Ray actor holding the model; called with batches of article rows, returns result rows."""

    def __init__(self) -> None:
        from newsledger import nlp

        nlp.load()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        from newsledger.pipeline import extract_records

        n = len(batch["idx"])
        articles = [Article(**{f: _plain(batch[f][i]) for f in ARTICLE_FIELDS}) for i in range(n)]
        import ray

        node = ray.get_runtime_context().get_node_id()
        out: dict[str, list] = {"idx": [], "text_sha256": [], "text": [], "record": [], "error": [], "node": []}
        for i, (art, item) in enumerate(zip(articles, extract_records(articles))):
            out["idx"].append(int(batch["idx"][i]))
            out["node"].append(node)
            out["text_sha256"].append(art.sha256)
            out["text"].append(art.text)
            if isinstance(item, InputError):
                out["record"].append(None)
                out["error"].append(str(item.message))
            else:
                out["record"].append(json.dumps(item.to_dict(), ensure_ascii=False))
                out["error"].append(None)
        return out


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and value != value:  # NaN from a missing value
        return None
    return value


def run(articles: list[Article], output: str | Path, workers: int = 1, address: str | None = None) -> str:
    """Extract `articles` on Ray and write the Parquet results into the folder `output`; returns it."""
    import logging

    import ray

    started = False
    if not ray.is_initialized():
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                  "configure_logging": True, "logging_level": "warning"}
        if address:
            kwargs["address"] = address
        elif not os.environ.get("RAY_ADDRESS"):
            kwargs["num_cpus"] = max(1, workers) + 1  # the actors, and the Parquet writer beside them
            # Workers on this machine import newsledger from the same place the driver does.
            root = str(Path(__file__).resolve().parents[2])
            kwargs["runtime_env"] = {"env_vars": {"PYTHONPATH": os.pathsep.join(
                [root, *filter(None, [os.environ.get("PYTHONPATH")])])}}
        ray.init(**kwargs)
        started = True
    try:
        from ray.data import ActorPoolStrategy, DataContext

        for name in ("ray", "ray.data"):  # progress notices: the ingest command prints its own summary
            logging.getLogger(name).setLevel(logging.WARNING)

        context = DataContext.get_current()
        context.enable_progress_bars = False
        # Every actor up (each loads the model) before work is handed out, so a small job is spread over all
        # of them instead of going to the first one ready; a cluster too small for the pool fails, not hangs.
        context.wait_for_min_actors_s = ACTOR_START_SECONDS
        rows = [{"idx": i, **{f: getattr(a, f) for f in ARTICLE_FIELDS}} for i, a in enumerate(articles)]
        # At least one block and one batch per actor (Ray Data bundles blocks up to the batch size).
        batch = max(1, min(BATCH, -(-len(rows) // max(1, workers))))
        blocks = min(len(rows), max(workers, -(-len(rows) // batch)), 64 * workers)
        ds = ray.data.from_items(rows, override_num_blocks=max(1, blocks))
        ds = ds.map_batches(Extractor, batch_size=batch, batch_format="numpy",
                            compute=ActorPoolStrategy(size=max(1, workers), max_tasks_in_flight_per_actor=1),
                            num_cpus=1)  # one batch at a time per actor: the next goes to whichever is free
        ds.write_parquet(str(output))
    finally:
        if started:
            ray.shutdown()
    return str(output)


def read_results(output: str | Path) -> Iterator[tuple[int, Record | InputError]]:
    """(input position, Record or InputError) from a Ray run's Parquet, in input order."""
    import pyarrow.dataset as pds

    table = pds.dataset(str(output), format="parquet").to_table().sort_by("idx")
    for row in table.to_pylist():
        if row["record"] is None:
            yield row["idx"], InputError(str(row["idx"]), row["error"] or "extraction failed")
        else:
            yield row["idx"], Record.from_dict(json.loads(row["record"]), row["text"])


def extract(articles: Iterable[Article], workers: int = 1, address: str | None = None,
            output: str | Path | None = None) -> Iterator[Record | InputError]:
    """The engine interface of newsledger.corpus.run: results in input order. The Parquet is kept in `output`
    when given, else written to a temporary folder and removed."""
    articles = list(articles)
    if not articles:
        return
    tmp = None
    if output is None:
        tmp = tempfile.TemporaryDirectory(prefix="newsledger-ray-")
        output = tmp.name
    try:
        run(articles, output, workers=workers, address=address)
        for idx, item in read_results(output):
            if isinstance(item, InputError):
                art = articles[idx]
                item = InputError(art.source or art.id or "?", item.message)
            yield item
    finally:
        if tmp is not None:
            tmp.cleanup()


def load_parquet(store, output: str | Path, batch_size: int = 256, merge_events: bool = True) -> int:
    """Write a Ray run's Parquet into `store` (idempotent by text hash) and merge the new articles' events.
    Returns how many articles were new."""
    from newsledger.corpus import merge
    from newsledger.corpus.dedup import signature

    merge.ensure_schema(store)
    stored = 0
    batch: list[Record] = []

    def flush() -> None:
        nonlocal stored
        known = store.known_hashes(r.article.sha256 for r in batch)
        stored += store.write(batch)
        new = [r for r in batch if r.article.sha256 not in known]
        merge.save_signatures(store, [(r.article.id, r.article.sha256, signature(r.article.text)) for r in new])
        if merge_events:
            merge.merge_events(store, [r.article.id for r in new])
        batch.clear()

    for _, item in read_results(output):
        if isinstance(item, Record):
            batch.append(item)
            if len(batch) >= batch_size:
                flush()
    if batch:
        flush()
    return stored
