"""One attribution from a quote interrupted by its cue: ""A," she said, "B."" and ""A," she said. "B."".

The record lists such a quote once, with its `pieces` (the quoted stretches, in order) and `start`/`end` the outer
span from the first piece to the last; the cue clause between the pieces is not part of the words said. This is
how attribution corpora count it (PolNeAR annotates one Content running from the first piece to the last) and
how a reader reads it: one speaker, one utterance, one cue.

A quote joins the one before it when the earlier quote's cue stands between the two, the later quote has no cue
of its own (or the same cue token) and follows a break (a comma, a full stop, "and"/"but"), no other direct quote
comes in between (a quoted title in the cue clause does not count: "said on NBC's "Meet the Press.""), and both
have the same speaker. Both lie in one paragraph, or the later one opens the next paragraph with no cue of its own
(""A," he said.\n\n"B."": PolNeAR annotates one Content over both; measured on the tune half and a train
sample). A quote left open at a paragraph's end and continued by the next paragraph's opening mark (the press
convention for a quote over several paragraphs) is one quote too. The earlier one may also be a content reported
before its cue, with a quoted fragment in it ("The answers are "not meeting the demand," says X. "We often
..."": one Content in PolNeAR).
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


def _carried_on(prev: Piece, nxt: Piece, continues: Callable[[Piece], bool]) -> bool:
    """The later quote opens the next paragraph continuing the earlier one, left open at its paragraph's end
    (the press convention for a quote over several paragraphs), and has no cue of its own."""
    return prev.kind == "direct" and nxt.cue is None and continues(nxt)


def _same_speaker(a: Piece, b: Piece) -> bool:
    return a.speaker is None or b.speaker is None or getattr(a.speaker, "id", None) == getattr(b.speaker, "id", None)


def _according(o: Piece) -> bool:
    return getattr(o, "cue_text", None) == "according to"


def _opener(out: list[Piece], f: Piece, text: str) -> Piece | None:
    """The latest item before `f` that no other item holds: a direct quote, or a content whose cue comes after
    it ("The answers are "not meeting the demand," says X. "We often ...""), which `f` may continue. A
    quotation inside a cue clause (a title, a phrase a word leads into) is passed over."""
    for n in range(len(out) - 1, -1, -1):
        o = out[n]
        if o.end > f.start or _in_clause(o, text) or any(
                p.start <= o.start and o.end <= p.end and not _according(p) for p in out[:n]):
            continue
        if o.kind == "indirect" and (o.cue is None or o.cue.idx < o.start):
            continue  # a report inside the cue clause ("she said of X, in which she was sure Y, "B."")
        if _according(o):
            continue  # the outlet's report of a cue clause ("A," X said, according to the Post. "B.")
        after_cue = o.cue is not None and o.cue.idx >= o.end
        return o if o.kind == "direct" or (o.kind == "indirect" and after_cue) else None
    return None


def _near(prev: Piece, f: Piece, paragraph_of: Callable[[int], int], opens_paragraph: Callable[[Piece], bool]
          ) -> bool:
    """In one paragraph, or `f` opens the next paragraph with no cue of its own, going on with what was said
    ("A," he said.\n\n"B."): one quote carried over, as PolNeAR annotates and a reader reads it."""
    gap = paragraph_of(f.start) - paragraph_of(prev.end)
    return gap == 0 or (gap == 1 and f.cue is None and prev.kind == "direct" and opens_paragraph(f))


def _after_break(f: Piece, text: str) -> bool:
    """The quote follows a break in the sentence (", "B."", ". "B."", ", and "B"", a new paragraph), as the rest of
    what was said does; a quotation a word leads into ("said on NBC's "Meet the Press."", "the "Make
    America Great Again" hat") is a title or a phrase of the cue clause."""
    before = text[:f.start].rstrip(" \u201c\u201e\u00ab\u2018'\"\x01").rstrip()
    return not before or before[-1] in ",.:;!?\n\u2014\u2013-" or before.endswith((" and", " but"))


def _in_clause(o: Piece, text: str) -> bool:
    """A quotation a word of its cue's clause leads into, after the cue ("said on NBC's "Meet the Press.""):
    a title or a phrase of the clause, not an utterance a later quote may continue."""
    return o.kind in QUOTED_KINDS and o.cue is not None and o.cue.idx < o.start and not _after_break(o, text)


def join_interrupted(found: list[Piece], text: str, paragraph_of: Callable[[int], int],
                     opens_paragraph: Callable[[Piece], bool], continues: Callable[[Piece], bool]) -> list[Piece]:
    """`found` in text order, each with its `pieces` set; a quote continuing the quote or content before it
    after the cue is folded into it (its span added as a piece, the outer end moved). Other items pass
    through."""
    out: list[Piece] = []
    for f in found:
        prev = _opener(out, f, text) if f.kind in QUOTED_KINDS else None
        if prev is not None and _near(prev, f, paragraph_of, opens_paragraph) \
                and (_interrupts(prev, f) or _carried_on(prev, f, continues)) and _after_break(f, text) \
                and _same_speaker(prev, f) \
                and not any(o is not prev and o.kind == "direct" and prev.end <= o.start < f.start
                            and not _in_clause(o, text) for o in out):
            prev.pieces.extend(f.pieces)
            prev.end = f.end
            continue
        out.append(f)
    return out
