"""Round 15 (issue 19, places15): a person's given name the NER took for a place."""
from __future__ import annotations

from newsledger import nlp
from newsledger.extract.places.given_names import _a_given_name, _first_names, given_names
from newsledger.resolve import gazetteer


def _span(text: str, word: str, nth: int = 0, label: str = "GPE"):
    doc = nlp.parse(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return doc.char_span(start, start + len(word), label=label)


def test_the_census_list_holds_frequent_given_names_only():
    names = given_names()
    assert {"Patrick", "Danielle", "Paul", "Mary"} <= names
    assert "Springfield" not in names and "Hunterdon" not in names


def test_a_bare_given_name_read_nowhere_as_a_place_is_a_person():
    text = "Patrick is a senior at the high school. Patrick worked with the committee on the trail."
    gaz = gazetteer.Gazetteer()
    assert _a_given_name(_span(text, "Patrick"), gaz, given_names())
    assert _a_given_name(_span(text, "Patrick", nth=1), gaz, given_names())


def test_a_given_name_the_article_reads_as_a_place_stays_a_place():
    gaz = gazetteer.Gazetteer()
    text = "The fire crews worked in Patrick on Monday. Patrick is a rural county of the state."
    assert not _a_given_name(_span(text, "Patrick", nth=1), gaz, given_names())
    text = "PATRICK -- Officials met on Monday. Patrick is a rural county of the state."
    assert not _a_given_name(_span(text, "Patrick"), gaz, given_names())
    text = "Marion police said the road was closed. Marion is a quiet town."
    assert not _a_given_name(_span(text, "Marion", nth=1), gaz, given_names())


def test_a_given_name_of_a_large_place_or_a_country_is_left_alone():
    gaz = gazetteer.Gazetteer()
    assert not _a_given_name(_span("Charlotte is growing fast.", "Charlotte"), gaz, given_names())
    assert not _a_given_name(_span("Georgia is growing fast.", "Georgia"), gaz, given_names())


def test_the_first_word_of_a_full_person_name_is_a_given_name():
    text = "Mary Travers of the folk group was born in Kentucky, and Cher sang."
    doc = nlp.parse(text)
    full = doc.char_span(0, len("Mary Travers"), label="PERSON")
    one = doc.char_span(text.index("Cher"), text.index("Cher") + 4, label="PERSON")
    state = doc.char_span(text.index("Kentucky"), text.index("Kentucky") + 8, label="GPE")
    assert _first_names([full, one, state]) == {"Mary"}


def test_a_word_no_entry_bears_read_nowhere_as_a_place_is_no_place():
    from newsledger.extract.places.unknown_words import _an_unknown_word

    gaz = gazetteer.Gazetteer()
    text = "The truck collided with a 2005 Honda Odyssey on the highway."
    assert not gaz.lookup("Odyssey")
    assert _an_unknown_word(_span(text, "Odyssey"), gaz, "Odyssey")


def test_a_word_no_entry_bears_stays_a_place_where_the_article_reads_it_as_one():
    from newsledger.extract.places.unknown_words import _an_unknown_word

    gaz = gazetteer.Gazetteer()
    for text in ("The families lived in Odyssey last year. Odyssey is crowded.",
                 "She lived in Gladstone Road, Odyssey, Oxford, for years.",
                 "The caravan crossed Morocco, Tunisia and Odyssey.",
                 "ODYSSEY -- Officials met on Monday. Odyssey is crowded.",
                 "Troops crossed the Odyssey at dawn.",
                 "Fighters moved to towns of Syria's Odyssey region.",
                 "Sieges fell on towns such as Ghouta and Odyssey near Damascus."):
        span = _span(text, "Odyssey", nth=1 if text.count("Odyssey") > 1 else 0)
        assert not _an_unknown_word(span, gaz, "Odyssey"), text
    # a name the gazetteer knows is left to the other rules
    assert not _an_unknown_word(_span("Tunisia is crowded.", "Tunisia"), gaz, "Tunisia")
