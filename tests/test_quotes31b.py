"""Issue 18, round 31 (second wave): a clause coordinated by "and" after the cue clause of a direct quote
(""Follow us," Ms. Gil said, and the boys trailed behind") is the writer's next event, not what the cue reports:
say's content is the quotation it hangs on (CGEL ch. 15 §1)."""
from __future__ import annotations

from tests.quote_helpers import quotes_of


def test_clause_coordinated_after_a_direct_quotes_cue_is_no_content():
    text = '"Follow us," Ms. Gil said, and the boys, intrigued, trailed behind, en route to the plaza.'
    got = quotes_of(text)
    assert any(q.kind == "direct" and q.text.startswith("Follow us") for q in got)
    assert not any("trailed behind" in q.text or "the plaza" in q.text for q in got)


def test_the_direct_quote_keeps_its_speaker():
    text = '"The rally starts at noon," the organizer said, and the crowd began to gather outside the hall.'
    got = quotes_of(text)
    assert any(q.kind == "direct" and q.speaker_text and "organizer" in q.speaker_text for q in got)
    assert not any("the crowd began" in q.text for q in got)


def test_a_that_clause_after_adding_stays():
    # guard: "adding that X" is a report of its own, not a coordinated clause
    text = '"We will win," she said, adding that the party was united behind its candidate.'
    got = quotes_of(text)
    assert any(q.cue and q.cue.startswith("adding") and "the party was united" in q.text for q in got)
