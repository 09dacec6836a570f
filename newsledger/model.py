"""The record's types, in one place (see ../shared/docs/record.md).

Each part is a plain dataclass; `Record.to_dict()` gives the JSON shape users, exports and scorers rely on.
Fields beyond the documented ones are additions, never renames.
"""
from __future__ import annotations

import hashlib
from copy import deepcopy
from dataclasses import asdict, dataclass, field, fields
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

SCHEMA = "newsledger.record/1"

# The record's vocabularies, used by the extractors, the store, the API's query models and the page.
EventType = Literal["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
                    "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"]  # PLOVER
EventStatus = Literal["reported", "claimed", "denied", "planned", "threatened", "historical", "hypothetical"]
ActorKind = Literal["person", "organization", "country", "group"]
QuoteKind = Literal["direct", "partial", "indirect"]
PLOVER_TYPES: tuple[str, ...] = get_args(EventType)
EVENT_STATUSES: tuple[str, ...] = get_args(EventStatus)
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)
QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    text: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None when unknown
    language: str = "en"
    source: str | None = None  # where it was read from: "path" or "path:line"
    published_from: str | None = None  # "text": the date was printed in the text's opening lines; None: given

    def __post_init__(self) -> None:
        if self.id is None:
            self.id = self.sha256[:16]

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)

    def header(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url, "title": self.title, "outlet": self.outlet,
                "published": self.published, "language": self.language, "text_sha256": self.sha256,
                "source": self.source, "chars": len(self.text), "published_from": self.published_from}


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # person, organization, country, group
    aliases: list[str] = field(default_factory=list)
    country: str | None = None  # ISO 3166-1 alpha-2
    affiliation: str | None = None  # id of another actor
    role: str | None = None
    code: str | None = None  # CAMEO-style actor code, e.g. AFGINS
    mentions: int = 0
    # Where the code comes from: "dictionary" (Phoenix, at the article's date), "organization list", "country",
    # "role" (title and affiliation), "article country" (inferred from the article: a state's body named without
    # its country, "the Home Office" in an article that names Britain, and a person coded by such a body), "none"
    # (decided: no sensible code); None = left to the event extractor (a nominal it created, "rebels in Colombia").
    code_source: str | None = None
    dictionary: str | None = None  # the curated or Phoenix entry it matched ("North Atlantic Treaty Organization")
    corpus_actor: str | None = None  # id in the corpus actor table (newsledger.corpus.actors), set when stored
    relative_of: str | None = None  # a person introduced by a kinship phrase: id of the person named in it
    # With code_source "article country": the code the actor's own words give (None for such a body), the evidence
    # the event coder's confidence reads (actor_codes.named_view).
    named_code: str | None = None


@dataclass
class Entity:
    text: str
    start: int
    end: int
    type: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, ...
    actor: str | None = None
    source: str = "model"  # "model" or "rule" (the data-backed correction layer)


@dataclass
class Quote:
    id: str
    text: str
    start: int
    end: int
    kind: str  # direct, partial, indirect
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    channel: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    date: str | None = None
    # the character spans of the quoted words, in text order: one for an unbroken quote, several for a quote
    # interrupted by its cue ("A," she said, "B."); start/end are the outer span, from the first to the last
    pieces: list[list[int]] = field(default_factory=list)


@dataclass
class TimeExpr:
    text: str
    start: int
    end: int
    value: str | None
    precision: str | None = None  # day, week, month, year, decade, century, duration, ref
    type: str = "DATE"  # TIMEX3 type: DATE, TIME, DURATION, SET


@dataclass
class Place:
    id: str
    text: str
    start: int
    end: int
    name: str
    kind: str  # country, admin1, admin2, city, airport, landform, region, other
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: int | None = None  # ACLED-like geo_precision: 1 exact town, 2 near/district, 3 province/region
    # "adjective": a demonym standing for its country ("Syrian officials", "the Syrian town of X"), which gold
    # geoparsing sets count as a toponym and a reader may not; None: a place name
    role: str | None = None


@dataclass
class Quantity:
    text: str
    start: int
    end: int
    value: float | int
    kind: str
    approximate: bool = False
    of: str | None = None
    unit: str | None = None


