"""The article view's text: the record's spans cut into flat segments, each with the layers that cover it.

Entities, quotes, times, places and events overlap freely (an entity inside a quote inside an event's
sentence), so the text is cut at every span boundary and each piece carries CSS classes for all the spans over
it. Class names and reference tokens are made here from indexes and whitelisted words, never from article
content; the template escapes the text itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

PALETTE = 10  # speaker colours spk-0 .. spk-9 in app.css
_SAFE = re.compile(r"[^A-Za-z0-9_]")


@dataclass
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        return " ".join(dict.fromkeys(self.classes))

    @property
    def ref(self) -> str:
        return " ".join(self.refs)

    @property
    def title(self) -> str:
        return "\n".join(self.titles)


def speaker_colours(record: dict[str, Any]) -> dict[str, int]:
    """Speaker key (actor id, else the speaker's words) -> palette index, in order of first quote."""
    colours: dict[str, int] = {}
    for q in record.get("quotes") or []:
        key = speaker_key(q)
        if key not in colours:
            colours[key] = len(colours) % PALETTE
    return colours


def speaker_key(quote: dict[str, Any]) -> str:
    return quote.get("speaker") or ("text:" + (quote.get("speaker_text") or "?").lower())


def _spans(record: dict[str, Any]) -> list[tuple[int, int, list[str], str, str]]:
    """(start, end, classes, ref, title) for every located item of the record."""
    actors = {a.get("id"): a for a in record.get("actors") or []}
    colours = speaker_colours(record)
    out = []

    def add(item: dict[str, Any], classes: list[str], ref: str, title: str) -> None:
        s, e = item.get("start"), item.get("end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e and not item.get("in"):
            out.append((s, e, classes, ref, title))

    for i, ent in enumerate(record.get("entities") or []):
        etype = _SAFE.sub("", str(ent.get("type") or "X"))[:20] or "X"
        who = actors.get(ent.get("actor"), {}).get("name")
        add(ent, ["ent", f"ent-{etype}"], f"n{i}", f"{etype}" + (f" → {who}" if who else ""))
    for i, q in enumerate(record.get("quotes") or []):
        who = actors.get(q.get("speaker"), {}).get("name") or q.get("speaker_text") or "unknown speaker"
        kind = q.get("kind") if q.get("kind") in ("direct", "partial", "indirect") else "other"
        # a quote in pieces is highlighted piece by piece: the cue clause between them is not what was said
        pieces = [] if q.get("in") else [{"start": s, "end": e} for s, e in q.get("pieces") or []] or [q]
        for piece in pieces:
            add(piece, ["q", f"q-{kind}", f"spk-{colours[speaker_key(q)]}"], f"q{i}", f"{kind} quote: {who}")
        s, e = q.get("speaker_start"), q.get("speaker_end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e:
            out.append((s, e, ["speaker", f"spk-{colours[speaker_key(q)]}"], f"q{i}", f"speaker: {who}"))
    for i, t in enumerate(record.get("times") or []):
        add(t, ["tm"], f"t{i}", f"time: {t.get('value') or 'unresolved'}")
    for i, p in enumerate(record.get("places") or []):
        add(p, ["pl"], f"p{i}", f"place: {p.get('name') or p.get('text')} ({p.get('kind')}, {p.get('country')})")
    for i, ev in enumerate(record.get("events") or []):
        add(ev, ["ev"], f"e{i}", f"event: {ev.get('type')} ({ev.get('status')})")
    return out


def segments(text: str, record: dict[str, Any]) -> list[Segment]:
    n = len(text)
    spans = [(max(0, s), min(n, e), c, r, t) for s, e, c, r, t in _spans(record) if s < n]
    cuts = sorted({0, n} | {s for s, *_ in spans} | {e for _, e, *_ in spans})
    starts: dict[int, list[int]] = {}
    for k, (s, *_rest) in enumerate(spans):
        starts.setdefault(s, []).append(k)
    active: set[int] = set()
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        active |= set(starts.get(a, []))
        active = {k for k in active if spans[k][1] > a}
        seg = Segment(text[a:b])
        # Outer (longer) spans first, so inner ones' classes come later and win ties in CSS.
        for k in sorted(active, key=lambda k: (spans[k][0] - spans[k][1], k)):
            _, _, classes, ref, title = spans[k]
            seg.classes += classes
            seg.refs.append(ref)
            seg.titles.append(title)
        out.append(seg)
    return out
