"""Many articles: near-duplicates, one event from many reports, parallel and Ray ingest, streaming appends."""
import importlib.util
import json
import os

import pytest

from newsledger.corpus import dedup, merge
from newsledger.corpus.run import ingest
from newsledger.ingest import read_paths
from newsledger.model import Actor, Article, Contradiction, Event, Place, Record
from newsledger.store import Store

BODY = ("Turkish warplanes struck positions held by the Syrian Democratic Forces near the border town of "
        "Tal Abyad on Sunday, killing at least nine fighters, a war monitor said. The strikes came hours after "
        "Ankara warned it would not tolerate a Kurdish militia on its southern frontier. A spokesman for the "
        "SDF said the group would respond to any further attack and called on the United States to intervene. "
        "Residents described hearing several loud explosions before dawn, and dozens of families left the area "
        "for camps further south. The Syrian Observatory for Human Rights said the death toll could rise.")
OTHER = ("Iraqi officials said on Monday they were in talks with Washington about the transfer of thousands of "
         "suspected Islamic State fighters held in Syria. Baghdad asked for a fee to receive the detainees, "
         "western officials said, a demand that London and Paris view as a rebuff. The talks have been pushed "
         "by US officials who want coalition partners to take back their citizens from cramped camps.")


# -- near-duplicates ---------------------------------------------------------------------------------------
def test_wire_copy_with_new_headline_and_boilerplate_is_a_duplicate():
    copy = ("Turkey bombs Kurdish fighters in Syria\n\nBEIRUT (Reuters) - " + BODY
            + "\n\nReporting by Ellen Francis; Editing by Kevin Liffey")
    assert dedup.clusters([BODY, copy, OTHER]) == [0, 0, 2]


def test_trimmed_copy_is_a_duplicate_but_a_story_reusing_one_sentence_is_not():
    trimmed = "Strikes near Tal Abyad\n\n" + " ".join(BODY.split(". ")[:3]) + "."
    reuse = OTHER + " " + BODY.split(". ")[1] + "."
    assert dedup.clusters([BODY, trimmed, reuse]) == [0, 0, 2]


def test_real_pairs_versions_are_duplicates_and_other_outlets_are_not(corpus):
    """Real pairs (newsledger/data/dedup/real_pairs.tsv), check half: floors at the measured figures."""
    from newsledger.eval.suites import dedup_real

    score = dedup_real.run(corpus, split="check")[0]
    assert score.precision >= 1.0 and score.recall >= 1.0, score.extra
    assert score.extra["pairs"] >= 60


def test_signature_round_trips_through_bytes():
    sig = dedup.signature(BODY)
    back = dedup.Signature.from_bytes(sig.to_bytes(), sig.size)
    assert dedup.similarity(sig, back) == (1.0, 1.0)


# -- merging events across articles (synthetic records: no extraction) -------------------------------------
def _record(aid, outlet, published, killed, *, text=None, source="Turkey", target="Syrian Democratic Forces",
            place="Tal Abyad", lat=36.70, lon=38.95, etype="ASSAULT", status="reported", aliases=(), kind="city"):
    art = Article(text=text or f"Report {aid}: warplanes struck Tal Abyad.", id=aid, outlet=outlet,
                  published=published)
    rec = Record(article=art)
    rec.actors = [Actor("a1", source, "country", aliases=list(aliases), code="TUR"),
                  Actor("a2", target, "group", code="SYRREB")]
    rec.places = [Place("p1", place, 0, len(place), place, kind, country="SY", lat=lat, lon=lon)]
    rec.events = [Event("e1", etype, "Warplanes struck.", 0, 10, cameo="195", source="a1", target="a2",
                        place="p1", date=published, date_precision="day", killed=killed, status=status)]
    return rec


def _merged(store):
    return store.query("SELECT * FROM merged_events ORDER BY date_first, id")


def test_one_event_from_three_reports_with_sources_counts_and_a_disagreement(tmp_path):
    recs = [_record("r1", "Reuters", "2019-10-13", 9),
            _record("r2", "AFP", "2019-10-14", 11, source="Turkish armed forces", aliases=["Turkey"]),
            _record("r3", "Reuters", "2019-10-13", 9, place="Tal Abyad district", lat=36.69, lon=38.96),
            _record("r4", "AP", "2019-10-13", 3, etype="PROTEST", place="Istanbul", lat=41.0, lon=28.97),
            _record("r5", "AP", "2019-10-25", 2)]  # the same kind of strike, but ten days later
    with Store(tmp_path / "n.duckdb") as s:
        s.write(recs)
        merge.merge_events(s, [r.article.id for r in recs])
        rows = _merged(s)
        assert len(rows) == 3
        strike = next(r for r in rows if r["num_articles"] == 3)
        assert strike["type"] == "ASSAULT" and strike["num_sources"] == 2 and strike["num_mentions"] == 3
        assert strike["killed"] == 9 and str(strike["date_first"]) == "2019-10-13"
        dis = json.loads(strike["contradictions"])
        assert dis[0]["field"] == "killed" and [v["value"] for v in dis[0]["values"]] == [9, 11]
        srcs = s.query("SELECT article_id, outlet FROM event_sources WHERE merged_id = ? ORDER BY article_id",
                       [strike["id"]])
        assert [r["article_id"] for r in srcs] == ["r1", "r2", "r3"]


