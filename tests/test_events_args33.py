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

from tests.event_helpers import extract_events, parties

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


def test_an_agent_phrase_of_the_sentence_is_the_source():
    assert parties("In May, the activist was transferred by his foreign hosts to a prison in Cairo and detained "
                   "there under orders from Egypt.", "detained", "COERCE", published=PUB) == [("Egypt", "activist")]


def test_at_the_hands_of():
    assert parties("Three aid workers were detained at the hands of the Taliban in Kandahar last week.", "detained",
                   "COERCE", published=PUB) == [("Taliban", "aid workers")]


def test_the_detaining_side_of_the_sentence_before():
    text = ("Witnesses said security forces stopped his car and searched his vehicle before detaining him.\n"
            "The detainees were taken into custody without warning and detained without charge for the rest of the "
            "day.")
    assert parties(text, "detained", "COERCE", published=PUB) == [("security forces", "detainees")]


def test_no_named_agent_leaves_the_source_empty():
    assert parties("The journalist was detained for three days. He was released on Friday.", "detained", "COERCE",
                   published=PUB) == [(None, "journalist")]


def test_a_person_is_no_detaining_side():
    assert parties("John Smith praised the verdict. The activist was arrested on Tuesday.", "arrested", "COERCE",
                   published=PUB) == [(None, "activist")]


def test_an_earlier_paragraph_beyond_the_sentence_before_is_not_read():
    text = ("Police arrested two men in Leeds on Monday.\n\nThe mayor praised the officers.\n"
            "The teacher was detained in Paris a week later.")
    assert parties(text, "detained", "COERCE", published=PUB) == [(None, "teacher")]


def test_a_text_without_paragraphs_reads_the_sentence_before_only():
    from newsledger.extract.events.arguments import _sentences_before
    from tests.event_helpers import parse

    doc = parse("Police arrested two men. The mayor praised them. The teacher was detained.")
    t = next(t for t in doc if t.lower_ == "detained")
    assert [s.text for s in _sentences_before(t)] == ["The mayor praised them."]


def test_the_fill_is_lent_the_event_stands_on_the_empty_source():
    rec, events = extract_events("Witnesses said security forces stopped his car and searched his vehicle before "
                                 "detaining him.\nThe detainees were taken into custody without warning and "
                                 "detained without charge.", published=PUB)
    detained = [e for e in events if e.trigger == "detained"]
    assert len(detained) == 1 and rec.actor(detained[0].source).name == "security forces"


def test_a_harm_act_takes_its_own_sentence_agent_phrase_only():
    assert parties("The aid worker was killed at the hands of the militia near Goma.", "killed", "ASSAULT",
                   published=PUB) == [("militia", "aid worker")]
    assert parties("Soldiers raided the village on Sunday. Two farmers were killed.", "killed", "ASSAULT",
                   published=PUB) == [(None, "farmers")]
