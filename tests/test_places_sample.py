from pathlib import Path

import pytest

from newsledger.eval.suites.places_sample import COLUMNS, JUDGED, Judged, agreement, load, matches, score


def _p(start, end, lat=None, lon=None):
    return {"start": start, "end": end, "lat": lat, "lon": lon, "text": "x"}


def _j(article, start, end, lat, lon, recognised, resolved, within, gold=(None, None), kind="-"):
    return Judged(article, start, end, None, lat, lon, recognised, resolved, within, gold[0], gold[1], kind)


def test_a_row_matches_same_article_overlapping_offsets_only():
    j = _j("guardian-1", 10, 15, 1.0, 1.0, "place", "right", "yes")
    assert matches("guardian-1", _p(12, 20), j)
    assert not matches("guardian-2", _p(12, 20), j)
    assert not matches("guardian-1", _p(15, 20), j)


def test_the_scorer_counts_recognition_strict_lenient_moved_and_share_judged():
    a = "guardian-1"
    rec = {"article": {"id": a}, "places": [
        _p(0, 5, 10.0, 10.0),      # right, same point
        _p(10, 15, 20.0, 20.0),    # namesake, same point
        _p(20, 25, 30.0, 30.0),    # not a place
        _p(30, 35),                # no coordinates
        _p(40, 45, 0.5, 0.5),      # wrong when judged, moved to within 161 km of the judge's point
        _p(50, 55, 40.0, 40.0),    # moved, no judge's point: left out of resolution
        _p(60, 65, 1.0, 1.0),      # unknown to the judge
        _p(70, 75, 5.0, 5.0),      # not judged
        _p(80, 85, 5.0, 5.0),      # a second prediction on the first row: one row, two judged predictions
    ]}
    rows = [_j(a, 0, 5, 10.0, 10.0, "place", "right", "yes"),
            _j(a, 80, 85, 5.0, 5.0, "place", "right", "yes"),
            _j(a, 10, 15, 20.0, 20.0, "place", "wrong-namesake", "no", (21.0, 21.0)),
            _j(a, 20, 25, 30.0, 30.0, "not-a-place", "-", "-", kind="demonym"),
            _j(a, 30, 35, None, None, "place", "no-coordinates", "-", (3.0, 3.0)),
            _j(a, 40, 45, 9.0, 9.0, "place", "wrong-level", "no", (0.0, 0.0)),
            _j(a, 50, 55, 9.0, 9.0, "place", "wrong-namesake", "no"),
            _j(a, 60, 65, 1.0, 1.0, "place", "unknown", "-"),
            _j(a, 90, 95, 1.0, 1.0, "place", "right", "yes")]  # no longer predicted
    s = score([rec], "all", rows)
    assert s["predicted"] == 9 and s["judged_predictions"] == 8 and s["share_judged"] == round(8 / 9, 4)
    assert s["judged_found"] == 8 and s["gone"] == 1
    assert s["places"] == 7 and s["recognition_precision"] == round(7 / 8, 4)
    # scored: all found but the moved row with no gold point (7); within: the two right rows and the moved one
    assert s["moved"] == 1 and s["scored"] == 7 and s["within"] == 3 and s["accuracy"] == round(3 / 7, 4)
    # lenient: places the judge could place with a point today: right x2, namesake, moved-in (no-coordinates,
    # unknown and not-a-place left out)
    assert s["lenient_n"] == 4 and s["accuracy_lenient"] == 0.75
    assert s["right_entry"] == 2
    # the demonym read as a place: one more right of the 7 scored
    assert s["demonyms"] == 1 and s["accuracy_demonyms_as_places"] == round(4 / 7, 4)


def test_halves_are_drawn_on_the_article_id():
    from newsledger.eval.split import half
    ids = [f"guardian-{k}" for k in range(40)]
    tune = next(i for i in ids if half(i.removeprefix("guardian-")).value == "tune")
    check = next(i for i in ids if half(i.removeprefix("guardian-")).value == "check")
    recs = [{"article": {"id": i}, "places": [_p(0, 5, 1.0, 1.0)]} for i in (tune, check)]
    rows = [_j(i, 0, 5, 1.0, 1.0, "place", "right", "yes") for i in (tune, check)]
    assert score(recs, "tune", rows)["judged_found"] == 1
    assert score(recs, "check", rows)["judged_found"] == 1
    assert score(recs, "all", rows)["judged_found"] == 2


