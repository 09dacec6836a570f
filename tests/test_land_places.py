"""A country's or capital's name named as the land is no actor (land_heads.tsv, round 48, actland48): the subject of
"be" or "become" whose complement is a place where others fight or launch from ("Moldova is now the battlefield"),
the object whose "as" complement is one ("sees Moldova as a buffer zone"), the possessor of the civil war, chaos or
misery it suffers or of its people ("Moldova's civil war", "Peru's Kurds") and the start of a range of places
("ranging from Norway to Zimbabwe"); the set's rules on the land (actors_guardian.md), Quirk et al. 1985 10.8,
16.44, 9.17. A state that acts, wages a proxy war, a war against others or a war its name does not put inside the
land ("Colombia's longest war"), or is moved into a battlefield stays the state. Sentences made up for the test."""
from newsledger.model import Article
from newsledger.pipeline import extract_record
from tests.actor_helpers import actor_at_word, index_with_entities, kinds_at_words


def test_a_country_said_to_be_an_arena_is_the_land():
    text = ("After years of fighting, Moldova is now the battlefield for a series of wars. Chile has become an "
            "international battleground. Some hoped Peru would be a launching pad for a new campaign. Ecuador sees "
            "Bolivia as an essential buffer zone.")
    names = [("Moldova", "GPE"), ("Chile", "GPE"), ("Peru", "GPE"), ("Ecuador", "GPE"), ("Bolivia", "GPE")]
    index = index_with_entities(text, names)
    assert kinds_at_words(index, [w for w, _ in names]) == {
        "Moldova": None, "Chile": None, "Peru": None, "Ecuador": "country", "Bolivia": None}


def test_the_war_chaos_and_people_of_a_country_are_the_lands():
    text = ("Thousands died in Moldova's civil war. In Chile's chaos, the families fled. The group has long feared "
            "that Peru's Kurds would seize the border.")
    index = index_with_entities(text, [("Moldova", "GPE"), ("Chile", "GPE"), ("Peru", "GPE")])
    assert [actor_at_word(index, w) for w in ("Moldova", "Chile", "Peru")] == [None, None, None]


def test_a_range_of_places_names_no_state():
    text = "Choirs from countries ranging from Norway to Zimbabwe sang. The groups have spread from Chile to Peru."
    index = index_with_entities(text, [("Norway", "GPE"), ("Zimbabwe", "GPE"), ("Chile", "GPE"), ("Peru", "GPE")])
    assert [actor_at_word(index, w) for w in ("Norway", "Chile")] == [None, None]


def test_a_state_that_wages_acts_or_is_moved_stays_the_state():
    text = ("Ecuador's proxy wars have cost it dearly. Chile's war against the rebels ended in May. Peru is a "
            "prominent backer of the opposition. The crisis may pull Bolivia deeper into the battlefield. "
            "Uruguay's offensive continued. A message from Paraguay to Brazil was read out. The mission in the "
            "mountains became Colombia's longest war.")
    names = [("Ecuador", "GPE"), ("Chile", "GPE"), ("Peru", "GPE"), ("Bolivia", "GPE"), ("Uruguay", "GPE"),
             ("Paraguay", "GPE"), ("Colombia", "GPE")]
    index = index_with_entities(text, names)
    words = [w for w, _ in names]
    assert kinds_at_words(index, words) == dict.fromkeys(words, "country")


def test_the_article_still_names_the_land():
    rec = extract_record(Article(text="Moldova has become an international battleground, officials said on Monday.",
                                 published="2019-03-01"))
    assert not [a for a in rec.actors if a.kind == "country"]
    assert rec.literal_places == {"MD": 1}
