"""Near-duplicate articles (wire copies, syndicated rewrites): MinHash over word shingles, LSH for candidates.

An article is a near-duplicate of an earlier one when their word 5-shingle sets overlap enough: Jaccard at least
`JACCARD` (copies with edited boilerplate, a changed headline, light rewording), or the smaller set mostly
contained in the larger one (`CONTAINMENT`, a copy with paragraphs trimmed) while being at least `MIN_SIZE_RATIO`
of its size. Both figures are estimated from the 128-permutation MinHash signatures and the shingle counts, so
neither text is needed to check a candidate: the index for a whole database is its signatures.

The first article seen (in input order; for a database, the stored one) is the canonical one; later copies point
to it. newsledger.corpus.merge keeps the copies' outlets as sources of the canonical article's events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch's hashing scheme, fixed so stored signatures stay comparable
SHINGLE = 5  # words per shingle
LSH_THRESHOLD = 0.2  # candidates: estimated Jaccard from about this (a copy trimmed to a third still qualifies)
JACCARD = 0.5
CONTAINMENT = 0.75
MIN_SIZE_RATIO = 0.2

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Case-folded word k-shingles; a text shorter than k words is one shingle."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    words = _WORD.findall(text.lower())
    if len(words) <= k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


@dataclass
class Signature:
    hashvalues: np.ndarray  # uint32, NUM_PERM values
    size: int  # number of distinct shingles

    def minhash(self) -> MinHash:
        return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=self.hashvalues)

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, size: int) -> "Signature":
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32), size)


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The MinHash permutations of NUM_PERM, SEED and SCHEME, drawn once: MinHash draws them again (a seeded
    random generator) for every sketch otherwise, and they are the same every time."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> Signature:
    sh = shingles(text)
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    if sh:
        m.update_batch(list(sh))
    return Signature(np.array(m.hashvalues, dtype=np.uint32), len(sh))


@dataclass
class Match:
    canonical: str  # key of the earlier article (its text SHA-256)
    jaccard: float
    containment: float  # estimated share of the smaller article's shingles found in the other


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(estimated Jaccard, estimated containment of the smaller set in the larger)."""
    if not a.size or not b.size:
        return 0.0, 0.0
    j = float(np.mean(a.hashvalues == b.hashvalues))
    inter = j * (a.size + b.size) / (1.0 + j)
    return j, min(1.0, inter / min(a.size, b.size))


def is_duplicate(a: Signature, b: Signature) -> tuple[bool, float, float]:
    j, c = similarity(a, b)
    ratio = min(a.size, b.size) / max(a.size, b.size) if a.size and b.size else 0.0
    return (j >= JACCARD or (c >= CONTAINMENT and ratio >= MIN_SIZE_RATIO)), j, c


class DedupIndex:
    """Canonical articles' signatures, keyed by text SHA-256; `check` finds the best earlier near-duplicate."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.sigs: dict[str, Signature] = {}
        self.order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.sigs)

    def add(self, key: str, sig: Signature) -> None:
        if key in self.sigs or not sig.size:
            return
        self.sigs[key] = sig
        self.order[key] = len(self.order)
        self.lsh.insert(key, sig.minhash())

    def check(self, sig: Signature, key: str | None = None) -> Match | None:
        """The most similar indexed article that this one duplicates (ties: the earliest), or None."""
        if not sig.size or not self.sigs:
            return None
        best: tuple[float, int, Match] | None = None
        for cand in self.lsh.query(sig.minhash()):
            if cand == key:
                continue
            dup, j, c = is_duplicate(sig, self.sigs[cand])
            if dup:
                rank = (max(j, c), -self.order[cand])
                if best is None or rank > best[:2]:
                    best = (*rank, Match(cand, round(j, 4), round(c, 4)))
        return best[2] if best else None


def clusters(texts: list[str]) -> list[int]:
    """For texts in order, the index of the canonical text each duplicates (its own index when none)."""
    index = DedupIndex()
    out: list[int] = []
    keys = [str(i) for i in range(len(texts))]
    for i, text in enumerate(texts):
        sig = signature(text)
        m = index.check(sig)
        if m is None:
            index.add(keys[i], sig)
            out.append(i)
        else:
            out.append(int(m.canonical))
    return out
