"""Issue 18, round 23: a statement noun in an adjunct of time or circumstance (CGEL ch. 8)."""
from __future__ import annotations

from tests.quote_helpers import quotes_of


def test_statement_noun_in_a_time_adjunct_is_not_the_subjects():
    got = quotes_of("The council approved the plan despite a warning from the board that the sewers were full.")
    assert not any(q.cue == "warning" for q in got)


def test_statement_noun_in_a_complement_keeps_the_subjects_report():
    got = quotes_of("Democrats persisted in arguments that the law was unfair.")
    assert any(q.cue == "arguments" and q.speaker_text == "Democrats" for q in got)
