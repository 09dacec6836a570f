"""Finding quotation marks: the quotations of a text, paired per paragraph, and the paragraphs themselves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = {"\u201c", "\u201e", "\u00ab"}
CLOSE_DOUBLE = {"\u201d", "\u00bb"}
STRAIGHT = '"'
OPEN_SINGLE = {"\u2018"}
CLOSE_SINGLE = {"\u2019"}


@dataclass
class Marked:
    """One quotation: `start`/`end` index its content (inside the marks); `open`/`close` the marks
    (close is None when the quote runs to the paragraph's end)."""
    open: int
    start: int
    end: int
    close: int | None
    continues: bool = False  # opens a paragraph that continues an unclosed quote of the previous one


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _is_opening_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{\u2014-:;,/":
        return not after.isspace()
    return False


def find_quotations(text: str) -> list[Marked]:
    """Top-level quotations, paired per paragraph. Marks inside a quotation that are of the other kind
    (single inside double) are nested quotes and stay part of the outer quotation's text. A text with no
    double marks that writes them as two apostrophes (''like this'', an archive convention) is read with
    those as its double marks; so is a text that writes most of its quotations so and a few with double marks (an
    archive text whose headline or summary kept the double marks: the apostrophe pairs outnumber the marks)."""
    if "''" in text and text.count("''") > sum(text.count(c) for c in OPEN_DOUBLE | CLOSE_DOUBLE | {STRAIGHT}):
        # the same length, so offsets hold: the first apostrophe becomes the mark, the second a filler
        marks = _find_quotations(text.replace("''", '"\x01'))
        for m in marks:
            if text[m.open:m.open + 2] == "''":
                m.start = m.open + 2
            if m.close is not None and text[m.close:m.close + 2] == "''":
                m.close += 1
        return [m for m in marks if m.end > m.start]
    return _find_quotations(text)


def _opens_closes(text: str, i: int, uses_double: bool, open_at: int | None, open_char: str) -> tuple[bool, bool]:
    """Whether the character at `i` can open and whether it can close a quotation, given the quotation open at
    `open_at` (opened by `open_char`): by double marks where the text uses them, else by single ones."""
    c = text[i]
    if uses_double:
        is_open = c in OPEN_DOUBLE or (c == STRAIGHT and open_at is None and _is_opening_straight(text, i))
        is_close = c in CLOSE_DOUBLE or (c == STRAIGHT and open_at is not None) or (
            # a closing double mark typed as two closing single marks (’’)
            c in CLOSE_SINGLE and open_char in OPEN_DOUBLE and text[i + 1:i + 2] in CLOSE_SINGLE)
        return is_open, is_close
    is_open = c in OPEN_SINGLE and (i == 0 or not text[i - 1].isalnum())
    is_close = c in CLOSE_SINGLE and open_at is not None and (i + 1 >= len(text) or not text[i + 1].isalpha())
    return is_open, is_close


def _before_space(text: str, open_at: int, end: int) -> int:
    """`end` moved back over white space, not past the opening mark's next character."""
    while end > open_at + 1 and text[end - 1].isspace():
        end -= 1
    return end


# Every character _opens_closes can read as a mark: at any other character the scan below changes nothing.
_MARK = re.compile("[" + re.escape("".join(sorted(OPEN_DOUBLE | CLOSE_DOUBLE | OPEN_SINGLE | CLOSE_SINGLE)) + STRAIGHT)
                   + "]")


def _find_quotations(text: str) -> list[Marked]:
    """The quotations in marks, paragraph by paragraph: an unclosed one runs to its paragraph's end and may be
    continued by the next paragraph's opening mark."""
    uses_double = any(c in text for c in OPEN_DOUBLE | CLOSE_DOUBLE | {STRAIGHT})
    out: list[Marked] = []
    prev_open_at_end = False
    for p_start, p_end in paragraphs(text):
        open_at: int | None = None
        open_char = ""
        reopened = False  # the open quotation continues one its opening mark ended (see below)
        first_in_par = True
        for mark in _MARK.finditer(text, p_start, p_end):
            i = mark.start()
            c = text[i]
            is_open, is_close = _opens_closes(text, i, uses_double, open_at, open_char)
            if open_at is not None and c in OPEN_DOUBLE and open_char in OPEN_DOUBLE and i > open_at + 1 \
                    and not text[i - 1].isspace() and text[i + 1:i + 2].isspace():
                is_close = True  # a closing mark typed as an opening one: it stands where a closing mark stands
            elif open_at is not None and c in OPEN_DOUBLE and open_char in OPEN_DOUBLE:
                # A reader's convention (Chicago Manual of Style 17th ed. 13.30): an opening mark inside an open
                # quotation of the same kind starts a new paragraph of it; in a text whose line breaks were lost
                # ("A. "B."") the first part ends before the new mark instead of running on to the last closing
                # mark.
                end = _before_space(text, open_at, i)
                if end > open_at + 1:
                    out.append(Marked(open_at, open_at + 1, end, None, continues=reopened or (
                        first_in_par and prev_open_at_end and open_at == p_start)))
                    first_in_par = False
                open_at, open_char, reopened = i, c, True
                continue
            if open_at is None and is_open:
                open_at, open_char, reopened = i, c, False
            elif open_at is not None and is_close:
                if c == STRAIGHT and open_char != STRAIGHT and c not in CLOSE_DOUBLE:
                    continue
                if i > open_at + 1:
                    out.append(Marked(open_at, open_at + 1, i, i, continues=reopened or (
                        first_in_par and prev_open_at_end and open_at == p_start)))
                    first_in_par = False
                open_at = None
            elif open_at is None and is_close and c != STRAIGHT and uses_double:
                continue  # a stray closing mark
        prev_open_at_end = False
        if open_at is not None:
            end = _before_space(text, open_at, p_end)
            if end > open_at + 1:
                out.append(Marked(open_at, open_at + 1, end, None,
                                  continues=reopened or (first_in_par and open_at == p_start)))
                prev_open_at_end = True
    return out