@dataclass
class Event:
    id: str
    type: str
    sentence: str
    start: int
    end: int
    cameo: str | None = None
    mode: str | None = None
    source: str | None = None
    target: str | None = None
    place: str | None = None
    date: str | None = None
    date_precision: str | None = None
    asserted_by: str | None = None
    status: str = "reported"
    killed: int | None = None
    injured: int | None = None
    trigger: str | None = None
    confidence: float | None = None  # 0..1, calibrated: the share of events this sure that are real and typed right
    # The event coder's country-level CAMEO codes of the act's source and target (the phrase's own code: "Burundian
    # militiamen" -> BDI), kept even where the record names no target actor; the actors' own codes stay on them
    source_code: str | None = None
    target_code: str | None = None


@dataclass
class Contradiction:
    claim: str
    asserted_by: list[str]
    disputed_by: list[str]
    evidence_for: list[str]
    evidence_against: list[str]
    kind: str | None = None
    article_side: str | None = None  # "for"/"against" when the article's own statements take a side


@dataclass
class Record:
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    brief: dict[str, Any] | None = None
    # ISO 3166-1 alpha-2 -> mentions of the countries and capitals the article names in their literal reading
    # ("northeast Syria", "the Nairobi residents": actors._literal_place), no actors; the country a body named
    # without its country takes is read from them as from the country actors. Not written by to_dict.
    literal_places: dict[str, int] = field(default_factory=dict)

    PARTS = ("sentences", "actors", "entities", "quotes", "times", "places", "quantities", "events",
             "contradictions")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA, "article": self.article.header()}
        for part in self.PARTS:
            out[part] = [_as_row(x) for x in getattr(self, part)]
        out["brief"] = self.brief
        return out

    @classmethod
    def from_dict(cls, rec: dict[str, Any], text: str) -> Record:
        """A Record back from `to_dict()` and the article text (the dict holds only the text's hash); fields the
        dict has beyond the dataclasses' are dropped, fields it lacks take their defaults."""
        head = rec["article"]
        article = Article(text=text, **{f.name: head.get(f.name) for f in fields(Article)
                                        if f.name != "text" and f.name in head})
        if head.get("text_sha256") and head["text_sha256"] != article.sha256:
            raise ValueError(f"{article.id}: text does not match the record's text_sha256")
        parts: dict[str, Any] = {}  # each a list of its part type
        for part, part_type in (("sentences", Sentence), *PART_TYPES.items()):
            names = {f.name for f in fields(part_type)}
            parts[part] = [part_type(**{k: v for k, v in row.items() if k in names}) for row in rec.get(part) or []]
        return cls(article=article, brief=rec.get("brief"), **parts)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


# Field values returned as they are; checked by exact type first because nearly every value is one of them
_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """A field value as dataclasses.asdict gives it: lists, tuples and dicts copied, scalars as they are."""
    if type(value) in _SCALAR_TYPES:
        return value
    if isinstance(value, list):
        return [v if type(v) in _SCALAR_TYPES else _plain(v) for v in value]
    if isinstance(value, (tuple, dict)) or hasattr(value, "__dataclass_fields__"):
        return asdict(value) if hasattr(value, "__dataclass_fields__") else deepcopy(value)
    return value


_ROW_SHAPES: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _scalar(tp: Any) -> bool:
    """Whether a declared type holds only scalars: str, int, float, bool, None and unions of them."""
    return tp in _SCALAR_TYPES or (get_origin(tp) in (Union, UnionType) and all(map(_scalar, get_args(tp))))


def _row_shape(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(every field's name, the names of the fields whose declared type is not a scalar: lists, dicts)."""
    hints = get_type_hints(cls)
    names = tuple(f.name for f in fields(cls))
    containers = tuple(n for n in names if not _scalar(hints[n]))
    _ROW_SHAPES[cls] = names, containers
    return names, containers


def _as_row(part: Any) -> dict[str, Any]:
    """dataclasses.asdict of a record part, without its generic per-value deep copy (a record's parts are flat:
    scalars and lists of scalars, spans as lists of numbers), which made it most of a record's serialisation.
    The instance's dict is copied whole (a dataclass sets its fields in their order) and only the fields declared
    as lists or dicts are copied deeper: this runs twice per article (claims and the store)."""
    names, containers = _ROW_SHAPES.get(type(part)) or _row_shape(type(part))
    values = part.__dict__
    row = values.copy() if len(values) == len(names) else {name: values[name] for name in names}
    for name in containers:
        value = row[name]
        if type(value) not in _SCALAR_TYPES:
            row[name] = _plain(value)
    return row


# The parts of a record stored one table each (newsledger.store), by their field on Record.
PART_TYPES: dict[str, type] = {
    "actors": Actor, "entities": Entity, "quotes": Quote, "times": TimeExpr, "places": Place,
    "quantities": Quantity, "events": Event, "contradictions": Contradiction,
}
