"""Quantities: the reference article's gold figures, written numbers and ACLED's vague numbers."""
from __future__ import annotations

import pytest

from newsledger.eval.suites.quantities_reference import match
from newsledger.extract.quantities import parse_number_words, vague_table


def test_reference_gold_quantities(reference_record, gold):
    rows = match(reference_record.quantities, gold["quantities"], reference_record.article.text)
    right = [g["text"] for g, q in rows if q is not None and q.value == g["value"] and q.kind == g["kind"]]
    # 7 of 8 since issue 14: the gold's "several hundred people" = 200, kind "evacuees_waiting", follows no
    # codebook; ACLED's reading is 100 and the kind is "evacuated_planned"
    assert len(right) >= 7, rows


def test_intended_action_is_planned(reference_record):
    planned = [q for q in reference_record.quantities if q.text.startswith("several hundred")]
    assert planned and planned[0].value == 100 and planned[0].kind == "evacuated_planned"


def test_reference_two_killed_figures_and_whom(reference_record):
    killed = {q.value: q for q in reference_record.quantities if q.kind == "killed"}
    assert set(killed) == {169, 13}
    assert reference_record.actor(killed[13].of).name == "United States"


def test_reference_approximate(reference_record):
    by_text = {q.text: q for q in reference_record.quantities}
    assert by_text["Thousands of Taliban fighters"].approximate and by_text["Thousands of Taliban fighters"].value == 1000
    assert by_text["at least four planes"].approximate and by_text["at least four planes"].value == 4
    assert not by_text["55,000 people"].approximate
    # the 20-year war, dates and "one" as a pronoun are not counts
    assert not any(q.value == 20 for q in reference_record.quantities)


def test_number_words():
    assert parse_number_words(["twenty-five"]) == 25
    assert parse_number_words(["two", "hundred", "and", "fifty"]) == 250
    assert parse_number_words(["three", "thousand"]) == 3000
    assert parse_number_words(["hundred"]) is None


def test_vague_table_follows_acled():
    plain, mult = vague_table()
    assert (plain["tens"], plain["dozens"], plain["hundreds"], plain["thousands"]) == (10, 12, 100, 1000)
    # a quantifier before a scale word reads as the scale word's vague plural ("hundreds" = 100)
    assert plain["several"] == 3 and mult["several"] * 100 == 100 and mult["a couple of"] == 2


def _quantities(text):
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    return extract_record(Article(text=text, published="2021-09-06")).quantities


@pytest.mark.parametrize("text,expected", [
    ("Twenty-five soldiers died and dozens of others were wounded.", [(25, "killed", False), (12, "injured", True)]),
    ("Police arrested two hundred and fifty protesters in the capital in 2019.", [(250, "arrested", False)]),
    ("Tens of thousands of people have fled their homes.", [(10000, "displaced", True)]),
    ("At least 10 civilians were killed and 45 injured in the attack.", [(10, "killed", True), (45, "injured", False)]),
    ("The death toll rose to 15 on Friday.", [(15, "killed", False)]),
])
def test_written_and_vague(text, expected):
    got = [(q.value, q.kind, q.approximate) for q in _quantities(text)]
    assert got == expected


def test_count_of_a_kind_noun_takes_its_kind():
    qs = _quantities("The coalition said the total number of civilian deaths stood at 151, after 230 airstrikes.")
    by = {q.value: q.kind for q in qs}
    assert by.get(151) == "killed" and by.get(230) != "killed"
