"""Round 32b (issue 19, places32b): LGL tune-a's false positives by class. A town's name opening a business's
premises' name ("Bo Kong Vegetarian Restaurant", "Cascade Motel": WordNet 3.0 restaurant.n.01, hotel.n.01, shop.n.01
hyponyms, venue_heads.txt) that the article's context does not put near is the business's name, no place: the
mention gives no place row. Invented sentences."""

from __future__ import annotations

from tests.place_helpers import place_names, places_of


def test_a_business_named_after_a_distant_town_gives_no_place():
    text = ("RICHMOND, B.C. - Health inspectors closed the Bo Kong Vegetarian Restaurant in Richmond on Monday after "
            "finding cockroaches in the kitchen.")
    names = [t for t, _ in place_names(text)]
    assert "Bo" not in names  # main: "Bo" a row, placed at Richmond by the article's town
    assert "Richmond" in names


def test_a_business_named_after_the_articles_own_town_keeps_it():
    # the namesake the context puts near stays the place (ranking._drop_distant_namesakes keeps it)
    text = "A fire gutted the Springfield Motel in Springfield, Illinois, early Sunday, the fire chief said."
    rows = [p for p in places_of(text) if p.start == text.index("Springfield Motel")]
    assert rows and rows[0].admin1 == "Illinois"


def test_a_shop_named_after_a_distant_town_gives_no_place():
    text = "Police in Charleston, West Virginia, said a man robbed the Blossom Deli on Lee Street on Friday."
    assert "Blossom" not in [t for t, _ in place_names(text)]


def test_a_town_opening_a_local_body_stays_a_place():
    text = "The Torrington Fire Department put out a brush fire in Torrington, Connecticut, on Tuesday."
    rows = [p for p in places_of(text) if p.start == text.index("Torrington Fire")]
    assert rows and rows[0].admin1 == "Connecticut"
