"""The gate pools (scripts/gate_pools.py): fixed membership, so base and candidate run on the same texts."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.script_helpers import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "gate_pools.py"


@pytest.fixture()
def pools(corpus):
    sys.path.insert(0, str(SCRIPT.parent))
    mod = load_script(SCRIPT)
    yield mod, corpus
    sys.path.remove(str(SCRIPT.parent))


def test_pool_sizes_and_ids_are_fixed(pools):
    mod, corpus = pools
    if not (corpus / "dev" / "polnear").is_dir():
        pytest.skip("no PolNeAR in the corpus")
    polnear = [a.id for a in mod.polnear(corpus)]
    ngec = [a.id for a in mod.pool6(corpus)]
    assert len(polnear) == 840 and len(set(polnear)) == 840
    assert len(ngec) == 1200 and ngec == sorted(ngec, key=lambda i: int(i.split(":")[1]))
    assert ngec[:2] == [a.id for a in mod.pool6(corpus)][:2]  # the seeded draw is the same on every run


def test_pool7_is_tune_half_and_outside_the_events_gold(pools):
    mod, corpus = pools
    if not (corpus / "dev" / "geoparsing" / "lgl.xml").is_file():
        pytest.skip("no LGL in the corpus")
    gold = {ln.split("\t")[0] for ln in mod.ALLNEWS.read_text().splitlines() if ln and not ln.startswith("#")}
    ids = [a.id for a in mod.pool7(corpus)]
    assert ids and not gold & set(ids)
    assert all(mod.half(i.split("-", 1)[1]) is mod.Split.tune for i in ids)
