"""Issue 16, round 46 (actdemonym46): a country's demonym before a noun it can only be the holder or agent of
(data/state_holder_heads.tsv, a narrow list: "fear", "concern", "apprehension", "intention", "position", "attempt",
"invasion", "onslaught", "counterpart") is the state: "Freedonian fears", "his Turkish counterpart". It is found by
`actor_at` as an untagged recurrence is, only where the article made the country's actor, and never counted among
the mentions (salience unchanged). Nouns whose premodifier can give origin or the nation's people ("under Chinese
supervision", "new Russian creations", "the British fight", "a British campaign") and nouns with a group sense ("the
Syrian opposition") are no rows. The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from newsledger.resolve.actors import state_holder_heads
from tests.actor_helpers import actor_at_word, index_with_entities


def _index(sentence: str, demonym: str, country: str = "Turkey"):
    text = f"{country} said little on Monday. {sentence}"
    return index_with_entities(text, [(country, "GPE"), (demonym, "NORP")])


@pytest.mark.parametrize("sentence", [
    "Diplomats acknowledged Turkish fears that the border would open.",
    "The minister spoke on the phone with his Turkish counterpart on Friday.",
    "Analysts were unsure about Turkish intentions in the valley.",
    "Villagers fled ahead of the Turkish invasion of the valley.",
    "Observers dismissed cynical Turkish attempts to delay the vote.",
    "The envoy said Turkish concerns would be heard.",
])
def test_a_demonym_before_a_noun_it_holds_is_the_state(sentence):
    index = _index(sentence, "Turkish")
    actor = actor_at_word(index, "Turkish")
    assert actor is not None and actor.kind == "country" and actor.country == "TR"


def test_the_new_mention_is_not_counted():
    index = _index("Diplomats acknowledged Turkish fears that the border would open.", "Turkish")
    turkey = actor_at_word(index, "Turkey")
    assert turkey.mentions == 1
    assert all(m.text != "Turkish" for m in index.mentions)


def test_no_actor_made_when_the_article_names_the_country_nowhere_else():
    index = index_with_entities("Diplomats acknowledged Turkish fears that the border would open.",
                                [("Turkish", "NORP")])
    assert actor_at_word(index, "Turkish") is None
    assert index.actors == []


@pytest.mark.parametrize("sentence, demonym, country", [
    ("The factory works under Chinese supervision now.", "Chinese", "China", ),
    ("Collectors praised the new Russian creations at the fair.", "Russian", "Russia"),
    ("Voters said it was not the British fight at all.", "British", "Britain"),
    ("Delegates of the Syrian opposition met in a hotel.", "Syrian", "Syria"),
])
def test_a_demonym_of_origin_people_or_a_body_is_no_actor(sentence, demonym, country):
    index = _index(sentence, demonym, country)
    assert actor_at_word(index, demonym) is None


def test_the_list_is_narrow():
    heads = state_holder_heads()
    assert {"fear", "concern", "intention", "position", "counterpart", "invasion", "attempt"} <= heads
    assert not {"supervision", "creation", "fight", "campaign", "people", "community", "opposition", "interest",
                "war", "conflict"} & heads
