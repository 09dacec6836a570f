"""Round 33, issue 16 (event arguments): evargs32's passive-patient fixes with the agent the text names.
1. A charge coordinated with a custody verb is that arrest's CAMEO 173, no ACCUSE of its own
   (events._custody_charge; round 32's gate, evargs32r item 7).
2. An agentless passive custody or harm act takes as its source the agent the text names: the by-phrase of a verb
   coordinated with it or an agent phrase of its own sentence ("under orders from", "at the hands of"); for a custody
   act, else the named detaining side of a custody, force or search act in the sentence before or earlier in its
   paragraph (events.arguments._named_agent); else none.
3. The source rule changes the source field only (RawEvent.lent_sources, as lent_targets): it never adds or drops an
   event.
All sentences are invented."""
from __future__ import annotations

from tests.event_helpers import extract_events

PUB = "2019-06-01"


def test_a_charge_beside_an_arrest_is_no_accuse():
    rec, events = extract_events("The reporter was arrested by Turkish authorities in May 2015 and charged with "
                                 "espionage.", published=PUB)
    assert not [e for e in events if e.type == "ACCUSE"]
    assert [(e.type, e.cameo) for e in events if e.trigger == "arrested"] == [("COERCE", "173")]


def test_a_charge_without_an_arrest_is_left_alone():
    from newsledger.extract.events import _custody_charge
    from tests.event_helpers import parse

    doc = parse("Prosecutors charged the minister with fraud and accused him of lying.")
    assert not _custody_charge(next(t for t in doc if t.lower_ == "charged"))
    doc = parse("The activist was detained by police and charged with sedition.")
    assert _custody_charge(next(t for t in doc if t.lower_ == "charged"))


def test_a_lent_source_stands_in_while_the_acts_are_merged():
    from types import SimpleNamespace

    from newsledger.extract.events import _on_lent

    e = SimpleNamespace(source="a2", target="a1")
    seen = []
    out = _on_lent([e], {id(e): (None, "a2")}, lambda es: seen.append(es[0].source) or es, "source")
    assert seen == [None] and out[0].source == "a2" and out[0].target == "a1"


def test_the_raw_event_has_no_lent_source_by_default():
    from newsledger.extract.eventcoding.raw import RawEvent

    assert RawEvent.__dataclass_fields__["lent_sources"].default_factory() == {}
