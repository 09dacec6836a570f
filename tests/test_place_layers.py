"""Issue 16, round 41 (actplace41): one decision of "is this name a place" for both layers. A country or capital
name `ActorIndex._acting` leaves a place ("travelled to Syria", Quirk et al. 1985 9.15-9.25) gets no actor mention
from the phrase layer either (`resolve_span`, which events, quotes and the brief call): neither the country again by
its name, nor a new nominal actor; an act aimed at the place may still take the state it names. Made-up sentences."""
from tests.actor_helpers import index_with_entities, span_at_words


def test_a_place_stays_a_place_when_the_phrase_layer_asks():
    text = "Syria denied the report on Monday. Her cousin travelled to Syria in 2014 and was never seen again."
    index = index_with_entities(text, [("Syria", "GPE"), ("Syria", "GPE")])
    place = span_at_words(index, "Syria", 1)
    assert index.actor_at(span_at_words(index, "Syria").start_char, span_at_words(index, "Syria").end_char) is not None
    index.resolve_span(place, create=True)
    assert index.actor_at(place.start_char, place.end_char) is None


def test_a_place_is_never_made_a_nominal_actor():
    text = "The family moved to Lebanon after the war and opened a bakery."
    index = index_with_entities(text, [("Lebanon", "GPE")])
    place = span_at_words(index, "Lebanon")
    assert index.resolve_span(place, create=True) is None
    assert index.actor_at(place.start_char, place.end_char) is None


def test_an_acting_country_is_still_found_by_the_phrase_layer():
    text = "Turkey warned the militia on Tuesday. The talks with Turkey ended without a deal."
    index = index_with_entities(text, [("Turkey", "GPE"), ("Turkey", "GPE")])
    second = span_at_words(index, "Turkey", 1)
    found = index.resolve_span(second, create=True)
    assert found is not None and found.kind == "country"


# Round 41, actplace41b (revision): only the motion path's decision is shared. A name `_acting` leaves a place for
# another reason ("the town of X", "according to X", a visit's host that is no state) keeps the phrase layer's
# answer, and a "to" after a verb with an object may be the recipient.

def test_a_country_sent_into_is_a_place_the_state_still_found():
    text = "Syria protested on Monday. Russia sent troops into Syria on Tuesday."
    index = index_with_entities(text, [("Syria", "GPE"), ("Russia", "GPE"), ("Syria", "GPE")])
    place = span_at_words(index, "Syria", 1)
    found = index.resolve_span(place, create=True)
    assert found is not None and found.kind == "country"
    assert index.actor_at(place.start_char, place.end_char) is None


def test_a_place_off_a_motion_path_keeps_the_phrase_layer_answer():
    text = "Norway objected to the plan. Aid workers reached the streets of Norway within hours."
    index = index_with_entities(text, [("Norway", "GPE"), ("Norway", "GPE")])
    place = span_at_words(index, "Norway", 1)
    assert index.resolve_span(place, create=True) is not None
    assert index.actor_at(place.start_char, place.end_char) is not None


def test_a_visited_host_that_is_no_state_is_not_recorded():
    text = "The senator is expected to visit Capitol Hill next week."
    index = index_with_entities(text, [("Capitol Hill", "GPE")])
    assert index.resolve_span(span_at_words(index, "Capitol Hill"), create=True) is not None


def test_to_after_an_object_is_no_motion_path():
    text = "Egypt welcomed the deal. Israel returned the land to Egypt in 1982."
    index = index_with_entities(text, [("Egypt", "GPE"), ("Israel", "GPE"), ("Egypt", "GPE")])
    assert not index._places
