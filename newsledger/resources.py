"""The project's data files (newsledger/data/): one path and one reader for every word list and table.

Data files are UTF-8 text: blank lines and lines starting with "#" (provenance and comments) are skipped; tables
are tab-separated. Each file says where its rows come from in its comments.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def data_path(*parts: str) -> Path:
    """The path of a data file, e.g. data_path("events", "verbs.json")."""
    return DATA.joinpath(*parts)


@lru_cache(maxsize=None)
def lines(*parts: str) -> tuple[str, ...]:
    """The file's lines without comments and blank lines, stripped of the line end (inner tabs kept)."""
    text = data_path(*parts).read_text(encoding="utf-8")
    return tuple(ln.rstrip("\r\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=None)
def words(*parts: str) -> frozenset[str]:
    """A word list: one entry a line, stripped (made once per file: callers read it per token)."""
    return frozenset(ln.strip() for ln in lines(*parts))


def rows(*parts: str, min_fields: int = 1) -> list[list[str]]:
    """A tab-separated table: each line's fields, stripped; lines with fewer than `min_fields` are skipped."""
    out = [[f.strip() for f in ln.split("\t")] for ln in lines(*parts)]
    return [r for r in out if len(r) >= min_fields]


@lru_cache(maxsize=None)
def words_by_kind(*parts: str) -> dict[str, frozenset[str]]:
    """A table of kind, word (and provenance): its words by kind ("noun" -> {"member", "recruit", ...})."""
    table: dict[str, set[str]] = {}
    for kind, word, *_ in rows(*parts, min_fields=2):
        table.setdefault(kind, set()).add(word)
    return {kind: frozenset(ws) for kind, ws in table.items()}


@lru_cache(maxsize=None)
def json_data(*parts: str) -> Any:
    return json.loads(data_path(*parts).read_text(encoding="utf-8"))
