"""Round 31 (issue 19, places31): a demonym inflected as a plural noun names the country's people and stands for
their country, as LGL annotates it ("two Palestinians were killed" -> Palestine); not an uninflected word ("the
Congolese", "the French"), a people named by a word before it ("Atakapa Indians", "Anglo-Americans"), nor a plural
whose singular WordNet gives two peoples' senses ("Indians", "Georgians"). Invented sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsledger import resources
from tests.place_helpers import place_names

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))


@pytest.mark.skipif(not Path("/usr/share/wordnet/data.noun").exists(),
                    reason="WordNet 3.0 data not installed (scripts/setup-debian.sh, as root; CI runs it)")
def test_the_two_peoples_list_is_what_the_script_writes():
    from build_people_plurals import two_peoples
    from wordnet30 import WordNet

    assert sorted(resources.words("demonym_plurals_two_peoples.txt")) == two_peoples(WordNet())
    assert {"indians", "georgians"} <= resources.words("demonym_plurals_two_peoples.txt")
    assert "palestinians" not in resources.words("demonym_plurals_two_peoples.txt")


def test_a_plural_demonym_naming_people_stands_for_its_country():
    found = place_names("Two Palestinians were killed on Tuesday, and many Iraqis have left since the war.")
    assert ("Palestinians", "PS") in found
    assert ("Iraqis", "IQ") in found


def test_syrians_are_syria():
    assert ("Syrians", "SY") in place_names("Thousands of Syrians crossed the border last week.")


def test_an_uninflected_people_noun_stays_no_place():
    found = place_names("The Congolese have suffered for years, and the French voted on Sunday.")
    assert not any(t in {"Congolese", "French"} for t, _ in found)


def test_a_people_named_by_a_word_before_it_is_no_country():
    found = place_names("The Caddo and Atakapa Indians lived here before the Anglo-Americans came.")
    assert not any(t in {"Indians", "Americans", "Anglo-Americans"} for t, _ in found)


def test_a_plural_of_two_peoples_is_no_country():
    found = place_names("The Georgians marched to the square, and the Indians fished on the river.")
    assert not any(t in {"Georgians", "Indians"} for t, _ in found)


def test_an_adjective_still_stands_for_its_country():
    assert ("Palestinian", "PS") in place_names("Palestinian police arrested two men on Tuesday.")
