"""Issue 16, round 35 (evprec35): a talk with no political actor on either side is no consultation, whichever row of
"call", "speak", "talk" coded it. verb_senses.tsv's interlocutor row says when such a talk is a consultation (CAMEO
040/041, PLOVER CONSULT: meetings and discussions between political actors); the phone row and the dictionary's
default (CAMEO 040 for "talk") coded a talk that row had turned down: an author talking to a witness, a customer on
a cell phone (events.filters._unofficial_talk). One political side is enough there ("X and Y spoke by phone" names
the other in its subject); a noun ("the talks between ...") is left to its own rows. The sentences are invented
for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events


def _typed(text: str, published: str = "2018-03-01") -> list[tuple]:
    rec, events = extract_events(text, published=published)
    return [(e.type, actor_name(rec, e.source), actor_name(rec, e.target)) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The novelist Clara Moss talks to a farmer who lost his barn in the flood.",
        "A woman walked into the bakery speaking on a cell phone, a witness said.",
        "The reporter Tom Hale spoke by phone with a nurse who had treated the driver.",
    ],
)
def test_a_talk_with_no_political_actor_at_all_is_no_consultation(text):
    assert all(t != "CONSULT" for t, *_ in _typed(text))


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "President Donald Trump spoke to Turkish President Recep Tayyip Erdogan on the phone on Thursday.",
            "Donald Trump",
            "Recep Tayyip Erdogan",
        ),
        ("Theresa May talked with Emmanuel Macron about Syria on Tuesday.", "Theresa May", "Emmanuel Macron"),
    ],
)
def test_a_talk_between_political_actors_stays_a_consultation(text, source, target):
    assert ("CONSULT", source, target) in _typed(text)
