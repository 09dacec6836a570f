"""The million-event benchmark's database in miniature: the faster listings (precomputed positions, lowercased
names, network and timeline counts) give exactly what the plain queries give, and appending merges."""
import datetime as dt

import pytest

from benchmarks import million
from newsledger.corpus.run import Ingest
from newsledger.store import Store
from newsledger.web.queries import EV_HIDDEN, Db, EventQuery, NetworkQuery, TimelineQuery

EARLY = dt.date(1900, 1, 1)


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("million") / "small.duckdb"
    million.build(db, 400, 10)
    return db


def plain_events(db, where="TRUE", params=(), order="day NULLS LAST", limit=50, offset=0):
    return db.rows(f"SELECT * {EV_HIDDEN} FROM memory.main.ev WHERE {where} ORDER BY {order}, article_id, "
                   f"start, id LIMIT ? OFFSET ?", [*params, limit, offset])


def test_event_pages_equal_the_plain_sorted_query(small_db):
    db = Db(str(small_db))
    try:
        assert db.events(EventQuery(offset=130))["items"] == plain_events(db, offset=130)
        assert db.events(EventQuery(order="desc"))["items"] == plain_events(db, order="day DESC NULLS LAST")
        got = db.events(EventQuery(actor="Actor 1", sort="killed", order="desc"))
        plain = plain_events(db, "(contains(lower(source_name), ?) OR contains(lower(target_name), ?) OR "
                             "contains(lower(asserted_by_name), ?))", ["actor 1"] * 3, "killed DESC NULLS LAST")
        assert got["items"] == plain and got["total"] > 50
        assert db.events(EventQuery(place="place 3"))["items"] == plain_events(db, "contains(lower(place_name), ?)",
                                                                               ["place 3"])
    finally:
        db.close()


def test_network_and_timeline_counts_equal_the_full_scans(small_db):
    db = Db(str(small_db))
    try:
        for q in (NetworkQuery(), NetworkQuery(type="ASSAULT"), NetworkQuery(nodes=200), NetworkQuery(nodes=3)):
            assert db.network(q) == db.network(q.model_copy(update={"date_from": EARLY})), q
        for q in (TimelineQuery(), TimelineQuery(type="AID", status="claimed", granularity="day")):
            assert db.timeline(q) == db.timeline(q.model_copy(update={"q": "event"})), q  # every sentence has it
    finally:
        db.close()


def test_append_merges_into_stored_events(small_db, tmp_path):
    import shutil

    db = tmp_path / "append.duckdb"
    shutil.copy(small_db, db)
    with Store(db) as store:
        day = store.con.execute("SELECT max(published) FROM articles").fetchone()[0] - dt.timedelta(days=5)
        records = million.synthetic_records(400, 40, day)
        ingest = Ingest(store, batch_size=16, dedup=False)
        ingest.in_flight.extend(r.article for r in records)
        ingest.consume(iter(records))
        assert ingest.report.stored == 40
        (events,), (members,) = (store.con.execute(f"SELECT count(*) FROM {t}").fetchone()
                                 for t in ("events", "event_members"))
        assert events == members
        (joined,) = store.con.execute("SELECT count(*) FROM merged_events WHERE num_articles > 1").fetchone()
        assert joined > 0
