"""Round 32b (issue 19, places32b): LGL tune-a's false positives by class. A town's name opening a business's
premises' name ("Bo Kong Vegetarian Restaurant", "Cascade Motel": WordNet 3.0 restaurant.n.01, hotel.n.01, shop.n.01
hyponyms, venue_heads.txt) that the article's context does not put near is the business's name, no place: the
mention gives no place row. Invented sentences."""

from __future__ import annotations

from tests.place_helpers import place_at, place_names


def test_a_business_named_after_a_distant_town_gives_no_place():
    text = ("RICHMOND, B.C. - Health inspectors closed the Bo Kong Vegetarian Restaurant in Richmond on Monday after "
            "finding cockroaches in the kitchen.")
    names = [t for t, _ in place_names(text)]
    assert "Bo" not in names  # main: "Bo" a row, placed at Richmond by the article's town
    assert "Richmond" in names


def test_a_business_named_after_the_articles_own_town_keeps_it():
    # the namesake the context puts near stays the place (ranking._drop_distant_namesakes keeps it)
    text = "A fire gutted the Springfield Motel in Springfield, Illinois, early Sunday, the fire chief said."
    place = place_at(text, "Springfield Motel")
    assert place is not None and place.admin1 == "Illinois"


def test_a_shop_named_after_a_distant_town_gives_no_place():
    text = "Police in Charleston, West Virginia, said a man robbed the Blossom Deli on Lee Street on Friday."
    assert "Blossom" not in [t for t, _ in place_names(text)]


def test_a_town_opening_a_local_body_stays_a_place():
    text = "The Torrington Fire Department put out a brush fire in Torrington, Connecticut, on Tuesday."
    place = place_at(text, "Torrington Fire")
    assert place is not None and place.admin1 == "Connecticut"


# A one-word name WordNet gives first to a person ("Lincoln", "Jackson"; person_named_towns.txt) opening the name of
# an honour or a celebration ("Lincoln Day Dinner", "Lincoln Club Hall of Fame") names the person, not the town.

def test_a_dinner_in_a_persons_name_is_no_town():
    text = "Kentucky Republicans gathered at the Lincoln Day Dinner in London, Kentucky, on Saturday."
    assert "Lincoln" not in [t for t, _ in place_names(text)]  # main: Lincoln, Nebraska
    assert "London" in [t for t, _ in place_names(text)]
    assert [t for t, _ in place_names("Democrats held the Jackson Day Dinner in Nashville.")] == ["Nashville"]


def test_a_hall_of_fame_in_a_persons_name_is_no_town():
    assert "Lincoln" not in [t for t, _ in place_names("The clerk joined the Lincoln Club Hall of Fame in May.")]


def test_a_towns_own_body_and_a_state_stay_places():
    text = "The Lincoln Fire Department Awards Banquet was held in Lincoln, Nebraska."
    place = place_at(text, "Lincoln Fire")
    assert place is not None and place.admin1 == "Nebraska"
    text = "Farmers met at the Nebraska Baseball Hall of Fame in Beatrice on Sunday."
    assert "Nebraska" in [t for t, _ in place_names(text)]


def test_the_list_is_what_the_script_writes():
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, str(root / "scripts" / "build_person_named_towns.py")], capture_output=True,
                         text=True, check=True, cwd=root).stdout
    assert out == (root / "newsledger" / "data" / "person_named_towns.txt").read_text(encoding="utf-8")


# Round 32c (places32c): the business flag is set only where a town's name opens a longer business name
# (organisations._embedded); a venue's whole name the NER gives as a place keeps its row (GeoWebNews: venues
# have points).

def test_a_venue_named_whole_keeps_its_row():
    text = "Hundreds of marchers gathered in front of the Stonewall Inn, which the mayor called a landmark."
    assert "Stonewall Inn" in [t for t, _ in place_names(text)]  # places32b's 260c3d9: no row
    text = "A story on Monday misstated the history of the Colony West Golf Club near the city."
    assert "Colony West Golf Club" in [t for t, _ in place_names(text)]
