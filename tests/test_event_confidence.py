"""The event confidence model (issue 16 round 7): the stored weights name exactly the features extraction computes,
and the calibration script fits, curves and cross-fits as its docstring says."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsledger.extract import events as E
from newsledger.extract.eventcoding import dictionary as D
from tests.event_helpers import extract_events
from tests.script_helpers import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "calibrate_event_confidence.py"


@pytest.fixture(scope="module")
def cal():
    mod = load_script(SCRIPT)
    return mod


def test_weights_name_exactly_the_features(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    captured = []
    plain = E.features

    def hook(*args, **kwargs):
        captured.append(plain(*args, **kwargs))
        return captured[-1]

    monkeypatch.setattr(E, "features", hook)
    extract_events("Police arrested dozens of protesters in the capital.", published="2021-01-01")
    assert captured
    settings = D.confidence_settings()
    assert set(settings["weights"]) == set(captured[0])
    assert 0.0 < settings["default_threshold"] < 1.0


def test_fit_separates_and_curve_counts(cal):
    X = np.array([[1.0, 0.0]] * 20 + [[0.0, 1.0]] * 20)
    y = np.array([1.0] * 20 + [0.0] * 20)
    b, w = cal.fit(X, y, l2=1.0, steps=2000)
    conf = 1 / (1 + np.exp(-(X @ w + b)))
    assert conf[:20].min() > 0.5 > conf[20:].max()
    rows = {c: (n, p, r) for c, n, p, r, _ in cal.curve(conf, y, y, 25)}
    assert rows[0.5] == (20, 1.0, 0.8)  # 20 kept, all right, 20 of 25 required
    assert rows[0.0][0] == 40 and rows[0.0][1] == 0.5


def test_cross_fit_scores_each_quarter_with_the_other_quarters_model(cal):
    """Feature "a" marks a right event in tune-a and a wrong one in tune-b: a model scored on its own data would
    look perfect; held out, every kept event is wrong."""
    def rows(a_right: bool):
        return [{"f": {"a": 1.0}, "y": int(a_right), "req": int(a_right), "set": "guardian"}] * 10 + \
            [{"f": {"a": 0.0}, "y": int(not a_right), "req": int(not a_right), "set": "guardian"}] * 10

    data = {"tune-a": {"rows": rows(True), "n_required": {"guardian": 10}},
            "tune-b": {"rows": rows(False), "n_required": {"guardian": 10}}}
    cf = cal.cross_fit(data, ["a"], ["guardian"], l2=1.0)
    at_half = next(t for t in cf["guardian"] if t[0] == 0.5)
    assert at_half[1] > 0 and at_half[2] == 0.0


def _features_of(monkeypatch, text: str) -> list[tuple[str, dict]]:
    """(type, features) of every event extraction weighs in `text`, all kept."""
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    captured = []
    plain = E.features

    def hook(*args, **kwargs):
        captured.append((args[2], plain(*args, **kwargs)))
        return captured[-1][1]

    monkeypatch.setattr(E, "features", hook)
    extract_events(text, published="2021-03-01")
    return captured


@pytest.mark.parametrize("text, typ, untargeted", [
    ("The opposition party condemned the violence on Tuesday.", "ACCUSE", 1.0),
    ("North Korea threatened retaliation on Monday.", "THREATEN", 1.0),
    ("Germany accused Russia of cyberattacks on its parliament.", "ACCUSE", 0.0),
    ("France strongly criticised Italy over the migrant ship.", "ACCUSE", 0.0),
    ("The Iranian government rejected the proposal.", "REJECT", 0.0),  # a refusal needs no one aimed at
])
def test_untargeted_charge_marks_an_accusation_or_threat_aimed_at_no_one(monkeypatch, text, typ, untargeted):
    """Round 38: an accusation or threat with no target is mostly a stance or a warning in general (census of the
    events sample's judged rows); a refusal or demand with none is mostly a real act and is not marked."""
    found = [f for t, f in _features_of(monkeypatch, text) if t == typ]
    assert found and found[0]["untargeted_charge"] == untargeted


def test_fit_holds_the_stored_weights_and_fits_only_the_new_feature(cal):
    """--hold: the stored bias and weights stay as they are; only the feature they lack is fitted (here it marks
    the wrong events, so its weight is negative)."""
    X = np.array([[1.0, 0.0]] * 20 + [[1.0, 1.0]] * 20)
    y = np.array([1.0] * 20 + [0.0] * 20)
    held = (-0.2, np.array([0.7, 0.0]), np.array([True, False]))
    b, w = cal.fit(X, y, l2=1.0, steps=2000, held=held)
    assert b == -0.2 and w[0] == 0.7 and w[1] < -0.5


LEAD = "Rebels seized the border town on Sunday. "  # a first sentence, so the act below is in the article's body


@pytest.mark.parametrize("text, typ, habitual", [
    (LEAD + "The European Union provides aid to Jordan.", "AID", 1.0),
    (LEAD + "Kenya accepts refugees from Somalia.", "AID", 1.0),
    (LEAD + "Russian troops are held in a prison near Kyiv.", "COERCE", 1.0),
    ("The European Union provides aid to Jordan.", "AID", 0.0),  # a headline's present tells one act
    (LEAD + "The European Union provides aid to Jordan on Monday.", "AID", 0.0),  # dated: one act
    (LEAD + "The European Union provided aid to Jordan.", "AID", 0.0),  # the past tells one act
    (LEAD + "The Kenyan government rejects the accusation.", "REJECT", 0.0),  # a statement reported in the present
])
def test_habitual_marks_a_material_act_in_the_undated_present_of_the_body(monkeypatch, text, typ, habitual):
    """Round 38 (evconf38b): the habitual present (Quirk et al. 1985, 4.6) tells a habit or a state, not one act;
    the headline, a dated clause and verbs of statement (4.7) are exempt."""
    found = [f for t, f in _features_of(monkeypatch, text) if t == typ]
    assert found and found[-1]["habitual"] == habitual
