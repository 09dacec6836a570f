"""The article-level confidence feature nonpolitical_article (round 48, evtopic48): an article of three or more
sentences whose record names state or political actors (a country alone, IGO, or a CAMEO state or political role
code) fewer than twice; a one- or two-sentence input (a PLOVER dev sentence) never fires. Made-up texts only."""
from __future__ import annotations

import pytest

from newsledger.extract import events as E
from newsledger.extract.events.confidence import political_code, political_mentions
from tests.event_helpers import extract_events

BAKERY = ("Bakery owner wins regional prize. Jane Miller, who runs the Sunrise Bakery on Elm Street, accused a "
          "rival shop of copying her recipes. She said customers had asked her for more rye bread. The bakery "
          "opens at six every morning and closes at noon on Sundays.")
WAR = ("Syrian army shells rebel town. The Syrian army shelled the rebel-held town of Kafr Nabl on Monday, the "
       "Syrian Observatory said. Turkey condemned the attack and the Turkish government summoned the Syrian envoy. "
       "The United Nations called for an immediate ceasefire.")
ONE_SENTENCE = "Jane Miller accused a rival shop of copying her recipes."


def _features(monkeypatch, text: str) -> tuple[object, list[dict]]:
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    captured = []
    plain = E.features

    def hook(*args, **kwargs):
        captured.append(plain(*args, **kwargs))
        return captured[-1]

    monkeypatch.setattr(E, "features", hook)
    rec, _ = extract_events(text, published="2021-03-01")
    return rec, captured


@pytest.mark.parametrize("code, political", [
    ("USA", True), ("SYR", True), ("USAGOV", True), ("SYRMIL", True), ("GBRCOP", True), ("IGOUNO", True),
    ("PSEREB", True), ("REB", True), ("USAGOVLEG", True),
    ("USABUS", False), ("USAMED", False), ("USAELI", False), ("NGOHRI", False), ("MNC", False), ("MED", False),
    (None, False), ("", False),
])
def test_political_code(code, political):
    assert political_code(code) is political


def test_an_article_with_no_political_actor_fires(monkeypatch):
    rec, feats = _features(monkeypatch, BAKERY)
    assert feats, "no event weighed"
    assert political_mentions(rec) < 2
    assert all(f["nonpolitical_article"] == 1.0 for f in feats)


def test_a_political_article_does_not_fire(monkeypatch):
    rec, feats = _features(monkeypatch, WAR)
    assert feats, "no event weighed"
    assert political_mentions(rec) >= 2
    assert all(f["nonpolitical_article"] == 0.0 for f in feats)


def test_a_one_sentence_input_never_fires(monkeypatch):
    """PLOVER dev inputs are single sentences: their topic cannot be read from the record, so they keep the
    stored model's confidence."""
    rec, feats = _features(monkeypatch, ONE_SENTENCE)
    assert feats, "no event weighed"
    assert political_mentions(rec) == 0
    assert all(f["nonpolitical_article"] == 0.0 for f in feats)
