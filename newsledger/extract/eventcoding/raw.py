"""The coder's output: one RawEvent per trigger, before the record's actors, dates and status are assigned."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsledger.extract.eventcoding import dictionary as D


@dataclass
class RawEvent:
    trigger: Token
    cameo: str
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    passive: bool = False
    negated: bool = False
    modality: str | None = None  # future, conditional, hypothetical, intent, threat
    attacker_unknown: bool = False  # "X suffered losses": the source is X's adversary
    speech_head: Token | None = None  # the speech verb whose content holds the trigger
    basis: str = "default"  # what decided the code: "pattern", "nominal", "special" or the verb's "default"
    structural_target: bool = False  # the target came from a structural fallback (events.arguments._mark_structural)
    # a target rule's rewrite (events.arguments._retarget): target position -> the actor the reading before the rule
    # gave. The event's existence (its confidence and the no-act filters) is decided on that actor; the rule changes
    # the target field only, never adds or drops an event
    lent_targets: dict = field(default_factory=dict)
    # the source rule's fill (events.arguments._resource): source position -> the actor the reading before it gave
    # (none); as with lent_targets, the event's existence is decided on that, the rule changes the source field only
    lent_sources: dict = field(default_factory=dict)
    # the side a targeted military site belongs to: an Actor, or a function making its group actor, called only for an
    # event kept (events.arguments._held_site_target)
    site_target: object = None

    @property
    def type(self) -> str | None:
        return D.plover(self.cameo)[0]

    @property
    def mode(self) -> str | None:
        return D.plover(self.cameo)[1]
