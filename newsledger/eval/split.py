"""Tune and check halves of every development set.

Rules are written while looking at the tune half only; `newsledger eval` reports the check half by default, so a
figure says how the rules do on items nobody tuned on. An item's half is fixed by a hash of its id (the file
name, sentence id, pair id: whatever the suite names an item by), so it never changes between runs, machines or
additions to the set:

    half(id) = "tune" if sha256("newsledger-split/1:" + id)[0] is even else "check"

The tune half is cut again the same way into tune-a and tune-b, so a rule written looking at tune-a can be
tried on tune-b before anyone sees the check half: a class that helps tune-a and not tune-b fits its items, not
its class.

    sub(id) = "tune-a" if sha256("newsledger-split/1/tune:" + id)[0] is even else "tune-b"

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
    tune_a = "tune-a"
    tune_b = "tune-b"
    check = "check"
    all = "all"


def half(item_id: str) -> Split:
    digest = hashlib.sha256(f"newsledger-split/1:{item_id}".encode()).digest()
    return Split.tune if digest[0] % 2 == 0 else Split.check


def _in(item_id: str, split: Split) -> bool:
    if split is Split.all:
        return True
    if split in (Split.tune, Split.check):
        return half(item_id) is split
    digest = hashlib.sha256(f"newsledger-split/1/tune:{item_id}".encode()).digest()
    sub = Split.tune_a if digest[0] % 2 == 0 else Split.tune_b
    return half(item_id) is Split.tune and sub is split


def select(items: Iterable[T], item_id: Callable[[T], str], split: Split | str = Split.check,
           limit: int | None = None) -> list[T]:
    """The items of one half or quarter (all of them for Split.all), in their order, at most `limit`."""
    split = Split(split)
    out = [it for it in items if _in(item_id(it), split)]
    return out[:limit] if limit else out
