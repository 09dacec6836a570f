import json

import duckdb
import pyarrow.parquet as pq
import pytest

from newsledger.model import Article
from newsledger.pipeline import extract_record
from newsledger.store import Store, StoreError, export


@pytest.fixture(scope="module")
def records():
    texts = ["Rebel fighters seized the town of Qusair on Monday, Reuters reported. Commander Ali Hassan said "
             "his men would hold it.", "The United Nations called for a ceasefire in Syria on Tuesday."]
    return [extract_record(Article(text=t, id=f"art{i}", published="2021-09-06")) for i, t in enumerate(texts)]


def test_write_is_idempotent_by_text_hash(tmp_path, records):
    db = tmp_path / "n.duckdb"
    with Store(db) as s:
        assert s.write(records) == 2
        assert s.write(records) == 0
        assert s.count("articles") == 2
        n_actors = s.count("actors")
        assert n_actors > 0
    with Store(db, read_only=True) as s:
        rec = s.record("art0")
        assert rec["schema"] == "newsledger.record/1" and rec["article"]["id"] == "art0"
        assert s.count("actors") == n_actors


def test_same_id_other_text_gets_distinct_id(tmp_path, records):
    with Store(tmp_path / "n.duckdb") as s:
        s.write(records[:1])
        other = extract_record(Article(text="A different article entirely.", id="art0"))
        s.write([other])
        ids = {r["id"] for r in s.query("SELECT id FROM articles")}
        assert len(ids) == 2 and "art0" in ids


def test_failed_batch_leaves_nothing_half_written(tmp_path, records, monkeypatch):
    db = tmp_path / "n.duckdb"
    with Store(db) as s:
        s.write(records[:1])
        real = s._insert

        def failing(table, *args):
            if table == "entities":
                raise RuntimeError("disk full")
            real(table, *args)

        monkeypatch.setattr(s, "_insert", failing)
        with pytest.raises(RuntimeError):
            s.write(records[1:])
        assert s.count("articles") == 1
        assert s.query("SELECT count(*) AS n FROM actors WHERE article_id = 'art1'")[0]["n"] == 0


def test_exports(tmp_path, records):
    db = tmp_path / "n.duckdb"
    with Store(db) as s:
        s.write(records)
    with Store(db, read_only=True) as s:
        n = export(s, "actors", "parquet", tmp_path / "a.parquet")
        table = pq.read_table(tmp_path / "a.parquet")
        assert table.num_rows == n > 0 and "article_published" in table.column_names
        export(s, "entities", "jsonl", tmp_path / "e.jsonl")
        rows = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
        assert rows and all({"article_id", "text", "start", "end", "type"} <= set(r) for r in rows)
        export(s, "actors", "csv", tmp_path / "a.csv")
        header = (tmp_path / "a.csv").read_text().splitlines()[0]
        assert '"aliases"' in header
        with pytest.raises(StoreError):
            export(s, "articles; DROP TABLE actors", "csv", tmp_path / "x.csv")
    assert duckdb.connect(str(db)).execute("SELECT count(*) FROM actors").fetchone()[0] == n


def test_read_only_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_export_merged_events_after_ingest(tmp_path, records):
    from newsledger.corpus.run import ingest

    src = tmp_path / "a.txt"
    src.write_text("Rebel fighters attacked an army base in Idlib on Monday, killing 12 soldiers, activists said.")
    db = tmp_path / "n.duckdb"
    with Store(db) as s:
        ingest([str(src)], s, workers=1)
    with Store(db, read_only=True) as s:
        n = export(s, "merged_events", "jsonl", tmp_path / "m.jsonl")
        assert n >= 1 and '"num_sources"' in (tmp_path / "m.jsonl").read_text()
    with Store(tmp_path / "empty.duckdb") as s:
        with pytest.raises(StoreError, match="no merged_events"):
            export(s, "merged_events", "csv", tmp_path / "x.csv")


def test_event_rows_fall_back_to_the_coders_code_for_a_side_with_no_actor(tmp_path, records):
    rec = extract_record(Article(text="Rebel fighters seized the town of Qusair on Monday.", id="coded",
                                 published="2021-09-06"))
    assert rec.events, "the test needs one event"
    event = rec.events[0]
    event.target, event.target_code = None, "COD"
    with Store(tmp_path / "n.duckdb") as s:
        s.write([rec])
        row = next(r for r in s.event_rows() if r["id"] == event.id)
    assert row["target_name"] is None and row["target_code"] == "COD"
