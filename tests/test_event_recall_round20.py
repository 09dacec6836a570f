"""Issue 16, round 20 (evrecall20): talks between leaders told as "X spoke to Y" or "X called Y" (verb_senses.tsv,
the interlocutor frame: PLOVER CONSULT, CAMEO 040 / 041). Sentences written for the test, not taken from any
article."""

from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events


def _typed(text: str) -> list[tuple[str, str | None, str | None, str]]:
    rec, events = extract_events(text, published="2019-01-10")
    return [(e.type, actor_name(rec, e.source), actor_name(rec, e.target), e.cameo) for e in events]


@pytest.mark.parametrize(
    "text, source, target, cameo",
    [
        ("The Italian foreign minister spoke to the Egyptian president on Monday.", "Italy", "Egypt", "040"),
        (
            "Angela Merkel spoke to Vladimir Putin on Friday night, officials said.",
            "Angela Merkel",
            "Vladimir Putin",
            "040",
        ),
        ("Joe Biden called Benjamin Netanyahu on Sunday.", "Joe Biden", "Benjamin Netanyahu", "041"),
        (
            "Recep Tayyip Erdoğan spoke with Vladimir Putin about the border.",
            "Recep Tayyip Erdoğan",
            "Vladimir Putin",
            "040",
        ),
    ],
)
def test_a_talk_between_leaders_is_a_consultation(text, source, target, cameo):
    assert ("CONSULT", source, target, cameo) in _typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke to reporters in Ankara on Monday.",
        "The prime minister spoke to the BBC on Sunday.",
        "Trump spoke to troops at the airbase on Wednesday.",
        "The president called Putin a liar on Monday.",
        "The senator called the decision a disgrace.",
        "The senator called Macron arrogant on Monday.",
        "The senator called the president's silence \u201cshameful to the nation.\u201d",
        "On Monday, Mr. Smith called the bank's chief executive, John Brown, "
        "\u201cincredibly driven\u201d on television.",
        "At the time, the lobbyist called Mr. Kovac, a former mining engineer, an outstanding leader.",
        "The candidate spoke to the Alabama-based Harold Brennan Ministries in June.",
        "The governor called out the senator for backing down from the debate.",
    ],
)
def test_speech_to_no_party_or_naming_is_no_consultation(text):
    assert all(t != "CONSULT" for t, *_ in _typed(text))
