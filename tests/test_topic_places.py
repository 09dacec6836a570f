"""A country's or capital's name as what a post, a text, a plan or a talk is about is no actor: the object of "for",
"on", "over" or "about" after a noun of topic_complement_nouns.tsv ("the special envoy for Moldova", "a new
constitution for Moldova", "the ministry's policy on Chile", "talks on Peru"); Quirk et al. 1985 9.54, FrameNet's
Topic and Domain elements (round 45, actplace45). A party after "for"/"on" ("sanctions on Chile", "support for
Peru"), the subject of a "for" infinitive ("a plan for Bolivia to withdraw") and a state that acts stay the state.
Sentences made up for the test."""
from newsledger.model import Article
from newsledger.pipeline import extract_record
from tests.actor_helpers import actor_at_word, index_with_entities, kinds_at_words


def test_a_posts_or_a_texts_subject_matter_is_no_actor():
    text = ("The special envoy for Moldova arrived on Monday. Delegates drafted a new constitution for Moldova in "
            "Geneva. The ministry's policy on Chile has changed twice. Talks on Peru resumed in Lima.")
    index = index_with_entities(text, [("Moldova", "GPE"), ("Chile", "GPE"), ("Peru", "GPE"), ("Lima", "GPE")])
    assert [actor_at_word(index, w) for w in ("Moldova", "Chile", "Peru")] == [None, None, None]


def test_a_party_after_for_or_on_and_an_infinitives_subject_stay_the_state():
    text = ("Canada imposed sanctions on Chile. The bloc voted support for Peru. The deal sets out a plan for "
            "Bolivia to withdraw its troops. Ecuador said it would respond.")
    names = [("Canada", "GPE"), ("Chile", "GPE"), ("Peru", "GPE"), ("Bolivia", "GPE"), ("Ecuador", "GPE")]
    index = index_with_entities(text, names)
    words = [w for w, _ in names]
    assert kinds_at_words(index, words) == dict.fromkeys(words, "country")


def test_the_article_still_names_the_country_a_post_is_for():
    rec = extract_record(Article(text="The special envoy for Moldova said on Monday that the talks would resume.",
                                 published="2019-03-01"))
    assert not [a for a in rec.actors if a.kind == "country"]
    assert rec.literal_places == {"MD": 1}
