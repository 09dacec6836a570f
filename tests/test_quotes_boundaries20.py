"""Issue 18, round 20: a list "A, B and C" in a content is one coordination (CGEL 15.1-15.2), not cut at its
first comma."""
from __future__ import annotations

from newsledger import nlp
from newsledger.extract import actors, quotes
from newsledger.model import Article, Record


def _contents(text: str) -> dict[str, str]:
    doc = nlp.parse(text)
    rec = Record(article=Article(text=text))
    actors.extract(doc, rec)
    return {q.cue: q.text for q in quotes.extract(doc, rec)}


def test_a_list_of_gerunds_after_a_charge_stays_in_the_content():
    got = _contents("The senator accused the mayor of covering up the shooting, lying to the public and "
                    "obstructing the inquiry.")
    assert got["accused"] == ("the mayor of covering up the shooting, lying to the public and obstructing the "
                              "inquiry")


def test_a_list_of_nouns_after_a_charge_stays_in_the_content():
    got = _contents("She praised the workers for their courage, their patience and their skill.")
    assert got["praised"] == "the workers for their courage, their patience and their skill"


def test_a_writers_tail_after_the_content_is_still_cut():
    got = _contents("He endorsed the plan on Thursday, a move that angered and surprised his rivals.")
    assert got["endorsed"] == "the plan"


def test_appositives_to_a_name_are_no_list():
    got = _contents("Turkey has threatened to extend its operation towards the town of Manbij, the starting point "
                    "of the US presence, and a stronghold of the militia.")
    assert got["threatened"] == "to extend its operation towards the town of Manbij"


def test_a_list_in_mid_sentence_stays_whole():
    got = _contents("The senator accused the mayor of lying to voters, hiding the costs and ignoring the auditors "
                    "in a speech on Tuesday.")
    assert got["accused"].startswith("the mayor of lying to voters, hiding the costs and ignoring the auditors")
