"""The speaker as an event's source: of a quote's "we" and "I", of a reported clause's pronoun subject, of a
quoted demand, accusation, threat or refusal."""
from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.extract.eventcoding.tree import np_head
from newsledger.extract.events.actors import _actor
from newsledger.extract.events.types import VERBAL_TYPES
from newsledger.model import Actor, Record


def _cue_speaker(record: Record, ev: RawEvent) -> Actor | None:
    """The speaker of a quote whose cue is this trigger (the parser may have missed the subject)."""
    t = ev.trigger
    for q in record.quotes:
        if q.speaker and q.cue and q.cue.split()[0] == t.text and 0 <= q.start - (t.idx + len(t.text)) <= 6:
            return record.actor(q.speaker)
    return None


FIRST_PERSON = {"i", "we", "me", "us", "our", "my"}


def _speaker_for(record: Record, head: Token, ev: RawEvent) -> Actor | None:
    """"We"/"I" inside a quote: its speaker (a pronoun: "a US statement" names a country, not "us")."""
    if head.lower_ not in FIRST_PERSON or head.pos_ != "PRON":
        return None
    q = _quote_for(record, head.idx)
    return record.actor(q.speaker) if q is not None and q.speaker else None


def _speaker_of(index, record: Record, speech_verb: Token) -> Actor | None:
    """The actor the subject of a speech verb names."""
    subj = next((c for c in speech_verb.children if c.dep_ == "nsubj"), None)
    return _actor(index, np_head(subj), record, create=False) if subj is not None else None


def _quoted_speaker(record: Record, ev: RawEvent) -> Actor | None:
    """The speaker of the quote holding a demand, accusation, threat or refusal with no subject of its own:
    the speaker makes it."""
    if ev.type not in VERBAL_TYPES:
        return None
    q = _quote_for(record, ev.trigger.idx)
    return record.actor(q.speaker) if q is not None and q.speaker else None


def _quote_for(record: Record, char: int):
    best = None
    for q in record.quotes:
        if q.start <= char < q.end and (best is None or (q.end - q.start) < (best.end - best.start)):
            best = q
    return best
