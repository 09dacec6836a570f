"""Issue 18, round 22: a relative's gap inside the content of a cue in the relative clause (CGEL ch. 12): the
content runs over the relative (or the noun it describes) as PolNeAR annotates ("the target it pledged to reach",
"what the senators said was X")."""
from __future__ import annotations

from newsledger import nlp
from newsledger.extract import actors, quotes
from newsledger.model import Article, Record


def _contents(text: str) -> dict[str, str]:
    doc = nlp.parse(text)
    rec = Record(article=Article(text=text))
    actors.extract(doc, rec)
    return {q.cue: q.text for q in quotes.extract(doc, rec)}


def test_gap_in_the_infinitive_takes_the_noun_described():
    got = _contents("Obama signed the bill he promised to veto.")
    assert got["promised"] == "the bill he promised to veto"


def test_gap_in_the_infinitive_after_a_relative_pronoun_starts_at_it():
    got = _contents("He fought the wall that Trump promised to build.")
    assert got["promised"] == "that Trump promised to build"


def test_relative_subject_of_the_cue_leaves_the_infinitive_alone():
    got = _contents("Trump, who pledged to build a wall, spoke on Monday.")
    assert got["pledged"] == "to build a wall"


def test_infinitive_with_its_own_object_has_no_gap():
    got = _contents("The mayor, whom voters elected in May, the man he vowed to defeat, pledged to cut taxes.")
    assert got["pledged"] == "to cut taxes"


def test_fused_relative_in_the_content_clause():
    got = _contents("The deals amounted to what the senators said was economic gerrymandering.")
    assert got["said"] == "what the senators said was economic gerrymandering"


def test_a_noun_of_manner_or_reason_has_an_adjunct_gap():
    got = _contents("There are some ways his campaign hopes to begin winning.")
    assert got["hopes"] == "to begin winning"


def test_what_after_a_verb_of_asking_is_no_fused_relative():
    doc_text = "Trump was asked what he thought Clinton could do."
    got = _contents(doc_text)
    assert got.get("thought") != "what he thought Clinton could do"
