from pathlib import Path

import pytest

from newsledger.eval.split import half
from newsledger.eval.suites.events_sample import (
    COLUMNS,
    JUDGED,
    POOL,
    Judged,
    agreement,
    load,
    matches,
    pool_ids,
    score,
    split_id,
    trigger_span,
    url_date,
)


def _ev(typ, sentence, start, trigger, conf=0.9):
    return {
        "type": typ,
        "sentence": sentence,
        "start": start,
        "end": start + len(sentence),
        "trigger": trigger,
        "confidence": conf,
    }


def _j(article, start, end, typ, act, source="right", target="right", status="right"):
    return Judged(article, start, end, typ, act, "-", source, target, status, "-")


def test_the_trigger_is_found_as_a_whole_word_in_its_sentence():
    assert trigger_span(_ev("ASSAULT", "Rebels attacked an attack post.", 100, "attack")) == (119, 125)
    assert trigger_span(_ev("ASSAULT", "No such word.", 100, "attacked")) == (100, 113)


def test_a_row_matches_same_article_same_type_overlapping_trigger_only():
    e = _ev("ACCUSE", "X accused Y.", 0, "accused")
    j = _j("guardian-1", 2, 9, "ACCUSE", "right")
    assert matches("guardian-1", e, j)
    assert not matches("guardian-2", e, j)
    assert not matches("guardian-1", {**e, "type": "REJECT"}, j)
    assert not matches("guardian-1", _ev("ACCUSE", "X accused Y.", 20, "accused"), j)


def test_the_scorer_counts_strict_lenient_fully_right_and_share_judged():
    rec = {
        "article": {"id": "guardian-1"},
        "events": [
            _ev("ACCUSE", "X accused Y.", 0, "accused"),  # right, actors right
            _ev("ASSAULT", "X shelled Y.", 20, "shelled"),  # right, target wrong
            _ev("SUPPORT", "X met Y.", 40, "met"),  # real, another type
            _ev("THREATEN", "X said it.", 60, "said"),  # not an act
            _ev("PROTEST", "X marched.", 80, "marched"),  # unjudged
            _ev("AID", "X gave Y aid.", 100, "gave", conf=0.0),  # below the threshold: not counted
        ],
    }
    judged = [
        _j("guardian-1", 2, 9, "ACCUSE", "right"),
        _j("guardian-1", 22, 29, "ASSAULT", "right", target="wrong"),
        Judged("guardian-1", 42, 45, "SUPPORT", "wrong-type", "CONSULT", "right", "right", "right", "-"),
        _j("guardian-1", 62, 66, "THREATEN", "no-act"),
        _j("guardian-1", 500, 505, "AID", "right"),
    ]  # no longer predicted
    s = score([rec], "all", judged, threshold=0.5)
    assert (s["predicted"], s["judged_found"], s["gone"]) == (5, 4, 1)
    assert (s["right"], s["real"], s["fully_right"]) == (2, 3, 1)
    assert (s["precision"], s["precision_lenient"], s["fully_right_share"], s["share_judged"]) == (0.5, 0.75, 0.25, 0.8)


def test_halves_are_drawn_on_the_csv_index_for_guardian_articles():
    assert split_id("guardian-719") == "719" and split_id("lgl-123") == "lgl-123"
    ids = [str(i) for i in range(40)]
    tune = [i for i in ids if half(i).value == "tune"]
    rec = {"article": {"id": f"guardian-{tune[0]}"}, "events": [_ev("ACCUSE", "X accused Y.", 0, "accused")]}
    assert score([rec], "check", [], threshold=0.5)["predicted"] == 0
    assert score([rec], "tune", [], threshold=0.5)["predicted"] == 1


def test_the_hand_set_has_labels_and_offsets_only():
    rows = load(JUDGED)
    assert len(rows) >= 150
    assert {r.act for r in rows} <= {"right", "wrong-type", "no-act"}
    assert {r.source for r in rows} | {r.target for r in rows} <= {"right", "wrong", "missing", "none"}
    assert {r.status for r in rows} <= {"right", "wrong"}
    assert all((r.act == "wrong-type") == (r.act_type != "-") for r in rows)
    header = [ln for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][0]
    assert header.split("\t") == COLUMNS


