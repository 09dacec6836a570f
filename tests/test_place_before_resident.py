"""Issue 16, round 52 (actnone52): a place name at the edge of a described person or group ("a 40-year-old <town>,
<state> man", "<town> residents", "officials in <town>") is where the people live or are, no part of them: the
nominal's mention does not cover it, so the place's own words find no actor (resident_nouns.tsv; the news set's
rule "the town before 'residents' ... a place"). A town before a noun of an agent of a body ("<town> officials")
may be its government and stays under the nominal. Made-up sentences."""
from tests.actor_helpers import index_with_entities, span_at_words


def _at(index, name: str):
    span = span_at_words(index, name)
    return index.actor_at(span.start_char, span.end_char)


def test_a_town_and_state_before_man_are_places():
    text = "The police charged a 40-year-old Dover, Del. man with theft."
    index = index_with_entities(text, [("Dover", "GPE"), ("Del.", "GPE")])
    person = index.resolve_span(span_at_words(index, "a 40-year-old Dover, Del. man"), create=True)
    assert person is not None and person.kind == "person"
    assert _at(index, "Dover") is None
    assert _at(index, "Del.") is None
    assert _at(index, "man") is person
    assert "man" not in person.aliases  # the alias is still read from the whole phrase


def test_a_town_before_residents_is_a_place():
    text = "About 40 Riverton residents marched on Friday against the plan."
    index = index_with_entities(text, [("Riverton", "GPE")])
    group = index.resolve_span(span_at_words(index, "About 40 Riverton residents"), create=True)
    assert group is not None and group.kind == "group"
    assert _at(index, "Riverton") is None
    assert _at(index, "residents") is group


def test_a_town_after_in_is_a_place():
    text = "Some officials in Hebron welcomed the decision on Sunday."
    index = index_with_entities(text, [("Hebron", "GPE")])
    group = index.resolve_span(span_at_words(index, "Some officials in Hebron"), create=True)
    assert group is not None
    assert _at(index, "Hebron") is None
    assert _at(index, "officials") is group


def test_a_town_before_its_officials_stays_with_them():
    text = "Three Riverton officials approved the budget on Monday."
    index = index_with_entities(text, [("Riverton", "GPE")])
    group = index.resolve_span(span_at_words(index, "Three Riverton officials"), create=True)
    assert group is not None
    assert _at(index, "Riverton") is group


def test_a_body_typed_as_a_place_stays_under_the_description():
    text = "Yesterday a judge in Marlow County Circuit Court ordered a new hearing."
    index = index_with_entities(text, [("Marlow County Circuit Court", "GPE")])
    person = index.resolve_span(span_at_words(index, "a judge in Marlow County Circuit Court"), create=True)
    assert person is not None
    assert _at(index, "Marlow County Circuit Court") is person
