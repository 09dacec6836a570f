"""One attribution from a quote interrupted by its cue: ""A," she said, "B."" and ""A," she said. "B."".

The record lists such a quote once, with its `pieces` (the quoted stretches, in order) and `start`/`end` the outer
span from the first piece to the last; the cue clause between the pieces is not part of the words said. This is
how attribution corpora count it (PolNeAR annotates one Content running from the first piece to the last) and
how a reader reads it: one speaker, one utterance, one cue.

A quote joins the one before it when, in the same paragraph, the earlier quote's cue stands between the two, the
later quote has no cue of its own (or the same cue token), nothing else is quoted in between, and both have the
same speaker. The earlier one may also be a content reported before its cue, with a quoted fragment in it
("The answers are "not meeting the demand," says X. "We often ..."": one Content in PolNeAR). A quote opening the
next paragraph is a new quote (the speaker is carried over, not the span).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

QUOTED_KINDS = {"direct", "partial"}


class Piece(Protocol):
    start: int
    end: int
    kind: str
    cue: Token | None
    speaker: object
    pieces: list[list[int]]


def _interrupts(prev: Piece, nxt: Piece) -> bool:
    """The earlier quote's cue lies between the two quotes, not in a sentence of its own that introduces the
    later one ("B." To which she said, "C."), and the later one is cued by nothing else."""
    if prev.cue is None or not (prev.end <= prev.cue.idx < nxt.start):
        return False
    sent = prev.cue.sent
    if sent.start_char > prev.end and sent.start_char <= nxt.start < sent.end_char:
        return False
    return nxt.cue is None or nxt.cue.i == prev.cue.i


def _same_speaker(a: Piece, b: Piece) -> bool:
    return a.speaker is None or b.speaker is None or getattr(a.speaker, "id", None) == getattr(b.speaker, "id", None)


def _opener(out: list[Piece], f: Piece) -> Piece | None:
    """The latest item before `f` that no other item holds: a direct quote, or a content whose cue comes after
    it ("The answers are "not meeting the demand," says X. "We often ...""), which `f` may continue."""
    for n in range(len(out) - 1, -1, -1):
        o = out[n]
        if o.end > f.start or any(p.start <= o.start and o.end <= p.end for p in out[:n]):
            continue
        if o.kind == "indirect" and (o.cue is None or o.cue.idx < o.start):
            continue  # a report inside the cue clause ("she said of X, in which she was sure Y, "B."")
        after_cue = o.cue is not None and o.cue.idx >= o.end
        return o if o.kind == "direct" or (o.kind == "indirect" and after_cue) else None
    return None


def join_interrupted(found: list[Piece], paragraph_of: Callable[[int], int]) -> list[Piece]:
    """`found` in text order, each with its `pieces` set; a quote continuing the quote or content before it
    after the cue is folded into it (its span added as a piece, the outer end moved). Other items pass
    through."""
    out: list[Piece] = []
    for f in found:
        prev = _opener(out, f) if f.kind in QUOTED_KINDS else None
        if prev is not None and paragraph_of(prev.start) == paragraph_of(f.start) and _interrupts(prev, f) \
                and _same_speaker(prev, f) \
                and not any(o is not prev and o.kind in QUOTED_KINDS and prev.end <= o.start < f.start for o in out):
            prev.pieces.extend(f.pieces)
            prev.end = f.end
            continue
        out.append(f)
    return out
