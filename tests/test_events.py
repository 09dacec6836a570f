from __future__ import annotations

import pytest

from newsledger.model import Article
from tests.event_helpers import actor_name, extract_events


def _events(text: str, published: str = "2021-09-06"):
    return extract_events(text, published=published)


_name = actor_name


# -- the reference article -------------------------------------------------------------------------

def test_reference_events_type_source_target(corpus, reference_record, gold):
    from newsledger.eval.suites.events_reference import match

    rows = match(reference_record, gold["events"], gold["actors"])
    right = [g["id"] for g, e, j in rows if e is not None and all(j.values())]
    # Floors at the level after issue 16 (fitted rows removed, default confidence threshold): 9 of 12 right,
    # 13 predicted; the target is >= 10 right with <= 15 predicted.
    assert len(right) >= 9, rows
    assert len(reference_record.events) <= 15


@pytest.fixture(scope="module")
def reference_all_events(gold, corpus, monkeypatch_module):
    """The reference record with every event, below the default confidence threshold too."""
    from newsledger.pipeline import extract_record

    monkeypatch_module.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    meta = gold["article"]
    text = (corpus / meta["file"]).read_text(encoding="utf-8")
    return extract_record(Article(text=text, id=meta["id"], published=meta.get("published")))


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_reference_no_historical_or_planned_as_fact(reference_record, gold):
    from newsledger.eval.suites.events_reference import status_traps

    assert status_traps(reference_record, gold["times"], gold["article"]["published"]) == []


def test_reference_statuses(reference_all_events):
    rec = reference_all_events
    by_trigger = {}
    for e in rec.events:
        by_trigger.setdefault(e.trigger, []).append(e)
    seized = by_trigger["seized"][0]
    assert seized.status == "claimed" and _name(rec, seized.asserted_by) == "Taliban"
    assert by_trigger["held"][0].status == "historical" and by_trigger["held"][0].date == "198X"
    assert by_trigger["denied"][0].type == "REJECT"  # denied giving up the fight: CAMEO 124 refuse to yield
    assert by_trigger["asked"][0].status == "planned"


def test_reference_undated_bombing_not_day_precise(reference_all_events):
    bomb = [e for e in reference_all_events.events if e.trigger in {"targeted", "killing"}][0]
    assert bomb.type == "ASSAULT" and bomb.killed == 182
    assert not (bomb.date == "2021-08-30" and bomb.date_precision == "day")


def test_reference_actor_codes(reference_record):
    codes = {a.name: a.code for a in reference_record.actors}
    assert codes["Taliban"] == "AFGREB"
    assert codes["United States"] == "USA"
    assert codes["Antony Blinken"] == "USAGOV"


# -- small synthetic sentences ---------------------------------------------------------------------

def test_passive_voice_source_and_target():
    rec, events = _events("Rebels in the north were attacked by Syrian troops on Sunday.")
    ev = [e for e in events if e.type == "ASSAULT"][0]
    assert "Syria" in (_name(rec, ev.source) or "") or "troops" in (_name(rec, ev.source) or "")
    assert "Rebels" in (_name(rec, ev.target) or "")


def test_future_threat_and_plan():
    rec, events = _events("The army said it will attack the rebels. The government will release the prisoners.")
    attack = [e for e in events if e.trigger == "attack"][0]
    assert attack.type == "THREATEN" and attack.status == "reported"  # the threat itself happened
    release = [e for e in events if e.trigger == "release"][0]
    assert release.type == "AGREE" and release.status == "reported"  # the promise itself (event-annotation.md)


def test_claim_and_denial():
    rec, events = _events("The rebels said they had captured the town. Israel denied that it had bombed the camp.")
    cap = [e for e in events if e.trigger == "captured"][0]
    assert cap.status == "claimed" and cap.asserted_by is not None
    bombed = [e for e in events if e.trigger == "bombed"]
    assert not bombed or bombed[0].status == "denied"


def test_undated_event_has_no_publication_day():
    rec, events = _events("Police arrested dozens of protesters.")
    ev = events[0]
    assert ev.type == "COERCE" and ev.cameo == "173"
    assert ev.date is None or ev.date_precision != "day"


# -- PLOVER dev sentences ---------------------------------------------------------------------------

def test_plover_subset(corpus):
    from newsledger.eval.suites import events_plover as P

    recs = P.load(corpus)[:40]
    s = P.score(recs, P.predict_coder([r["text"] for r in recs]))
    assert s["accuracy"] >= 0.5


