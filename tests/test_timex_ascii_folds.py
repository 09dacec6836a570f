"""Characters Python's case-insensitive matching takes for ASCII letters (the long s, the Kelvin sign, the Turkish
dotted and dotless i) read as those letters, never a KeyError in a rule's word lookup (round 48: "ſpring 2019")."""
from newsledger.extract.timex.grammar import find


def test_a_long_s_season_with_its_year_is_read():
    text = "The talks resumed in the \u017fpring 2019, officials said."
    found = find(text)
    assert [(m.reading["kind"], m.reading["season"], m.reading["year"]) for m in found] == [("season", "SP", 2019)]
    assert text[found[0].start:found[0].end] == "\u017fpring 2019"


def test_folded_words_in_other_rules_keep_their_offsets():
    text = "La\u017ft year and this \u017fummer passed."
    found = find(text)
    assert [(text[m.start:m.end], m.reading["kind"]) for m in found] == \
        [("La\u017ft year", "unit_ref"), ("this \u017fummer", "season")]
