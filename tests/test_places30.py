"""Round 30 (issue 19, places30): demonyms from WordNet 3.0 ("Sierra Leonean" -> Sierra Leone) that stand for their
country and never for a place spelled alike, nor become an actor or a speaker by themselves; international bodies'
acronyms from the actor dictionaries ("NATO") that are no towns; the adjective of a class of countries before a
plural country noun ("the Balkan countries") as the region. Invented sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsledger import nlp, pipeline, resources
from newsledger.extract import places
from newsledger.model import Article, Record
from newsledger.resolve import gazetteer, lexicon
from tests.place_helpers import place_names

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))



@pytest.mark.skipif(not Path("/usr/share/wordnet/data.adj").exists(),
                    reason="WordNet 3.0 data not installed (scripts/setup-debian.sh, as root; CI runs it)")
def test_the_generated_block_is_what_the_script_writes():
    from build_wordnet_demonyms import BEGIN, curated_demonyms, demonym_rows
    from wordnet30 import WordNet

    lines = resources.data_path("places_extra.tsv").read_text(encoding="utf-8").splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith(BEGIN))
    block = [ln for ln in lines[start:] if not ln.startswith("#")]
    assert block == demonym_rows(WordNet(), gazetteer.get(), curated_demonyms(lines))
    assert any(ln.startswith("Sierra Leonean\tNORP\tdemonym\tSL\t") for ln in block)
    assert not any(ln.split("\t")[0] in {"Congolese", "Persian", "Afrikaans"} for ln in block)  # two states, a language


def test_a_wordnet_demonym_stands_for_its_country():
    assert gazetteer.get().demonym("Sierra Leonean") == "SL"
    found = place_names("Sierra Leonean police arrested two men on Tuesday.")
    assert ("Sierra Leonean", "SL") in found


def test_a_demonym_taken_for_a_name_is_no_namesake_place():
    for text in ("Sierra Leonean police arrested two men.", "A Sierra Leonean said the vote was fair.",
                 "Beninese officials met Togolese envoys."):
        for name, country in place_names(text):
            assert country is None or name not in {"Sierra Leonean", "Beninese", "Togolese"} \
                or country in {"SL", "BJ", "TG"}


def test_a_generated_demonym_makes_no_entity_rule_actor_or_speaker():
    assert "Sierra Leonean" not in lexicon.by_text()
    assert "sierra leonean" not in lexicon.country_of_name()
    text = ('A Sierra Leonean told reporters on Monday that the vote was fair. "The count was honest," a Sierra '
            'Leonean said in Freetown.')
    record = pipeline.extract_record(Article(text=text))
    assert all(a.country != "SL" or a.kind != "country" for a in record.actors)
    assert all("Sierra Leone" not in (q.speaker or "") for q in record.quotes)


def test_an_international_body_s_acronym_is_no_town():
    found = place_names("The decision was welcomed in NATO and in the OAS, diplomats in Brussels said.")
    assert all(country != "PH" for _, country in found)
    assert ("Brussels", "BE") in found


def test_a_town_spelled_like_a_body_that_is_no_acronym_stays():
    found = place_names("Colac residents were evacuated from Colac, Victoria, on Sunday.")
    assert ("Colac", "AU") in found


def test_the_balkan_countries_are_the_balkans():
    doc = nlp.parse("Leaders of the Balkan countries met in Sofia.")
    found = [(p.text, p.country) for p in places.extract(doc, Record(article=Article(text=doc.text)))]
    assert ("Balkan", "TM") not in found
    assert ("Balkan", None) in found
    assert any(p.name == "Balkans" for p in places.extract(doc, Record(article=Article(text=doc.text))))
    assert ("Sofia", "BG") in found
