"""Issue 16, round 47 (actfound47): a body's name the model typed a place, a people or a facility (GPE, NORP, FAC) is
an organization when the dictionaries give it a body: the curated lexicon's organizations, Phoenix's actor entries of
a CAMEO body type (IGO, NGO, IMG, MNC) or written as an acronym. Invented sentences; the model's entities are set by
hand so that the rule, not the model, is what is tested."""
from newsledger.resolve.actors import _names_a_body
from tests.actor_helpers import actor_at_word as _actor_at
from tests.actor_helpers import index_with_entities as _index


def test_an_acronym_agency_typed_a_people_is_the_body():
    text = "Officers from MI5 questioned the two men in Leeds on Tuesday, the police said."
    index = _index(text, [("MI5", "NORP"), ("Leeds", "GPE"), ("Tuesday", "DATE")])
    actor = _actor_at(index, "MI5")
    assert actor is not None and actor.kind == "organization" and actor.code == "GBRSPY"


def test_an_acronym_agency_typed_a_place_is_the_body():
    text = "The report was passed to MI6 and to ministers before the vote."
    index = _index(text, [("MI6", "GPE")])
    actor = _actor_at(index, "MI6")
    assert actor is not None and actor.kind == "organization"


def test_an_international_body_typed_a_place_is_the_body():
    text = "Unicef warned that thousands of children in the camps lacked clean water and shelter."
    index = _index(text, [("Unicef", "GPE")])
    actor = _actor_at(index, "Unicef")
    assert actor is not None and actor.kind == "organization" and actor.code == "IGOUNOKID"


def test_a_lexicon_body_typed_a_facility_is_the_body():
    text = "A resolution was blocked at the United Nations after a long debate among the members."
    index = _index(text, [("the United Nations", "FAC")])
    actor = _actor_at(index, "United Nations")
    assert actor is not None and actor.kind == "organization"


def test_countries_peoples_persons_towns_and_seats_are_left():
    assert not _names_a_body("Syria")  # a country
    assert not _names_a_body("Syrian")  # a demonym
    assert not _names_a_body("Moscow")  # a capital
    assert not _names_a_body("Assad")  # a person Phoenix codes SYRGOV: no body type, no acronym
    assert not _names_a_body("Kremlin")  # a seat of government: type_seats_as_states reads it
    assert not _names_a_body("Nokia")  # a firm's name that is also a town of some size
    assert not _names_a_body("Dravinport")  # no dictionary names it


def test_a_place_the_dictionaries_do_not_name_stays_a_place():
    text = "The convoy reached Dravinport before dawn and the aid was unloaded."
    index = _index(text, [("Dravinport", "GPE")])
    assert _actor_at(index, "Dravinport") is None
