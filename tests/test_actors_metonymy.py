"""A country's or capital's name acts (the state, its government: "Ankara said", "the Tehran-backed militias")
except in its literal reading: a part of the land named by a compass or part word ("northeast Syria") or a
capital premodifying a noun other than a state noun ("the Lisbon bombings", "the Cairo suburbs"): round 42,
actmetonymy42."""
from newsledger.model import Article
from newsledger.pipeline import extract_record
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


# Round 42, actmetonymy42b: what the literal reading must not take away (invented sentences).
def _record(text: str):
    return extract_record(Article(text=text, published="2019-03-01"))


def test_a_body_takes_the_country_of_a_capital_read_literally():
    rec = _record("Workers at the Belgrade chemical plant will end their strike, the workers' union said on Friday.")
    assert not [a for a in rec.actors if a.kind == "country"]  # Belgrade is the plant's city
    assert rec.literal_places == {"RS": 1}
    assert {a.name: a.code for a in rec.actors}["the workers' union"] == "SRBLAB"


def test_a_capital_in_a_title_before_a_name_acts():
    index = index_with_entities("Lisbon police spokesman Joao Silva said two men were arrested on Monday.",
                                [("Lisbon", "GPE"), ("Joao Silva", "PERSON")])
    assert getattr(actor_at_word(index, "Lisbon"), "name", None) == "Portugal"


def test_a_described_person_takes_no_name_or_code_from_the_city():
    rec = _record("A Lima student was kidnapped on Monday, witnesses said.")
    student = next(a for a in rec.actors if "student" in a.name)
    assert "Lima" not in student.name and student.code is None
    assert not [a for a in rec.actors if a.kind == "country"]


def test_an_act_whose_only_source_was_a_literal_place_is_kept():
    rec = _record("Thousands of protesters in southern India protest over the killing of a priest.")
    assert [(e.type, e.source) for e in rec.events] == [("PROTEST", None)]
