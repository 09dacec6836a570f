"""Round 36 (issue 19): a one-word town name whose small namesake nothing in the article puts near its other
places, gathered in another first-level subdivision, is a village the index lacks: left unplaced by the ranker,
then placed in the article's leading town (ranking._unplace_strangers); not a common English word. Invented
sentences."""
from __future__ import annotations

from tests.place_helpers import place_at

STORY = ("Deputies from Beckley and Bluefield, West Virginia, arrested the man at a farm in Ashford on Tuesday. "
         "Beckley police said the man had fled Bluefield last week.")


def test_an_unknown_village_lies_in_the_story_s_town():
    p = place_at(STORY, "Ashford")
    assert p is not None and p.admin1 == "West Virginia" and p.precision == 2


def test_a_common_word_keeps_its_reading():
    text = ("Deputies from Beckley and Bluefield, West Virginia, asked for help in Congress on Tuesday. Beckley "
            "police said the man had fled Bluefield last week.")
    p = place_at(text, "Congress")
    assert p is None or p.precision != 2


def test_a_namesake_near_the_story_s_places_is_kept():
    text = ("Crews from Anderson and Abbeville, South Carolina, worked in Greenwood on Tuesday. Anderson "
            "officials said the roads to Abbeville were clear.")
    p = place_at(text, "Greenwood")
    assert p is not None and (p.admin1, p.kind) == ("South Carolina", "city")


def test_a_large_namesake_keeps_its_own_reading():
    text = ("Students from Beckley and Bluefield, West Virginia, flew to Paris on Tuesday. Beckley teachers said "
            "the trip from Bluefield took a day.")
    p = place_at(text, "Paris")
    assert p is not None and p.country == "FR"


def test_a_story_whose_places_do_not_gather_keeps_the_namesake():
    text = "The man was arrested at a farm in Greenwood on Tuesday, police said."
    p = place_at(text, "Greenwood")
    assert p is not None and p.kind == "city" and p.precision == 1