def test_every_judged_article_is_in_the_frozen_pool():
    ids = pool_ids()
    assert ids and len(ids) >= 250
    assert all(a.startswith(("guardian-", "lgl-", "gwn-")) for a in ids)
    assert {r.article for r in load(JUDGED)} <= ids


def test_agreement_is_cohens_kappa_over_rows_read_twice(tmp_path):
    head = "\t".join(COLUMNS)
    body = [
        "a\t0\t1\tASSAULT\tright\t-\tright\tright\tright\t-\t" + f + "\t" + s
        for f, s in [("right", "right"), ("right", "right"), ("no-act", "no-act"), ("right", "no-act"), ("no-act", "")]
    ]
    path = tmp_path / "judged.tsv"
    path.write_text("# comment\n" + "\n".join([head, *body]) + "\n", encoding="utf-8")
    got = agreement(path)
    # 4 rows read twice, 3 agree; first: 3 right 1 no-act, second: 2 right 2 no-act -> pe = (3*2 + 1*2) / 16 = 0.5
    assert got == {"rows": 4, "raw": 0.75, "kappa": 0.5}


def test_the_hand_set_keeps_both_readings():
    got = agreement()
    # the ten draws' 160 + 120 + 120 + 120 + 120 + 120 + 150 + 120 + 120 + 28 rows, each read twice (the tenth draw's
    # second reading: helper evsample45b, forty-fifth round); over all 1,178: raw 1,095 of 1,178 = 0.9295, kappa 0.855
    # (1,150 before: 0.930, 0.855)
    # with the twelfth draw's 120 (second reading: helper evpool47b, round 47; 114 of 120 agree): over all 1,298 rows
    # raw 1,209 of 1,298 = 0.9314, kappa 0.860
    # with the thirteenth draw's 120 (second reading: helper evpool48b, round 48; 118 of 120 agree): over all 1,418
    # rows raw 1,327 of 1,418 = 0.9358, kappa 0.870
    assert got["rows"] == 1418 and got["raw"] is not None and got["kappa"] is not None
    assert (got["raw"], round(got["kappa"], 3)) == (0.9358, 0.870)
    lines = [ln.split("\t") for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][1:]
    assert len(lines) == len(load(JUDGED)) == 1418
    assert {ln[10] for ln in lines} <= {"right", "wrong-type", "no-act"}
    assert {ln[11] for ln in lines} <= {"right", "wrong-type", "no-act"}


def test_the_tenth_draw_enumerates_the_unmatched_events():
    # INSTRUCTIONS.md "Tenth draw": on main aa6695c's records the 1,150 earlier rows match 1,067 of the 1,095 events;
    # seed 1054 drew all 28 others (14 check, 9 tune-a, 5 tune-b), check-half rows first; first reading 17 right, 1
    # another type, 10 no event, 6 fully right
    lines = [ln.split("\t") for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][1:]
    tenth = lines[1150:1178]
    assert len(tenth) == 28 and all(ln[10] and ln[11] for ln in tenth)
    halves = [half(ln[0].removeprefix("guardian-")).value for ln in tenth]
    assert halves == sorted(halves) and halves.count("check") == 14
    firsts = [ln[10] for ln in tenth]
    assert (firsts.count("right"), firsts.count("wrong-type"), firsts.count("no-act")) == (17, 1, 10)


