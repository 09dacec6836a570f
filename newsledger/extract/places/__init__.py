"""Places: find place mentions and resolve each to a gazetteer entry (newsledger/resolve/gazetteer/).

Mentions come from the entity layer (GPE, LOC, FAC; NORP demonyms that modify a noun stand for their
country, and never for a place named like them), places named at the start of an organisation's name, and
"<city>'s airport" / "<city> airport" (the airport, from a curated list, nearest the city).

Resolution ranks every gazetteer entry with the mention's name by a prior (population, feature type, whether
the name is the entry's primary name, the NER label, a "province"/"county"/"city" suffix) and then, in a
second pass, by the article's context: the countries and first-level subdivisions of the other mentions
(each mention's context leaves out mentions with the same name, so a place cannot vouch for itself).

The package, one module per step (extract() below is the recipe): recognition in mentions (with patterns,
organisations, mistyped, filters, demonyms, after; names holds the Mention), candidate generation in
generation, context in context, ranking in ranking (weights: the ranker's weights), the record's rows in
rows; outlets holds the outlet's home, near the distances and grid cells.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.places.context import Context, context_features, contexts_by_name
from newsledger.extract.places.generation import Candidate, candidates, prior_features
from newsledger.extract.places.mentions import _mentions
from newsledger.extract.places.names import Mention
from newsledger.extract.places.outlets import (
    OutletHome,
    outlet_country,
    outlet_home,
    outlet_homes,
    outlet_town_names,
    outlet_towns,
)
from newsledger.extract.places.ranking import _resolve
from newsledger.extract.places.rows import _places, event_geo_precision, place_for_span, precision_code
from newsledger.extract.places.waters import bare_waters, compass_coasts
from newsledger.model import Place, Record
from newsledger.resolve import gazetteer

__all__ = ["Candidate", "Context", "Mention", "OutletHome", "candidates", "context_features", "contexts_by_name",
           "event_geo_precision", "extract", "outlet_country", "outlet_home", "outlet_homes",
           "outlet_town_names", "outlet_towns", "place_for_span", "precision_code", "prior_features"]


def extract(doc: Doc, record: Record, home: OutletHome | None = None) -> list[Place]:
    """The article's places; `home` is its outlet's home when the caller knows it (outlet_homes), else what
    the outlet's web domain says: its country, and the town it is named after where this article's own places
    say which namesake that is (outlet_towns)."""
    gaz = gazetteer.get()
    mentions = _mentions(doc, gaz, record.article.text)
    if home is None:
        outlet = record.article.outlet or record.article.url
        home = outlet_home(outlet)
        if outlet_town_names(outlet):
            _resolve(mentions, gaz, home=home)
            towns = outlet_towns(outlet, [_places(mentions, gaz, record.article.text)])
            if towns:
                home = OutletHome(countries=home.countries if home else frozenset(), towns=towns)
    _resolve(mentions, gaz, home=home)
    bare_waters(mentions, gaz, record.article.text)
    compass_coasts(mentions)
    return _places(mentions, gaz, record.article.text)
