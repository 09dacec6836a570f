"""Issue 18, round 31: an interrogative clause coordinated after a preposition's object ("spoke of X, and how Y")
is the preposition's second complement, part of the content (CGEL ch. 11 §5, ch. 15 §4)."""
from __future__ import annotations

from tests.quote_helpers import quotes_of


def test_wh_clause_coordinated_after_the_topic_is_part_of_the_content():
    text = "The mayor spoke of the history of the canal, and how the city grew around it during the last century."
    got = [q for q in quotes_of(text) if q.cue and q.cue.startswith("spoke")]
    assert any(q.text.startswith("the history of the canal") and "how the city grew around it" in q.text for q in got)


def test_belief_topic_with_wh_clauses():
    text = ("We know all about Governor Smith, what he's doing to get himself reelected, and how he's using his "
            "donors to win.")
    got = [q for q in quotes_of(text) if q.cue and q.cue.startswith("know")]
    assert any(q.text.startswith("Governor Smith") and "how he's using his donors" in q.text for q in got)


def test_next_act_of_the_speaker_is_not_taken():
    # a verb conjunct with no wh-word is the speaker's next act: it stays out of the content
    text = "The mayor spoke of the history of the canal, and then left the hall before the vote."
    got = [q for q in quotes_of(text) if q.cue and q.cue.startswith("spoke")]
    assert got and not any("left the hall" in q.text for q in got)
