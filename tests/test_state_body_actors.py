"""A state's body named without its country ("the Army", "the Ministry of Education") and given no code by any
dictionary or table is the body of the one state the article brings in, in the sector its name's agent noun gives
(actor_codes.state_body_code), but only where some mention of it acts or is a party (actors._party_position): a
body the text names only as a place ("outside the Ministry") or as a premodifier of a common noun ("a Navy petty
officer") is no actor and stays uncoded (round 53, actnatl53). Made-up sentences."""
import pytest

from newsledger import nlp
from newsledger.resolve import actor_codes
from newsledger.resolve.actors import _party_position
from tests.actor_helpers import code_if_named


@pytest.mark.parametrize("name, land, code", [
    ("Army", "USA", "USAMIL"),
    ("Ministry of Education", "KEN", "KENGOVEDU"),
    ("Senate Judiciary Committee", "USA", "USALEG"),  # a chamber's committee is the legislature's
    ("Army", None, None),  # no one state
    ("Police", "USA", None),  # a town's police as often as the state's
    ("Congress party", "IND", None),
    ("Kenyan Army", "TZA", None),  # another state's, coded by its own words before
    ("International Criminal Court", "USA", None),
    ("United Nations Security Council", "USA", None),
    ("General Assembly", "USA", None),  # opens with a title
    ("Title V Civil Service Commission", "USA", None),  # a law's name
    ("National Council on Rural Schools", "USA", None),  # named for its topic: a lobby as often
    ("Senate Committee on Rural Crime", "USA", "USALEG"),  # the chamber's
    ("Chamber of Commerce", "USA", None),  # a chamber's word, no state sector
    ("Nairobi District Court", "KEN", "KENJUD"),  # a place of the land itself
    ("Nairobi District Court", "TZA", None),  # another state's place
    ("Zambian Army", "KEN", None),  # a demonym by its -an suffix
    ("Kurdish Army", "IRQ", None),  # a people without a state
    ("Ruritania's Army", "KEN", None),  # its owner's
    ("Judiciary Committee", "USA", "USALEG"),  # a standing committee named by its sector
    ("Firefighters", "USA", None),  # people, by a plural person noun
    ("Safe Courts Act", "USA", None),  # a law's name
])
def test_state_body_code(name, land, code):
    assert actor_codes.state_body_code(name, land) == code


@pytest.mark.parametrize("text, word, acts", [
    ("The Ministry said on Monday that the schools would reopen.", "Ministry", True),
    ("The plan was approved by the Senate on Friday.", "Senate", True),
    ("A spokesman for the Ministry declined to comment.", "Ministry", True),
    ("The Army's soldiers cleared the road.", "Army", True),
    ("Protesters gathered outside the Ministry on Friday.", "Ministry", False),
    ("The ceremony was held at the Memorial on Sunday.", "Memorial", False),
    ("A Navy petty officer was honoured on Sunday.", "Navy", False),
])
def test_party_position(text, word, acts):
    doc = nlp.load()(text)
    tok = next(t for t in doc if t.text == word)
    assert _party_position(tok) is acts


def test_an_acting_body_takes_the_one_state():
    text = ("The Ministry of Education said on Tuesday that every school in Kenya would reopen next week. "
            "Teachers in Nakuru welcomed the news.")
    assert code_if_named(text, "Ministry of Education") == "KENGOVEDU"


def test_a_federated_state_brings_in_its_federation():
    text = ("The Army said on Monday that the depot near Lexington, Kentucky, would close next year. "
            "About 400 workers would lose their jobs.")
    assert code_if_named(text, "Army") == "USAMIL"


def test_a_body_named_only_as_a_place_stays_uncoded():
    text = ("Hundreds of teachers marched outside the Ministry of Education in Kenya on Friday. "
            "They asked for higher pay.")
    assert code_if_named(text, "Ministry of Education") in {None, ""}


def test_two_states_give_no_code():
    text = ("The Ministry of Education said on Tuesday that schools in Kenya and Uganda would share a curriculum. "
            "Teachers welcomed the news.")
    assert code_if_named(text, "Ministry of Education") is None


def test_a_name_also_written_as_a_party_stays_uncoded():
    text = ("The Congress party lost the vote in Rajasthan, India, on Sunday. Congress said it would appeal. "
            "Voters in Jaipur were unmoved.")
    assert code_if_named(text, "Congress") in {None, ""}
