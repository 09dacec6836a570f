"""The article-level confidence feature nonpolitical_article (round 48 evtopic48; round 49 evtopic49): an article of
three or more sentences whose record names state or political actors (a country alone, IGO, a CAMEO state or
political role code) fewer than twice; a local post's or body's sector alone (code_source LOCAL_POST, "the Millbrook
Police Department" COP), which events.extract hides from the event coder, is read from the map hide_local_posts
returned, so crime news told by a local police force is a political story. A one- or two-sentence input never
fires. Made-up texts only."""
from __future__ import annotations

import pytest

from newsledger.extract import events as E
from newsledger.extract.events.confidence import political_code, political_mentions
from newsledger.resolve.actor_codes import LOCAL_POST
from tests.event_helpers import extract_events

BAKERY = ("Bakery owner wins regional prize. Jane Miller, who runs the Sunrise Bakery on Elm Street, accused a "
          "rival shop of copying her recipes. She said customers had asked her for more rye bread. The bakery "
          "opens at six every morning and closes at noon on Sundays.")
CRIME = ("Man held after store robbery. The Millbrook Police Department arrested a man on Tuesday after a robbery "
         "at a convenience store on Oak Avenue. The Millbrook Police Department said the man threatened a clerk "
         "with a knife. No one was hurt, and the store reopened on Wednesday.")
ONE_SENTENCE = "Jane Miller accused a rival shop of copying her recipes."


def _features(monkeypatch, text: str) -> tuple[object, list[dict], list[list]]:
    """The record, the features of every event weighed, and the LOCAL_POST actors' codes as the coder saw them."""
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    captured, seen = [], []
    plain = E.features

    def hook(record, *args, **kwargs):
        captured.append(plain(record, *args, **kwargs))
        seen.append([(a.code, a.code_source) for a in record.actors if a.name.endswith("Police Department")])
        return captured[-1]

    monkeypatch.setattr(E, "features", hook)
    rec, _ = extract_events(text, published="2021-03-01")
    return rec, captured, seen


@pytest.mark.parametrize("code, political", [
    ("USA", True), ("SYR", True), ("USAGOV", True), ("SYRMIL", True), ("GBRCOP", True), ("IGOUNO", True),
    ("PSEREB", True), ("REB", True), ("USAGOVLEG", True), ("COP", True), ("GOV", True),
    ("USABUS", False), ("USAMED", False), ("USAELI", False), ("NGOHRI", False), ("MNC", False), ("MED", False),
    ("EDU", False), (None, False), ("", False),
])
def test_political_code(code, political):
    assert political_code(code) is political


def test_a_local_police_story_is_political(monkeypatch):
    """The police department's COP is hidden from the coder, yet counted: the feature does not fire."""
    rec, feats, seen = _features(monkeypatch, CRIME)
    police = [a for a in rec.actors if a.name.endswith("Police Department")]
    assert police and all(a.code_source == LOCAL_POST and a.code == "COP" for a in police)
    assert feats, "no event weighed"
    assert political_mentions(rec, {}) >= 2  # after extraction the code is back on the actor
    assert all(f["nonpolitical_article"] == 0.0 for f in feats)


def test_the_hidden_code_stays_hidden_from_the_coder(monkeypatch):
    """While the events are weighed the local body reads as uncoded (hide_local_posts), as before round 49."""
    _, feats, seen = _features(monkeypatch, CRIME)
    assert feats and all(s == [(None, "none")] * len(s) for s in seen) and any(seen)


def test_the_hidden_map_is_what_counts(monkeypatch):
    """Outside events.extract no map is handed over: the codes on the actors are what political_mentions reads."""
    rec, _, _ = _features(monkeypatch, CRIME)
    for a in rec.actors:
        if a.code_source == LOCAL_POST:
            a.code, a.code_source = None, "none"
    assert political_mentions(rec) < 2


def test_an_article_with_no_political_actor_fires(monkeypatch):
    rec, feats, _ = _features(monkeypatch, BAKERY)
    assert feats, "no event weighed"
    assert political_mentions(rec) < 2
    assert all(f["nonpolitical_article"] == 1.0 for f in feats)


def test_a_one_sentence_input_never_fires(monkeypatch):
    """PLOVER dev inputs are single sentences: their topic cannot be read from the record."""
    rec, feats, _ = _features(monkeypatch, ONE_SENTENCE)
    assert feats, "no event weighed"
    assert political_mentions(rec) == 0
    assert all(f["nonpolitical_article"] == 0.0 for f in feats)
