"""Issue 18, round 33: verbs of persuasion read narrowly (round 32's cue rule failed its blind gate), invented
sentences. "X persuaded Y to Z" / "X convinced Y that Z": the infinitive or that-clause after the person persuaded,
said by an active subject; nothing for a bare object, a passive, a prospect or a condition, and no quote found
before replaced or re-attributed."""
from __future__ import annotations

from tests.quote_helpers import quotes_of


def _persuasions(text: str) -> list:
    return [q for q in quotes_of(text) if q.cue and any(w in q.cue for w in ("persua", "convinc", "coax", "cajol"))]


def test_persuade_object_infinitive_is_the_infinitive():
    got = _persuasions("The mayor persuaded the council to delay the vote on the new budget.")
    assert [(q.text, q.speaker_text) for q in got] == [("to delay the vote on the new budget", "The mayor")]


def test_convince_object_that_clause_is_the_clause():
    got = _persuasions("Lawyers for the company convinced the judge that the contract had expired.")
    assert [q.text for q in got] == ["that the contract had expired"]


def test_controlled_subject_of_try_is_the_source():
    got = _persuasions("Opponents will try to convince a federal judge to block the new rules next week.") or \
        _persuasions("Opponents try to convince a federal judge to block the new rules.")
    assert got and got[0].text.startswith("to block the new rules") and got[0].speaker_text == "Opponents"


def test_no_clause_no_report():
    assert not _persuasions("The senator can't seem to convince the voters.")
    assert not _persuasions("Her speech helped convince some Democratic lawmakers.")


def test_passive_is_no_report():
    assert not _persuasions("She is a candidate who can be too easily persuaded to go down the wrong path.")
    assert not _persuasions("The governor was persuaded to sign the bill by his aides.")


def test_prospect_or_condition_is_no_report():
    assert not _persuasions("If the governor persuades the legislature to act, the bill will pass.")
    assert not _persuasions("The governor could persuade the legislature to act on the budget.")


def test_non_person_subject_is_no_source():
    assert not _persuasions("The long delays convinced the board members that the contractor had failed.")


def test_report_inside_a_report_stays_the_outer_one():
    text = "Mr. Clarke says he has been paying the costs until he can persuade utilities to agree to pay for credits."
    got = quotes_of(text)
    assert len(got) == 1 and got[0].cue == "says"


def test_neighbours_keep_their_speakers():
    text = ('"We are ready," Jones said. Then the mayor convinced the board that the plan was sound. '
            '"It will work," she said.')
    got = quotes_of(text)
    base = quotes_of('"We are ready," Jones said. Then the mayor went home. "It will work," she said.')
    assert [q.speaker for q in got if q.kind == "direct"] == [q.speaker for q in base if q.kind == "direct"]
    assert any(q.text == "that the plan was sound" and q.speaker_text == "the mayor" for q in got)


def test_gerund_in_a_prepositional_phrase_takes_the_verb_subject():
    got = _persuasions("The governor set about persuading the mayor of Springfield to join the new water board.")
    assert [(q.text, q.speaker_text) for q in got] == [("to join the new water board", "The governor")]


def test_participle_clause_takes_the_verb_subject():
    got = _persuasions("The owner has had trouble, however, persuading local buyers to pay extra for the credits.")
    assert [(q.text, q.speaker_text) for q in got] == [("to pay extra for the credits", "The owner")]


def test_subordinated_participle_is_no_report():
    assert not _persuasions("While persuading the board to act, the owner lost two investors.")