def test_the_eleventh_draw_rereads_the_rows_whose_actor_moved():
    # INSTRUCTIONS.md "Eleventh draw" and "Second reading and adjudication (eleventh draw)": on main a9aa6d67 the draw
    # is empty (the 1,178 rows match all 1,095 events); the 8 rows whose matched event's source or target moved since
    # they were judged were re-read blind by two judges on today's actors, who agree on every column: the act labels
    # stand, one check-half source goes wrong -> right (a refusal's speaker for the state he speaks for), the rest hold
    lines = [ln.split("\t") for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][1:]
    assert len(lines) == 1418
    reread = {
        ("guardian-76", "3909", "3914", "REJECT"): ["right", "-", "right", "right", "right", "-", "right", "right"],
        ("guardian-555", "3388", "3396", "COERCE"): ["right", "-", "right", "right", "right", "-", "right", "right"],
        ("guardian-452", "55628", "55635", "ASSAULT"): ["right", "-", "right", "wrong", "wrong", "target:wrong",
                                                        "right", "right"],
        ("guardian-555", "3401", "3407", "ASSAULT"): ["right", "-", "right", "right", "right", "-", "right", "right"],
        ("guardian-452", "22832", "22835", "CONSULT"): ["right", "-", "right", "right", "right", "-", "right", "right"],
        ("guardian-148", "2171", "2176", "AGREE"): ["right", "-", "right", "right", "right", "-", "right", "right"],
        ("guardian-452", "5236", "5241", "CONSULT"): ["right", "-", "right", "right", "right", "-", "right", "right"],
        ("guardian-452", "22955", "22962", "CONSULT"): ["right", "-", "right", "wrong", "right", "target:wrong",
                                                        "right", "right"],
    }
    got = {tuple(ln[:4]): ln[4:12] for ln in lines if tuple(ln[:4]) in reread}
    assert got == reread
    rows = [r for r in load(JUDGED) if (r.article, str(r.start), str(r.end), r.type) in reread]
    assert sum(r.fully_right for r in rows) == 6
    assert sum(r.fully_right for r in load(JUDGED)[:1178]) == 378  # 359 before the re-reading, 360 before the 51 rows
    # with the twelfth draw's 41 (42 read once; evpool47b)
    assert sum(r.fully_right for r in load(JUDGED)[:1298]) == 419


def test_the_moved_rows_of_the_first_seven_draws_are_rejudged():
    # INSTRUCTIONS.md "The moved rows re-judged (round 47)": 51 rows of draws 1-7 (act right) whose matched event's
    # source, target or status moved since judged, re-judged blind by two readers on main a9aa6d67's events; 33 rows
    # changed (listed in judged.tsv's comment lines), 2 of them fully right before, 20 after (check 13 rows, tune 20)
    text = JUDGED.read_text(encoding="utf-8")
    head = text.index("# Moved rows re-judged (round 47")
    note = [ln for ln in text[head:].splitlines() if ln.startswith("#")]
    keys = [tuple(k.split(":")) for k in " ".join(note[3:6]).replace("#", " ").split() if k.count(":") == 2]
    assert len(keys) == len(set(keys)) == 33
    rows = {(r.article, r.type, str(r.start)): r for r in load(JUDGED)}
    changed = [rows[k] for k in keys]
    assert all(r.act == "right" for r in changed)
    assert sum(r.fully_right for r in changed) == 20
    assert sum(half(r.article.removeprefix("guardian-")).value == "check" for r in changed) == 13
    # the one disagreement (a moved target): a military position given as target is a place, wrong (the party it
    # stands for, described by its adjective, would be missing: the ninth draw's Kilis rule)
    pos = rows[("guardian-125", "ASSAULT", "3654")]
    assert (pos.source, pos.target, pos.status, pos.kind) == ("right", "wrong", "right", "target:place")


