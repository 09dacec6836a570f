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


def test_edges_census_names_what_sits_between_the_edges():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import quotes_census as census

    from newsledger.eval.suites.quotes_polnear import GoldAttr

    text = "He accused the mayor of lying to voters, hiding the costs and ignoring the auditors."
    doc = nlp.parse(text)
    cue = (text.index("accused"), text.index("accused") + len("accused"))
    gold = GoldAttr(content="", spans=[(text.index("the mayor"), len(text) - 1)], sources=[(0, 2)],
                    source_text="He", cue_text="accused", cues=[cue])

    class Pred:
        cue, speaker_text = "accused", "He"

    cut = text.index(", hiding")
    assert census.gap_construction(doc, text, cut, len(text) - 1, gold, Pred) == "comma + coordination"
    assert census.gap_construction(doc, text, text.index("the mayor"), text.index("of lying"), gold, Pred) == \
        "object or addressee"
    assert census.gap_construction(doc, text, 0, text.index("the mayor"), gold, Pred) == "attribution tag"
