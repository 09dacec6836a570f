"""A country's name as land a border runs along or a thing extends across is no actor: the object of a verb of
contiguous location ("the valley bordering Chile", "a network straddling Peru and Bolivia"), the "with" complement
of a border noun ("the border with Ecuador", "a stretch of the frontier with Chile") and a border noun's possessor
("Bolivia's frontiers"): VerbNet 3.4 contiguous_location-47.8, Markert and Nissim 2007's literal reading (round 43,
actplace43; contiguous_location.tsv). Sentences made up for the test."""
from newsledger.model import Article
from newsledger.pipeline import extract_record
from tests.actor_helpers import actor_at_word, index_with_entities, kinds_at_words


def test_the_object_of_a_verb_of_contiguous_location_is_no_actor():
    text = ("Farmers were moved to the valley bordering Chile. The cartel runs a network straddling Peru and "
            "Bolivia, police said.")
    index = index_with_entities(text, [("Chile", "GPE"), ("Peru", "GPE"), ("Bolivia", "GPE")])
    assert all(actor_at_word(index, w) is None for w in ("Chile", "Peru", "Bolivia"))


def test_a_country_across_a_border_is_no_actor():
    text = ("Smugglers were caught near the border with Ecuador on Monday. A long stretch of the frontier with "
            "Chile is mined, and patrols guard Bolivia's frontiers.")
    index = index_with_entities(text, [("Ecuador", "GPE"), ("Chile", "GPE"), ("Bolivia", "GPE")])
    assert all(actor_at_word(index, w) is None for w in ("Ecuador", "Chile", "Bolivia"))


def test_a_state_dealt_with_or_pressed_still_acts():
    text = ("Peru signed a border deal with Ecuador, and Lima pressed Chile to reopen talks with Bolivia. "
            "Colombia supported Venezuela.")
    names = [("Peru", "GPE"), ("Ecuador", "GPE"), ("Lima", "GPE"), ("Chile", "GPE"), ("Bolivia", "GPE"),
             ("Colombia", "GPE"), ("Venezuela", "GPE")]
    index = index_with_entities(text, names)
    words = [w for w, _ in names]
    assert kinds_at_words(index, words) == dict.fromkeys(words, "country")


def test_the_article_still_names_the_country_across_the_border():
    rec = extract_record(Article(text="Police said two men were arrested near the border with Ecuador on Monday.",
                                 published="2019-03-01"))
    assert not [a for a in rec.actors if a.kind == "country"]
    assert rec.literal_places == {"EC": 1}
