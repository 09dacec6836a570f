"""Issue 18, round 19: a cue verb with an object and a complement ("accused X of Y", "urged X to Y")."""
from __future__ import annotations

import sys
from pathlib import Path

from newsledger import nlp

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import quotes_census as census  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _cue(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


def _chars(doc, span: tuple[int, int]) -> str:
    return doc.text[doc[span[0]].idx: doc[span[1]].idx + len(doc[span[1]].text)]


def test_complement_census_reads_the_object_and_its_complement():
    doc = nlp.parse("Critics accused the board of hiding the costs.")
    frame = census.complement_frame(_cue(doc, "accused"))
    assert frame[0] == "NP V NP PP.of"
    assert _chars(doc, frame[1]) == "the board" and _chars(doc, frame[2]) == "hiding the costs"
    text = doc.text
    whole = (text.index("the board"), text.index("costs") + len("costs"))
    charge = (text.index("hiding"), whole[1])
    board = (whole[0], whole[0] + len("the board"))
    assert census.span_form(doc, whole, frame) == "object + complement"
    assert census.span_form(doc, charge, frame) == "complement only"
    assert census.span_form(doc, board, frame) == "object only"
    assert census.span_form(doc, (0, whole[1]), frame) == "wider (clause)"


def test_complement_census_reads_an_infinitive_and_leaves_a_bare_object():
    doc = nlp.parse("The mayor urged residents to stay home.")
    frame = census.complement_frame(_cue(doc, "urged"))
    assert frame[0] == "NP V NP to VP" and _chars(doc, frame[2]) == "to stay home"
    assert census.complement_frame(_cue(nlp.parse("The mayor praised the plan."), "praised")) is None


def test_complement_census_classes_come_from_the_cue_lexicon():
    classes = census.verb_classes()
    assert classes["accuse"] == "VN suspect-81" and classes["urge"] == "VN urge-58.1"
    assert classes["blame"] == "VN judgment-33.1"


def test_complement_census_lists_items_of_tune_a_only():
    # the measuring rules: items are listed from tune-a only (returns 2 before loading anything)
    args = census.parser().parse_args(["complement", "--set", "train", "--examples"])
    assert census.complement_main(args) == 2


def test_accused_with_the_charge_is_the_content_whatever_the_object():
    # VerbNet suspect-81 NP V NP PP.attribute: the charge is said of the one charged, a pronoun or a name
    from test_quotes import find, run

    rec, qs = run("Senator Ann Cole accused him of lying about the budget.")
    assert find(qs, "lying", "indirect").text == "him of lying about the budget"
    rec, qs = run("The director, Tom Fleming, has accused the agency of being behind the leak.")
    q = find(qs, "behind the leak", "indirect")
    assert q.text == "the agency of being behind the leak" and q.cue == "accused"