def test_a_merged_event_spans_at_most_the_window_and_undated_history_stays_apart(tmp_path):
    recs = [_record(f"d{i}", "Reuters", f"2019-10-{day}", 9) for i, day in enumerate((13, 15, 17))]
    old = _record("h1", "AFP", "2019-10-13", 9, status="historical")
    old.events[0].date, old.events[0].date_precision = "2015", "year"
    with Store(tmp_path / "n.duckdb") as s:
        s.write([*recs, old])
        merge.merge_events(s, ["d0", "d1", "d2", "h1"])
        assert sorted(r["num_articles"] for r in _merged(s)) == [1, 1, 2]


def test_a_country_is_compatible_with_a_town_in_it_but_is_no_evidence_alone(tmp_path):
    recs = [_record("c1", "Reuters", "2019-10-13", 9),
            _record("c2", "AFP", "2019-10-13", 9, place="Syria", lat=35.0, lon=38.0, kind="country"),
            _record("c3", "AP", "2019-10-13", 9, place="Syria", lat=35.0, lon=38.0, kind="country"),
            _record("c4", "BBC", "2019-10-13", 9, place="Syria", lat=35.0, lon=38.0, kind="country")]
    for r in recs[2:]:
        r.events[0].source = r.events[0].target = None  # only the country in common
    with Store(tmp_path / "n.duckdb") as s:
        s.write(recs)
        merge.merge_events(s, ["c1", "c2", "c3", "c4"])
        assert sorted(r["num_articles"] for r in _merged(s)) == [1, 1, 2]


def test_conflicting_actors_are_not_merged(tmp_path):
    recs = [_record("r1", "Reuters", "2019-10-13", 9),
            _record("r2", "AFP", "2019-10-13", 9, source="Russia")]
    with Store(tmp_path / "n.duckdb") as s:
        s.write(recs)
        merge.merge_events(s, ["r1", "r2"])
        assert len(_merged(s)) == 2


def test_streaming_merges_into_stored_events_and_late_copies_add_their_outlet(tmp_path):
    with Store(tmp_path / "n.duckdb") as s:
        s.write([_record("r1", "Reuters", "2019-10-13", 9)])
        merge.merge_events(s, ["r1"])
        first = _merged(s)[0]
        s.write([_record("r2", "AFP", "2019-10-14", 9)])
        merge.merge_events(s, ["r2"])
        merge.merge_events(s, ["r2"])  # merging the same article twice changes nothing
        rows = _merged(s)
        assert len(rows) == 1 and rows[0]["id"] == first["id"]
        assert rows[0]["num_articles"] == 2 and rows[0]["num_sources"] == 2
        copy = Article(text="BEIRUT (AP) - Report r1: warplanes struck Tal Abyad.", id="r1-ap", outlet="AP",
                       published="2019-10-13")
        assert merge.record_duplicates(s, [(copy, "r1", 0.9, 1.0)]) == 1
        row = _merged(s)[0]
        assert row["num_articles"] == 3 and row["num_sources"] == 3 and row["num_mentions"] == 2
        via = s.query("SELECT via_duplicate_of FROM event_sources WHERE article_id = 'r1-ap'")
        assert via == [{"via_duplicate_of": "r1"}]


def test_denial_and_claim_contradictions_attach_to_the_merged_event(tmp_path):
    r1 = _record("r1", "Reuters", "2019-10-13", None)
    r2 = _record("r2", "Anadolu", "2019-10-13", None, status="denied")
    r2.contradictions = [Contradiction("Turkey struck Tal Abyad", ["a2"], ["a1"], ["e1"], [])]
    with Store(tmp_path / "n.duckdb") as s:
        s.write([r1, r2])
        merge.merge_events(s, ["r1", "r2"])
        dis = json.loads(_merged(s)[0]["contradictions"])
        assert {d["field"] for d in dis} == {"status", "claim"}


