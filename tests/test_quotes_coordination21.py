"""Issue 18, round 21: a clause with a modal, coordinated after a comma with a content clause (CGEL 15.2), which the
parse hangs on the cue, stays in the content; a plain narrated clause and a second report do not."""
from __future__ import annotations

from newsledger import nlp
from newsledger.extract import actors, quotes
from newsledger.model import Article, Record


def _contents(text: str) -> dict[str, str]:
    doc = nlp.parse(text)
    rec = Record(article=Article(text=text))
    actors.extract(doc, rec)
    return {q.cue: q.text for q in quotes.extract(doc, rec)}


def test_a_coordinated_modal_clause_stays_in_the_content():
    got = _contents("The governor said it is possible for him to win the nomination, but it will be difficult.")
    assert got["said"] == "it is possible for him to win the nomination, but it will be difficult"


def test_a_narrated_clause_without_a_modal_is_left_out():
    got = _contents("The governor said the plan was fair, but the senator walked out of the room.")
    assert got["said"] == "the plan was fair"


def test_a_second_report_is_left_out():
    doc = nlp.parse("The mayor said the bridge was safe, and the engineers said it would close.")
    rec = Record(article=Article(text=doc.text))
    actors.extract(doc, rec)
    assert sorted(q.text for q in quotes.extract(doc, rec)) == ["it would close", "the bridge was safe"]
