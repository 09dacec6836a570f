"""A street named in a US address's form is a place, no actor (round 53, actplace53; resolve/street_names.py): a name
the model typed ORG or PERSON whose words before a road's word (road_heads.tsv, USPS Publication 28 appendix C1) open
with a directional (street_directionals.tsv, USPS Publication 28) or are one number or ordinal, in any position, and
such a name the model cut before its road's word. The set's rule: actors_news.md "Places of local news" (streets,
avenues and addresses are place names, `none`). A road's name without the address form, a firm's name holding one and
a person's name closed by a road's word stay as they were. Sentences made up for the test."""
from tests.actor_helpers import index_with_entities, kind_at_word


def test_a_numbered_street_led_by_a_directional_is_a_place_in_any_position():
    text = ("About forty neighbours rallied on Sunday near the corner of Southwest Ninth Avenue and Bellmore Road. "
            "Southwest Ninth Avenue was closed for an hour.")
    index = index_with_entities(text, [("Southwest Ninth Avenue", "ORG"), ("Southwest Ninth Avenue", "ORG")])
    avenue = "Southwest Ninth Avenue"
    assert [kind_at_word(index, avenue), kind_at_word(index, avenue, 1)] == [None, None]


def test_a_street_the_model_cut_before_its_road_word_is_a_place():
    text = "The marchers spent an hour at the Northeast 21st Street crossing before they left for the park."
    index = index_with_entities(text, [("Northeast 21st", "ORG")])
    assert kind_at_word(index, "Northeast 21st") is None


def test_an_abbreviated_directional_and_a_bare_numbered_street_are_places():
    text = ("Deputies found the car outside 418 E. Harlan St. early on Friday. The parade turns into Twelfth Avenue "
            "at noon.")
    index = index_with_entities(text, [("E. Harlan St.", "ORG"), ("Twelfth Avenue", "PERSON")])
    assert [kind_at_word(index, "E. Harlan St."), kind_at_word(index, "Twelfth Avenue")] == [None, None]


def test_names_without_the_address_form_stay_as_they_were():
    text = ("Carver Fifth Avenue said its sales rose. The actress Marla Lane thanked the crew, and S. Lane, her "
            "agent, spoke too. Downing Street said the talks had failed.")
    names = [("Carver Fifth Avenue", "ORG"), ("Marla Lane", "PERSON"), ("S. Lane", "PERSON"),
             ("Downing Street", "ORG")]
    index = index_with_entities(text, names)
    assert kind_at_word(index, "Carver Fifth Avenue") == "organization"
    assert kind_at_word(index, "Marla Lane") == "person"
    assert kind_at_word(index, "S. Lane") == "person"
    assert kind_at_word(index, "Downing Street") is not None


def test_the_address_form_needs_a_road_word_and_an_org_or_person_name():
    from newsledger import nlp
    from newsledger.resolve import street_names

    text = "North Carolina State and the Fifth Avenue Theatre both lie west of Main Street."
    doc = nlp.load()(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label=label) for n, label in
                [("North Carolina State", "ORG"), ("Fifth Avenue Theatre", "ORG"), ("Main Street", "FAC")]]
    assert [street_names.address_road(e) for e in doc.ents] == [False, False, False]
