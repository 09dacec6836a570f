"""Round 28 (issue 19, places28): a common English word opening an organisation's name ("Free Syrian Army",
"the Liberal government", "Spring Cleanup", "Police Headquarters") is the word, not the town or province spelled
alike (main read the Free State, Liberal, Kansas, Spring, Texas, Police, Poland); the word stays a place as a
country, a province or a city of 100,000, as the opening of a place's own name ("Mayo County Council", "Laurel
Lake"), or where the article names the town elsewhere. Invented sentences."""

from __future__ import annotations

from tests.place_helpers import place_names


def test_a_common_word_opening_a_body_is_no_town():
    found = place_names("Commanders of the Free Syrian Army met envoys near Aleppo, Syria, on Tuesday.")
    assert all(country != "ZA" for _, country in found)
    assert ("Aleppo", "SY") in found
    found = place_names("Volunteers signed up for the Spring Cleanup Week organised by the council in Louisville, "
                   "Kentucky.")
    assert all(text != "Spring" for text, _ in found)


def test_a_common_word_opening_a_party_or_a_building_is_no_town():
    found = place_names("Ottawa critics said the Liberal government had failed farmers in Manitoba.")
    assert all(text != "Liberal" for text, _ in found)
    found = place_names("The suspect was questioned at Police Headquarters in Camden, New Jersey, on Friday.")
    assert all(text != "Police" for text, _ in found)


def test_countries_cities_and_own_place_names_are_kept():
    found = place_names("Turkey's Foreign Ministry summoned the envoy, and the Mobile Police Department in Alabama "
                   "closed a road.")
    assert ("Turkey", "TR") in found
    assert ("Mobile", "US") in found
    found = place_names("Mayo County Council approved the plan for Castlebar, Ireland.")
    assert any(text.startswith("Mayo") and country == "IE" for text, country in found)


def test_a_town_s_own_service_and_a_named_town_keep_their_town():
    found = place_names("Spring, Texas, flooded on Monday. The Spring Fire Department rescued twelve people.")
    assert ("Spring", "US") in found
    found = place_names("Floods reached Spring, Texas, on Monday. The Spring Volunteer Brigade rescued twelve people.")
    assert sum(text == "Spring" for text, _ in found) == 2


def test_a_water_s_short_word_opening_a_body_is_left_to_the_waters_rule():
    found = place_names("Ministers of the Gulf Cooperation Council met in Riyadh, Saudi Arabia, and Doha, Qatar.")
    assert all(country != "PG" for _, country in found)
    assert any(text == "Gulf" for text, _ in found)
