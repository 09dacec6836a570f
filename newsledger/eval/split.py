"""Tune and check halves of every development set.

Rules are written while looking at the tune half only; `newsledger eval` reports the check half by default, so a
figure says how the rules do on items nobody tuned on. An item's half is fixed by a hash of its id (the file
name, sentence id, pair id: whatever the suite names an item by), so it never changes between runs, machines or
additions to the set:

    half(id) = "tune" if sha256("newsledger-split/1:" + id)[0] is even else "check"

Suites scoring one article (the reference report) have no halves: they report it under every split.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from enum import Enum
from typing import TypeVar

T = TypeVar("T")


class Split(str, Enum):
    tune = "tune"
    check = "check"
    all = "all"


def half(item_id: str) -> Split:
    digest = hashlib.sha256(f"newsledger-split/1:{item_id}".encode()).digest()
    return Split.tune if digest[0] % 2 == 0 else Split.check


def select(items: Iterable[T], item_id: Callable[[T], str], split: Split | str = Split.check,
           limit: int | None = None) -> list[T]:
    """The items of one half (all of them for Split.all), in their order, at most `limit`."""
    split = Split(split)
    out = [it for it in items if split is Split.all or half(item_id(it)) is split]
    return out[:limit] if limit else out
