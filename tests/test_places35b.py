"""Round 35, places35b (issue 19): a road's or a street's name (data/road_heads.tsv: GeoNames feature class R, which
the index does not hold; USPS Publication 28 street suffixes) is given no namesake's GeoNames id: it reads no place
inside its whole name, and a road the NER types ORG keeps the town opening it only where the article puts that
town near. The mention stayed a place row without an id; since round 36 (places36a) it makes no row at all.
Invented sentences."""
from __future__ import annotations

from spacy.tokens import Span

from newsledger import nlp
from newsledger.extract.places.names import _a_road_name
from newsledger.extract.places.organisations import _embedded
from newsledger.resolve import gazetteer
from tests.place_helpers import place_at


def _span(text: str, words: str, label: str) -> Span:
    doc = nlp.load()(text)
    start = text.index(words)
    return doc.char_span(start, start + len(words), label=label)


def test_road_names_by_their_last_word():
    assert _a_road_name("Antelope Valley Freeway")
    assert _a_road_name("Kanawha Boulevard")
    assert _a_road_name("775 Main St.")
    assert not _a_road_name("Oregon Trail") and not _a_road_name("Milky Way") and not _a_road_name("Freeway")


def test_a_freeway_named_like_a_town_is_no_town():
    text = "Deputies found the car on the shoulder of the Golden State Freeway near Sylmar, California, on Friday."
    assert place_at(text, "Golden State Freeway") is None  # no Golden, Colorado; no row (round 36)
    assert place_at(text, "Sylmar").geonames_id is not None


def test_a_road_typed_org_keeps_no_distant_namesake():
    text = "A pickup truck overturned on Salt Works Road west of Lufkin, Texas, late Tuesday."
    assert place_at(text, "Salt Works Road") is None  # no Salt, Spain; no row (round 36)
    assert place_at(text, "Lufkin").country == "US"


def test_a_road_typed_org_is_named_after_the_town_opening_it():
    text = "Crews repaved Murfreesboro Road through the winter."
    mention = _embedded(_span(text, "Murfreesboro Road", "ORG"), gazetteer.get())
    assert mention is not None and mention.named_after
    assert (mention.text, mention.key_text) == ("Murfreesboro Road", "Murfreesboro")


def test_a_states_turnpike_is_the_states():
    text = "Troopers closed the Pennsylvania Turnpike near Harrisburg, Pennsylvania, after the storm."
    road = place_at(text, "Pennsylvania Turnpike")
    assert road is not None and road.kind == "admin1" and road.name == "Pennsylvania"
