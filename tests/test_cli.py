import json
import os
import subprocess
import sys
from pathlib import Path

BIN = [sys.executable, "-m", "newsledger.cli"]


def run(*args, cwd=None):
    return subprocess.run([*BIN, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})


def test_extract_prints_the_record(corpus):
    res = run("extract", corpus / "articles" / "panjshir-2021-09-06.txt", "--published", "2021-09-06")
    assert res.returncode == 0, res.stderr
    rec = json.loads(res.stdout)
    assert rec["schema"] == "newsledger.record/1" and rec["article"]["published"] == "2021-09-06"
    assert {"actors", "entities", "quotes", "times", "places", "quantities", "events", "contradictions"} <= set(rec)
    assert rec["sentences"] and rec["actors"]


def test_extract_bad_published_is_one_line_and_exit_2(corpus):
    res = run("extract", corpus / "articles" / "panjshir-2021-09-06.txt", "--published", "the day after")
    assert res.returncode == 2 and res.stderr.count("\n") == 1 and "--published" in res.stderr


def test_ingest_mixed_batch_then_export(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Government forces shelled the rebel-held town on Sunday, activists said.")
    (src / "b.txt").write_bytes(b"")
    (src / "c.jsonl").write_text('{"id": "c1", "text": "Protesters marched in the capital.", '
                                 '"published": "2021-09-05"}\n{oops\n')
    db = tmp_path / "n.duckdb"
    res = run("ingest", src, "--db", db)
    assert res.returncode == 0, res.stderr
    lines = res.stderr.strip().splitlines()
    assert any("b.txt: empty file" in ln for ln in lines)
    assert any("c.jsonl:2: malformed JSON" in ln for ln in lines)
    assert "2 stored" in lines[-1]
    assert "\r" not in res.stderr  # no progress bar in a pipe
    again = run("ingest", src, "--db", db)
    assert "0 stored, 2 already stored" in again.stderr
    out = run("export", "--db", db, "--what", "articles", "--format", "jsonl")
    assert out.returncode == 0 and len(out.stdout.strip().splitlines()) == 2


def test_ingest_nothing_readable_exits_nonzero(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    res = run("ingest", tmp_path / "e.txt", "--db", tmp_path / "n.duckdb")
    assert res.returncode == 1 and "empty file" in res.stderr


def test_ingest_unknown_engine_names_the_choices_and_exits_2(tmp_path):
    (tmp_path / "a.txt").write_text("Protesters marched in the capital.")
    res = run("ingest", tmp_path / "a.txt", "--db", tmp_path / "n.duckdb", "--engine", "spark")
    assert res.returncode == 2 and "'local'" in res.stderr and "'ray'" in res.stderr
    assert not (tmp_path / "n.duckdb").exists()


def test_eval_prints_a_table(corpus):
    res = run("eval", "--corpus", corpus, "--component", "actors", "--dataset", "reference")
    assert res.returncode == 0, res.stderr
    assert "actors" in res.stdout and "accuracy" in res.stdout


def test_eval_unknown_data_set_is_one_line_and_exit_2(corpus):
    """A data set no suite of the component scores says so (it printed an empty table before)."""
    res = run("eval", "--corpus", corpus, "--component", "contradictions", "--dataset", "real")
    assert res.returncode == 2 and res.stderr.count("\n") == 1 and "no data set real" in res.stderr
    assert "guardian" in res.stderr and not res.stdout


def test_corpus_commands_read_through_the_read_layer(tmp_path):
    """`duplicates`, `merged-events` and `contradictions` print what the page and API show."""
    import json

    from typer.testing import CliRunner

    from newsledger.cli import app
    from tests.fixtures import web_demo as demo

    db = tmp_path / "demo.duckdb"
    demo.build(db)
    demo.add_corpus_tables(db)
    runner = CliRunner()
    dups = runner.invoke(app, ["duplicates", "--db", str(db), "--json"])
    assert dups.exit_code == 0 and json.loads(dups.stdout.splitlines()[0])["canonical_id"] == "panjshir-demo"
    merged = runner.invoke(app, ["merged-events", "--db", str(db), "--json", "--type", "assault"])
    rows = [json.loads(x) for x in merged.stdout.splitlines()]
    assert merged.exit_code == 0 and rows and all(r["type"] == "ASSAULT" and r["sources"] for r in rows)
    within = runner.invoke(app, ["contradictions", "--db", str(db), "--scope", "article", "--json"])
    assert within.exit_code == 0 and len(within.stdout.splitlines()) == 3
    missing = runner.invoke(app, ["duplicates", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "no such database" in missing.stderr
