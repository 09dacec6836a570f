"""The place ranker's weights (newsledger/data/place_ranker.json) and the weighted sum of a candidate's
features."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger import resources

_RANKER = resources.data_path("place_ranker.json")


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    return json.loads(_RANKER.read_text(encoding="utf-8"))["weights"]


def _score(f: dict[str, float], weights: dict[str, float], start: float = 0.0) -> float:
    """`start` plus the weighted features, added in the features' order (the prior's sum, then the context's
    terms, gives the same float as one sum over all features)."""
    total = start
    for k, v in f.items():
        total += weights.get(k, 0.0) * v
    return total
