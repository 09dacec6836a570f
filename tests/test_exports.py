"""`export --format acled` and `--format cameo`: the documented columns, loaded in pandas, checked against the
reference article's gold (newsledger/data/exports/ holds the mappings)."""
import subprocess
import sys

import pytest

from newsledger import exports
from newsledger.store import Store

pd = pytest.importorskip("pandas")
CODES = {"EventCode": str, "EventBaseCode": str, "EventRootCode": str}  # CAMEO codes keep their leading zeros


@pytest.fixture(scope="module")
def reference_db(tmp_path_factory, reference_record):
    db = tmp_path_factory.mktemp("exports") / "ref.duckdb"
    with Store(db) as s:
        s.write([reference_record])
    return db


def run_export(db, fmt, out):
    res = subprocess.run([sys.executable, "-m", "newsledger.cli", "export", "--db", str(db), "--format", fmt,
                          "--out", str(out)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    return res


def gold_row(frame, gold, event_id, column):
    evidence = next(e["evidence"] for e in gold["events"] if e["id"] == event_id)
    rows = frame[frame[column].fillna("").str.contains(evidence[:40], regex=False)]
    assert len(rows), f"no exported row holds the gold event {event_id}"
    return rows


def test_acled_export_loads_with_acled_columns_and_matches_gold(reference_db, gold, tmp_path):
    run_export(reference_db, "acled", tmp_path / "a.csv")
    frame = pd.read_csv(tmp_path / "a.csv")
    assert tuple(frame.columns[:len(exports.ACLED_COLUMNS)]) == exports.ACLED_COLUMNS
    bombing = next(e for e in gold["events"] if e["id"] == "e10")  # the airport suicide bombing
    rows = gold_row(frame, gold, "e10", "notes")
    assert set(rows["event_type"]) == {"Explosions/Remote violence"} and set(rows["sub_event_type"]) == {"Suicide bomb"}
    assert set(rows["fatalities"]) == {bombing["killed"]}
    aliases = {a for actor in gold["actors"] if actor["id"] == bombing["source"] for a in actor["aliases"]}
    assert set(rows["actor1"]) <= aliases
    assert set(rows["time_precision"]) == {3}  # the article dates it only to the month
    assert not frame["newsledger_status"].isin(exports.ACLED_SKIPPED_STATUSES).any()


def test_cameo_export_loads_with_goldstein_and_quadclass_from_the_tables(reference_db, gold, tmp_path):
    run_export(reference_db, "cameo", tmp_path / "c.csv")
    frame = pd.read_csv(tmp_path / "c.csv", dtype=CODES)
    assert tuple(frame.columns[:len(exports.CAMEO_COLUMNS)]) == exports.CAMEO_COLUMNS
    bombing = next(e for e in gold["events"] if e["id"] == "e10")
    rows = frame[(frame["EventCode"] == bombing["cameo"]) & frame["Actor1Name"].eq("Islamic State")]
    assert len(rows)
    assert set(rows["GoldsteinScale"]) == {-10.0} and set(rows["QuadClass"]) == {4}
    assert set(rows["EventRootCode"]) == {"18"}
    withdrawal = frame[frame["EventCode"] == "0874"]  # gold e9: the last troops withdrew
    assert set(withdrawal["SQLDATE"]) == {20210830} and set(withdrawal["QuadClass"]) == {2}


def test_mapping_tables():
    assert exports.goldstein_score("1831") == -10.0 and exports.goldstein_score("0874") == 10.0
    assert exports.goldstein_score("19") == -10.0 and exports.goldstein_score(None) is None
    assert [exports.quadclass()[r] for r in ("01", "05", "06", "08", "09", "13", "14", "20")] == [1, 1, 2, 2, 3, 3,
                                                                                                    4, 4]
    assert exports.acled_type("1832", "ASSAULT")[1] == "Remote explosive/landmine/IED"
    assert exports.acled_type("1451", "PROTEST")[0] == "Riots"
    assert exports.acled_type(None, "PROTEST")[0] == "Protests"
    assert exports.acled_type("042", "CONSULT") is None  # a visit is not an ACLED event
    assert exports.inter_code("AFGREB") == 2 and exports.inter_code("USAGOV") == 1 and exports.inter_code("USA") is None
    assert exports.interaction(2, 1) == 12 and exports.interaction(2, None) == 20


def test_parquet_and_empty_database(tmp_path, reference_db):
    run_export(reference_db, "acled", tmp_path / "a.parquet")
    assert len(pd.read_parquet(tmp_path / "a.parquet")) >= 1
    with Store(tmp_path / "empty.duckdb") as s:
        assert exports.table(s, "cameo").num_rows == 0
