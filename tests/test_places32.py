"""Round 32 (issue 19, places32): a name written before a lower-case "border" names a country's or a first-level
subdivision's boundary, not a town's ("near the New York border" is the state, not New York City; WordNet 3.0
border n.1). Invented sentences."""

from __future__ import annotations

from tests.place_helpers import where_of


def test_a_state_before_border_is_the_state_not_its_big_city():
    text = ("Tolls will rise between Exit 1 near the New York border and Exit 6 in Springfield, officials in Boston "
            "said.")
    assert where_of(text, "New York")[:2] == ("admin1", "US")  # main: New York City


def test_a_state_named_by_its_border_draws_no_town_into_it():
    # main: "New York" the city, and with it Boston, New York (pop. 8,000); the border is the edge of the story's
    # ground, so the state it names gives the other names no province
    text = "Police in Boston said the suspect fled toward the New York border."
    assert where_of(text, "New York")[:2] == ("admin1", "US")
    assert where_of(text, "Boston") == ("city", "US", "Massachusetts")
    text = "The co-op serves customers from the Kentucky border to the Georgia state line."
    assert where_of(text, "Georgia state")[:2] == ("admin1", "US")


def test_a_country_before_border_stays_the_country():
    assert where_of("Migrants crossed the Mexico border on Tuesday.", "Mexico")[:2] == ("country", "MX")
    assert where_of("Troops were sent to the Lebanon border.", "Lebanon")[:2] == ("country", "LB")


def test_a_capitalised_border_opens_another_name():
    # "Border" capitalised opens a body's name ("New York Border Patrol"): no boundary word, the rule stays out
    from newsledger import nlp
    from newsledger.extract.places.after import _before_a_border
    doc = nlp.parse("He met New York Border officials and the agents at the New York border.")
    ents = [e for e in doc.ents if e.text == "New York"]
    assert [_before_a_border(e) for e in ents][-1] is True
    assert not any(_before_a_border(e) for e in ents[:-1])
