"""Round 36, places36a (issue 19): a street's, road's, square's or bridge's name that no gazetteer entry is (GeoNames
files them under feature classes R and S, which the index does not hold) makes no place row; LGL gives such
toponyms no gaztag. A road or street named after a place the index holds keeps that place ("Ohio Turnpike").
The name stays a FAC (or ORG) entity of the record. Invented sentences."""
from __future__ import annotations

from newsledger.extract.places.names import _STREET, _a_road_name
from newsledger.extract.places.rows import _a_street
from tests.place_helpers import place_at, places_of


def test_street_road_square_and_bridge_names():
    assert _a_street("Elmwood Avenue", "Elmwood Avenue") and _a_street("Quarry Rd.", "Quarry Rd.")
    assert _a_street("Hollis Square", "Hollis Square") and _a_street("Tanner Bridge", "Tanner Bridge")
    assert _a_street("Cedar Crest Parkway", "Cedar Crest Parkway")
    assert _a_street("Birch", "Birch Street")  # listed before "streets", looked up as the street
    assert not _a_street("Kiser Lake", "Kiser Lake") and not _a_street("Readington Township", "Readington")


def test_streets_named_whole_make_no_row_and_the_town_stays():
    text = ("Firefighters in Dayton, Ohio, were called to a house on Elmwood Avenue near Quarry Road on Sunday, and "
            "traffic was diverted to Zorvale Square.")
    found = {p.text for p in places_of(text)}
    assert not {"Elmwood Avenue", "Quarry Road", "Zorvale Square"} & found
    assert place_at(text, "Dayton").admin1 == "Ohio"


def test_a_road_named_after_a_town_is_no_row_and_no_namesake():
    text = "A truck overturned on Portland Avenue north of Macon, Georgia, late Tuesday."
    assert place_at(text, "Portland Avenue") is None
    assert place_at(text, "Macon").admin1 == "Georgia"


def test_a_states_road_keeps_the_state():
    text = "Troopers closed the Ohio Turnpike near Toledo, Ohio, after the storm."
    road = place_at(text, "Ohio Turnpike")
    assert road is not None and road.name == "Ohio" and road.geonames_id is not None


def test_a_lake_or_township_the_index_lacks_still_lies_in_the_town():
    text = ("MARYSVILLE, Kan. -- Marysville volunteers cleaned the banks of Zorvale Lake on Saturday. Marysville "
            "officials thanked them.")
    lake = place_at(text, "Zorvale Lake")
    assert lake is not None and lake.precision == 2 and lake.lat is not None


def test_one_table_of_street_words_squares_are_no_roads():
    assert _STREET.search("Highway 9 Bypass") and _STREET.search("the Marlow Turnpike exit")
    assert not _STREET.search("St. Cloud") and not _STREET.search("Courtland")
    assert _a_road_name("Zorvale Freeway") and not _a_road_name("Zorvale Square")
