"""The record's events keep the event coder's country codes of source and target (issue 16: the extract path
resolved actors by name and lost the codes the coder found in the phrases). Invented sentences."""
from __future__ import annotations

import pytest

from tests.event_helpers import extract_events


def _main(text: str):
    rec, events = extract_events(text, published="2021-05-04")
    assert events, text
    return rec, events[0]


def test_target_country_without_a_target_actor():
    """CAMEO codes the country of the people acted on though no actor is named ("a camp for Congolese refugees")."""
    rec, ev = _main("Rwandan militiamen raided a camp for Congolese refugees on Tuesday.")
    assert ev.type == "ASSAULT"
    assert ev.source_code == "RWA"
    assert ev.target is None and ev.target_code == "COD"


def test_event_code_follows_the_phrase_and_fills_an_uncoded_actor():
    rec, ev = _main("Kenyan police arrested two Somali smugglers near the border on Friday.")
    assert ev.source_code == "KEN"
    src = rec.actor(ev.source)
    assert src is not None and (src.code or "").startswith("KEN")


def test_country_actor_code_is_the_events_code():
    rec, ev = _main("Ghana accused Togo of harbouring rebels.")
    assert (ev.source_code, ev.target_code) == ("GHA", "TGO")


def test_plover_triples_read_the_events_codes():
    from types import SimpleNamespace

    from newsledger.eval.suites import events_plover as P

    record = SimpleNamespace(actor=lambda _id: SimpleNamespace(code="ECUGOV"))
    e = SimpleNamespace(source="a1", target="a2", source_code="IGO", target_code=None)
    assert P._event_code(record, e, "source") == "IGO"
    assert P._event_code(record, e, "target") == "ECU"  # an event without the field: its actor's code


def _triples_f1(corpus, split: str) -> dict[str, float]:
    from newsledger.eval.suites import events_plover as P

    return {s.dataset: s.f1 for s in P.run(corpus, split=split) if s.dataset.endswith(":triples")}


@pytest.mark.slow
def test_plover_check_half_triples(corpus):
    """Floors just under the check half's triples F1 once the record's events keep the coder's codes: the extract
    path 0.468 (0.228 before), every confidence kept 0.523 (0.227), the coder alone 0.546."""
    f1 = _triples_f1(corpus, "check")
    assert f1["plover:triples"] >= 0.44
    assert f1["plover:extract_all_confidence:triples"] >= 0.50
    assert f1["plover:coder_path:triples"] >= 0.52
