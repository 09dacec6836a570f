"""Issue 18, round 36 (quotes36b): a quoted fragment whose cue names no one is no report (PolNeAR annotates an
attribution only with its source), and "plan" is no statement noun (plan.n.01: a scheme or document, not what
someone states); the verb "plans to X" stays a stance cue, named fragments and other statement nouns stay."""
from __future__ import annotations

from tests.quote_helpers import quotes_of


def test_scare_quote_with_no_source_is_no_report():
    text = 'Aid trucks reached the so-called "safe zones" in the north on Monday.'
    assert not [q for q in quotes_of(text) if q.kind == "partial"]


def test_fragment_of_a_participle_cue_with_no_subject_is_no_report():
    text = 'Officials issued a statement describing the talks as "a useful first step" toward a ceasefire.'
    assert not [q for q in quotes_of(text) if q.kind == "partial"]


def test_fragment_with_a_named_source_stays():
    text = 'The senator called the farm bill "a disaster for growers" in a speech on Tuesday.'
    partial = [q for q in quotes_of(text) if q.kind == "partial"]
    assert [q.speaker_text for q in partial] == ["The senator"]


def test_plan_noun_is_no_cue():
    for text in ("The mayor unveiled her plan to close three libraries next year.",
                 "The governor's plan for the new highway drew protests from residents."):
        assert not [q for q in quotes_of(text) if q.cue == "plan"]


def test_plan_verb_and_statement_nouns_stay():
    text = "The mayor plans to close three libraries next year."
    assert [q.text for q in quotes_of(text)] == ["to close three libraries next year"]
    text = "The mayor's claim that the libraries cost too much drew protests."
    assert [q.text for q in quotes_of(text) if q.cue == "claim"] == ["that the libraries cost too much"]