@pytest.mark.slow
def test_plover_full(corpus):
    from newsledger.eval.suites import events_plover as P

    recs = P.load(corpus)
    s = P.score(recs, P.predict_coder([r["text"] for r in recs]))
    assert s["macro_f1"] >= 0.55


@pytest.mark.slow
def test_plover_check_half(corpus):
    """Floors just under the check half's type macro-F1 after issue 16's defects round: the extract path (the
    headline, 0.395; 0.504 after round 7's refit of the confidence model with the PLOVER tune sentences), the same
    path without the confidence threshold (0.705) and the coder alone (0.699; 0.719 after the sixth round)."""
    from newsledger.eval.suites import events_plover as P

    scores = {s.dataset: s for s in P.run(corpus, split="check") if s.metric == "type_macro_f1"}
    assert scores["plover"].value >= 0.48
    assert scores["plover:extract_all_confidence"].value >= 0.69
    assert scores["plover:coder_path"].value >= 0.68


# -- general coding rules (invented sentences) ------------------------------------------------------

def _main(text: str):
    from newsledger import nlp
    from newsledger.extract.eventcoding.actorcodes import event_codes, plover_main_type
    from newsledger.extract.eventcoding.coder import code_sentence, main_event

    doc = next(iter(nlp.parse_many([text])))
    from newsledger.extract.quotes import speech_verbs

    evs = [e for s in doc.sents for e in code_sentence(s, speech_verbs()) if not e.negated]
    ev = main_event(evs)
    return (plover_main_type(ev), *event_codes(ev)) if ev else (None, [None], [None])


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Chile has offered to hand over to Peru three suspects in the bombing.", "AGREE", "CHL", "PER"),
    ("Norway said Sweden must reopen the border crossing.", "REQUEST", "NOR", "SWE"),
    ("Thousands of students in Chile staged demonstrations on Monday.", "PROTEST", "CHL", None),
    ("Peru says it will not accept any more refugees.", "REJECT", "PER", "*"),
    ("Rebels in Colombia kidnapped two Spanish engineers.", None, "COL", "ESP"),
    # CAMEO 0831 and 0813 typed by the 2021 conversion table (the switches fitted to the dev gold are gone)
    ("The Chilean interior minister resigned on Friday amid calls for his removal.", "CONCEDE", "CHL", "*"),
    ("Peru's government lifted the curfew in the capital on Sunday.", "RETREAT", "PER", "*"),
    ("The European Community gave Peru ten million dollars of aid.", "AID", "IGO", "PER"),
    ("The opposition party said it will boycott the elections unless the president resigns.", "THREATEN", "*",
     "*"),
    ("Norway announced a suspension of flights to Sweden on Monday.", "SANCTION", "NOR", "*"),
])
def test_general_rules(text, typ, src, tgt):
    t, srcs, tgts = _main(text)
    if typ:
        assert t == typ
    assert (src == "*" or src in srcs) and (tgt == "*" or tgt in tgts)


def test_coordinated_events():
    from newsledger import nlp
    from newsledger.extract.eventcoding.coder import code_sentence, coordinated_events, main_event

    doc = next(iter(nlp.parse_many(["Peru released two Chilean prisoners but arrested three Bolivian traders, "
                                    "officials said."])))
    evs = [e for s in doc.sents for e in code_sentence(s)]
    types = [e.type for e in coordinated_events(evs, main_event(evs))]
    assert types == ["RETREAT", "COERCE"]


def test_record_actor_country_from_phrase():
    from newsledger.pipeline import extract_record

    r = extract_record(Article(id="t", text="Rebels in Colombia attacked a police station on Tuesday.",
                               published="2021-05-04"))
    src = [r.actor(e.source) for e in r.events if e.source]
    assert src and src[0].code and src[0].code.startswith("COL")


def test_casualty_counts_read_written_numbers_as_quantities_do():
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    rec = extract_record(Article(text="Rebels attacked the army base on Monday, killing twenty-five soldiers.",
                                 published="2021-09-06"))
    assert {e.killed for e in rec.events if e.killed} == {25}
    assert {q.value for q in rec.quantities if q.kind == "killed"} == {25}


# -- issue 16: acts only, actors from the sentence, status and date conventions, confidence -----------------

