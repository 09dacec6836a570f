"""Round 14 (issue 19): recognition on the held-out geoparsing sets."""
from __future__ import annotations

from newsledger import nlp
from newsledger.extract import places
from newsledger.model import Article, Record


def _places(text: str):
    return places.extract(nlp.parse(text), Record(article=Article(text=text)))


def test_a_small_town_opening_a_body_name_is_the_town_where_the_article_names_it():
    text = ("The fashion show was coordinated by The Allendale Woman's Club on Friday. "
            "Members have served families in Allendale, New Jersey, for a hundred years.")
    ps = _places(text)
    club = text.index("Allendale")
    hit = [p for p in ps if p.start == club]
    assert hit and hit[0].country == "US" and hit[0].admin1 == "New Jersey"


def test_a_small_town_opening_a_body_name_alone_stays_part_of_the_name():
    text = "The fashion show was coordinated by The Allendale Woman's Club on Friday."
    ps = _places(text)
    assert not [p for p in ps if p.start == text.index("Allendale")]


def test_a_common_noun_in_lower_case_is_no_place_name():
    from newsledger.extract.places.filters import _common_noun

    text = "The plan repaves the city marina and the docks of Marina, California."
    doc = nlp.parse(text)
    lower = doc.char_span(text.index("marina"), text.index("marina") + 6, label="LOC")
    upper = doc.char_span(text.index("Marina,"), text.index("Marina,") + 6, label="GPE")
    assert _common_noun(lower) and not _common_noun(upper)
    assert [p.start for p in _places(text) if p.text == "marina"] == []
