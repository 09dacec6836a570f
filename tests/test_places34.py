"""Round 34 (issue 19): names coordinated before a shared lower-case plural head ("Rivers and Stokes avenues",
"Glacier Ridge, Deer Run and Thomas elementary schools") are the first parts of streets' or institutions' names,
not the places they may be named after (Quirk et al. 1985, ch. 13; data/shared_site_heads.tsv). Invented
sentences."""
from __future__ import annotations

from tests.place_helpers import places_of


def _by_text(text: str) -> dict[str, object]:
    return {p.text: p for p in places_of(text)}


def test_a_name_in_a_list_of_avenues_is_a_street_not_a_state():
    text = ("NORTH CHARLESTON, S.C. -- A cyclist was struck by a van near Rivers and Stokes avenues in North "
            "Charleston early Friday, police said.")
    found = _by_text(text)
    assert "Rivers" not in found  # "Rivers Avenue": no Rivers State, and a street makes no row (round 36)
    assert found["North Charleston"].admin1 == "South Carolina"


def test_names_listed_before_elementary_schools_are_no_distant_towns():
    text = ("HILLIARD, Ohio -- Pupils at Glacier Ridge, Deer Run and Thomas elementary schools raised $3,000 for "
            "the food bank. Glacier Ridge will hold a second drive in May.")
    found = _by_text(text)
    assert "Deer Run" not in found  # no hamlet of Alberta
    assert "Glacier Ridge" not in found  # a school's name, no place row without a point
    assert "HILLIARD" in found


def test_a_town_listed_before_schools_in_its_own_state_stays_the_town():
    text = "Teachers in the Dallas and Houston public schools in Texas walked out on Tuesday."
    found = _by_text(text)
    assert (found["Dallas"].name, found["Dallas"].admin1) == ("Dallas", "Texas")
    assert (found["Houston"].name, found["Houston"].admin1) == ("Houston", "Texas")


def test_other_ends_no_list():
    text = "Students from Springfield and other schools in Ohio visited the capitol."
    assert _by_text(text)["Springfield"].name == "Springfield"


def test_a_list_of_counties_is_left_to_its_own_rule():
    text = "Flooding closed roads in Dakota, Otoe and Washington counties in Nebraska on Sunday."
    found = _by_text(text)
    assert found["Washington"].kind == "admin2"


def test_the_heads_come_from_the_data_file():
    from newsledger.extract.places.after import _SHARED_SITE_HEADS
    assert _SHARED_SITE_HEADS["avenues"] == "street"
    assert _SHARED_SITE_HEADS["schools"] == "institution"
    assert "counties" not in _SHARED_SITE_HEADS
