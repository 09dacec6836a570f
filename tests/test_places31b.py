"""Round 31, second wave (issue 19, places31b): a demonym's plural naming a people ("Palestinians", "Mexicans")
stands for its country, but a people named in a story is no statement about where the story's towns are: it gives
no country to the context that picks among a town's namesakes (Jerusalem the city, not the Palestinian governorate;
San Antonio, Texas, not a Mexican San Antonio), as it did in places31's gate pools. Invented sentences."""

from __future__ import annotations

from newsledger.extract.places.context import contexts_by_name
from newsledger.extract.places.names import Mention
from newsledger.resolve import gazetteer
from tests.place_helpers import places_of, where_of


def test_a_peoples_plural_beside_a_city_leaves_the_city_its_own_country():
    text = ("Thousands of Muslims marched across Germany in support of Jerusalem's Al-Aqsa mosque. The rally read "
            "a list of Palestinians who were killed.")
    assert where_of(text, "Jerusalem")[:2] == ("city", "IL")
    assert where_of("Two Palestinians were killed near Jerusalem on Friday.", "Jerusalem")[:2] == ("city", "IL")


def test_mexicans_in_san_antonio_is_the_texan_town():
    text = "Many Mexicans live in San Antonio. Mexicans and Mexicans."
    assert where_of(text, "San Antonio") == ("city", "US", "Texas")
    # the state written after the comma decides, whatever people the story names
    text = "Mexicans in San Antonio, Texas, marched on Sunday. Thousands of Mexicans joined them."
    assert where_of(text, "San Antonio") == ("city", "US", "Texas")


def test_the_peoples_plural_still_stands_for_its_country():
    places = places_of("Two Palestinians were killed near Jerusalem on Friday.")
    assert [(p.text, p.country, p.role) for p in places if p.text == "Palestinians"] == [("Palestinians", "PS",
                                                                                          "adjective")]


def test_a_peoples_plural_gives_no_country_vote_an_adjective_does():
    gaz = gazetteer.get()
    town = Mention(0, 9, "Jerusalem", "Jerusalem", "GPE")
    town.choice = next(e for e in gaz.lookup("Jerusalem") if e.kind == "city")
    people = Mention(20, 32, "Palestinians", "Palestinians", "NORP", demonym="PS", people=True)
    adjective = Mention(40, 51, "Palestinian", "Palestinian", "NORP", demonym="PS")
    assert contexts_by_name([town, people])["jerusalem"].countries == {}
    assert contexts_by_name([town, adjective])["jerusalem"].countries == {"PS": 1.0}


def test_a_subdivisions_people_stands_for_the_subdivision():
    # subdivision_adjectives.tsv's adjective inflected as a plural noun, a whole NORP entity (LGL: "Ontarians")
    assert where_of("Many Ontarians say the premier has failed them.", "Ontarians") == ("admin1", "CA", "Ontario")
    assert where_of("Minnesotans who voted for him were angry.", "Minnesotans") == ("admin1", "US", "Minnesota")


def test_a_subdivisions_people_gives_no_vote_either():
    # "Texans" names Texas, but gives its country and state to no other mention: Paris stays in France
    text = "Thousands of Texans flew to Paris for the final. Texans and more Texans."
    assert where_of(text, "Paris")[:2] == ("city", "FR")
