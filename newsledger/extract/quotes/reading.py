"""One article's parse and quotation marks, with the lookups every quote rule asks, and the record of one
quote found.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsledger import nlp
from newsledger.extract.quotes.cues import (
    NO_OBJECT_CONTENT,
    PREP_CONTENT,
    belief_verbs,
    preposition_verbs,
    speech_verbs,
    stance_verbs,
)
from newsledger.extract.quotes.marks import CLOSE_DOUBLE, OPEN_DOUBLE, STRAIGHT, Marked, find_quotations, paragraphs
from newsledger.model import Actor, Record


@dataclass
class Found:
    """One quote found: its content span and kind, its cue, and who said it (as a span and as an actor)."""

    start: int
    end: int
    kind: str
    cue: Token | None = None
    cue_text: str | None = None
    speaker_span: Span | None = None
    speaker: Actor | None = None
    channel: str | None = None
    marked: Marked | None = None
    inherited: bool = False
    pieces: list[list[int]] = field(default_factory=list)


class Reading:
    """One article as the quote rules read it: its parse, text, paragraphs and quotations, with the
    lookups every rule asks (is a token quoted, which paragraph holds a character, is a token a cue) and the
    spans of tokens."""

    def __init__(self, doc: Doc, record: Record):
        self.doc = doc
        self.text = record.article.text  # what `doc` parses: Doc.text would rebuild it token by token
        self.record = record
        self.index = doc._.actor_index
        self.paragraphs = paragraphs(self.text)
        self.paragraph_starts = [s for s, _ in self.paragraphs]
        self.body_starts: dict[int, int] = {}  # paragraph start -> where its text starts after a dateline
        # a nickname quoted inside a name is part of the name, not a quotation (`is_nickname`)
        self.marks = [m for m in find_quotations(self.text) if not self.is_nickname(m)]
        self.quoted = [(m.start, m.end) for m in self.marks]
        self.speech, self.belief, self.stance = speech_verbs(), belief_verbs(), stance_verbs()
        self.preposition = preposition_verbs()
        self.ents = list(nlp.ents(doc))
        self.quote_starts = [s for s, _ in self.quoted]

    def is_nickname(self, m: Marked) -> bool:
        """A nickname quoted inside a name (the press convention: Robert "Bobby" Jones, Dwayne "The Rock"
        Johnson, Marcia "Cia" Price): a quotation of at most three words with a capitalised proper noun just
        before its opening mark and just after its closing mark is part of the name, nobody's words, and it
        must not take the cue of the clause it sits in from the quote that clause attributes, nor stand as a
        quotation between a quote and the quote continuing it ("A!" X "Y" Z shouted. "B.")."""
        if m.close is None or m.open < 2 or len(re.findall(r"\w+", self.text[m.start:m.end])) > 3:
            return False
        if self.text[m.open - 1] != " " or self.text[m.close + 1:m.close + 2] != " ":
            return False
        before = self.doc.char_span(m.open - 2, m.open - 1, alignment_mode="expand")
        after = self.doc.char_span(m.close + 2, m.close + 3, alignment_mode="expand")
        if not before or not after:
            return False
        return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (before[-1], after[0]))

    def in_quote(self, tok: Token) -> bool:
        return self.quoted_at(tok.idx)

    def quoted_at(self, char: int) -> bool:
        """The character lies inside a quotation (the quotations are disjoint and in text order)."""
        n = bisect_right(self.quote_starts, char) - 1
        return n >= 0 and char < self.quoted[n][1]

    def paragraph_of(self, char: int) -> int:
        """The paragraph holding the character or ending right at it (by bisection: the paragraphs are in text
        order); any other character (a line break between paragraphs) gives the last paragraph."""
        n = bisect_right(self.paragraph_starts, char) - 1
        if n >= 1 and char == self.paragraphs[n - 1][1]:
            return n - 1
        if n >= 0 and char <= self.paragraphs[n][1]:
            return n
        return len(self.paragraphs) - 1

    def same_paragraph(self, tok: Token, char: int) -> bool:
        return self.paragraph_of(tok.idx) == self.paragraph_of(char)

    _DATELINE = re.compile(r"[A-Z][A-Z .,'-]+(?:\([^)]*\))?\s*(?:\u2014|\u2013|--|-)\s")

    def body_start(self, p_start: int) -> int:
        """Where a paragraph's text starts after its dateline ("WASHINGTON -- "), which is nobody's words."""
        if p_start not in self.body_starts:
            m = self._DATELINE.match(self.text, p_start, p_start + 60)
            self.body_starts[p_start] = m.end() if m else p_start
        return self.body_starts[p_start]

    def is_cue(self, tok: Token, belief: bool = False) -> bool:
        if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ == "NOUN" and tok.tag_.startswith("VB")):
            return False
        lemma = tok.lemma_.lower()
        if lemma in self.speech or (belief and (lemma in self.belief or lemma in self.stance)):
            return True
        # "talked about X", "focused on X": a verb of the preposition list cues only with its preposition
        return belief and lemma in self.preposition and any(
            c.dep_ == "prep" and c.i > tok.i and c.lower_ in PREP_CONTENT.get(lemma, ()) for c in tok.children)

    def according_to(self, tok: Token) -> bool:
        return tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to"

    @staticmethod
    def negated(tok: Token) -> bool:
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        return tok.dep_ == "conj" and any(c.dep_ == "neg" for c in tok.head.children)

    def follows_comma(self, i: int, sent_start: int) -> bool:
        """Token i comes right after a comma (or a comma and the closing mark of a quotation: "X," said Y)."""
        j = i - 1
        if j > sent_start and self.doc[j].text in CLOSE_DOUBLE | {STRAIGHT, "''"}:
            j -= 1
        return j >= sent_start and self.doc[j].text == ","

    @staticmethod
    def has_own_content(cue: Token, deps: set[str]) -> bool:
        """The cue has a complement of its own that may be what it reports; the object of a cue whose object is
        the addressee ("X, he told reporters", "X, she told me on Friday, Y") is not one."""
        if cue.lemma_.lower() in NO_OBJECT_CONTENT:
            deps = deps - {"dobj", "dative"}
        return any(c.dep_ in deps for c in cue.children)

    def contiguous(self, toks: list[Token]) -> tuple[int, int] | None:
        if not toks:
            return None
        return self.token_span(list(self.doc[min(t.i for t in toks): max(t.i for t in toks) + 1]))

    def clause_span(self, head: Token) -> tuple[int, int] | None:
        """The clause a token heads, its complementizer ("that", "whether") included: the reported content
        runs from the complementizer on (PolNeAR's convention, 135 of 137 tune-half contents after a "that")."""
        return self.token_span(list(head.subtree))

    def token_span(self, toks: list[Token]) -> tuple[int, int] | None:
        if not toks:
            return None
        toks = sorted(toks, key=lambda t: t.i)
        # keep the contiguous run that holds most tokens (a removed phrase may split the clause)
        runs: list[list[Token]] = [[toks[0]]]
        for t in toks[1:]:
            if t.i == runs[-1][-1].i + 1:
                runs[-1].append(t)
            else:
                runs.append([t])
        run = max(runs, key=len)
        while run and (run[0].is_punct and run[0].text not in OPEN_DOUBLE | {STRAIGHT} or run[0].dep_ == "cc"
                       or run[0].is_space):
            run = run[1:]
        while run and (run[-1].is_punct and run[-1].text not in CLOSE_DOUBLE | {STRAIGHT} or run[-1].is_space):
            run = run[:-1]
        if not run:
            return None
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        return (start, end) if end > start else None
