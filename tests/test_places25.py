"""Round 25 (issue 19, places25): the adjective of a first-level subdivision before a noun stands for that
subdivision (data/subdivision_adjectives.tsv, read by demonyms._subdivision_adjectives), as a country's demonym
stands for its country, whatever label the NER gives it; a word naming people, a language or the tail of a
person's name is no place. Invented sentences."""

from __future__ import annotations

from newsledger import nlp
from newsledger.extract import places
from newsledger.model import Article, Record


def _places(text: str):
    return places.extract(nlp.parse(text), Record(article=Article(text=text)))


def _named(text: str, word: str) -> list[tuple[str, str, str]]:
    return [(p.kind, p.country, p.geonames_id) for p in _places(text) if p.text == word]


def test_a_republics_adjective_is_the_republic():
    assert _named("The Dagestani interior ministry said on Friday that two officers were wounded.", "Dagestani") == [
        ("admin1", "RU", 567293)
    ]
    ps = _named("Three Abkhaz border guards were hurt, the Abkhaz news agency reported on Tuesday.", "Abkhaz")
    assert ps == [("admin1", "GE", 6643410)] * 2


def test_a_states_adjective_before_a_noun_is_the_state():
    assert _named("A Texan rancher bought the ailing minor-league club last winter.", "Texan") == [
        ("admin1", "US", 4736286)
    ]
    assert [
        p.name for p in _places("Scottish fishermen protested outside the ministry in London.") if p.text == "Scottish"
    ] == ["Scotland"]


def test_people_languages_and_surnames_are_no_subdivision():
    assert not _named("The Texans lost again on Sunday, and a Texan was hurt in the crowd.", "Texan")
    assert not _named("The Texans lost again on Sunday, and a Texan was hurt in the crowd.", "Texans")
    assert not [
        p
        for p in _places("She teaches Welsh and Scottish Gaelic at a school in Cardiff.")
        if p.text in {"Welsh", "Scottish", "Scottish Gaelic"}
    ]
    assert not [
        p for p in _places("The novelist Irvine Welsh signed copies at a bookshop in Glasgow.") if p.name == "Wales"
    ]
