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


def test_a_part_of_a_city_before_city_is_not_a_town_of_that_name():
    # "Central City" here is the central district of New Orleans, not Central City, Arizona, though several
    # towns bear the name: the towns named "Central" compete as before
    from newsledger.extract.places.names import Mention
    from newsledger.extract.places.ranking import _own_city_name
    from newsledger.resolve import gazetteer
    gaz = gazetteer.get()
    central = Mention(0, 12, "Central City", "Central", "GPE", hint="city")
    assert not _own_city_name(central, gaz.lookup("Central City"))
    atlantic = Mention(0, 13, "Atlantic City", "Atlantic", "GPE", hint="city")
    assert _own_city_name(atlantic, gaz.lookup("Atlantic City"))
    rome = Mention(0, 9, "Rome City", "Rome", "GPE", hint="city")
    assert not _own_city_name(rome, gaz.lookup("Rome City"))  # Rome City, Indiana: under 15,000 people
