"""A country's or capital's name as where a person comes from is no actor: the "from" phrase of a person noun
("migrants from Ecuador", "students from Peru, Chile and Bolivia"), of a person's name ("Ana Ruiz, 29, from Lima"),
of a count of people ("at least 8 from Peru") or of "be" with a person subject ("all of whom are from Chile");
Quirk et al. 1985 9.18, FrameNet Origin, WordNet 3.0 noun.person (round 44, actfrom44; origin_of_people.tsv). A
state's own agents ("diplomats from Chile"), a giver ("pressure from Peru") and the state's acts stay the state.
Sentences made up for the test."""
from newsledger.model import Article
from newsledger.pipeline import extract_record
from tests.actor_helpers import actor_at_word, index_with_entities, kinds_at_words


def test_where_people_come_from_is_no_actor():
    text = ("The shelter houses hundreds of migrants from Ecuador. The orchestra hired students from Peru, Chile and "
            "Bolivia last year.")
    index = index_with_entities(text, [("Ecuador", "GPE"), ("Peru", "GPE"), ("Chile", "GPE"), ("Bolivia", "GPE")])
    assert all(actor_at_word(index, w) is None for w in ("Ecuador", "Peru", "Chile", "Bolivia"))


def test_a_named_person_a_count_and_a_copula_from_a_country_are_places():
    text = ("Ana Ruiz, 29, from Lima, spoke to reporters. At least 8 from Colombia were detained. The band has six "
            "members, all of whom are from Venezuela.")
    index = index_with_entities(text, [("Ana Ruiz", "PERSON"), ("Lima", "GPE"), ("Colombia", "GPE"),
                                       ("Venezuela", "GPE")])
    assert all(actor_at_word(index, w) is None for w in ("Lima", "Colombia", "Venezuela"))


def test_a_states_agents_a_giver_and_a_state_that_acts_stay_the_state():
    text = ("Diplomats from Chile met on Monday. Pressure from Peru grew, and Bolivia said it would respond. "
            "Colombia urged Ecuador to act.")
    names = [("Chile", "GPE"), ("Peru", "GPE"), ("Bolivia", "GPE"), ("Colombia", "GPE"), ("Ecuador", "GPE")]
    index = index_with_entities(text, names)
    words = [w for w, _ in names]
    assert kinds_at_words(index, words) == dict.fromkeys(words, "country")


def test_the_article_still_names_the_country_people_come_from():
    rec = extract_record(Article(text="Police said two refugees from Ecuador were arrested on Monday.",
                                 published="2019-03-01"))
    assert not [a for a in rec.actors if a.kind == "country"]
    assert rec.literal_places == {"EC": 1}