@pytest.mark.parametrize("text", [
    "The winery hosted a tasting of wines for its members on Friday.",
    "The club fired its manager after a poor season.",
    "The ministry released a white paper on housing.",
    "She occupied public office for twenty years.",
    "The WHO warned that the situation in the camp is critical.",
    "Analysts think the army could attack the town if talks fail.",
    "The US is frustrated that Russia has not put pressure on the regime to negotiate.",
    "He faces a life sentence if convicted of terrorism offences.",
    "At least 29 children have died in freezing temperatures.",
    "The US said its troops will stay in the country until the militants are defeated.",
])
def test_not_acts(monkeypatch, text):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = _events(text)
    assert events == [], [(e.type, e.trigger) for e in events]


def test_outlet_relaying_a_ruling_demands_nothing(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = _events("The court in the town, near the border, said the suspect must stay behind bars to answer "
                          "local charges, News Corp reported.")
    assert not any(_name(rec, e.source) == "News Corp" for e in events), [(e.type, e.trigger) for e in events]


def test_source_is_not_target(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = _events("Turkey accused Turkey of lying, officials in Ankara said.")
    assert all(e.source is None or e.source != e.target for e in events)


def test_bare_the_group_is_the_previous_subject_organization(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = _events("The attack was condemned, said the Syrian Democratic Forces, an alliance that fought "
                          "against Islamic State. The group demanded that Russia explain its position.",
                          published="2018-01-23")
    ev = [e for e in events if e.type == "REQUEST"][0]
    assert _name(rec, ev.source) == "Syrian Democratic Forces"


def test_event_noun_takes_its_verbs_time_not_a_subordinate_clauses(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = _events("He was believed to have been killed during a US-led attack on Mosul in 2016.",
                          published="2018-07-19")
    ev = [e for e in events if e.type == "ASSAULT"][0]
    assert ev.date == "2016" and ev.status == "historical"
    rec, events = _events("Australia had been pressing Turkey to extradite him since he was first detained "
                          "there in 2016.", published="2018-07-19")
    ev = [e for e in events if e.type == "REQUEST"][0]
    assert ev.date != "2016" and ev.status == "reported"


def test_speaker_pronoun_and_undated_event(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = _events("Turkey, a Nato member, said it would shortly mount an assault on the town of Afrin.",
                          published="2018-01-15")
    ev = [e for e in events if e.type == "THREATEN"][0]
    assert _name(rec, ev.source) == "Turkey" and ev.status == "reported"
    assert ev.date == "2018-01-15" and ev.date_precision == "publication"  # never blank


def test_historical_after_five_months(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = _events("Turkish troops attacked Kurdish fighters in Afrin in March 2017.", published="2018-01-15")
    ev = [e for e in events if e.type == "ASSAULT"][0]
    assert ev.status == "historical" and ev.date.startswith("2017-03")


def test_confidence_and_threshold(monkeypatch):
    from newsledger.extract import events as E

    text = "Police arrested dozens of protesters. Critics said the plan would help nobody."
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    _, all_events = _events(text)
    assert all_events and all(0.0 <= e.confidence <= 1.0 for e in all_events)
    monkeypatch.delenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE")
    _, kept = _events(text)
    assert all(e.confidence >= E.default_min_confidence() for e in kept)
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "high")
    with pytest.raises(ValueError, match="NEWSLEDGER_EVENT_MIN_CONFIDENCE"):
        E.default_min_confidence()


def test_guardian_gold_holds_offsets_and_labels_only():
    from newsledger.eval.suites import events_guardian as G

    gold = G.load_gold()
    events = [e for evs in gold.values() for e in evs]
    assert len(events) >= 150 and sum(not e.optional for e in events) >= 100
    text = G.GOLD.read_text(encoding="utf-8")
    assert max(len(line) for line in text.splitlines()) < 300  # no article text copied in
    assert all(t in {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                     "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
               for e in events for t in e.types)


@pytest.mark.slow
def test_guardian_check_half(corpus):
    """Floors at the check-half level after issue 16 (see README, events)."""
    from newsledger.eval.suites import events_guardian as G

    scores = {(s.dataset, s.metric): s for s in G.run(corpus, split="check")}
    prf = scores[("guardian", "prf")]
    # check half 0.640 / 0.332 on the 223-article gold (123 check articles, 802 required events; 0.657 / 0.333 on the
    # 183-article gold with the same code, main fb0f96a); floors are the figures rounded down to 0.01, a point lower
    # where a figure sits within 0.002 of it (both do: 0.6403, 0.3317; one lost match of 802 is 0.0012). Each
    # annotation round's before and after is in events_guardian/INSTRUCTIONS.md and the README's events row
    assert prf.precision >= 0.63 and prf.recall >= 0.32
