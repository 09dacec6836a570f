"""Issue 16 fifteenth round (evlost7): the census trace of scripts/events_lost_census.py (which step of
events.extract drops a raw event) . Sentences written for the test."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.event_helpers import extract_events

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "events_lost_census.py"


@pytest.fixture()
def census():
    spec = importlib.util.spec_from_file_location("events_lost_census", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["events_lost_census"] = mod
    spec.loader.exec_module(mod)
    mod.install()
    yield mod
    mod.uninstall()
    del sys.modules["events_lost_census"]


def test_census_logs_the_step_that_drops_an_event(census):
    rec, events = extract_events("The plan was heavily criticised on Tuesday. Police arrested John Smith on "
                                 "Wednesday.", published="2018-04-12")
    trace = census.TRACE[rec.article.id]
    fates = {d["trig"]: d["fate"] for d in trace}
    assert fates["criticised"] == "agentless"  # an accusation needs a source
    assert fates["arrested"] == "recorded" and [e.type for e in events] == ["COERCE"]


def test_census_classes_a_miss_by_its_furthest_raw_event(census):
    trace = [dict(sent=(0, 50), raw="ACCUSE", typ="ACCUSE", fate="agentless"),
             dict(sent=(0, 50), raw="ACCUSE", typ="ACCUSE", fate="low_conf"),
             dict(sent=(0, 50), raw="CONSULT", typ="CONSULT", fate="recorded")]
    assert census.classify(trace, SimpleNamespace(start=10, types={"ACCUSE"}), [])[0] == "low_conf"
    assert census.classify(trace, SimpleNamespace(start=10, types={"ASSAULT"}), [])[0] == "no_raw_other"
    assert census.classify(trace, SimpleNamespace(start=60, types={"ACCUSE"}), [])[0] == "no_raw"


def test_census_leaves_the_events_unchanged(census):
    text = "Rebels attacked the town. The army was accused of abuses by the UN."
    traced = [(e.type, e.source, e.target) for e in extract_events(text, published="2018-04-12")[1]]
    census.uninstall()
    plain = [(e.type, e.source, e.target) for e in extract_events(text, published="2018-04-12")[1]]
    assert traced == plain
