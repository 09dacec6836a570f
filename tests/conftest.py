from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("NEWSLEDGER_CORPUS", ROOT.parent / "shared" / "corpus"))
REFERENCE = CORPUS / "articles" / "panjshir-2021-09-06.txt"


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: corpus-wide runs; CI runs them only with NEWSLEDGER_SLOW=1")


def pytest_collection_modifyitems(config, items):
    if os.environ.get("NEWSLEDGER_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow corpus-wide run: set NEWSLEDGER_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def keep_all(monkeypatch):
    """Every event, whatever its confidence (the threshold at 0): for tests of rules that act below it."""
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def reference_record():
    """The pipeline's record for the reference article, computed once for the whole test session."""
    from newsledger.eval.reference import cases, record

    case = next(c for c in cases(CORPUS) if c.name.startswith("panjshir"))
    return record(case)


@pytest.fixture(scope="session")
def gold():
    import json

    return json.loads((CORPUS / "gold" / "panjshir-2021-09-06.json").read_text(encoding="utf-8"))
