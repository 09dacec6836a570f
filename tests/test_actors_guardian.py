"""The hand-checked Guardian actor set (newsledger/eval/annotations/actors_guardian.*) is well formed."""
from __future__ import annotations

import csv

import pytest

from newsledger.eval.suites.actors_guardian import ANNOTATIONS, NO_CODE, SOURCE, labels

KINDS = {"person", "organization", "country", "group", "none"}


def test_labels_are_well_formed():
    by_article = labels()
    assert len(by_article) == 143
    assert sum(len(v) for v in by_article.values()) == 8930
    for article, rows in by_article.items():
        spans = [(lb.start, lb.end) for lb in rows]
        assert len(spans) == len(set(spans)), article
        for lb in rows:
            assert lb.start < lb.end and lb.kind in KINDS, lb
            if lb.kind == "none":
                assert lb.names == (NO_CODE,) and lb.codes == (NO_CODE,), lb
            else:
                assert all(lb.names) and all(lb.codes), lb
    assert ANNOTATIONS.exists()


def test_offsets_fall_on_names(corpus):
    path = corpus / SOURCE
    if not path.exists():
        pytest.skip("Guardian sample not present")
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8", newline="") as fh:
        texts = {r[""]: r["text"] for r in csv.DictReader(fh)}
    for article, rows in labels().items():
        text = texts[article]
        for lb in rows:
            span = text[lb.start:lb.end]
            opens = span[:1].isupper() or span.startswith(("al-", "de "))
            assert opens and span == span.strip(), (article, lb.start, span)
            assert not span.endswith(("'s", "’s")), (article, lb.start, span)
