"""Coverage-guided fuzzing (atheris) of the readers, the date parser and extraction.

    .venv/bin/python scripts/fuzz.py readers -max_total_time=600
    .venv/bin/python scripts/fuzz.py extract -max_total_time=600 -timeout=30

A crash is any exception other than the readers' own InputErrors, or a hang past -timeout seconds.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["newsledger"]):
    from newsledger.ingest import InputError, ReadOptions, read_paths
    from newsledger.ingest.base import parse_published
    from newsledger.model import Article
    from newsledger.pipeline import extract_records

EXTENSIONS = [".txt", ".html", ".jsonl", ".csv", ".warc", ".warc.gz"]
TMP = Path(tempfile.mkdtemp(prefix="newsledger-fuzz-"))


def fuzz_readers(data: bytes) -> None:
    if not data:
        return
    path = TMP / f"input{EXTENSIONS[data[0] % len(EXTENSIONS)]}"
    path.write_bytes(data[1:])
    for item in read_paths([str(path)], ReadOptions(max_chars=100_000)):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, InputError):
            assert "\n" not in str(item)
    fdp = atheris.FuzzedDataProvider(data)
    try:
        parse_published(fdp.ConsumeUnicodeNoSurrogates(40))
    except ValueError:
        pass


def fuzz_extract(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(4000)
    if not text.strip():
        return
    (out,) = list(extract_records([Article(text=text, published="2021-09-06")]))
    if isinstance(out, InputError):
        raise RuntimeError(str(out))


def main() -> None:
    target = {"readers": fuzz_readers, "extract": fuzz_extract}[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
