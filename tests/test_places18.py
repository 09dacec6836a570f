"""Round 18 (issue 19, places18): a town whose own name ends in "City" is not one of the towns named without it."""
from __future__ import annotations

from newsledger import nlp
from newsledger.extract import places
from newsledger.model import Article, Record


def _places(text: str):
    return places.extract(nlp.parse(text), Record(article=Article(text=text)))


def _by_text(ps, text):
    return next(p for p in ps if p.text.startswith(text))


def test_an_own_city_name_keeps_its_town_against_a_named_province():
    # "Atlantic City" is the New Jersey city's own name: Atlantic, Iowa does not compete, even beside "Iowa"
    ps = _places("He spoke at a rally in Iowa on Monday before flying to Atlantic City.")
    p = _by_text(ps, "Atlantic City")
    assert (p.name, p.admin1) == ("Atlantic City", "New Jersey")
    ps = _places("The rally in Indiana ended early, and the tour moves to Mexico City next year.")
    assert _by_text(ps, "Mexico City").country == "MX"


def test_an_alternate_city_name_still_lets_the_plain_towns_compete():
    # "Dublin City" is an alternate name of Dublin, Ireland: Dublin, Ohio still competes (round 2)
    ps = _places("The council met in Columbus, Ohio, to discuss the budget for Dublin City schools in Franklin "
                 "County.")
    assert (_by_text(ps, "Dublin City").country, _by_text(ps, "Dublin City").admin1) == ("US", "Ohio")