def test_bad_labels_are_refused(tmp_path: Path):
    f = tmp_path / "j.tsv"
    f.write_text("\t".join(COLUMNS) + "\nguardian-1\t0\t5\t\t1\t1\tplace\t-\t-\t\t\t-\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load(f)
    f.write_text("\t".join(COLUMNS) + "\nguardian-1\t0\t5\t\t1\t1\tplace\tright\tmaybe\t\t\t-\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load(f)


def test_the_hand_set_loads_with_its_columns():
    head = next(ln for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#"))
    assert head.split("\t") == COLUMNS
    rows = load()
    assert len(rows) >= 100
    assert all(r.article.startswith(("guardian-", "lgl-")) for r in rows)


def test_the_pool_is_the_events_samples():
    from newsledger.eval.suites.events_sample import pool_ids
    from newsledger.eval.suites.places_sample import FOLDER
    lines = [ln for ln in (FOLDER / "pool.tsv").read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"]
    # the 261 ids of the events sample's pool at this set's draws; the forty-seventh round appended 115 LGL ids to
    # events_sample/pool.tsv after a comment line (events_sample INSTRUCTIONS.md, "Pool extension and twelfth draw"),
    # which this set's draws predate, and the forty-eighth round 95 GeoWebNews and LGL ids after another ("Second pool
    # extension and thirteenth draw"): the suite now extracts all 471, its judged rows are on the 261
    from newsledger.eval.suites.events_sample import POOL
    events = POOL.read_text(encoding="utf-8").splitlines()
    mark = next(i for i, ln in enumerate(events) if ln.startswith("# Pool extension (round 47"))
    first = {ln.strip() for ln in events[:mark] if ln.strip() and not ln.startswith("#")}
    assert len(first) == 261 and first < pool_ids()
    assert {ln.split("\t")[0] for ln in lines[1:]} == first


def test_agreement_is_cohens_kappa_for_recognised_and_within_over_rows_read_twice(tmp_path: Path):
    pairs = [("place/yes", "place/yes"), ("place/yes", "place/no"), ("not-a-place/-", "not-a-place/-"),
             ("place/yes", "not-a-place/-"), ("place/yes", "")]
    body = [f"guardian-1\t{k}\t{k + 1}\t\t1\t1\tplace\tright\tyes\t\t\t-\t{f}\t{s}" for k, (f, s) in enumerate(pairs)]
    path = tmp_path / "judged.tsv"
    path.write_text("# comment\n" + "\n".join(["\t".join(COLUMNS), *body]) + "\n", encoding="utf-8")
    got = agreement(path)
    # 4 rows read twice. recognised: 3 agree; first 3 place 1 not, second 2 place 2 not -> pe = (6 + 2) / 16 = 0.5
    assert got["recognised"] == {"rows": 4, "raw": 0.75, "kappa": 0.5}
    # within: yes/yes, yes/no, -/-, yes/- -> 2 agree; first 3 yes 1 -, second 1 yes 1 no 2 - -> pe = (3 + 2) / 16
    assert got["within"] == {"rows": 4, "raw": 0.5, "kappa": round((0.5 - 5 / 16) / (1 - 5 / 16), 4)}
    path.write_text("\t".join(COLUMNS) + "\n" + body[0].replace("place/yes\tplace/yes", "place\tplace/yes") + "\n",
                    encoding="utf-8")
    with pytest.raises(ValueError):
        agreement(path)


def test_the_hand_set_keeps_both_readings():
    got = agreement()
    # both draws read twice: the first at the thirteenth round, the second at the forty-third (placesample43b)
    assert got["recognised"]["rows"] == 300 and got["within"]["rows"] == 300
    assert got["recognised"]["kappa"] is not None and got["within"]["kappa"] is not None


def test_the_hand_set_holds_both_draws_each_row_with_its_first_reading():
    import csv
    with JUDGED.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    assert len(rows) == len(load()) == 300  # 150 of seed 1319 (thirteenth round), 150 of seed 1320 (forty-third)
    assert len({(r["article"], r["start"]) for r in rows}) == 300  # a later draw skips judged mentions
    assert all(r["first"].split("/")[0] in ("place", "not-a-place") for r in rows)
    # the second draw's rows (the last 150) carry this judge's own pair, the final labels until adjudicated
    assert all(r["first"] == f"{r['recognised']}/{r['within']}" for r in rows[150:] if not r["second"])
    assert all(r["second"].split("/")[0] in ("place", "not-a-place") for r in rows)
