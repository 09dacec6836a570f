"""Round 27 (issue 19, places27): the Arabic article opening a name ("Al-Shabaab", "Al Qaeda", "al-Qaboun") is no
place (main read it as Ål, Norway), and an all-capital abbreviation of three letters or fewer written with dots
("U.N.", "E.U.") is not the town spelled alike (Un, India; Eu, France), as the undotted one already was not.
Towns whose own name is two letters ("Bo", "Wa") and the abbreviations of countries and states ("U.S.", "N.Y.")
are unchanged. Invented sentences."""

from __future__ import annotations

from tests.place_helpers import place_names


def test_the_arabic_article_opening_a_body_is_no_place():
    found = place_names("Fighters loyal to Al-Shabaab ambushed a convoy outside Kismayo, Somalia, on Sunday.")
    assert all(country != "NO" for _, country in found)
    found = place_names("A cell of Al Qaeda was blamed for the blast in Mosul, Iraq.")
    assert all(country != "NO" for _, country in found)


def test_the_arabic_article_of_a_town_is_no_place():
    found = place_names("Residents fled Al-Hamra after shelling near the town of Idlib in Syria.")
    assert all(country != "NO" for _, country in found)
    assert ("Idlib", "SY") in found


def test_the_name_after_a_glued_article_is_the_place_where_near():
    found = place_names("Clashes broke out in the city of Al-Raqqa and near Deir ez-Zor in Syria.")
    assert ("Al-Raqqa", "SY") in found
    found = place_names("Gunmen attacked a checkpoint in al-Jawad district in Baghdad, Iraq.")
    assert all(country not in {"NO", "IN"} for _, country in found)


def test_a_dotted_abbreviation_is_not_the_town_spelled_alike():
    found = place_names("The U.N. Security Council and the E.U. discussed the floods in Malawi on Friday.")
    assert all(country not in {"IN", "FR"} for _, country in found)
    assert ("Malawi", "MW") in found


def test_two_letter_towns_and_state_abbreviations_are_kept():
    found = place_names("Traders drove from Bo to Kenema, Sierra Leone, and a reporter filed from Albany, N.Y.")
    assert ("Bo", "SL") in found
    assert ("N.Y.", "US") in found
