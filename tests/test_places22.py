"""Round 21 (issue 19, places22): a business named after a town keeps that town only where the article puts it
near; a small town named like a world region or a sea yields to the region."""

from __future__ import annotations

from newsledger import nlp
from newsledger.extract import places
from newsledger.extract.places.names import _a_venue_name
from newsledger.model import Article, Record


def _places(text: str):
    return places.extract(nlp.parse(text), Record(article=Article(text=text)))


def test_a_venue_name_is_read_by_its_head():
    assert _a_venue_name(["Blossom", "Deli"])
    assert _a_venue_name(["Bo", "Kong", "Vegetarian", "Restaurant"])
    assert _a_venue_name(["Williamsburg", "Apartments"])
    assert _a_venue_name(["Cascade", "Motel's"])
    assert not _a_venue_name(["Deli"])  # the head alone names nothing
    assert not _a_venue_name(["Torrington", "Fire", "Department"])
    assert not _a_venue_name(["Litchfield", "Superior", "Court"])


def test_a_business_named_after_a_distant_town_is_not_placed_there():
    ps = _places("Police in Charleston, West Virginia, said a man robbed the Blossom Deli on Lee Street on Friday.")
    assert not [p for p in ps if p.text.startswith("Blossom") and p.admin1 == "Texas"]
    ps = _places("Health inspectors in Burnaby, British Columbia, closed the Yokohama Sushi Restaurant this week.")
    assert not [p for p in ps if p.country == "JP"]
    ps = _places("Inspectors in Richmond, British Columbia, closed Bo Kong Vegetarian Restaurant after a visit.")
    assert not [p for p in ps if p.country == "SL"]
    ps = _places("Residents of the Williamsburg Apartments in Decatur, Georgia, complained about mold.")
    assert not [p for p in ps if p.text.startswith("Williamsburg") and p.admin1 == "New York"]


def test_a_business_in_the_town_it_is_named_after_keeps_it():
    ps = _places("A fire gutted the Springfield Motel in Springfield, Illinois, early Sunday, the fire chief said.")
    assert {p.admin1 for p in ps if p.text == "Springfield"} == {"Illinois"}
