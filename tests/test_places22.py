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


def test_a_small_town_named_like_a_world_region_yields_to_the_region():
    ps = _places("The senator from Maryland said American soldiers serving in the Middle East should come home.")
    assert [(p.name, p.kind) for p in ps if p.text == "Middle East"] == [("Middle East", "region")]
    # the Pacific, WA town no longer pulls Des Moines to Washington state either
    ps = _places(
        "Senators from Iowa and Missouri debated trade with Asia and Europe. Farmers in Des Moines want deals "
        "across the Pacific."
    )
    assert [p.kind for p in ps if p.text == "Pacific"] == ["landform"]
    assert {p.admin1 for p in ps if p.text == "Des Moines"} == {"Iowa"}


def test_a_town_named_like_a_region_is_still_the_town_where_the_text_says_so():
    ps = _places("The campaign stopped in Atlantic, Iowa, on Friday before driving to Council Bluffs and Des Moines.")
    assert [(p.kind, p.admin1) for p in ps if p.text == "Atlantic"] == [("city", "Iowa")]


def test_a_region_name_inside_another_name_or_a_title_is_left_as_it_was():
    from newsledger.extract.places.mentions import _compound

    doc = nlp.parse("Her victories in the mid-Atlantic states were large. He writes in The Atlantic that it is over.")
    first, second = [e for e in doc.ents if e.text == "Atlantic"]
    assert _compound(first) and _compound(second)
    doc = nlp.parse("The Middle East was calm, and troops left the Pacific.")
    assert not any(_compound(e) for e in doc.ents)


def test_a_casino_named_after_a_distant_town_is_not_placed_there():
    ps = _places("Four casinos in New Jersey, Atlantic Club, Showboat, Revel and Trump Plaza, closed last year.")
    assert not [p for p in ps if p.text.startswith("Atlantic") and p.lat is not None]


def test_a_club_named_after_a_town_the_article_names_keeps_it():
    ps = _places(
        "He spent winters in La Romana, in the Dominican Republic, and was a member of the La Romana Country Club "
        "and the Harmonie Club in New York."
    )
    assert {p.country for p in ps if p.text == "La Romana"} == {"DO"}
