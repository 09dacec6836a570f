"""A name the model typed PERSON that a compass word opens ("Eastern Dravina" capitalised at a sentence's start) is a
region, never a person named in full: it lends no surname, so the region's bare name elsewhere ("eastern Dravina",
"civilians in Dravina", "Dravina will become") stays the place the region rule of `_actor_label` reads. The set's
convention (actors_guardian.md: a compass word capitalised only because it opens a sentence is no part of the name);
round 44, actregion44. Sentences made up for the test."""
from tests.actor_helpers import actor_at_word, index_with_entities

TEXT = ("Eastern Dravina is running out of food. Aid workers said eastern Dravina had no power. Thousands of "
        "civilians in Dravina are trapped, and Dravina will become a catastrophe, Laila Haddad said. Haddad left.")
NAMES = [("Eastern Dravina", "PERSON"), ("Dravina", "PERSON"), ("Dravina", "PERSON"), ("Dravina", "PERSON"),
         ("Laila Haddad", "PERSON"), ("Haddad", "PERSON")]


def test_a_compass_led_region_lends_no_surname():
    index = index_with_entities(TEXT, NAMES)
    assert [actor_at_word(index, "Dravina", n) for n in range(4)] == [None] * 4


def test_a_person_named_in_full_keeps_her_surname():
    index = index_with_entities(TEXT, NAMES)
    haddad = actor_at_word(index, "Haddad", 1)
    assert haddad is not None and haddad.kind == "person" and haddad is actor_at_word(index, "Laila Haddad")

