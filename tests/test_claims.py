"""Claims and contradictions: the reference article's gold contradiction, and cross-article figures."""
from __future__ import annotations

from newsledger.eval.suites.contradictions_reference import evidence_found, side_right
from newsledger.extract.claims import conservative_total, cross_article


def test_reference_contradiction_both_sides_and_evidence(reference_record, gold):
    g = gold["contradictions"][0]
    rec = reference_record.to_dict()
    text = reference_record.article.text
    hits = [c for c in reference_record.contradictions
            if evidence_found(rec, text, c.evidence_for, g["evidence_for"])
            and evidence_found(rec, text, c.evidence_against, g["evidence_against"])]
    assert len(hits) == 1
    c = hits[0]
    assert side_right(reference_record, c.asserted_by, g["asserted_by"], g["disputed_by"], gold["actors"])
    assert side_right(reference_record, c.disputed_by, g["disputed_by"], g["asserted_by"], gold["actors"])


def test_reference_whereabouts(reference_record):
    kinds = {c.kind for c in reference_record.contradictions}
    assert "whereabouts" in kinds


def _rec(aid, text, published="2021-08-27"):
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    return extract_record(Article(text=text, id=aid, published=published)).to_dict()


A = ("A suicide bomber attacked a crowd outside the main gate of Kabul airport on Thursday. "
     "Health officials said {n} people were killed in the blast.")
B = "Officials at the hospital said {n} people were killed when a bomber struck a crowd outside Kabul airport on Thursday."


def test_cross_article_169_vs_170():
    found = cross_article([_rec("a", A.format(n=169)), _rec("b", B.format(n=170))])
    figs = [c for c in found if c["kind"] == "figure"]
    assert len(figs) == 1
    c = figs[0]
    assert sorted(c["values"]) == [169, 170] and c["total"] == 169
    assert "169" in c["evidence_for"][0]["text"] and "170" in c["evidence_against"][0]["text"]


def test_cross_article_agreement_is_not_a_contradiction():
    assert not cross_article([_rec("a", A.format(n=169)), _rec("b", B.format(n=169))])
    # a lower bound agrees with a higher exact figure
    assert not cross_article([_rec("a", A.format(n=169)), _rec("b", B.format(n="at least 150"))])
    # far apart in time: not the same event
    assert not cross_article([_rec("a", A.format(n=169)), _rec("b", B.format(n=170), published="2021-10-30")])


def test_conservative_total():
    assert conservative_total([170, 169, 182]) == 169
