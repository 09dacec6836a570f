"""Two places joined by a hyphen ("Logan-Rogersville", "University of Wisconsin-Milwaukee", "the Armenia-Italy
Friendship Group", "Watertown-Mayer"): a school district, a campus, a pairing or a route named after both. Both
gold sets annotate each half as a toponym of its own (LGL tune-a: "Logan-Rogersville", "Watertown-Mayer",
"Wisconsin-Milwaukee", "Nebraska-Lincoln"; GeoWebNews tune-a: "Armenia-Italy"), where the mentions held only the
first half (the entity layer tags the pair as one name, or the organisation rules stop at the hyphen)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.extract.places.mistyped import _a_surname, _person_name_words
from newsledger.extract.places.names import _COMPASS, Mention
from newsledger.resolve import gazetteer

# A hyphen (or an en dash) glued between a name's last letter and a capitalised name.
_HYPHENS = "-\u2010\u2011\u2013"
_INNER = re.compile(rf"(?<=[A-Za-z.])[{_HYPHENS}](?=[A-Z])")
# The name after it: one or two capitalised words ("Rogersville", "Sierra Leone"), up to a word boundary.
_RIGHT = re.compile(r"[A-Z][A-Za-z']+(?: [A-Z][A-Za-z']+)?\b")

# Kinds and size a half must have to be read as a place by its name alone: a country, a province, a county, or
# a town of 1,000 or more, each by its own name (the floor of organisations._embedded for a town named elsewhere).
_PLACE_KINDS = {"country", "admin1", "admin2"}
_TOWN_MIN_POPULATION = 1_000
# World regions, continents, seas and landforms: "Asia-Pacific", "Indo-Pacific", "Euro-Atlantic" name one
# region, not two places.
_AREA_KINDS = {"region", "landform"}

# Entity labels of names (an organisation's, an event's, a work's ...): a pair opening such a name is as often two
# persons' names as two places' ("the Lincoln-Douglas debates", "the Obama-Clinton foreign policy", "Chicago-Kent
# College of Law", a "Venezia-Milano class" cruiser: towns and people share names), so only two countries are
# read there ("the Armenia-Italy Friendship Group", "the Luxembourg-Costa Rica trade deal"), or a pair after the
# name's "of" ("University of Wisconsin-Milwaukee": the place after an organisation's "of", as
# organisations._embedded reads it).
_NAME_LABELS = {"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "NORP"}

# Compass words and their compounds: "South-Central", "North-West" name a part of a region, not two places.
_COMPASS_WORDS = _COMPASS | {"northeast", "northwest", "southeast", "southwest", "middle", "mid", "upper", "lower"}


def _a_place_by_name(name: str, gaz: gazetteer.Gazetteer) -> bool:
    """The gazetteer knows `name` as a place's own name, and not as a region's or a landform's."""
    entries = gaz.lookup(name)
    if any(e.kind in _AREA_KINDS for e in entries):
        return False
    return any(
        e.primary and (e.kind in _PLACE_KINDS or (e.kind == "city" and e.population >= _TOWN_MIN_POPULATION))
        for e in entries
    )


def _one_name(left: str, right: str, gaz: gazetteer.Gazetteer) -> bool:
    """ "Guinea-Bissau", "Saxony-Anhalt", "Miami-Dade", "Congo-Brazzaville": the joined words are one place's
    name (the lookup key folds the hyphen into a space)."""
    return bool(gaz.lookup(f"{left}-{right}"))


