"""A name the article uses as a place (the town(s) of X, the X airbase, typed a place inside "in" where the model
types it a place more often than not) is no person or organization anywhere in the article, though the model
typed it PERSON or ORG (round 41, acttown41)."""
from newsledger.resolve.place_use import names_used_as_places
from tests.actor_helpers import index_with_entities


def _actor_names(index):
    return {index.get(m.actor).name for m in index.mentions}


def test_towns_named_by_a_settlement_noun_are_places_throughout():
    text = ("Government troops shelled the villages of Tel Hamra and Kasrat on Monday. Tel Hamra and Kasrat had "
            "been cut off since spring, and aid for Kasrat residents never arrived.")
    index = index_with_entities(text, [("Tel Hamra", "PERSON"), ("Kasrat", "PERSON"), ("Tel Hamra", "PERSON"),
                                       ("Kasrat", "ORG"), ("Kasrat", "PERSON")])
    assert not {"Tel Hamra", "Kasrat"} & _actor_names(index)


def test_a_site_named_by_its_town_and_a_town_the_model_mostly_types_a_place():
    text = ("Missiles hit the Mabrouka airbase at night. Mabrouka was quiet by morning. Families who fled Darbasi "
            "said they had walked for days; the battle in Darbasi ended on Friday, and Darbasi village is empty.")
    index = index_with_entities(text, [("Mabrouka", "ORG"), ("Mabrouka", "ORG"), ("Darbasi", "PERSON"),
                                       ("Darbasi", "GPE"), ("Darbasi village", "GPE")])
    assert not {"Mabrouka", "Darbasi"} & _actor_names(index)
    assert {"mabrouka", "darbasi"} <= names_used_as_places(index.doc)


def test_a_faction_or_a_firm_the_model_once_typed_a_place_keeps_its_actor():
    text = ("Many voters are in the Brannock Whitfield camp. Brannock Whitfield thanked them. Kestrel Capital said "
            "on Monday its position in Norvale had grown. Norvale declined to comment, and Norvale shares fell.")
    index = index_with_entities(text, [("Brannock Whitfield", "PERSON"), ("Brannock Whitfield", "PERSON"),
                                       ("Kestrel Capital", "ORG"), ("Norvale", "GPE"), ("Norvale", "ORG"),
                                       ("Norvale", "ORG")])
    assert {"Brannock Whitfield", "Norvale"} <= _actor_names(index)


def test_a_person_keeps_the_name_of_a_town():
    text = ("Rebels held the town of Jordan for a week. Michael Jordan said the siege was over, and Jordan "
            "thanked the volunteers.")
    index = index_with_entities(text, [("Jordan", "GPE"), ("Michael Jordan", "PERSON"), ("Jordan", "PERSON")])
    assert "Michael Jordan" in _actor_names(index)
    assert [m for m in index.mentions if m.text == "Jordan"]  # the surname of a person named in full
