"""An actor made after the resolver coded (by the event pass or the quotes pass: a bare "Police" as an act's source)
takes a local public body's or post's sector alone as the resolver's actors do (round 49, evpolice49;
actor_codes.assign_late_local_posts, data/local_public_posts.tsv: "police" COP is the Phoenix agents dictionary's
entry), once the event coder is done, so no event reads it. Made-up sentences."""
import pytest

import newsledger.extract.events as events
from newsledger.model import Actor, Article
from newsledger.pipeline import extract_record
from newsledger.resolve import actor_codes

ROBBERY = ("Police arrested a Millbrook man on Tuesday after a robbery at a gas station on Elm Street. "
           "The man was taken to the county jail.")


def _source_of(rec, trigger):
    ev = next(e for e in rec.events if e.trigger == trigger)
    return rec.actor(ev.source)


def test_a_bare_police_as_an_acts_source_takes_the_police_sector():
    rec = extract_record(Article(text=ROBBERY, published="2018-03-01"))
    police = _source_of(rec, "arrested")
    assert police.name.lower().endswith("police")
    assert (police.code, police.code_source) == ("COP", actor_codes.LOCAL_POST)


def test_the_sector_is_given_after_the_events_are_made(monkeypatch):
    seen = {}
    plain = events._extract

    def spy(doc, record, min_confidence=None):
        out = plain(doc, record, min_confidence)
        seen.update({a.name: (a.code, a.code_source) for a in record.actors})
        return out

    monkeypatch.setattr(events, "_extract", spy)
    rec = extract_record(Article(text=ROBBERY, published="2018-03-01"))
    police = _source_of(rec, "arrested")
    assert seen[police.name] == (None, None)  # what the coder, its filters and its confidence read
    assert police.code == "COP"


def test_the_event_is_the_same_with_or_without_the_sector(monkeypatch):
    coded = extract_record(Article(text=ROBBERY, published="2018-03-01"))
    monkeypatch.setattr(actor_codes, "assign_late_local_posts", lambda *a, **k: {})
    plain = extract_record(Article(text=ROBBERY, published="2018-03-01"))
    assert [(e.type, e.trigger, e.confidence, e.source_code, e.target_code) for e in coded.events] == \
        [(e.type, e.trigger, e.confidence, e.source_code, e.target_code) for e in plain.events]


def test_a_noun_the_table_does_not_list_stays_uncoded():
    rec = extract_record(Article(text="Deputies detained a Millbrook man on Tuesday after a robbery at a gas station.",
                                 published="2018-03-01"))
    deputies = _source_of(rec, "detained")
    assert deputies.code is None


def _late(*actors):
    given = actor_codes.assign_late_local_posts(list(actors), "2018-03-01")
    return given, {a.id: (a.code, a.code_source) for a in actors}


def test_only_actors_no_one_coded_take_the_sector():
    made = Actor("a1", "the police", "organization")  # code_source None: made after the resolver
    decided = Actor("a2", "Police", "organization", code_source="none")  # the resolver decided: no code
    coded = Actor("a3", "police", "organization", code="ISRCOP", code_source="organization list")
    given, codes = _late(made, decided, coded)
    assert given == {"a1": "COP"}
    assert codes == {"a1": ("COP", actor_codes.LOCAL_POST), "a2": (None, "none"),
                     "a3": ("ISRCOP", "organization list")}


@pytest.mark.parametrize("actor, code", [
    (Actor("a1", "Berea police", "organization"), "COP"),
    (Actor("a1", "the sheriff's office", "organization"), "COP"),
    (Actor("a1", "the fire department", "organization"), "GOV"),
    (Actor("a1", "the court", "organization"), None),  # no row of the table: left alone
    (Actor("a1", "residents", "group"), None),
    (Actor("a1", "Jo Banks", "person", role="Mayor"), "GOV"),
    (Actor("a1", "Jo Banks", "person", role="former mayor"), None),  # a post left: no holder's
    (Actor("a1", "Jo Banks", "person", role="candidate for mayor"), None),
])
def test_the_resolvers_table_and_guards(actor, code):
    given, _ = _late(actor)
    assert given.get("a1") == code
    assert actor.code == code
