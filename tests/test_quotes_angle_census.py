"""The angle census (scripts/quotes_angle_census.py, round 41): the class a strictly unmatched gold gets and the
edge conventions it normalises (sentences made up for the test)."""
from __future__ import annotations

from newsledger import nlp
from newsledger.eval.suites.quotes_polnear import GoldAttr
from tests.script_helpers import SCRIPTS, load_script

census = load_script(SCRIPTS / "quotes_angle_census.py")


def _gold(text: str, *pieces: str) -> GoldAttr:
    spans = [(text.index(p), text.index(p) + len(p)) for p in pieces]
    return GoldAttr(content=" ".join(pieces), spans=spans, sources=[], source_text=None)


def test_a_leading_complementiser_and_a_closing_tag_are_trimmed():
    text = "The mayor said that the bridge will reopen in May, she said."
    start, end = census.edge_trim(text, text.index("that"), len(text), 2)
    assert text[start:end] == "the bridge will reopen in May"


def test_punctuation_alone_is_the_first_level():
    text = 'He called it "a disgrace," and left.'
    start, end = census.edge_trim(text, text.index('"'), text.index(" and"), 0)
    assert text[start:end] == "a disgrace"


def test_a_partial_overlap_that_only_a_complementiser_keeps_under_the_threshold():
    text = "Officials said that it rained."
    gold = (text.index("that"), text.index("."))
    pred = (text.index("it"), text.index("."))
    assert census.edge_crossing(text, gold, pred) == "+ complementiser"


def test_a_headline_miss_is_its_own_class():
    text = "Mayor Slams Bridge Plan\nThe mayor spoke on Monday about the harbour."
    gold = _gold(text, "Bridge Plan")
    assert census.angle(text, nlp.parse(text), gold, None, gold.spans) == "no overlap: headline"


def test_a_gold_over_two_sentences_with_a_partial_prediction():
    text = "Headline\nThe plan is dead. It cannot pass, the senator said."
    gold = _gold(text, "The plan is dead. It cannot pass")
    start = text.index("It")
    best = (0.5, (start, start + len("It cannot pass")), None)
    outers = [gold.spans[0]]
    assert census.angle(text, nlp.parse(text), gold, best, outers) == "partial: gold in pieces or over sentences"


def test_a_span_annotated_twice_comes_first():
    text = "Headline\nBoth leaders said the talks had failed."
    gold = _gold(text, "the talks had failed")
    assert census.angle(text, nlp.parse(text), gold, None, [gold.spans[0]] * 2) == "gold span annotated twice"
