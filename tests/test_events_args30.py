"""Round 30, issue 16 (event arguments): a place is no target (events.arguments._place_not_actor) and an episode
retold under an old time is historical (events.dates._narrative_past)."""
from __future__ import annotations

from types import SimpleNamespace

from newsledger.extract.events.arguments import _place_not_actor
from newsledger.model import Actor, Place
from tests.event_helpers import parse


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def _record(doc, word, kind, role=None):
    tok = _token(doc, word)
    place = Place(id="p1", text=word, start=tok.idx, end=tok.idx + len(word), name=word, kind=kind, role=role)
    return SimpleNamespace(places=[place])


def test_a_town_read_as_a_group_is_no_target():
    doc = parse("Rebels attacked Douma on Monday.")
    head = _token(doc, "Douma")
    actor = Actor(id="a1", name="Douma", kind="group")
    assert _place_not_actor(_record(doc, "Douma", "city"), head, actor)


def test_a_country_and_a_country_place_stay_targets():
    doc = parse("Rebels attacked Douma on Monday.")
    head = _token(doc, "Douma")
    assert not _place_not_actor(_record(doc, "Douma", "city"), head, Actor(id="a1", name="Syria", kind="country"))
    assert not _place_not_actor(_record(doc, "Douma", "country"), head, Actor(id="a1", name="Douma", kind="group"))
    assert not _place_not_actor(_record(doc, "Douma", "city"), head, None)


def test_a_name_outside_any_place_or_a_demonym_stays_a_target():
    doc = parse("Rebels attacked Douma on Monday.")
    head = _token(doc, "Douma")
    actor = Actor(id="a1", name="Douma", kind="group")
    assert not _place_not_actor(SimpleNamespace(places=[]), head, actor)
    assert not _place_not_actor(_record(doc, "Douma", "city", role="adjective"), head, actor)


def test_a_person_named_like_a_town_stays_a_target():
    doc = parse("Police arrested John Smith on Monday.")
    head = _token(doc, "Smith")
    actor = Actor(id="a1", name="John Smith", kind="person")
    assert head.ent_type_ == "PERSON"
    assert not _place_not_actor(_record(doc, "Smith", "city"), head, actor)