def _hyphen_pairs(doc, text: str, mentions: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """The mentions with each place joined by a hyphen to another split in two, and the second place added:
    "Logan-Rogersville" (one GPE) becomes Logan and Rogersville; "Wisconsin-" (a mention ending at the hyphen,
    or followed by it) gains "Milwaukee". Only where each half is a place by its own name
    (`_a_place_by_name`), the two are not one place's name, each half has at least three letters (the Arabic
    article of "Al-Qaida", "el-Sisi" is no place), neither is a compass word ("South-Central"), neither lies in
    a person's name nor is a surname of the article's people ("Helle Thorning-Schmidt", "the Obama-Clinton
    policy"), and, inside an organisation's, event's or work's name, only two countries or a pair after the
    name's "of" (`_NAME_LABELS`)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    people = _person_name_words(doc)
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        pair = _joined_pair(doc, text, m, gaz, people, taken)
        if pair is None:
            continue
        left, right, inner = pair
        if inner:
            out[-1] = Mention(left.start, left.end, left.name, left.name, m.label)
        out.append(Mention(right.start, right.end, right.name, right.name, "GPE",
                           within_admin1s=_provinces(left.name, gaz)))
        taken.update(range(right.start, right.end))
    return out


@dataclass(frozen=True)
class _Half:
    """One place of a hyphenated pair: its name and characters."""

    name: str
    start: int
    end: int


def _hyphen_of(text: str, m: Mention) -> tuple[int, bool] | None:
    """(the hyphen's offset, whether it is inside the mention) for a mention holding, ending at or followed by a
    hyphen."""
    body = text[m.start : m.end]
    inner = _INNER.search(body)
    if inner is not None:
        return m.start + inner.start(), True
    if body and body[-1] in _HYPHENS:
        return m.end - 1, False
    if m.end < len(text) and text[m.end] in _HYPHENS:
        return m.end, False
    return None


def _joined_pair(doc, text: str, m: Mention, gaz: gazetteer.Gazetteer, people: set[str], taken: set[int]
                 ) -> tuple[_Half, _Half, bool] | None:
    """(left place, right place, whether the hyphen is inside the mention) when the mention is one of two places
    joined by a hyphen, by the conditions `_hyphen_pairs` lists."""
    if m.demonym or m.label == "NORP" or (found := _hyphen_of(text, m)) is None:
        return None
    hyphen, inner = found
    right = _RIGHT.match(text, hyphen + 1)
    if right is None:
        return None
    left_name = re.sub(r"^(the|The)\s+", "", text[m.start : hyphen])
    left_start = hyphen - len(left_name)
    names = [right.group(0)]
    if " " in names[0]:
        names.append(names[0].split(" ")[0])  # "Rogersville Elementary": the town alone
    right_name = next((n for n in names if _a_place_by_name(n, gaz)), None)
    if right_name is None or len(left_name.replace(".", "")) < 3 or len(right_name) < 3:
        return None
    right_start, right_end = right.start(), right.start() + len(right_name)
    if _INNER.search(left_name) or (right_end < len(text) and text[right_end] in _HYPHENS):
        return None  # three names joined ("Bosnia-Herzegovina-Croatia"): not read
    if not inner and any(i in taken for i in range(right_start, right_end)):
        return None  # the second place is a mention already
    if _one_name(left_name, right_name, gaz) or not _a_place_by_name(left_name, gaz):
        return None
    if {left_name.lower(), right_name.lower()} & _COMPASS_WORDS:
        return None
    if _in_a_persons_name(doc, left_start, right_end) or _a_surname(left_name, people) \
            or _a_surname(right_name, people):
        return None
    if _opens_a_name(doc, left_start, right_end) and not (_a_country(left_name, gaz) and _a_country(right_name, gaz)):
        return None
    return _Half(left_name, left_start, hyphen), _Half(right_name, right_start, right_end), inner


def _opens_a_name(doc, start: int, end: int) -> bool:
    """The pair lies in an organisation's, event's or work's name, not after that name's "of"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not any(t.ent_type_ in _NAME_LABELS for t in span):
        return False
    return not (span.start > 0 and doc[span.start - 1].lower_ == "of")


def _provinces(name: str, gaz: gazetteer.Gazetteer) -> frozenset[str]:
    """The first-level subdivisions a left half names ("University of Nevada-Reno": Reno in Nevada), for the
    right half as an apposition, as "Reno, Nev." is read (Mention.within_admin1s)."""
    return frozenset(e.admin1_code for e in gaz.lookup(name) if e.primary and e.kind == "admin1" and e.admin1_code)


def _a_country(name: str, gaz: gazetteer.Gazetteer) -> bool:
    return any(e.primary and e.kind == "country" for e in gaz.lookup(name))


def _in_a_persons_name(doc, start: int, end: int) -> bool:
    """A token of the characters [start, end) lies in a PERSON entity: a double-barrelled surname."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)
