"""A person whose nationality the grammar of their own phrase states by a demonym takes the country's code
(nationality.py, issue 16). Made-up sentences, one per shape, and the look-alikes that state no nationality."""
import pytest

from tests.actor_helpers import actor_code as _code


@pytest.mark.parametrize("text, name, code", [
    # an appositive after the name, the title the name is apposed to, a premodifying noun
    ("Pieter de Vries, 31, a Dutch engineer, was freed on Monday after two years in captivity.", "Pieter de Vries",
     "NLD"),
    ("The court heard from a French teacher, Claire Dubois, about the night of the fire.", "Claire Dubois", "FRA"),
    ("British citizen Tom Hale was detained at the border crossing on Sunday.", "Tom Hale", "GBR"),
    # a plural noun apposed to a coordination of names holds for each name
    ("Two Canadian women – Emma Roy and Julie Caron – were released by the kidnappers.", "Julie Caron", "CAN"),
    ("Two Canadian women – Emma Roy and Julie Caron – were released by the kidnappers.", "Emma Roy", "CAN"),
    # an identifying verb's object, a copula's complement
    ("Police named the dead Polish man as Jan Kowalski, who had lived in the town for a decade.", "Jan Kowalski",
     "POL"),
    ("A Polish worker who died in the fall has been named as Jan Kowalski.", "Jan Kowalski", "POL"),
    ("Maria Lopez, who is a Spanish citizen, was questioned for six hours.", "Maria Lopez", "ESP"),
    # a title noun also gives its sector
    ("An Irish soldier serving with the peacekeepers has been named as Sean Byrne.", "Sean Byrne", "IRLMIL"),
])
def test_a_stated_nationality_codes_the_person_with_the_country(text, name, code):
    assert _code(text, name) == code


@pytest.mark.parametrize("text, name", [
    ("Maria Lopez, a critic of the Syrian regime, spoke at the conference in Madrid.", "Maria Lopez"),
    ("Ivan Petrov, a pro-Russian blogger, was fined for his posts last year.", "Ivan Petrov"),
    ("Yusuf Ali, a Syrian-born surgeon, opened a clinic in Leeds last year.", "Yusuf Ali"),
    ("Anna Berg, a Syria researcher, wrote the report for the institute.", "Anna Berg"),
    ("Tom Hale, who is not a British citizen, was refused a passport.", "Tom Hale"),
    # an appositive after another name renames that name; a plural noun before a name with no punctuation is no
    # apposition (a relative clause: "the refugees [that] X wants")
    ("The deal went to Ivan Sokol, a broker for Rosneft, the Russian oil company, and who later fled.", "Ivan Sokol"),
    ("The Afghan interpreters Senator Jane Hill wants to admit have waited for years.", "Jane Hill"),
])
def test_no_nationality_from_a_demonym_that_describes_something_else(text, name):
    assert _code(text, name) is None
