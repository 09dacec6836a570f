"""Discovers the suites and runs them."""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

from newsledger.eval import suites
from newsledger.eval.metrics import Score
from newsledger.eval.split import Split

# A suite's details that name items one by one (the brief's misses, the times suite's failures and set-aside
# articles, the contradiction pairs missed or wrongly reported): withheld on the check half, which is read as totals
# only (README, Measurements); `--split tune-a` shows them.
ITEM_DETAILS = ("misses", "failures", "set_aside", "missed", "false_positives")


def all_suites() -> list[ModuleType]:
    mods = [importlib.import_module(f"{suites.__name__}.{m.name}") for m in pkgutil.iter_modules(suites.__path__)]
    return sorted((m for m in mods if hasattr(m, "run")), key=lambda m: (m.COMPONENT, m.DATASET))


def selection_error(components: list[str] | None, datasets: list[str] | None) -> str | None:
    """One line naming a component or data set the selection asks for that no suite scores ("contradictions" has
    no data set "real"), or None: a misspelt name would otherwise score nothing and say nothing."""
    mods = all_suites()
    known = sorted({m.COMPONENT for m in mods})
    unknown = [c for c in components or [] if c not in known]
    if unknown:
        return f"no component {', '.join(unknown)} (components: {', '.join(known)})"
    sets = sorted({m.DATASET for m in mods if not components or m.COMPONENT in components})
    unknown = [d for d in datasets or [] if d not in sets]
    if unknown:
        whose = " or ".join(components) if components else "any component"
        return f"no data set {', '.join(unknown)} for {whose} (data sets: {', '.join(sets)})"
    return None


def run(corpus: Path, components: list[str] | None = None, datasets: list[str] | None = None,
        limit: int | None = None, split: Split = Split.check) -> list[Score]:
    """Every selected suite's scores on one half of its data (newsledger.eval.split)."""
    out: list[Score] = []
    for mod in all_suites():
        if components and mod.COMPONENT not in components:
            continue
        if datasets and mod.DATASET not in datasets:
            continue
        if getattr(mod, "OPT_IN", False) and not datasets:
            continue  # a slow suite runs only when its data set is named (--dataset)
        for score in mod.run(corpus, limit, Split(split).value):
            score.split = Split(split).value
            if score.split == Split.check.value and score.extra:
                score.extra = {k: v for k, v in score.extra.items() if k not in ITEM_DETAILS}
            out.append(score)
    return out
