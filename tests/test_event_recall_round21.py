"""Issue 16, round 21 (evrecall21): a talk told as "X spoke to/with Y" or "X called Y" (verb_senses.tsv, the
interlocutor frame) is a consultation only between political actors, a state or an actor coded government,
international organisation, elite or legislature (events.filters._unofficial_talk); a person's name alone is none.
Sentences written for the test, not taken from any article."""

from __future__ import annotations

import pytest

from newsledger.extract.events.filters import _political
from newsledger.model import Actor
from tests.event_helpers import actor_name, extract_events


def _typed(text: str, published: str = "2018-12-21") -> list[tuple[str, str | None, str | None, str]]:
    rec, events = extract_events(text, published=published)
    return [(e.type, actor_name(rec, e.source), actor_name(rec, e.target), e.cameo) for e in events]


@pytest.mark.parametrize(
    "text, published, source, target, cameo",
    [
        (
            "Foreign Secretary Jeremy Hunt spoke to Mike Pompeo on Thursday.",
            "2018-12-20",
            "Jeremy Hunt",
            "Mike Pompeo",
            "040",
        ),
        ("Joe Biden spoke with Barack Obama on Friday.", "2019-03-01", "Joe Biden", "Barack Obama", "040"),
        (
            "Joe Biden spoke with Peruvian Ambassador Luis Ortega on Monday.",
            "2019-03-01",
            "Joe Biden",
            "Luis Ortega",
            "040",
        ),
        (
            "Donald Trump arrived in Paris on Monday. He spoke with Emmanuel Macron on Tuesday.",
            "2018-12-21",
            "Donald Trump",
            "Emmanuel Macron",
            "040",
        ),
        (
            "President Recep Tayyip Erdoğan was angry on Monday. Donald Trump called Erdoğan on Wednesday.",
            "2018-12-20",
            "Donald Trump",
            "Recep Tayyip Erdoğan",
            "041",
        ),
    ],
)
def test_a_talk_between_political_actors_is_a_consultation(text, published, source, target, cameo):
    assert ("CONSULT", source, target, cameo) in _typed(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "Gallery curator Anna Berg, left, talks with Paul Otto, chair of the city arts council.",
        "Coach Dan Miller spoke with the club's owner, Jack Reed, after the match on Saturday.",
        "The company's president spoke with the mayor on Monday.",
        "Vladimir Putin spoke to the novelist Sam Hartley on Friday.",
        "Lena Marsh called Owen Pryce on Wednesday to ask about the concert.",
        "Mary Cole arrived in Paris on Monday. She spoke with Emmanuel Macron on Tuesday.",
        "The coach was angry. He spoke with the referee after the match.",
        "Club president Ray Dunn spoke with Mayor Ella Stone on Monday.",
    ],
)
def test_a_talk_with_no_political_actor_on_a_side_is_no_consultation(text):
    assert all(t != "CONSULT" for t, *_ in _typed(text))


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("The foreign secretary, Jeremy Hunt spoke to Mike Pompeo on Wednesday evening.", "Jeremy Hunt", "Mike Pompeo"),
        (
            "The German chancellor, Angela Merkel spoke with Vladimir Putin on Monday.",
            "Angela Merkel",
            "Vladimir Putin",
        ),
    ],
)
def test_a_title_and_its_name_are_one_party(text, source, target):
    """The parser reads "The foreign secretary, X spoke" (no closing comma) as two subjects: one party, the name."""
    assert ("CONSULT", source, target, "040") in _typed(text)


SECTORS = ("GOV", "IGO", "ELI", "LEG")


@pytest.mark.parametrize(
    "actor, named, political",
    [
        (Actor("a1", "Hillary Clinton", "person", code="USA", code_source="dictionary"), True, True),
        (Actor("a1", "Hillary Clinton", "person", code="USA", code_source="dictionary"), False, False),
        (Actor("a2", "Donald Trump", "person", code="USAGOV", code_source="dictionary"), False, True),
        (Actor("a3", "Turkey", "country", code="TUR", code_source="country"), False, True),
        (Actor("a4", "Mary Brook", "person", role="festival director", code_source="none"), True, False),
    ],
)
def test_a_former_office_holder_is_political_only_when_named(actor, named, political):
    """A title ("the president has spoken with X") the resolver took for a person who held a post only at another
    date is no political party: the title names a post held now."""
    assert _political(actor, SECTORS, named) is political
