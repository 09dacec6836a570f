"""Round 35 (issue 19): capitalised words closed by a generational suffix ("Jr.", "III") are a person's full name,
whatever label the NER gives them, never a place (data/name_suffixes.txt). Invented sentences."""
from __future__ import annotations

from spacy.tokens import Span

from newsledger import nlp
from newsledger.extract.places.given_names import _a_suffixed_full_name
from tests.place_helpers import places_of


def _span(text: str, words: str, label: str = "LOC") -> Span:
    doc = nlp.load()(text)
    start = text.index(words)
    return doc.char_span(start, start + len(words), label=label)


def test_a_name_closed_by_a_numeral_suffix_is_a_person():
    text = "She leaves a sister, Ruth Ames, and a grandson, Marcus Deloach III, both of Tulsa."
    assert _a_suffixed_full_name(_span(text, "Marcus Deloach III"))


def test_a_name_closed_by_junior_after_a_comma_is_a_person():
    text = "The award went to Harold Pettibone, Jr. of Macon last spring."
    assert _a_suffixed_full_name(_span(text, "Harold Pettibone, Jr."))


def test_a_numbered_district_and_a_plain_place_are_no_persons():
    text = "Voters in District IV and in Henry County will choose a new commissioner."
    assert not _a_suffixed_full_name(_span(text, "District IV"))
    assert not _a_suffixed_full_name(_span(text, "Henry County", "GPE"))


def test_the_places_beside_the_person_are_kept():
    found = {p.text for p in places_of("Her son, Marcus Deloach III, lives in Tulsa, Oklahoma.")}
    assert "Tulsa" in found
    assert not any("Deloach" in t for t in found)
