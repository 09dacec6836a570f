"""Round 26 (issue 19, places26): two places joined by a hyphen ("a Logan-Rogersville school", "the University of
Wisconsin-Milwaukee", "the Armenia-Italy friendship group") are both places, as both gold sets annotate them;
one place's hyphenated name, a region's ("Asia-Pacific") and a double-barrelled surname are not split.
Invented sentences."""

from __future__ import annotations

from tests.place_helpers import places_of


def _texts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.country, p.admin1) for p in places_of(text)]


def test_a_pair_of_towns_is_two_places():
    found = _texts("The board of Logan-Rogersville schools met on Tuesday near Springfield, Mo.")
    assert ("Rogersville", "US", "Missouri") in found
    assert "Logan-Rogersville" not in [t for t, _, _ in found]


def test_the_place_after_a_campus_hyphen_is_a_place():
    found = _texts("She studied nursing at the University of Wisconsin-Milwaukee before moving to Chicago.")
    assert ("Milwaukee", "US", "Wisconsin") in found


def test_a_pair_of_countries_in_a_bodys_name_is_two_countries():
    found = _texts("Members of the Armenia-Italy Parliamentary Friendship Group met the ambassador in Rome.")
    assert ("Italy", "IT", None) in found


def test_one_name_a_region_and_a_surname_are_not_split():
    assert [t for t, _, _ in _texts("Aid workers flew into Guinea-Bissau on Monday.")] == ["Guinea-Bissau"]
    assert "Pacific" not in [t for t, _, _ in _texts("Trade across the Asia-Pacific region slowed in March.")]
    assert "Lincoln" not in [t for t, _, _ in _texts("Mary Boston-Lincoln, a nurse from Dallas, said she was tired.")]


def test_a_pair_opening_a_bodys_name_and_compass_words_are_not_split():
    assert "Kent" not in [t for t, _, _ in _texts("He teaches at the Chicago-Kent College of Law in Illinois.")]
    assert "Central" not in [
        t for t, _, _ in _texts("Rains hit West African, South-Central and Southern African states.")
    ]


def test_the_town_after_a_provinces_hyphen_lies_in_that_province():
    found = _texts(
        "Farmers in Paris, Texas, and Tyler, Texas, heard a talk by a professor at the University of Nevada-Reno "
        "on Monday."
    )
    assert ("Reno", "US", "Nevada") in found
