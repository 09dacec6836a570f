"""Round 20 (issue 19, places20): a larger city's old name or nickname that is the own name of a town of some
size elsewhere is that town, unless the article's context says otherwise."""
from __future__ import annotations

from newsledger import nlp
from newsledger.extract import places
from newsledger.extract.places.generation import _spells_own_name
from newsledger.model import Article, Record


def _places(text: str):
    return places.extract(nlp.parse(text), Record(article=Article(text=text)))


def _by_text(ps, text):
    return next(p for p in ps if p.text.startswith(text))


def test_an_old_name_or_nickname_of_a_city_is_the_town_of_that_name():
    # "Salisbury" (Harare until 1982), "Garden City" (Singapore's nickname): GeoNames alternate names
    assert _by_text(_places("Salisbury police arrested a man after the fire."), "Salisbury").country != "ZW"
    assert _by_text(_places("Police in Garden City said the fire started at night."), "Garden City").country == "US"


def test_the_context_still_reads_an_old_name_as_its_city():
    ps = _places("In Rhodesia, the government in Salisbury fell after the war with Zimbabwe's guerrillas.")
    assert _by_text(ps, "Salisbury").country == "ZW"


def test_a_spelling_of_a_citys_own_name_is_not_an_unlike_name():
    assert _spells_own_name("St Petersburg", "Saint Petersburg")
    assert _spells_own_name("Hanover", "Hannover")
    assert _spells_own_name("Frankfort", "Frankfurt am Main")
    assert _spells_own_name("Logan", "Logan City")
    assert not _spells_own_name("Salisbury", "Harare")
    assert not _spells_own_name("Salem", "Jerusalem")
    assert not _spells_own_name("Garden City", "Singapore")