def test_the_tenth_draw_second_reading_is_adjudicated():
    # INSTRUCTIONS.md "Second reading and adjudication (tenth draw)": 26 of 28 act labels agree (kappa 0.853); of the 2
    # disagreements (both first no-act, second right) one changed the final label (a capture of territory told in a
    # reduced relative, "areas retaken by Damascus": a finished act, right), one kept the first's (a principle stated
    # as resolve, no named party or act: no-act)
    lines = [ln.split("\t") for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][1:]
    tenth = lines[1150:1178]
    assert sum(ln[10] == ln[11] for ln in tenth) == 26
    assert sorted((ln[0], ln[3], ln[10], ln[11]) for ln in tenth if ln[10] != ln[11]) == [
        ("guardian-20", "ASSAULT", "no-act", "right"), ("guardian-452", "REJECT", "no-act", "right")]
    changed = [ln[:10] for ln in tenth if ln[4] != ln[10]]
    assert changed == [["guardian-20", "4519", "4526", "ASSAULT", "right", "-", "right", "none", "right", "-"]]
    acts = [ln[4] for ln in tenth]
    assert (acts.count("right"), acts.count("wrong-type"), acts.count("no-act")) == (18, 1, 9)
    rows = load(JUDGED)[1150:1178]
    assert sum(r.fully_right for r in rows) == 7
    # the operation threatened towards a town is aimed at the force holding it, not at a third party present there
    manbij = next(ln for ln in tenth if ln[:4] == ["guardian-605", "3726", "3736", "THREATEN"])
    assert manbij[4:9] == ["right", "-", "right", "wrong", "right"]


def test_the_ninth_draw_second_reading_is_adjudicated():
    # INSTRUCTIONS.md "Ninth draw" and "Second reading and adjudication (ninth draw)": 120 rows on main f8751f6 (seed
    # 1024), check-half rows first; 116 of 120 act labels agree (kappa 0.925); of the 4 disagreements 2 changed the
    # final label (right -> wrong-type: a vouching campaign SUPPORT, a refusal that is an accusation's content ACCUSE),
    # 2 kept the first's (a strike stated as threatened, right; an abuse repeated with each wage, no-act)
    lines = [ln.split("\t") for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][1:]
    ninth = lines[1030:1150]
    assert len(ninth) == 120 and all(ln[10] and ln[11] for ln in ninth)
    halves = [half(ln[0].removeprefix("guardian-")).value for ln in ninth]
    assert halves == sorted(halves) and halves.count("check") == 51
    assert sum(ln[10] == ln[11] for ln in ninth) == 116
    firsts = [ln[10] for ln in ninth]
    assert (firsts.count("right"), firsts.count("wrong-type"), firsts.count("no-act")) == (87, 8, 25)
    changed = sorted((ln[0], ln[10], ln[4], ln[5]) for ln in ninth if ln[4] != ln[10])
    assert changed == [("guardian-698", "right", "wrong-type", "ACCUSE"),
                       ("lgl-43340250", "right", "wrong-type", "SUPPORT")]
    assert all(ln[4] == ln[11] for ln in ninth if ln[4] != ln[10])
    acts = [ln[4] for ln in ninth]
    assert (acts.count("right"), acts.count("wrong-type"), acts.count("no-act")) == (85, 10, 25)
    # the order to join military action is judged by its content (ASSAULT), not by the vote that blocked it
    order = next(ln for ln in ninth if ln[:4] == ["guardian-589", "1333", "1338", "REQUEST"])
    assert order[4:6] == ["wrong-type", "ASSAULT"]


def test_the_eighth_draw_second_reading_is_adjudicated():
    # INSTRUCTIONS.md "Eighth draw" and "Second reading and adjudication (eighth draw)": 120 rows on main c301ab3 (seed
    # 1023), check-half rows first; 110 of 120 act labels agree; of the 10 disagreements 6 changed the final label (3
    # wrong-type -> right, 2 wrong-type -> no-act, 1 right -> no-act), 4 kept the first's
    lines = [ln.split("\t") for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][1:]
    eighth = lines[910:1030]
    assert len(eighth) == 120 and all(ln[11] for ln in eighth)
    halves = [half(ln[0].removeprefix("guardian-")).value for ln in eighth]
    assert halves == sorted(halves) and halves.count("check") == 63
    assert sum(ln[10] == ln[11] for ln in eighth) == 110
    firsts = [ln[10] for ln in eighth]
    assert (firsts.count("right"), firsts.count("wrong-type"), firsts.count("no-act")) == (84, 12, 24)
    changed = sorted((ln[10], ln[4]) for ln in eighth if ln[4] != ln[10])
    assert changed == [("right", "no-act")] + [("wrong-type", "no-act")] * 2 + [("wrong-type", "right")] * 3
    assert all(ln[4] == ln[11] for ln in eighth if ln[4] != ln[10])
    acts = [ln[4] for ln in eighth]
    assert (acts.count("right"), acts.count("wrong-type"), acts.count("no-act")) == (86, 7, 27)


