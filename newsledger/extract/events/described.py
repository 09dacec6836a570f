"""The person an agentless act of force falls on when the text describes and does not name them (issue 16,
fifteenth round, evlost7; first tried in the twelfth round, evlost)."""
from __future__ import annotations

from spacy.tokens import Token

from newsledger import resources
from newsledger.extract.eventcoding import actorcodes
from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.extract.events.actors import _name_start
from newsledger.extract.events.types import CONFLICT
from newsledger.model import Actor

DEFINITE = {"the", "this", "that", "these", "those"}
UNIVERSAL = {"all", "every", "each", "any", "no"}


def _person_nouns() -> frozenset[str]:
    """Nouns whose first WordNet 3.0 sense is a person (data/events/person_nouns.txt, scripts/build_person_nouns.py)."""
    return resources.words("events", "person_nouns.txt")


def _described_person(index, head: Token, ev: RawEvent) -> Actor | None:
    """The person an agentless act of force falls on, described and not named: "Major drug dealer arrested in bust",
    "A British film-maker has been killed", "Area funeral director charged" (event-annotation.md: the source is empty
    when the text never names the agent; the target is the person the text describes).
    - Only for an attack or a coercive act (CONFLICT) with no source head in its clause, and a common noun whose
      first WordNet 3.0 sense is a person (noun.person); the phrase is the actor, as index.nominal names it.
    - Not a partitive ("one of the schoolfriends"): one member, not the group the phrase names.
    - Only a person the description introduces (an indefinite article, a bare noun, a headline's noun phrase): a
      definite or possessive description ("the man", "their fathers", "its operator") points back to someone the
      text already has in view, a retelling or a state of a known person, and is left to the resolver.
    - Not a generic: a universally quantified class ("all foreigners sentenced to two years", "any dealer") or the
      object of a gerund, which names a kind of act and not an act ("Deporting parents is not ..."). Both written from
      the independent gate's draw of the first version (events_guardian/MISSES.md, round 15: evlost7).
    - A later description with the same head noun of an act of the same type is the same person: a headline and its
      lead ("Area funeral director charged" ... "An Alton funeral director has been charged"), so the later mention
      merges as a retelling (mentions._first_mentions).
    Class: headlines and leads of crime, court and conflict reports that describe the victim or detainee before
    naming them (dev/geoparsing LGL texts and dev/unlabelled Guardian articles outside the gold sets; the class
    "agentless" of scripts/events_lost_census.py)."""
    if ev.type not in CONFLICT or ev.sources or head.pos_ != "NOUN" or head.lemma_.lower() not in _person_nouns():
        return None
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in {"NUM", "PRON", "DET", "ADJ"}:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
           or (c.dep_ in {"det", "predet"} and c.lower_ in UNIVERSAL) for c in head.children):
        return None
    if ev.trigger.tag_ == "VBG":
        return None
    seen = index.described_persons  # the actor belongs to this index: one extraction of the document
    key = (head.lemma_.lower(), ev.type)
    if key not in seen:
        toks = actorcodes.np_tokens(head)
        seen[key] = index.nominal(head.doc[_group_start(head, toks): toks[-1].i + 1])
    return seen[key]


def _group_start(head: Token, toks: list[Token]) -> int:
    """Where a described group's name begins: after its count, determiner and postdeterminer ("Other westerners
    were held hostage", "Several aid workers were kidnapped" are westerners, aid workers: Quirk et al. 1985
    5.17-5.23, postdeterminers "other", "several", "many" quantify the group, they do not say who it is), as a new
    group actor elsewhere (actors._name_start; issue 16, round 34 census, class F). A singular description keeps its
    article ("a man ... another man" stay two people: ActorIndex.nominal)."""
    return _name_start(head, toks) if head.tag_ == "NNS" else toks[0].i
