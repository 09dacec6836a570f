"""Issue 16, round 47 (actanti47): a name joined by a hyphen to a prefix of stance (data/stance_prefixes.tsv: anti-,
pro-, counter-) names whom they oppose or support, as the actor set's written rules have it ("anti-Assad fighters",
"pro-Assad militiamen", "anti-Kurdish"). Where the article names that actor elsewhere (a person by the surname its
bearer holds, an organization by a name or acronym it recurs by, a stateless people by its demonym, a country by its
name or demonym) the name is found by `actor_at` as an untagged recurrence is, never counted among the mentions
(salience unchanged); a name the article names nowhere else makes no actor; non- is no row. The sentences and names
are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from newsledger.resolve.actors import stance_prefixes
from tests.actor_helpers import actor_at_word, index_with_entities

FIRST = "Marek Valdrian spoke in the capital on Monday. "


@pytest.mark.parametrize("sentence, tagged", [
    ("Hundreds of anti-Valdrian fighters crossed the river.", "anti-Valdrian"),
    ("The anti-Valdrian opposition met again in a hotel.", "anti-Valdrian"),
    ("Armed pro-Valdrian militiamen blocked the road.", "pro-Valdrian"),
    ("They fought a counter-Valdrian campaign for a year.", None),
])
def test_a_person_named_after_a_stance_prefix_is_that_person(sentence, tagged):
    ents = [("Marek Valdrian", "PERSON")] + ([(tagged, "NORP")] if tagged else [])
    index = index_with_entities(FIRST + sentence, ents)
    actor = actor_at_word(index, "Valdrian", nth=1)
    assert actor is not None and actor.kind == "person" and actor.name == "Marek Valdrian"


def test_the_stance_name_is_not_counted():
    index = index_with_entities(FIRST + "Hundreds of anti-Valdrian fighters crossed the river.",
                                [("Marek Valdrian", "PERSON"), ("anti-Valdrian", "NORP")])
    person = actor_at_word(index, "Marek Valdrian")
    assert person.mentions == 1
    assert all("Valdrian" not in m.text for m in index.mentions if m.start > len(FIRST))


def test_a_bare_surname_the_article_tagged_is_enough():
    text = "Valdrian spoke in the capital on Monday. Hundreds of anti-Valdrian fighters crossed the river."
    index = index_with_entities(text, [("Valdrian", "PERSON"), ("anti-Valdrian", "NORP")])
    actor = actor_at_word(index, "Valdrian", nth=1)
    assert actor is not None and actor.kind == "person"


def test_an_organization_by_its_declared_acronym():
    text = "The Tarsk Liberation Army (TLA) held the town. Villagers joined anti-TLA militias last year."
    index = index_with_entities(text, [("Tarsk Liberation Army", "ORG"), ("TLA", "ORG")])
    actor = actor_at_word(index, "TLA", nth=1)
    assert actor is not None and actor.kind == "organization" and actor.name == "Tarsk Liberation Army"


def test_a_stateless_people_by_its_demonym():
    text = "The Kurds held the hills for a decade. The new party grew louder and anti-Kurdish in its speeches."
    index = index_with_entities(text, [("Kurds", "NORP"), ("anti-Kurdish", "NORP")])
    actor = actor_at_word(index, "Kurdish")
    assert actor is not None and actor.kind == "group" and actor.name == "Kurds"


def test_a_country_by_its_demonym():
    text = "Iran said little on Monday. The summit adopted a strongly anti-Iranian line."
    index = index_with_entities(text, [("Iran", "GPE")])
    actor = actor_at_word(index, "Iranian")
    assert actor is not None and actor.kind == "country" and actor.country == "IR"


def test_no_actor_made_when_the_article_names_the_bearer_nowhere_else():
    index = index_with_entities("Hundreds of anti-Valdrian fighters crossed the river.", [("anti-Valdrian", "NORP")])
    assert actor_at_word(index, "Valdrian") is None
    assert index.actors == []


def test_non_is_no_stance_prefix():
    index = index_with_entities(FIRST + "The camp holds non-Valdrian families too.", [("Marek Valdrian", "PERSON")])
    assert actor_at_word(index, "Valdrian", nth=1) is None
    assert {"anti", "pro", "counter"} <= stance_prefixes() and "non" not in stance_prefixes()


def test_the_phrase_keeps_its_own_actor():
    text = FIRST + "The pro-Valdrian coalition, backed by two states, took the town."
    index = index_with_entities(text, [("Marek Valdrian", "PERSON"), ("pro-Valdrian coalition", "ORG")])
    start = text.index("pro-Valdrian coalition")
    phrase = index.actor_at(start, start + len("pro-Valdrian coalition"))
    assert phrase is not None and phrase.kind == "organization"
    assert actor_at_word(index, "Valdrian", nth=1).kind == "person"


def test_a_name_in_capitals_is_no_surname():
    text = "Delegates of NARVO met on Monday. The assembly passed anti-NARVO laws in the spring."
    index = index_with_entities(text, [("NARVO", "PERSON")])
    assert actor_at_word(index, "NARVO", nth=1) is None


def test_a_one_word_body_is_not_taken():
    text = "Valdor said little on Monday. The assembly passed anti-Valdor laws in the spring."
    index = index_with_entities(text, [("Valdor", "ORG")])
    assert actor_at_word(index, "Valdor", nth=1) is None
