"""Round 20 (issue 19, places21): a compass point written alone ("the South", "the West") is no place."""
from __future__ import annotations

from newsledger import nlp
from newsledger.extract import places
from newsledger.model import Article, Record


def _places(text: str):
    return places.extract(nlp.parse(text), Record(article=Article(text=text)))


def test_a_bare_compass_point_is_no_place():
    ps = _places("The governor won easily across the South, and voters in the Northeast turned out in numbers. "
                 "Her rivals in the West were quiet.")
    assert not [p for p in ps if p.text in {"South", "Northeast", "West"}]


def test_a_compass_point_inside_a_name_or_before_a_division_word_stays():
    ps = _places("She flew from South Carolina to North Dakota on Tuesday.")
    assert {p.name for p in ps} >= {"South Carolina", "North Dakota"}
    ps = _places("Separatists clashed with soldiers in the South West Region of Cameroon.")
    assert any(p.text.startswith("South West") and p.country == "CM" for p in ps)


def test_a_compass_point_before_a_division_word_is_not_dropped():
    from newsledger.extract.places.filters import _a_compass_point
    doc = nlp.parse("Troops moved into the West region on Monday, far from the West.")
    first, second = [t for t in doc if t.text == "West"]
    assert not _a_compass_point(doc[first.i:first.i + 1])
    assert _a_compass_point(doc[second.i:second.i + 1])


def test_a_compass_point_stands_for_the_country_the_article_names_with_it():
    ps = _places("Seoul said North Korea fired two missiles. Officials warned that the North would face sanctions.")
    assert [p.country for p in ps if p.text == "North"] == ["KP"]
    # two such countries: neither is meant
    ps = _places("South Africa and South Sudan sent envoys. Protests spread in the South on Monday.")
    assert not [p for p in ps if p.text == "South"]


def test_a_compass_point_before_and_takes_the_name_after_it():
    ps = _places("Troops were withdrawn from North and West Africa last year.")
    assert [p.name for p in ps if p.text == "North"] == ["North Africa"]
    ps = _places("Convoys blocked the North and West approaches to the town.")
    assert not [p for p in ps if p.text in {"North", "West"}]
