"""Issue 16, round 31 (evmonth31): wrong event types. A month's name as a date is no word of a CAMEO dictionary
pattern ("in March" is no protest march, 141); a custody verb keeps only its coercion and assault patterns, never
the gathering senses of the dictionary's hold/take blocks. The detaining authority stays the source and the
detained person the target. The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import matching
from tests.event_helpers import extract_events, parse

PUBLISHED = "2021-05-12"


def _events(text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    rec, events = extract_events(text, published=PUBLISHED)

    def name(actor_id):
        return rec.actor(actor_id).name if actor_id else None

    return [(e.type, name(e.source), name(e.target)) for e in events if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Kenyan police detained the lawyer in Nairobi in March.", "March"),
        ("He was detained in March 2010.", "March"),
        ("The talks ended on 4 May.", "May"),
        ("Security forces have held 70 people since March.", "March"),
        ("The ministry said it would act by June.", "June"),
    ],
)
def test_a_month_as_a_date_is_no_pattern_word(text, month):
    doc = parse(text)
    tok = next(t for t in doc if t.text == month)
    assert matching._month(tok)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thousands joined the march to parliament.", "march"),  # the noun, lower case
        ("Theresa May met the president.", "May"),  # a name, no date
        ("Prices may rise.", "may"),
    ],
)
def test_a_march_or_a_name_stays_a_word(text, word):
    doc = parse(text)
    tok = next(t for t in doc if t.text == word)
    assert not matching._month(tok)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Kenyan police detained the lawyer in Nairobi in March.", "detained", "Kenya", "lawyer"),
        ("Police jailed the activist in March.", "jailed", "Police", "activist"),
        ("The journalist was detained in March 2010 by Yemeni authorities.", "detained", "Yemen", "journalist"),
        ("Yemeni authorities detained the journalist in March 2010.", "detained", "Yemen", "journalist"),
        ("Security forces detained 70 people since March.", "detained", "Security forces", "people"),
    ],
)
def test_a_detention_in_a_month_is_an_arrest_of_the_detained(text, trigger, source, target):
    assert _events(text, trigger) == [("COERCE", source, target)]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Police detained the activist during a rally.", "detained", "Police", "activist"),  # no "hold a rally"
        ("Police jailed the activist at the vigil.", "jailed", "Police", "activist"),  # no "hold a vigil"
        ("Egyptian police arrested dozens of protesters who joined the vigil.", "arrested", "Egypt", "protesters"),
    ],
)
def test_a_custody_verb_has_no_gathering_sense(text, trigger, source, target):
    assert _events(text, trigger) == [("COERCE", source, target)]


def test_a_custody_verb_keeps_its_hostage_pattern():
    assert [t for t, _, _ in _events("The rebels detained two aid workers as hostages.", "detained")] == ["ASSAULT"]


def test_hold_and_take_keep_their_own_senses():
    assert all(p[2] is None or p[2][:2] in {"17", "18"} for p in matching._CUSTODY_PATTERNS.get("detain", []))
    assert "hold" not in matching.CUSTODY_VERBS and "take" not in matching.CUSTODY_VERBS
