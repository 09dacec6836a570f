"""A place mention (Mention) and the name it is looked up by: the article, a possessive and a kind word cut
("the Helmand province" -> Helmand, admin1; "Town of Groton"), with the kind, compass and street words
names are made of."""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger import resources
from newsledger.resolve import place_use
from newsledger.resolve.gazetteer import Entry, normalize

_HINTS = [
    (re.compile(r"\s+(province|governorate|state|oblast|prefecture|region|emirate|wilaya)$", re.I), "admin1"),
    (re.compile(r"\s+(county|district|parish|municipality)$", re.I), "admin2"),
    (re.compile(r"\s+(city)$", re.I), "city"),
    # the official style puts the kind first: "Province of Ontario", "State of Texas", "Town of Groton"
    (re.compile(r"^(province|state|commonwealth)\s+of\s+", re.I), "admin1"),
    (re.compile(r"^(county|parish)\s+of\s+", re.I), "admin2"),
    (re.compile(r"^(city|town|village|borough)\s+of\s+", re.I), "city"),
]

_KIND_FIRST = re.compile(r"^(?i:province|state|commonwealth|county|parish|city|town|village|borough)\s+of\s+[A-Z]")

_KIND_WORDS = {"province", "state", "commonwealth", "county", "parish", "city", "town", "village", "borough",
               "district", "township"}

_POSSESSIVE = re.compile(r"['\u2019]s?$")

_FACILITY_HEAD = re.compile(r"\b(street|road|avenue|boulevard|bridge|square|airport|airfield|port|harbou?r|"
                            r"park|highway|lane|drive|canal|river|lake|mountain|mount|island|beach|base|camp|"
                            r"crossing|border)\b", re.I)


# The Arabic definite article at the head of a name ("Al-Shabaab", "Al Qaeda"; data/name_articles.txt, with its
# sources): no place by itself, whatever town is spelled alike (Ål, Norway).
_ARTICLES = resources.words("name_articles.txt")
_ARTICLES_APART = {"al", "el"}


def _an_article(word: str, glued: bool) -> bool:
    """`word` is the Arabic article opening a longer name: glued to the rest by a hyphen ("Al-", "ash-"), or
    written apart before it ("Al Qaeda", "El Nuevo"; only "al" and "el" are so written)."""
    w = word.lower().rstrip("-\u2010\u2011")
    return w in _ARTICLES and (glued or w in _ARTICLES_APART)


def _an_abbreviation(text: str) -> bool:
    """An all-capital abbreviation of three letters or fewer, with or without its dots ("SEC", "WA", "U.N.",
    "E.U."): never the town spelled alike (Un, India; Eu, France)."""
    if not text.isupper():
        return False
    return len(text) <= 3 or (sum(c.isalpha() for c in text) <= 3 and all(c.isalpha() or c == "." for c in text))


def _abbreviated(text: str, entries: list[Entry]) -> list[Entry]:
    """The entries an all-capital abbreviation (`_an_abbreviation`) names: not a town spelled alike ("U.N." is
    not Un, India), but the country or province it abbreviates ("U.S.", "N.Y."); any other text keeps all. A dotted
    one that names a country or province keeps every entry, as before: it resolves to the country anyway, and its
    other entries stay as the context main's ranking was tuned with (PolNeAR: "U.S." and Us, France)."""
    if not _an_abbreviation(text):
        return entries
    if not (text.isalpha() and len(text) <= 3) and any(e.kind in {"country", "admin1"} for e in entries):
        return entries
    return [e for e in entries if normalize(e.name) != normalize(text) or e.name.isupper()]


