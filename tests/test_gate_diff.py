"""The gate's diff (scripts/gate_diff.py): what counts as one change, and a draw that is the same on every run."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.script_helpers import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "gate_diff.py"


@pytest.fixture()
def gate_diff():
    mod = load_script(SCRIPT)
    return mod


def _record(aid, events):
    return {"article": {"id": aid, "text_sha256": "x"},
            "actors": [{"id": "a1", "name": "Russia"}, {"id": "a2", "name": "Ukraine"}],
            "events": [{"start": s, "end": s + 20, "trigger": t, "type": typ, "source": "a1", "target": "a2",
                        "status": "reported", "date": "2022-03-01", "sentence": "a sentence"}
                       for s, t, typ in events]}


def test_changed_added_and_dropped(gate_diff):
    old = _record("a", [(0, "hit", "ASSAULT"), (30, "met", "CONSULT")])
    new = _record("a", [(0, "hit", "COERCE"), (60, "said", "ACCUSE")])
    kinds = sorted(c[0] for c in gate_diff.diff_article("a", old, new, "events"))
    assert kinds == ["added", "changed", "dropped"]
    assert gate_diff.diff_article("a", old, old, "events") == []


def test_actors_shows_an_actor_nothing_uses(gate_diff):
    old = _record("a", [(0, "hit", "ASSAULT")])
    new = _record("a", [(0, "hit", "ASSAULT")])
    new["actors"].append({"id": "a3", "name": "police station", "kind": "person"})
    changes = gate_diff.diff_article("a", old, new, "actors")
    assert [(c[0], c[3]) for c in changes] == [("added", "- -> police station (person, None, unused)")]
    assert gate_diff.diff_article("a", old, old, "actors") == []


def test_draw_is_seeded_and_excludes_an_earlier_draw(gate_diff, tmp_path, capsys):
    old = [_record(f"t{i}", [(0, "hit", "ASSAULT")]) for i in range(30)]
    new = [_record(f"t{i}", [(0, "hit", "COERCE")]) for i in range(30)]
    for name, recs in (("old", old), ("new", new)):
        (tmp_path / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    argv = ["events", str(tmp_path / "old.jsonl"), str(tmp_path / "new.jsonl"), "--draw", "20"]
    gate_diff.main(argv)
    first = capsys.readouterr().out
    gate_diff.main(argv)
    assert capsys.readouterr().out == first
    drawn = first.split("# DRAW")[1].strip().splitlines()[1:]
    assert len(drawn) == 20
    (tmp_path / "draw.txt").write_text("\n".join(drawn) + "\n")
    gate_diff.main(argv + ["--exclude", str(tmp_path / "draw.txt")])
    rest = capsys.readouterr().out.split("# DRAW")[0].strip().splitlines()
    assert len(rest) == 10


def test_contradictions_are_anchored_on_their_evidence(gate_diff):
    old = _record("a", [])
    old["sentences"] = [{"start": 0, "end": 30, "text": "The town fell to the army."}]
    old["quotes"] = [{"id": "q1", "start": 40, "end": 60, "text": "the town has not fallen", "speaker": "a2"}]
    new = json.loads(json.dumps(old))
    new["contradictions"] = [{"claim": "article: The town fell to the army.", "asserted_by": [],
                              "disputed_by": ["a2"], "evidence_for": ["s0"], "evidence_against": ["q1"],
                              "kind": "control"}]
    changes = gate_diff.diff_article("a", old, new, "contradictions")
    assert [(c[0], c[2]) for c in changes] == [("added", 40)]
    assert "against Ukraine" in changes[0][3] and "AGAINST: the town has not fallen" in changes[0][4]
    assert gate_diff.diff_article("a", new, new, "contradictions") == []
