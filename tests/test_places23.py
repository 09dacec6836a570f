"""Round 22 (issue 19, places23): a person's surname opening an organisation's name ("the Clinton Foundation",
"the Obama Administration") is the person's, not a town of that name; a full name in the possessive ("Marco
Rubio's") gives its surname like any full name. Invented sentences."""

from __future__ import annotations

from newsledger import nlp
from newsledger.extract.places.mistyped import _person_name_words
from tests.place_helpers import places_of


def test_a_full_name_in_the_possessive_gives_its_surname():
    doc = nlp.parse("Ted Cruz's allies met in Houston on Tuesday. The Cruz campaign raised money in Texas.")
    assert "Cruz" in _person_name_words(doc)


def test_a_persons_foundation_is_not_a_town_named_like_the_person():
    ps = places_of(
        "Former secretary of state Hillary Clinton spoke in Denver on Monday. Donors to the Clinton Foundation "
        "include several foreign governments, critics in Ohio said."
    )
    assert [p.text for p in ps] == ["Denver", "Ohio"]
    ps = places_of("Hillary Clinton's aides flew to Miami. The Clinton Foundation received gifts from Saudi Arabia.")
    assert "Clinton" not in [p.text for p in ps]


def test_a_presidency_is_not_a_town_named_like_the_president():
    ps = places_of("Barack Obama met governors in Chicago. The Obama Administration later issued new rules in "
                   "Kentucky.")
    assert [p.country for p in ps] == ["US", "US"]


def test_a_towns_own_service_keeps_the_town_whoever_shares_its_name():
    ps = places_of("Hillary Clinton held a rally in Iowa. The Clinton Police Department said traffic was heavy there.")
    assert [(p.text, p.admin1) for p in ps if p.text == "Clinton"] == [("Clinton", "Iowa")]


def test_a_states_name_opening_a_body_is_kept_beside_a_person_so_named():
    ps = places_of("George Washington slept here, the guide said. The Washington Post reported the story from "
                   "Richmond.")
    assert "Washington" in [p.text for p in ps]


def test_a_surnames_plural_is_the_family():
    from newsledger.extract.places.mistyped import _a_surname

    assert _a_surname("Murdochs", {"Murdoch"})
    assert _a_surname("Joneses", {"Jones"})
    assert _a_surname("Murdoch", {"Murdoch"})
    assert not _a_surname("Paris", {"Murdoch"})