# -- ingest: dedup in the pipeline, parallel equals serial, streaming ----------------------------------------
@pytest.fixture(scope="module")
def folder(tmp_path_factory, corpus):
    """18 short real articles (two sentences each), plus a wire copy and an exact repeat."""
    arts = [a for a in read_paths([corpus / "dev" / "unlabelled"]) if isinstance(a, Article)][:18]
    d = tmp_path_factory.mktemp("in")
    with open(d / "a.jsonl", "w", encoding="utf-8") as fh:
        for a in arts:
            text = " ".join(a.text.split(". ")[:2]) + "."
            fh.write(json.dumps({"id": a.id, "text": text, "published": a.published, "outlet": "Guardian"}) + "\n")
        first = " ".join(arts[0].text.split(". ")[:2]) + "."
        fh.write(json.dumps({"id": "wire", "text": "Isis fighters\n\nBEIRUT (AP) - " + first, "outlet": "AP",
                             "published": arts[0].published}) + "\n")
        fh.write(json.dumps({"id": "again", "text": first, "outlet": "Guardian"}) + "\n")
    return d


def _dump(db):
    with Store(db, read_only=True) as s:
        return (list(s.records()), s.query("SELECT * FROM duplicates ORDER BY article_id"),
                s.query("SELECT * FROM merged_events ORDER BY id"),
                s.query("SELECT * FROM event_sources ORDER BY merged_id, article_id"))


def test_parallel_ingest_equals_serial_ingest(tmp_path, folder):
    reports = {}
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.duckdb") as s:
            reports[workers] = ingest([folder], s, workers=workers, batch_size=5)
    # the pool really ran: chunks came back from worker processes (on a busy machine one worker may take them all)
    assert reports[2].peak_rss_mb and os.getpid() not in reports[2].peak_rss_mb
    for r in reports.values():
        assert (r.read, r.stored, r.skipped, r.duplicates, r.failed) == (20, 19, 1, 1, 0)
    assert _dump(tmp_path / "w1.duckdb") == _dump(tmp_path / "w2.duckdb")


def test_streaming_append_skips_known_and_merges_new_events(tmp_path, folder):
    lines = (folder / "a.jsonl").read_text(encoding="utf-8").splitlines()
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "a.jsonl").write_text("\n".join(lines[:10]) + "\n", encoding="utf-8")
    db = tmp_path / "n.duckdb"
    with Store(db) as s:
        first = ingest([tmp_path / "one"], s)
        assert first.stored == 10
        n_members = s.query("SELECT count(*) n FROM event_members")[0]["n"]
        again = ingest([folder], s)
        assert (again.stored, again.skipped, again.duplicates) == (9, 11, 1)
        assert s.query("SELECT count(*) n FROM event_members")[0]["n"] >= n_members
        events = s.query("SELECT count(*) n FROM events")[0]["n"]
        members = s.query("SELECT count(*) n FROM event_members")[0]["n"]
        assert members == events  # every stored event belongs to exactly one merged event
    with Store(tmp_path / "all.duckdb") as s:
        ingest([folder], s)
    def strip(recs):
        return [{**r, "article": {k: v for k, v in r["article"].items() if k != "source"}} for r in recs]

    assert strip(_dump(db)[0]) == strip(_dump(tmp_path / "all.duckdb")[0])


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray is not installed")
def test_ray_engine_local_mode_writes_parquet_and_matches_local(tmp_path, folder):
    from newsledger.corpus import ray_engine

    src = tmp_path / "in"
    src.mkdir()
    lines = (folder / "a.jsonl").read_text(encoding="utf-8").splitlines()[:4]
    (src / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "parquet"
    with Store(tmp_path / "ray.duckdb") as s:
        rep = ingest([src], s, engine="ray", workers=1, ray_output=out)
        assert rep.stored == 4 and not rep.errors
    assert list(out.glob("*.parquet"))
    with Store(tmp_path / "local.duckdb") as s:
        ingest([src], s)
    assert _dump(tmp_path / "ray.duckdb") == _dump(tmp_path / "local.duckdb")
    with Store(tmp_path / "loaded.duckdb") as s:  # a job's Parquet loaded into a store later
        assert ray_engine.load_parquet(s, out) == 4
        assert ray_engine.load_parquet(s, out) == 0
    assert _dump(tmp_path / "loaded.duckdb")[0] == _dump(tmp_path / "local.duckdb")[0]


def test_articles_stored_without_merging_are_merged_by_the_next_ingest(tmp_path, folder):
    with Store(tmp_path / "n.duckdb") as s:
        ingest([folder], s, merge_events=False)
        assert s.query("SELECT count(*) AS n FROM event_members")[0]["n"] == 0
        ingest([folder], s)
        members = s.query("SELECT count(*) AS n FROM event_members")[0]["n"]
        assert members == s.query("SELECT count(*) AS n FROM events")[0]["n"]
