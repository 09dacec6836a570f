"""Round 47 (evprune47): the mechanism census's data-row keys and its `transfer` tallies (does a row pruned on
tune-a's evidence carry to tune-b?). Made-up tallies, no article text."""
from __future__ import annotations

import json
from collections import Counter
from types import SimpleNamespace

import pytest

from tests.script_helpers import SCRIPTS, load_script


@pytest.fixture(scope="module")
def census():
    import newsledger.extract.events as EV

    saved = EV._events_of
    module = load_script(SCRIPTS / "events_mechanism_census.py")
    yield module
    EV._events_of = saved  # the script wraps the coder at import time; put it back for the other tests


def _event(kind: str = "REQUEST"):
    return SimpleNamespace(type=kind, status="reported", source=None, target=None)


def test_key_and_row_name_the_data_row(census):
    m = {"path": "pattern", "lemma": "send", "cameo": "062", "pattern": " _ &MILITARY = 062", "statement": False}
    keys = census._keys(m, _event("COOPERATE"), "n/a")
    assert keys["key"] == "pattern|send|062"
    assert keys["row"] == "pattern|send|062| _ &MILITARY = 062"
    assert {"key", "row"} <= set(census.DIMENSIONS)
    plain = census._keys({"path": "default", "lemma": "urge", "cameo": "100", "statement": True}, _event(), "n/a")
    assert plain["row"] == "default|urge|100|"


def _cells(**rows: tuple[int, int, int, int]) -> dict[str, Counter]:
    """key -> (tune-a predicted, tune-a right, tune-b predicted, tune-b right)."""
    return {k: Counter({("a", "pred"): pa, ("a", "strict"): ra, ("b", "pred"): pb, ("b", "strict"): rb})
            for k, (pa, ra, pb, rb) in rows.items()}


def test_bands_place_tune_b_by_tune_a_evidence(census):
    cells = _cells(unseen=(0, 0, 4, 1), rare=(2, 1, 3, 3), bad=(5, 1, 2, 0), good=(10, 9, 6, 4))
    b = census.bands(cells)
    assert (b[("absent", "b", "false")], b[("absent", "b", "right")]) == (3, 1)
    assert (b[("n<3", "a", "false")], b[("n<3", "b", "right")]) == (1, 3)
    assert (b[("P<.5", "a", "false")], b[("P<.5", "b", "false")]) == (4, 2)
    assert (b[("P>=.8", "b", "false")], b[("P>=.8", "b", "right")]) == (2, 4)


def test_prune_counts_both_halves(census):
    cells = _cells(bad=(5, 1, 2, 0), good=(10, 9, 6, 4), rare=(2, 0, 3, 3))
    r = census.prune(cells, 3, .5)  # only "bad": 3 events or more on tune-a and precision under .5
    assert r["a"] == (17, 10, 12, 9)
    assert r["b"] == (11, 7, 9, 7)


def test_transfer_reads_tally_files(census, tmp_path, capsys):
    def tally(rows):
        return json.dumps({"key": [[s, k, m, n] for s, k, m, n in rows]})

    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    a.write_text(tally([("guardian", "x", "pred", 4), ("guardian", "x", "strict", 1),
                        ("guardian", "y", "pred", 5), ("guardian", "y", "strict", 5)]))
    b.write_text(tally([("guardian", "x", "pred", 2), ("guardian", "x", "strict", 1),
                        ("guardian", "z", "pred", 3), ("guardian", "z", "strict", 1)]))
    census.transfer("key", str(a), str(b))
    out = capsys.readouterr().out
    assert "key absent   tune-a false/right 0/0  tune-b false/right 2/1" in out
    assert "prune n>=3 P<0.34: a: -3 false -1 right, P 0.667 -> 1.000 | b: -1 false -1 right, P 0.400 -> 0.333" in out
