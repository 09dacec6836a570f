"""Round 33 (issue 19): a demonym opening the part of an organisation's name after its "of" stands for its
country, as a demonym opening the whole name does (GeoWebNews annotates it as an embedded toponym). Invented
sentences."""
from __future__ import annotations

from tests.place_helpers import place_names


def test_a_demonym_after_of_in_a_body_name_is_its_country():
    text = "She works at the Culture Department of the Armenian Embassy in Rome."
    assert ("Armenian", "AM") in place_names(text)


def test_a_demonym_after_of_without_the():
    text = "The exhibit opened at the National Museum of Mexican Art on Monday."
    assert ("Mexican", "MX") in place_names(text)


def test_a_demonym_of_two_places_after_of_is_left_alone():
    # WordNet 3.0: "American" a.01 the United States, a.02 America, the continents
    text = "Delegates of the Organisation of American Nations met in Lima on Tuesday to discuss the vote."
    assert ("American", "US") not in place_names(text)
    assert not any(code == "US" for _, code in place_names(text))


def test_a_demonym_after_of_the_with_republic_is_its_country():
    text = "A spokesman for the Embassy of the Armenian Republic in Paris declined to comment."
    assert any(code == "AM" for _, code in place_names(text))


def test_the_list_of_demonyms_of_two_places_comes_from_wordnet():
    from newsledger.extract.places.organisations import _DEMONYMS_TWO_PLACES
    assert "american" in _DEMONYMS_TWO_PLACES
    assert "armenian" not in _DEMONYMS_TWO_PLACES


def test_a_demonym_glued_by_a_hyphen_is_left_alone():
    text = "The Council on American-Islamic Relations issued a statement on Monday."
    assert ("American", "US") not in place_names(text)


def test_a_town_after_of_is_still_the_town():
    text = "He studied at the University of Georgia before moving on."
    assert ("American", "US") not in place_names(text)
    assert any(name == "Georgia" for name, _ in place_names(text))
