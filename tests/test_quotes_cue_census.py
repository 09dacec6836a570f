"""The cue census (scripts/quotes_cue_census.py, round 39): the cue class a missed gold attribution is counted
under (sentences made up for the test)."""
from __future__ import annotations

import sys
from pathlib import Path

from newsledger import nlp
from newsledger.eval.suites.quotes_polnear import GoldAttr

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import quotes_cue_census as census  # noqa: E402

VERBNET = {"despise": {"admire-31.2"}, "sign": {"sign-37.7"}}


def _class(text: str, cue: str, content: str) -> str:
    c, s = text.index(cue), text.index(content)
    gold = GoldAttr(content=content, spans=[(s, s + len(content))], sources=[], source_text=None,
                    cue_text=cue, cues=[(c, c + len(cue))])
    return census.gold_cue_class(nlp.parse(text), text, gold, VERBNET)[0]


def test_according_to_comes_first():
    text = "According to the harbour master, the ferry will not sail before noon."
    assert _class(text, "According to", "the ferry will not sail before noon") == "according to"


def test_an_unlisted_verb_of_attitude_is_counted_by_its_verbnet_class():
    text = "The farmers despise the new grazing rules."
    assert _class(text, "despise", "the new grazing rules") == "verb not listed: VerbNet cognition/attitude"


def test_a_listed_verb_in_the_passive():
    text = "It was reported that the ferry had sunk near the harbour."
    assert _class(text, "reported", "that the ferry had sunk near the harbour") == "verb listed (speech) passive"


def test_a_listed_statement_noun():
    text = "The mayor repeated her claim that the budget was balanced."
    assert _class(text, "claim", "that the budget was balanced") == "noun cue listed"
