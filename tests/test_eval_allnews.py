"""The all-news event set (issue 16): the gold holds offsets and labels only, its articles follow the written
selection rule, and the suite scores (two articles here; the whole set behind the slow marker)."""
from __future__ import annotations

import pytest

from newsledger.eval.suites import events_allnews as A

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"reported", "claimed", "denied", "planned", "hypothetical", "historical"}


def test_gold_holds_offsets_and_labels_only(corpus):
    gold, listed = A.G.load_gold(A.GOLD), A.load_articles()
    texts = A.texts(corpus)
    events = [e for evs in gold.values() for e in evs]
    assert set(gold) <= set(listed) and len(listed) >= 25
    assert len(listed) > len(gold)  # articles with no event are part of the set
    assert max(len(ln) for ln in A.GOLD.read_text(encoding="utf-8").splitlines()) < 300  # no article text
    for e in events:
        assert 0 <= e.start < e.end <= len(texts[e.article])
        assert e.types <= PLOVER and e.statuses <= STATUSES


def test_articles_follow_the_selection_rule(corpus):
    listed = list(A.load_articles())
    for prefix in A.LENGTH:
        mine = [a for a in listed if a.startswith(prefix)]
        assert mine == A.ranked(corpus, prefix)[:len(mine)]


def test_suite_scores_two_articles(corpus):
    scores = A.run(corpus, limit=2, split="all")
    by_metric = {(s.dataset, s.metric): s for s in scores}
    prf = by_metric[("allnews", "prf")]
    assert prf.extra["articles"] == 2 and 0.0 <= prf.precision <= 1.0
    assert ("allnews:lenient_any_type", "prf") in by_metric
    assert by_metric[("allnews", "predicted_on_no_event_articles")].value >= 0.0


@pytest.mark.slow
def test_allnews_all_articles(corpus):
    scores = {(s.dataset, s.metric): s for s in A.run(corpus, split="all")}
    assert scores[("allnews", "prf")].extra["articles"] == len(A.load_articles())


@pytest.mark.slow
def test_allnews_check_half(corpus):
    """Floors just under the check half of the 271-article gold (P 0.451, R 0.314, 2 events on 55 articles with
    none); on the 256-article gold's: P 0.457, R 0.299, 4 on 53 (0.474, 0.320, 2 on 53 with the same code as the
    271-article figures); on the 241-article gold's: P 0.440, R 0.278, 4 on 51 (0.446, 0.278 with the same code as
    the 256-article figures); on the 197-article gold's: P 0.507, R 0.299, 3 on 43 (0.500, 0.286 at the start of the
    ninth round); on the 153-article gold's: P 0.568, R 0.309, 3 on 33; on the 109-article gold's: P 0.618, R 0.342,
    2 on 24; on the first 69 articles': P 0.750, R 0.406, 1 on 15. The fifth to ninth rounds' articles, not the
    code, moved the floors."""
    scores = {(s.dataset, s.metric): s for s in A.run(corpus, split="check")}
    prf = scores[("allnews", "prf")]
    assert prf.precision >= 0.42 and prf.recall >= 0.28
    assert scores[("allnews", "predicted_on_no_event_articles")].value <= 5
