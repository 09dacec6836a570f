from newsledger.eval.suites.contradictions_corpus import PAIRS, Judged, load, matches, sides


def _rec(aid, spans):
    return {"article": {"id": aid}, "quotes": [{"id": f"q{i}", "start": s, "end": e} for i, (s, e) in enumerate(spans)]}


def _contradiction(a, qa, b, qb):
    return {"evidence_for": [{"article": a, "id": qa}], "evidence_against": [{"article": b, "id": qb}]}


def test_a_judged_pair_matches_its_evidence_either_way_round_and_nothing_else():
    by_id = {"1": _rec("1", [(0, 50), (100, 150)]), "2": _rec("2", [(10, 40)])}
    j = Judged("p1", "cross", ("1", 100, 150), ("2", 10, 40), "right")
    assert matches(_contradiction("1", "q1", "2", "q0"), j, by_id)
    assert matches(_contradiction("2", "q0", "1", "q1"), j, by_id)
    assert not matches(_contradiction("1", "q0", "2", "q0"), j, by_id)  # other evidence in the same article
    assert sides(_contradiction("1", "q1", "2", "q0"), by_id) == (("1", 100, 150), ("2", 10, 40))


def test_the_hand_set_has_labels_and_ids_only():
    pairs = load(PAIRS)
    assert len(pairs) >= 251 and {p.label for p in pairs} <= {"right", "wrong", "borderline"}
    assert len({p.id for p in pairs}) == len(pairs)
    header = [line for line in PAIRS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")][0]
    assert header.split("\t") == "pair scope a_article a_start a_end b_article b_start b_end kind label".split()