@dataclass
class Mention:
    start: int
    end: int
    text: str
    key_text: str  # the name to look up
    label: str
    hint: str | None = None
    demonym: str | None = None  # country code
    # a demonym's plural naming the people ("two Palestinians were killed"): it stands for the country itself, but
    # a people named in a story says nothing of where the story's towns are ("Mexicans in San Antonio", "Muslims
    # marched for Jerusalem ... Palestinians"), so it gives no country to the other mentions' context
    people: bool = False
    part_of: bool = False  # only a larger place named inside the mention was resolved ("north Texas")
    named_after: bool = False  # that place gave the mention its name ("Meadow Grove"): it needs nearby evidence
    # the name opens a business's premises' name ("Cascade Motel", "Bo Kong Vegetarian Restaurant"; _a_venue_name):
    # left unplaced by ranking._drop_distant_namesakes, it is the business's name, no place (rows._place); set by
    # organisations._embedded only: a venue's whole name ("Stonewall Inn") is a site and keeps its row
    business: bool = False
    # the name is glued by a hyphen to a word before it ("the mid-Atlantic states") or follows a capitalised "The"
    # inside a sentence ("writes in The Atlantic"): part of another name or a title, not the region it spells
    compound: bool = False
    # the name opens a team's name ("team": "Portland Trail Blazers") or an international body's or agreement's
    # ("body": "the Venice Commission", "Dayton Accords"): the largest town of the name is meant (candidates)
    opens_org: str | None = None
    # the provinces (admin1 codes) and countries named right after it: "Fresno, Calif.", "Toronto, Ontario"
    within_admin1s: frozenset[str] = frozenset()
    within_countries: frozenset[str] = frozenset()
    # the name is written before a lower-case "border" ("near the New York border", "the Mexico border"): a border
    # is a country's or a first-level subdivision's, not a town's (after._before_a_border)
    border: bool = False
    candidates: list[Entry] | None = None
    choice: Entry | None = None


def _group(m: Mention) -> tuple:
    """Mentions alike (same text, name, suffix, label and apposition) have the same candidates and, in a pass,
    the same context."""
    return m.text, m.key_text, m.hint, m.label, m.demonym, m.within_admin1s, m.within_countries, m.border


def _clean(text: str) -> tuple[str, str | None]:
    name = re.sub(r"^(the|The)\s+", "", text.strip())
    name = _POSSESSIVE.sub("", name).strip()
    for pattern, kind in _HINTS:
        if pattern.search(name):
            stripped = pattern.sub("", name).strip()
            if stripped:
                return stripped, kind
    return name, None


_COMPASS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}


# The heads of roads' and streets' names (`road_heads.tsv`, USPS Publication 28, with their GeoNames feature codes):
# the index holds no road (class R), so no entry is ever the road a name ending so names. The same table lists
# square, plaza and bridge (class S, which the index lacks too) as the heads of a site's name that is no road's.
_HEADS = resources.rows("road_heads.tsv", min_fields=3)
_ROAD_HEADS = place_use.road_heads()

# A street's, road's, square's or bridge's word written out anywhere in a name ("Kanawha Boulevard", "Main Street
# Bridge", "Blackmon Road Middle School"): the spelled-out heads of the table, not their abbreviations ("St." is
# also "Saint").
_STREET = re.compile(r"\b(" + "|".join(sorted(head for head, _, form in _HEADS if form == "word")) + r")\b", re.I)


def _a_road_head(word: str) -> bool:
    """"Freeway", "Avenue", "St.": the word that ends a road's or a street's name (`road_heads.tsv`)."""
    return word.rstrip(".").lower() in _ROAD_HEADS


def _a_road_name(text: str) -> bool:
    """"Antelope Valley Freeway", "Kanawha Boulevard": a name of two words or more closed by a road's word."""
    words = text.split()
    return len(words) > 1 and _a_road_head(words[-1])


_VENUE_HEADS = resources.words("venue_heads.txt")


def _a_venue_name(words: list[str]) -> bool:
    """"Blossom Deli", "Bo Kong Vegetarian Restaurant", "Williamsburg Apartments": a name whose last word (its
    head) is a business's or a dwelling's premises (`venue_heads.txt`, from WordNet), often named after a town
    elsewhere or after anything at all."""
    if len(words) < 2:
        return False
    head = _POSSESSIVE.sub("", words[-1]).lower()
    return head in _VENUE_HEADS or (head.endswith("s") and head[:-1] in _VENUE_HEADS)
