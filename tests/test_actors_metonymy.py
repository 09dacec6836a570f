"""A country's or capital's name acts (the state, its government: "Ankara said", "the Tehran-backed militias")
except in its literal reading: a part of the land named by a compass or part word ("northeast Syria") or a
capital premodifying a noun other than a state noun ("the Lisbon bombings", "the Cairo suburbs"): round 42,
actmetonymy42."""
from tests.actor_helpers import actor_at_word, index_with_entities


def test_a_region_of_a_country_is_no_actor():
    text = ("The militia controlling northeast Syria freed 40 prisoners. Jets patrol western Iraq's skies, and "
            "aid reached southern Lebanon on Monday.")
    index = index_with_entities(text, [("Syria", "GPE"), ("Iraq", "GPE"), ("Lebanon", "GPE")])
    assert all(actor_at_word(index, w) is None for w in ("Syria", "Iraq", "Lebanon"))


def test_a_capital_before_a_noun_of_the_city_is_no_actor():
    text = "Police sealed off the Cairo suburbs after the Lisbon bombings, and the Oslo summit was put off."
    index = index_with_entities(text, [("Cairo", "GPE"), ("Lisbon", "GPE"), ("Oslo", "GPE")])
    assert all(actor_at_word(index, w) is None for w in ("Cairo", "Lisbon", "Oslo"))


def test_a_capital_that_stands_for_its_government_acts():
    text = ("Ankara said on Monday that the Tehran-backed militias had crossed the line, and the Moscow "
            "government denied it. South Sudan rejected the claim.")
    index = index_with_entities(text, [("Ankara", "GPE"), ("Tehran", "GPE"), ("Moscow", "GPE"),
                                       ("South Sudan", "GPE")])
    names = {w: actor_at_word(index, w) for w in ("Ankara", "Tehran", "Moscow", "South Sudan")}
    assert {w: a.name if a else None for w, a in names.items()} == {
        "Ankara": "Turkey", "Tehran": "Iran", "Moscow": "Russia", "South Sudan": "South Sudan"}
    assert all(a.kind == "country" for a in names.values())


def test_two_capitals_joined_by_a_dash_are_the_parties():
    text = "Diplomats familiar with the Rabat\u2013Madrid talks said the Lima-Quito relations were also discussed."
    index = index_with_entities(text, [("Rabat", "GPE"), ("Madrid", "GPE"), ("Lima", "GPE")])
    assert {w: getattr(actor_at_word(index, w), "name", None) for w in ("Rabat", "Madrid", "Lima")} == {
        "Rabat": "Morocco", "Madrid": "Spain", "Lima": "Peru"}