def test_the_seventh_draw_second_reading_is_adjudicated():
    # INSTRUCTIONS.md "Second reading and adjudication (seventh draw)": 143 of 150 act labels agree; of the 7
    # disagreements one changed the final label (the YPG's standing denial: no-act), the other 6 kept the first's
    lines = [ln.split("\t") for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][1:]
    seventh = lines[760:910]
    assert sum(ln[10] == ln[11] for ln in seventh) == 143
    assert [ln[:4] for ln in seventh if ln[4] != ln[10]] == [["guardian-771", "950", "956", "REJECT"]]
    assert next(ln for ln in seventh if ln[:4] == ["guardian-771", "950", "956", "REJECT"])[4:6] == ["no-act", "-"]


def test_a_charge_coded_coerce_is_right():
    # CAMEO2PLOVER-2021.txt: 173 "Arrest, detain, or charge with legal action" -> COERCE; a charge is ACCUSE|COERCE
    # (seventeenth round, INSTRUCTIONS.md "Second reading and adjudication (fifth draw)")
    # the fourth draw's one charge row and the fifth draw's four, judged wrong-type ACCUSE by the fourth draw's rule
    charges = {
        ("guardian-771", 166),
        ("guardian-186", 4413),
        ("lgl-43033931", 15),
        ("guardian-708", 691),
        ("lgl-43914201", 1449),
    }
    rows = [r for r in load(JUDGED) if (r.article, r.start) in charges]
    assert len(rows) == 5 and all(r.type == "COERCE" and r.act == "right" for r in rows)
    assert not [r for r in load(JUDGED) if "charge-as-coerce" in r.kind]


def test_no_two_rows_can_match_one_prediction():
    rows = load(JUDGED)
    assert not [
        (a, b)
        for i, a in enumerate(rows)
        for b in rows[i + 1 :]
        if a.article == b.article and a.type == b.type and a.start < b.end and b.start < a.end
    ]


def test_the_pool_extension_and_the_twelfth_draw():
    # INSTRUCTIONS.md "Pool extension and twelfth draw": pool.tsv's 261 ids of the first draw and, after a comment line
    # stating the extension's rule (the lead's pool2.py, round 47), 115 LGL ids; the twelfth draw (seed 1076) fell on
    # 120 of the 131 events main gives on the new articles (check 64, tune-a 33, tune-b 23), appended check rows first,
    # first reading 75 right, 8 another type, 37 no event, 42 fully right (read again blind: the next test)
    text = POOL.read_text(encoding="utf-8").splitlines()
    mark = next(i for i, ln in enumerate(text) if ln.startswith("# Pool extension (round 47"))
    mark48 = next(i for i, ln in enumerate(text) if ln.startswith("# Pool extension (round 48"))
    old = [ln for ln in text[:mark] if ln.strip() and not ln.startswith("#")]
    new = [ln for ln in text[mark:mark48] if ln.strip() and not ln.startswith("#")]
    assert len(old) == 261 and len(new) == 115
    assert all(a.startswith("lgl-") for a in new) and new == sorted(new) and not set(old) & set(new)
    lines = [ln.split("\t") for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][1:]
    twelfth = lines[1178:1298]
    assert len(twelfth) == 120 and all(ln[0] in new and ln[10] and ln[11] for ln in twelfth)
    halves = [half(ln[0].removeprefix("guardian-")).value for ln in twelfth]
    assert halves == sorted(halves) and halves.count("check") == 64
    firsts = [ln[10] for ln in twelfth]
    assert (firsts.count("right"), firsts.count("wrong-type"), firsts.count("no-act")) == (75, 8, 37)


