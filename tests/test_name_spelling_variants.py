"""A name the Phoenix dictionaries hold in another spelling (round 50, actcode50; data/name_spelling_variants.tsv,
actor_codes._keys): an initial's or abbreviation's full stops ("George W Bush" / "george w. bush", "U.S. ..." /
"us ..."), a romanized Russian ending ("Dmitry" / "dmitri"). Made-up sentences; the look-alikes keep their entry or
stay uncoded: a name the dictionaries hold as written, a one-word name, a short word."""
import pytest

from newsledger.model import Article
from newsledger.pipeline import extract_record
from newsledger.resolve import actor_codes


def _actor(text: str, name: str, published: str):
    rec = extract_record(Article(text=text, published=published))
    return next(a for a in rec.actors if a.name == name)


def test_an_initial_written_without_its_full_stop_finds_the_entry():
    text = "George W Bush spoke to veterans in Dallas on Tuesday about the cost of the war."
    bush = _actor(text, "George W Bush", "2018-04-15")
    # out of office at the date: the country of his last post (code_at), as "George W. Bush" has
    assert (bush.code, bush.code_source) == ("USA", "dictionary")
    assert actor_codes.code_at("George W Bush", "2018-04-15") == actor_codes.code_at("George W. Bush", "2018-04-15")


def test_an_abbreviation_written_with_full_stops_finds_the_entry():
    text = "A spokesman for U.S. Immigration and Customs Enforcement declined to comment on the arrests."
    ice = _actor(text, "U.S. Immigration and Customs Enforcement", "2009-03-23")
    assert (ice.code, ice.code_source) == ("USAGOV", "dictionary")


def test_a_russian_ending_in_another_romanization_finds_the_entry():
    text = "Dmitry Medvedev told reporters in Moscow that the talks would resume next week."
    assert _actor(text, "Dmitry Medvedev", "2009-03-26").code == "RUSGOV"
    assert actor_codes.code_at("Dmitriy Medvedev", "2009-03-26") == "RUSGOV"
    assert actor_codes.code_at("Sergey Lavrov", "2018-01-01") == "RUSGOV"


def test_keys_keep_the_written_spelling_first():
    keys = actor_codes._keys("George W Bush")
    assert keys[0] == "george w bush" and "george w. bush" in keys
    assert actor_codes._keys("U.S. Immigration and Customs Enforcement")[1] == "us immigration and customs enforcement"
    assert actor_codes._keys("Sergey Lavrov") == ["sergey lavrov", "sergei lavrov"]
    assert "dmitri medvedev" in actor_codes._keys("Dmitry Medvedev")


@pytest.mark.parametrize("name", ["Army", "Navy", "Italy", "Ely Road"])
def test_no_ending_respelt_in_a_one_word_name_or_a_short_word(name):
    # a one-word name is no person's full name; a word of three letters ("Ely") is left as written
    assert actor_codes._keys(name) == [actor_codes._key(name)]


def test_a_name_held_as_written_keeps_its_entry():
    # "sergei lavrov" is in the curated table as written: its own spelling comes first
    assert actor_codes._keys("Sergei Lavrov")[0] == "sergei lavrov"
    assert actor_codes.code_at("Sergei Lavrov", "2018-01-01") == "RUSGOV"
