"""Issue 18, round 34: a comment clause with "as" set off by commas between the subject of the clause it reports and
that clause's verb ("The economy, as the minister noted, is growing") reports the whole clause, the comment clause
inside it, listed in two pieces (Quirk et al. 1985 ch. 15, comment clauses; PolNeAR's Content runs over it)."""
from __future__ import annotations

from tests.quote_helpers import quotes_of


def _quote(text: str, cue_word: str):
    return next(q for q in quotes_of(text) if q.cue and cue_word in q.cue)


def test_medial_as_clause_reports_the_subject_too():
    text = "The harvest, as the farm minister pointed out, will be the smallest in a decade."
    q = _quote(text, "pointed")
    assert q.text.startswith("The harvest") and q.text.endswith("smallest in a decade")
    assert "farm minister" in (q.speaker_text or "")


def test_medial_as_clause_is_left_out_of_the_pieces():
    text = "The deficit, as several economists have noted, is larger than the budget office expected."
    q = _quote(text, "noted")
    pieces = [text[a:b] for a, b in q.pieces]
    assert pieces == ["The deficit", "is larger than the budget office expected"]


def test_as_clause_parsed_as_the_root_still_reports_the_clause():
    # a longer subject of the comment clause: the parse may make its verb the sentence's root
    text = ("The storm hit the coast at night. Florida, as one of the governor's emergency advisers pointed out, "
            "rarely sees two storms in one week.")
    q = _quote(text, "pointed")
    assert q.text.startswith("Florida") and q.text.endswith("two storms in one week")


def test_fronted_as_clause_keeps_its_content():
    # guard: an as-clause opening the sentence reports what follows it, as before
    text = "As the mayor said on Monday, the bridge will reopen next month."
    q = _quote(text, "said")
    assert q.text == "the bridge will reopen next month"


def test_as_clause_in_a_relative_clause_is_not_widened():
    # guard: "who, as she spoke, ..." is a relative clause, not a reported clause
    text = "The crowd cheered the senator, who, as she spoke, waved a small flag from the stage."
    assert not any(q.text.startswith("who") for q in quotes_of(text))


def test_as_clause_after_a_nouns_that_clause_reports_only_that_clause():
    # revision: the comment clause closes the that-clause complementing "fact", which is what was said; the main
    # clause it also stands inside ("only raises the stakes") is the writer's (Quirk et al. 1985 ch. 17, ch. 15)
    text = ("Still, the fact that the vote “is too close to call right now,” as Smith said on a television show on "
            "Sunday, only raises the stakes of every single ad.")
    q = _quote(text, "said")
    assert q.text.startswith("that the vote") and "raises" not in q.text and "Still" not in q.text


def test_as_clause_after_a_relative_clause_reports_the_main_clause():
    # guard: a relative clause only identifies the subject; the clause it sits in is the one reported
    text = "The bill that Congress passed, as the senator noted, cuts taxes for small firms."
    q = _quote(text, "noted")
    assert q.text.startswith("The bill") and q.text.endswith("small firms")