def test_the_twelfth_draw_second_reading_is_adjudicated():
    # INSTRUCTIONS.md "Second reading and adjudication (twelfth draw)": 114 of 120 act labels agree (kappa 0.903); of
    # the 6 disagreements one changed the final label (county commissioners denying an elected constable's request:
    # between institutions, REJECT right), 5 kept the first's; one target changed (the other parties of "All the
    # parties signed" an agreement: missing, as the other of "the two leaders"), so 76 right, 8 another type, 36 no
    # event, 41 fully right
    lines = [ln.split("\t") for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][1:]
    twelfth = lines[1178:1298]
    assert sum(ln[10] == ln[11] for ln in twelfth) == 114
    assert sorted((ln[0], ln[3], ln[10], ln[11]) for ln in twelfth if ln[10] != ln[11]) == [
        ("lgl-39624584", "REJECT", "no-act", "right"), ("lgl-39999941", "ACCUSE", "right", "no-act"),
        ("lgl-40818148", "COERCE", "right", "no-act"), ("lgl-41542421", "REQUEST", "right", "no-act"),
        ("lgl-41639415", "REJECT", "no-act", "right"), ("lgl-43228123", "REQUEST", "right", "wrong-type")]
    assert [ln[:10] for ln in twelfth if ln[4] != ln[10]] == [
        ["lgl-39624584", "795", "799", "REJECT", "right", "-", "right", "missing", "right", "target:missing"]]
    acts = [ln[4] for ln in twelfth]
    assert (acts.count("right"), acts.count("wrong-type"), acts.count("no-act")) == (76, 8, 36)
    assert sum(r.fully_right for r in load(JUDGED)[1178:1298]) == 41
    signed = next(ln for ln in twelfth if ln[:4] == ["lgl-41545605", "2579", "2585", "SUPPORT"])
    assert signed[4:9] == ["right", "-", "right", "missing", "right"]


def test_the_second_pool_extension():
    # INSTRUCTIONS.md "Second pool extension and thirteenth draw": after a second comment line stating its rule (the
    # lead's pool3.py, round 48), 95 ids: 29 GeoWebNews and 66 LGL texts of more than 1,000 characters in no earlier
    # pool id, no events_allnews article and no brief news gold article, sorted by id
    text = POOL.read_text(encoding="utf-8").splitlines()
    mark = next(i for i, ln in enumerate(text) if ln.startswith("# Pool extension (round 48"))
    before = {ln for ln in text[:mark] if ln.strip() and not ln.startswith("#")}
    new = [ln for ln in text[mark:] if ln.strip() and not ln.startswith("#")]
    assert len(before) == 376 and len(new) == 95 and len(pool_ids()) == 471 and new == sorted(new)
    assert sum(a.startswith("gwn-") for a in new) == 29 and sum(a.startswith("lgl-") for a in new) == 66
    assert not before & set(new)
    allnews = Path(__file__).resolve().parents[1] / "newsledger/eval/annotations/events_allnews/articles.tsv"
    assert not {ln.split("\t")[0] for ln in allnews.read_text(encoding="utf-8").splitlines()} & set(new)


def test_a_geowebnews_text_is_dated_by_its_url():
    # events_allnews' rule (its INSTRUCTIONS.md): the date in the LINK URL as a whole path segment, else none
    head = "TITLE: A made-up headline LINK: "
    assert url_date(head + "http://example.com/news/2018/04/05/a-story/\nText.") == "2018-04-05"
    assert url_date(head + "https://example.com/world/2018-03-31/a-story/\nText.") == "2018-03-31"
    assert url_date(head + "https://example.com/20180406/a-story.html\nText.") == "2018-04-06"
    for url in ("http://example.com/2018/04/a-story.html", "http://example.com/2018/mar/28/a-story",
                "http://example.com/article/?nid=20180405-500896", "http://example.com/c/20796200/a-story.html",
                "http://example.com/2018-04-05-a-story/"):
        assert url_date(head + url + "\nText.") is None, url
    assert url_date("A text with no header, 2018/04/05/.") is None


