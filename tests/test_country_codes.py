"""ISO 3166 alpha-2 -> alpha-3 as actor codes read it: a code ISO withdrew and later reassigned keeps its current
country's alpha-3 (ISO 3166-3 lists the withdrawn ones)."""
from newsledger.model import Article
from newsledger.pipeline import extract_record
from newsledger.resolve import lexicon


def test_reassigned_alpha2_codes_take_the_current_country():
    table = lexicon.iso3_of()
    assert table["GE"] == "GEO"  # not the Gilbert and Ellice Islands' GEL (withdrawn 1979)
    assert table["BY"] == "BLR"  # not the Byelorussian SSR's BYS
    assert table["SK"] == "SVK"  # not Sikkim's SKM
    assert table["AI"] == "AIA" and table["BQ"] == "BES"


def test_a_withdrawn_code_fills_only_an_alpha2_no_country_holds_now():
    table = lexicon.iso3_of()
    assert not {"GEL", "BYS", "SKM", "AFI", "ATB"} & set(table.values())
    assert table["SU"] == "SUN" and table["YU"] == "YUG"  # the Soviet Union, Yugoslavia: codes nobody took since


def test_a_country_and_its_body_take_the_current_code():
    record = extract_record(Article(
        text="The Georgian Parliament met in Tbilisi on Tuesday. Georgia said the mines found near the border were "
             "old.", published="2018-05-01"))
    codes = {a.name: a.code for a in record.actors}
    assert codes.get("Georgia") == "GEO"
    assert all(not (c or "").startswith("GEL") for c in codes.values())
