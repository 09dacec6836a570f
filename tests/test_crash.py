"""Crash safety for real: `ingest` killed with SIGKILL at random points of a 200-article run leaves a database
that opens and holds only whole articles, and a re-run completes the batch without duplicates."""
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
TOWNS = ["Idlib", "Aleppo", "Homs", "Raqqa", "Deir ez-Zor", "Hama", "Latakia", "Daraa"]


WORDS = ("army rebels village market bridge convoy council minister talks ceasefire border river hospital school "
         "police protest election court governor militia airport harbour factory refugees drought supplies").split()


def make_articles(folder: Path, n: int = 200) -> None:
    """Distinct articles (so that near-duplicate collapsing keeps them all), each with a quote and figures."""
    rng = random.Random(7)
    folder.mkdir()
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        filler = " ".join(rng.choice(WORDS) for _ in range(40))
        (folder / f"art{i:03d}.txt").write_text(
            f"Government forces shelled {town} on Monday, killing {i + 2} civilians, activists said. {filler}. "
            f"Commander Omar Haddad{i} told reporters that \u201cthe operation will continue\u201d.",
            encoding="utf-8")


def start_ingest(src: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsledger.cli", "ingest", str(src), "--db", str(db),
                             "--batch-size", "8"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


def check_whole(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "articles" not in tables:  # killed while the schema was being made: an empty database is whole
            return 0
        rows = con.execute("SELECT id, record FROM articles").fetchall()
        for article_id, rec in rows:
            rec = json.loads(rec)
            for part in ("entities", "actors", "quotes", "times"):
                n = con.execute(f"SELECT count(*) FROM {part} WHERE article_id = ?", [article_id]).fetchone()[0]
                assert n == len(rec[part]), (article_id, part)
        dup = con.execute("SELECT count(*) - count(DISTINCT text_sha256) FROM articles").fetchone()[0]
        assert dup == 0
        return len(rows)
    finally:
        con.close()


def test_sigkill_at_random_points_then_rerun(tmp_path):
    src, db = tmp_path / "in", tmp_path / "n.duckdb"
    make_articles(src)
    rng = random.Random(20260925)
    stored, kills = 0, []
    for delay in sorted(rng.uniform(3.0, 14.0) for _ in range(3)):
        proc = start_ingest(src, db)
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills.append(round(delay, 1))
        proc.wait(timeout=60)
        if db.exists():
            now = check_whole(db)
            assert now >= stored
            stored = now
    assert kills, "ingest finished before any kill point: make the run longer"
    proc = start_ingest(src, db)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert check_whole(db) == 200