def test_geowebnews_dates_agree_with_the_allnews_set(corpus):
    # the 77 GeoWebNews texts events_allnews/articles.tsv dates by hand get the same date (or none) from url_date
    folder = corpus / "dev" / "geoparsing" / "GeoWebNews"
    if not folder.exists():
        pytest.skip("no GeoWebNews in the corpus")
    allnews = Path(__file__).resolve().parents[1] / "newsledger/eval/annotations/events_allnews/articles.tsv"
    listed = [ln.split("\t") for ln in allnews.read_text(encoding="utf-8").splitlines() if ln.startswith("gwn-")]
    assert len(listed) == 77
    got = {a: url_date((folder / f"{a.removeprefix('gwn-')}.txt").read_text(encoding="utf-8")) or "-"
           for a, _ in listed}
    assert got == {a: d.strip() for a, d in listed}


def test_the_thirteenth_draw():
    # INSTRUCTIONS.md "Second pool extension and thirteenth draw": on main 75334b7c's records of the 471 articles,
    # the 1,298 earlier rows match 1,215 of the 1,360 events; seed 1087 drew 120 of the other 145 (check 44, tune-a
    # 33, tune-b 43; 109 on the 95 new articles, 11 the twelfth draw left), appended check rows first; first reading
    # 70 right, 7 another type, 43 no event, 33 fully right (read again blind: the next test); the actor and status
    # columns from the event drawn
    new = set(POOL.read_text(encoding="utf-8").split("# Pool extension (round 48")[1].splitlines()[3:])
    lines = [ln.split("\t") for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][1:]
    thirteenth = lines[1298:]
    assert len(thirteenth) == 120 and all(ln[10] and ln[11] and ln[14] for ln in thirteenth)
    assert sum(ln[0] in new for ln in thirteenth) == 109 and sum(ln[0].startswith("gwn-") for ln in thirteenth) == 36
    halves = [half(split_id(ln[0])).value for ln in thirteenth]
    assert halves == sorted(halves) and halves.count("check") == 44
    firsts = [ln[10] for ln in thirteenth]
    assert (firsts.count("right"), firsts.count("wrong-type"), firsts.count("no-act")) == (70, 7, 43)


def test_the_thirteenth_draw_second_reading_is_adjudicated():
    # INSTRUCTIONS.md "Second reading and adjudication (thirteenth draw)": 118 of 120 act labels agree (kappa 0.968);
    # both disagreements (first no-act, second right) changed the final label (a county's lease of its jail to a prison
    # company: a business transaction with a public body, optional, SUPPORT 057 right; "who has been criticized for not
    # learning of the AIG bonus payments sooner": an act with its occasion in a relative clause, ACCUSE right); one
    # target changed (a denial answering the sentence before, whose claimants it names: missing), so 72 right, 7
    # another type, 41 no event, 33 fully right
    lines = [ln.split("\t") for ln in JUDGED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")][1:]
    thirteenth = lines[1298:]
    assert sum(ln[10] == ln[11] for ln in thirteenth) == 118
    assert sorted((ln[0], ln[3], ln[10], ln[11]) for ln in thirteenth if ln[10] != ln[11]) == [
        ("lgl-40320537", "ACCUSE", "no-act", "right"), ("lgl-41432444", "SUPPORT", "no-act", "right")]
    assert sorted(ln[:10] for ln in thirteenth if ln[4] != ln[10]) == [
        ["lgl-40320537", "3867", "3877", "ACCUSE", "right", "-", "wrong", "missing", "right",
         "source:wrong;target:missing"],
        ["lgl-41432444", "602", "608", "SUPPORT", "right", "-", "right", "missing", "right", "target:missing"]]
    acts = [ln[4] for ln in thirteenth]
    assert (acts.count("right"), acts.count("wrong-type"), acts.count("no-act")) == (72, 7, 41)
    assert sum(r.fully_right for r in load(JUDGED)[1298:]) == 33
    denial = next(ln for ln in thirteenth if ln[:4] == ["gwn-272", "3913", "3919", "REJECT"])
    assert denial[4:9] == ["right", "-", "right", "missing", "wrong"]
