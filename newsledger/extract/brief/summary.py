"""The brief's summary: the main event's sentence, the claims and who makes them, and the figures, each with the
ids of the record's items that support it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from newsledger.model import Record

if TYPE_CHECKING:
    from newsledger.extract.brief.builder import BriefBuilder
from newsledger.extract.brief.common import (
    MAX_CLAIMS,
    MAX_FIGURES,
    Clause,
)


def _ids_in(record: Record, start: int, end: int) -> list[str]:
    ids = [e.id for e in record.events if e.start < end and start < e.end]
    ids += [q.id for q in record.quotes if q.start < end and start < q.end and q.kind != "partial"]
    ids += sorted({e.actor for e in record.entities if e.actor and start <= e.start < end},
                  key=lambda a: int(re.sub(r"\D", "", a) or 0))
    ids += [p.id for p in record.places if start <= p.start < end][:2]
    seen: list[str] = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    return seen


def _name(record: Record, actor_id: str | None) -> str | None:
    a = record.actor(actor_id)
    return a.name if a else None


def _sentence_of(record: Record, start: int):
    return next((s for s in record.sentences if s.start <= start < s.end + 1), None)


def summary(b: BriefBuilder, main: Clause | None, brief: dict[str, Any]) -> list[dict[str, Any]]:
    """The summary's lines in order: the main event, the claims and who makes them, the figures."""
    out = _main_event_line(b, main)
    out += _claim_lines(b.record)
    out += _figures_line(b.record)
    return out


def _main_event_line(b: BriefBuilder, main: Clause | None) -> list[dict[str, Any]]:
    """The main event's text sentence (the lead when the event comes from the title; else the first event's,
    else the first sentence), when record items support it."""
    record = b.record
    sent = None
    if main is not None and main.src.name == "text":
        sent = _sentence_of(record, main.src.doc[main.what[0]].idx)
    if sent is None:
        events = sorted(record.events, key=lambda e: e.start)
        if events:
            sent = _sentence_of(record, events[0].start)
        elif b.text.sents:
            sent = _sentence_of(record, b.text.sents[0].start_char)
    ev = _ids_in(record, sent.start, sent.end) if sent is not None else []
    return [{"text": sent.text, "evidence": ev, "kind": "event", "start": sent.start, "end": sent.end}] if ev else []


def _claim_lines(record: Record) -> list[dict[str, Any]]:
    """The contradictions (two at most), then the leading quotes of distinct speakers (MAX_CLAIMS), each told
    as "Name: ..." (direct), "Name cue content" or "According to Name, content"."""
    out: list[dict[str, Any]] = []
    cited: set[str] = set()
    for c in record.contradictions[:2]:
        ev = [*c.evidence_for, *c.evidence_against]
        if not ev:
            continue
        who_for = ", ".join(n for n in (_name(record, a) for a in c.asserted_by) if n) or "a source"
        who_against = ", ".join(n for n in (_name(record, a) for a in c.disputed_by) if n)
        claim = c.claim.strip().rstrip(".")
        text = f"Disputed claim: {claim} \u2014 asserted by {who_for}" + \
            (f"; disputed by {who_against}." if who_against else ".")
        out.append({"text": text, "evidence": ev, "kind": "contradiction"})
        cited.update(ev)
    speakers: set[str] = set()
    for q in sorted(record.quotes, key=lambda q: q.start):
        if len(speakers) >= MAX_CLAIMS:
            break
        if q.kind == "partial" or not q.speaker or q.speaker in speakers or q.id in cited:
            continue
        actor = record.actor(q.speaker)
        if actor is None or len(q.text.split()) < 5:
            continue
        speakers.add(q.speaker)
        body = q.text.strip().rstrip(",. ")
        name = actor.name[:1].upper() + actor.name[1:]
        if q.kind == "direct":
            text = f"{name}: \u201c{body}.\u201d"
        elif q.cue and q.cue.lower() != "according to":
            # The content may open with the cue's own particle ("called for" + "for citizens to ...").
            last = q.cue.split()[-1].lower()
            body = body[len(last) + 1:] if body.lower().startswith(last + " ") else body
            text = f"{name} {q.cue} {body}."
        else:
            text = f"According to {actor.name}, {body}."
        out.append({"text": text, "evidence": [q.id, q.speaker], "kind": "claim", "start": q.start, "end": q.end})
    return out


def _figures_line(record: Record) -> list[dict[str, Any]]:
    """One line of figures (MAX_FIGURES), casualties and other tolls first, each supported by the event or quote
    it falls in, else by its sentence's items."""
    figures, ev = [], []
    order = {"killed": 0, "injured": 1, "arrested": 2, "displaced": 3, "evacuated": 4}
    for qt in sorted(record.quantities, key=lambda x: (order.get(x.kind, 9), x.start)):
        if len(figures) >= MAX_FIGURES:
            break
        support = [e.id for e in record.events if e.start <= qt.start < e.end] or \
                  [q.id for q in record.quotes if q.start <= qt.start < q.end and q.kind != "partial"]
        if not support:
            s = _sentence_of(record, qt.start)
            support = _ids_in(record, s.start, s.end)[:2] if s else []
        if not support:
            continue
        label = qt.text if qt.kind in {"count", None} or qt.kind in qt.text.lower() else f"{qt.text} ({qt.kind})"
        figures.append(label)
        ev += [x for x in support if x not in ev]
    return [{"text": "Figures: " + "; ".join(figures) + ".", "evidence": ev, "kind": "figures"}] if figures else []
