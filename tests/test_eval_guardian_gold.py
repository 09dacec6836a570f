"""The Guardian event gold's split table in INSTRUCTIONS.md is the one the gold gives (recomputed by
scripts/events_guardian_table.py), and every row is well formed."""
from pathlib import Path

from newsledger.eval.suites import events_guardian as G
from tests.script_helpers import load_script

ROOT = Path(__file__).resolve().parents[1]


def _table_module():
    return load_script(ROOT / "scripts" / "events_guardian_table.py")


def test_instructions_table_matches_gold():
    text = (G.GOLD.parent / "INSTRUCTIONS.md").read_text(encoding="utf-8")
    assert _table_module().table() in text


def test_gold_counts_after_twelfth_round():
    gold = G.load_gold()
    events = [e for evs in gold.values() for e in evs]
    assert (len(gold), len(events), sum(not e.optional for e in events)) == (223, 3416, 1527)


def test_gold_rows_well_formed():
    statuses = {"reported", "claimed", "denied", "planned", "hypothetical", "historical"}
    seen = set()
    for art, evs in G.load_gold().items():
        for e in evs:
            assert 0 <= e.start < e.end, (art, e.start)
            assert e.statuses <= statuses, (art, e.start, e.statuses)
            assert all(d[:4].isdigit() for d in e.dates), (art, e.start, e.dates)
            key = (art, e.start, e.end, frozenset(e.types))
            assert key not in seen, key
            seen.add(key)
