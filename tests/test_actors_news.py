"""The hand-checked actor set on news of every topic (newsledger/eval/annotations/actors_news.*) is well formed, and
its suite scores it as the Guardian set's does."""
from __future__ import annotations

import pytest

from newsledger.eval.split import Split, _in
from newsledger.eval.suites import actors_news as N
from newsledger.eval.suites.actors_guardian import NO_CODE, labels
from newsledger.eval.suites.events_allnews import texts
from newsledger.eval.suites.events_sample import split_id

KINDS = {"person", "organization", "country", "group", "none"}
# the first draw (round 48), in draw order: check half, then tune
CHECK = ["lgl-41282941", "gwn-184", "lgl-44145248", "lgl-39417291"]
TUNE = ["lgl-43972783", "lgl-43009584", "gwn-170", "lgl-40062880"]


def test_labels_are_well_formed():
    by_article = labels(N.ANNOTATIONS)
    assert list(by_article) == CHECK + TUNE
    assert sum(len(v) for v in by_article.values()) == 205
    assert sum(lb.kind == "none" for v in by_article.values() for lb in v) == 50
    for article, rows in by_article.items():
        spans = [(lb.start, lb.end) for lb in rows]
        assert len(spans) == len(set(spans)), article
        for lb in rows:
            assert lb.start < lb.end and lb.kind in KINDS, lb
            if lb.kind == "none":
                assert lb.names == (NO_CODE,) and lb.codes == (NO_CODE,), lb
            else:
                assert all(lb.names) and all(lb.codes), lb


def test_draw_halves():
    assert all(_in(split_id(a), Split.check) for a in CHECK)
    assert [a for a in TUNE if _in(split_id(a), Split.tune_a)] == ["lgl-43009584", "lgl-40062880"]
    assert [a for a in TUNE if _in(split_id(a), Split.tune_b)] == ["lgl-43972783", "gwn-170"]


def test_offsets_fall_on_names(corpus):
    if not (corpus / "dev" / "geoparsing" / "lgl.xml").exists():
        pytest.skip("geoparsing texts not present")
    all_texts = texts(corpus)
    for article, rows in labels(N.ANNOTATIONS).items():
        text = all_texts[article]
        for lb in rows:
            span = text[lb.start:lb.end]
            assert span[:1].isupper() and span == span.strip(), (article, lb.start, span)
            assert not span.endswith(("'s", "’s")), (article, lb.start, span)


def test_dates(corpus):
    if not (corpus / "dev" / "geoparsing" / "lgl.xml").exists():
        pytest.skip("geoparsing texts not present")
    arts = {a.id: a.published for a in N.articles(corpus, ["lgl-43009584", "gwn-184", "gwn-170"])}
    assert arts == {"lgl-43009584": "2009-03-28", "gwn-184": "2018-04-05", "gwn-170": None}


def test_suite_runs_on_one_article(corpus):
    if not (corpus / "dev" / "geoparsing" / "lgl.xml").exists():
        pytest.skip("geoparsing texts not present")
    scores = {s.metric: s for s in N.run(corpus, limit=1, split="tune-a")}
    assert set(scores) == {"found", "named", "kind", "code", "full", "not_actor"}
    assert all(s.dataset == "news" and s.component == "actors" for s in scores.values())
    assert scores["full"].extra["articles"] == 1
    assert scores["full"].n == 45 and scores["not_actor"].n == 11  # lgl-40062880, the first tune-a id
    assert all(0.0 <= s.value <= 1.0 for s in scores.values())
