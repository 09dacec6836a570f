"""A name the Phoenix dictionaries hold in another spelling (round 50, actcode50; data/name_spelling_variants.tsv,
actor_codes.respelt_code): an initial's or abbreviation's full stops ("George W Bush" / "george w. bush", "U.S. ..."
/ "us ..."), a romanized Russian ending ("Dmitry" / "dmitri"). Read last, where nothing else codes the actor, and
hidden from the event coder (code_source RESPELT). Made-up sentences; the look-alikes keep their code or stay
uncoded: a name the dictionaries hold as written, a body its title's words code, a one-word name, a short word."""
import pytest

from newsledger.resolve import actor_codes
from tests.actor_helpers import record_actor as _actor


def test_an_initial_written_without_its_full_stop_finds_the_entry():
    text = "George W Bush spoke to veterans in Dallas on Tuesday about the cost of the war."
    bush = _actor(text, "George W Bush", "2018-04-15")
    # out of office at the date: the country of his last post (code_at), as "George W. Bush" has
    assert (bush.code, bush.code_source) == ("USA", actor_codes.RESPELT)
    assert actor_codes.respelt_code("George W Bush", "2018-04-15") == actor_codes.code_at("George W. Bush",
                                                                                         "2018-04-15")
    assert actor_codes.named_view(bush).code is None  # hidden from the event coder


def test_an_abbreviation_written_with_full_stops_finds_the_entry():
    text = "A spokesman for U.S. Immigration and Customs Enforcement declined to comment on the arrests."
    ice = _actor(text, "U.S. Immigration and Customs Enforcement", "2009-03-23")
    assert (ice.code, ice.code_source) == ("USAGOV", actor_codes.RESPELT)


def test_a_russian_ending_in_another_romanization_finds_the_entry():
    text = "Dmitry Medvedev told reporters in Moscow that the talks would resume next week."
    assert _actor(text, "Dmitry Medvedev", "2009-03-26").code == "RUSGOV"
    assert actor_codes.respelt_code("Dmitriy Medvedev", "2009-03-26") == "RUSGOV"
    assert actor_codes.code_at("Dmitry Medvedev", "2009-03-26") is None  # not as written


def test_a_body_its_words_code_keeps_its_code():
    # "U.S. Senate": the country and the chamber's sector (USALEG) as before, not Phoenix's "us senate" USAGOVLEG
    text = "The U.S. Senate voted on the bill on Tuesday after a long debate."
    senate = _actor(text, "U.S. Senate", "2016-03-01")
    assert (senate.code, senate.code_source) == ("USALEG", "role")


def test_the_other_spellings():
    assert actor_codes._respelt_keys("George W Bush") == ("george w. bush",)
    assert actor_codes._respelt_keys("U.S. Immigration and Customs Enforcement") == (
        "us immigration and customs enforcement",)
    assert actor_codes._respelt_keys("Sergey Lavrov") == ("sergei lavrov",)
    assert "dmitri medvedev" in actor_codes._respelt_keys("Dmitry Medvedev")


@pytest.mark.parametrize("name", ["Army", "Navy", "Italy", "Ely Road"])
def test_no_ending_respelt_in_a_one_word_name_or_a_short_word(name):
    # a one-word name is no person's full name; a word of three letters ("Ely") is left as written
    assert actor_codes._respelt_keys(name) == ()


def test_a_name_held_as_written_keeps_its_entry():
    # "sergei lavrov" is in the curated table as written: no other spelling is asked
    assert actor_codes.code_at("Sergei Lavrov", "2018-01-01") == "RUSGOV"
    assert actor_codes.respelt_code("Sergei Lavrov", "2018-01-01") is None


def test_staff_named_by_a_post_held_take_the_respelt_bodys_code():
    text = "The F.B.I. director, Ann Lowe, said on Tuesday that the inquiry was over."
    lowe = _actor(text, "Ann Lowe", "2016-07-07")
    assert (lowe.code, lowe.code_source) == ("USACOP", actor_codes.RESPELT)


@pytest.mark.parametrize("text, name", [
    ("Paul Kerr, who was chief of staff to the C.I.A. director, said the talks had failed.", "Paul Kerr"),
    ("The former F.B.I. director Tom Ridley said the inquiry was over.", "Tom Ridley"),
])
def test_no_code_from_a_respelt_body_without_a_post_held(text, name):
    # tied to the body by no title of his own, or by a post left: not its serving staff at the date
    assert _actor(text, name, "2016-07-07").code is None
