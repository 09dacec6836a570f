"""Content boundaries: where a reported content starts and ends, the writer's tail, the cue's time
phrases and the quotation marks around it left out or taken in.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsledger.extract.quotes.cues import SUBJECT_DEPS
from newsledger.extract.quotes.marks import CLOSE_DOUBLE, OPEN_DOUBLE, STRAIGHT
from newsledger.extract.quotes.speakers import Speakers


class Boundaries(Speakers):
    """Trims and widens a content span to where the reported words start and end."""

    def from_complementizer(self, start: int, end: int) -> int:
        """Where a content after its cue starts when a "that" clause follows words with no verb ("told one of
        his proteges on a regular basis that X", "telling a veterans group that X"): at the "that", the
        addressee and the cue's phrases before it left to the cue."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return start
        for t in span[1:]:
            # a verb, a quotation or a subject before the "that" ("said the claim that X was false"): the clause
            # starts earlier
            if t.pos_ in {"VERB", "AUX"} or self.in_quote(t) or SUBJECT_DEPS & {span[0].dep_, t.dep_}:
                return start
            if t.lower_ == "that" and t.i + 1 < span.end and (t.dep_ == "mark" or self.doc[t.i + 1].dep_ in
                                                               SUBJECT_DEPS | {"det", "punct"}):
                return t.idx
        return start

    def list_members(self, comma: Token, head: Token) -> int | None:
        """A list's later members after a comma ("X of A, B and C"): the phrase `head` opening right after `comma`
        is coordinated ("B and C": a coordinator and a conjunct that are children of its head), and its head is a
        noun or an -ing form like the head of a phrase ending just before the comma, the list's first member (the
        same tag; any noun tag for nouns). "A, B and C" is one coordination (CGEL 15.1-15.2: its commas mark the
        members of one phrase), so it belongs to the first member's head, not to the writer or the cue. Not
        appositives to a name ("the town of Manbij, the starting point of X, and a stronghold of Y"). The last
        token of the list, or None."""
        if head.dep_ in {"cc", "punct", "conj"} or not (head.tag_.startswith("NN") or head.tag_ == "VBG"):
            return None
        before, opening = self.doc[comma.i - 1], self.doc[comma.i + 1]
        if before.pos_ == "PROPN" and opening.dep_ == "det":
            return None
        cc = next((c for c in head.children if c.dep_ == "cc" and c.i > head.i), None)
        if cc is None or not any(c.dep_ == "conj" and c.i > cc.i for c in head.children):
            return None
        first = before
        while first.i != head.head.i and first.right_edge.i == comma.i - 1:
            if first.tag_ == head.tag_ or first.tag_[:2] == head.tag_[:2] == "NN":
                return head.right_edge.i
            if first.head.i == first.i:
                break
            first = first.head
        return None

    # Words that open a trailing clause of the writer's after a comma: "X, although ...", "X, while ...".
    # Concessive words that open the writer's aside. Not "while", "whereas", "despite": PolNeAR keeps the
    # contrast and the concession inside the content ("that his assessment hasn't changed, despite their
    # recent call"), and so does a reader; measured on the tune half and a PolNeAR train sample.
    _TAIL_MARKS = {"although", "though", "even", "which", "who", "whom", "whose"}

    def trim_tail(self, start: int, end: int) -> tuple[int, int]:
        """The content without what the writer hangs on it after a comma: a non-restrictive relative
        clause (", which ..."), a participle (", forcing ...", ", contradicting ...", a closing ", known as ..."), a
        concessive clause (", although ..."), a source phrase (", according to ..."), an indefinite noun phrase
        closing it (", a claim that X disputes", ", a former governor who ..."), or a coordinated clause with a
        speech verb of its own (", and others warned that ..."). A definite apposition (", the group's leader") and
        a contrast (", while ...", ", despite ...") stay: they describe what is reported."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return start, end
        for tok in span:
            report_end = self.before_next_report(tok, span)
            if report_end is not None:
                return start, report_end
            if tok.text not in {",", "(", "\u2014", "--", "\u2015"} or tok.i + 1 >= span.end \
                    or self.in_quote(self.doc[tok.i + 1]):
                continue
            if tok.i - span.start < 3:
                continue
            n = self.doc[tok.i + 1]
            if n.text in CLOSE_DOUBLE | {STRAIGHT, "''"} and n.i + 1 < span.end:  # '"partial," meaning ...'
                n = self.doc[n.i + 1]
            if self.writer_tail(tok, n, span.end):
                last = self.doc[tok.i - 1]
                if n.i > tok.i + 1:  # the comma and the mark close a quoted fragment: keep them
                    return start, self.doc[n.i - 1].idx + len(self.doc[n.i - 1].text)
                if self.in_quote(tok):  # the comma closes a quoted fragment: keep it and its mark
                    return start, tok.idx + len(tok.text)
                return start, last.idx + len(last.text)
        return start, end

    def writer_tail(self, mark: Token, n: Token, end: int) -> bool:
        """Whether the word n after a comma, bracket or dash (mark) opens what the writer hangs on the content
        ending at token end (see `trim_tail`)."""
        low = n.lower_
        if low in {"who", "which", "whom", "whose"}:
            # a relative clause is the writer's only when it closes the content; one after the content's
            # subject ("that the province, which is north of the capital, was captured") is part of it
            return n.tag_ in {"WDT", "WP", "WP$"} and n.head.right_edge.i >= end - 2
        if low in self._TAIL_MARKS:
            return low != "even" or (n.i + 1 < len(self.doc) and self.doc[n.i + 1].lower_ in {"though", "as", "if"})
        if n.tag_ == "VBG" and n.dep_ in {"advcl", "acl", "xcomp", "conj", "dep"} \
                and low not in {"including", "according"}:
            return self.list_members(mark, n) is None  # not ", lying to B and obstructing C": a list's members
        if n.tag_ == "VBN" and n.dep_ in {"acl", "advcl"} and n.head.right_edge.i >= end - 2:
            return True
        if n.tag_ == "RB" and n.i + 1 < end and self.doc[n.i + 1].tag_ == "VBG" \
                and self.doc[n.i + 1].dep_ in {"advcl", "acl", "xcomp", "conj", "dep"}:
            return True  # ", implicitly putting ...": a participle with its adverb
        if low in {"a", "an"} and n.dep_ == "det" and n.head.dep_ in {"appos", "npadvmod", "dep"} \
                and n.head.right_edge.i >= end - 2:
            # an indefinite noun phrase closing the content after a comma or dash, set beside the clause or its
            # last noun: the writer's comment or description (", a claim that his office disputes", ", a
            # proportion that had risen in recent years", "— a milepost that Obama was able to hit", ", a former
            # nominee who was born in Panama"); a definite one ("the Russian president, Vladimir V. Putin") names
            # and stays; so does a list's next member ("of a cover-up, a lie and a crime")
            return n.head.left_edge.i != n.i or self.list_members(mark, n.head) is None
        if low == "according" and n.i + 1 < len(self.doc) and self.doc[n.i + 1].lower_ == "to":
            return True
        if low in {"and", "but"}:
            verb = next((t for t in self.doc[n.i + 1: end]
                         if t.pos_ in {"VERB", "AUX"} and t.dep_ == "conj"), None)
            cut = verb is not None and verb.lemma_.lower() in self.speech and self.subject(verb) is not None
            return cut or self.coordinated_report(n, end)
        if low in {"while", "whereas"}:
            return self.coordinated_report(n, end)
        return False

    def before_next_report(self, tok: Token, span: Span) -> int | None:
        """"X and warned Y", "X and called on Y": where the content ends when tok coordinates the reporter's next
        report (a speech or stance verb with no subject of its own) with the cue."""
        if not (tok.lower_ in {"and", "but"} and tok.dep_ == "cc" and tok.i - span.start >= 3
                and not self.in_quote(tok) and tok.i + 1 < span.end):
            return None
        nxt = self.doc[tok.i + 1]
        if nxt.dep_ == "conj" and nxt.pos_ == "VERB" and nxt.tag_ in {"VBD", "VBZ"} \
                and (nxt.lemma_.lower() in self.speech or nxt.lemma_.lower() in self.stance) \
                and self.subject(nxt) is None:
            prev = self.doc[tok.i - 1]
            if prev.text == ",":
                prev = self.doc[tok.i - 2]
            return prev.idx + len(prev.text)
        return None

    def coordinated_report(self, coord: Token, end: int) -> bool:
        """After a comma, "and"/"but"/"while"/"whereas" opening a clause whose verb is a cue with a subject of its
        own, before it ("Half said Clinton is honest, and three-quarters said the same of Sanders", "Most say they
        prefer an outsider, while about 4 in 10 want one with experience", "One list says A, while another says
        B"): the poll and survey idiom setting one group's answer beside another's (CGEL 15.2, clause
        coordination), a second report, not part of the first content. The subject is a noun phrase, not a
        personal pronoun."""
        for t in self.doc[coord.i + 1: end]:
            if t.pos_ not in {"VERB", "AUX"}:
                continue
            if t.dep_ in {"relcl", "acl"}:
                return False  # "..., but one that embraces X": a noun phrase and its relative clause, no clause
            subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"} and coord.i < c.i < t.i), None)
            lemma = t.lemma_.lower()
            # a personal pronoun ("..., but he refuses to X") is most often the same speaker going on
            return subj is not None and subj.tag_ not in {"PRP", "WDT", "WP"} \
                and (lemma in self.speech or lemma in self.stance)
        return False

    # Dependents of a cue that say when or how it was said, never what: "endorsed X on Thursday", "told
    # reporters this weekend X", "blasted X as a disgrace Wednesday".
    _ADJUNCT_DEPS = {"npadvmod", "advmod", "prep", "tmod", "advcl"}

    def trim_cue_adjuncts(self, start: int, end: int, cue: Token) -> tuple[int, int]:
        """The content without a time phrase of the cue's at either edge (a DATE or TIME entity hanging on
        the cue itself, with its preposition), which a contiguous span running over the cue's complements
        takes in."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return start, end
        adjuncts = [c for c in cue.children if c.dep_ in self._ADJUNCT_DEPS and span.start <= c.i < span.end
                    and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
                    and all(t.ent_type_ in {"DATE", "TIME"} or t.dep_ in {"prep", "det", "punct"} or t is c
                            for t in c.subtree)]
        lo, hi = span.start, span.end
        if cue.i < lo:
            # "told voters this weekend he would ...": a time phrase opening the content without a comma is the
            # cue's, whatever the parse attaches it to
            t = lo
            while t < hi and (self.doc[t].ent_type_ in {"DATE", "TIME"} or (t == lo and self.doc[t].dep_ == "prep"
                                                                            and self.doc[t].lower_ in {"on", "in"})):
                t += 1
            if lo < t < hi and self.doc[t - 1].ent_type_ in {"DATE", "TIME"} and self.doc[t].text != "," \
                    and self.doc[t].dep_ in SUBJECT_DEPS | {"mark"}:
                lo = t
        for c in sorted(adjuncts, key=lambda c: c.i):
            a, b = c.left_edge.i, c.right_edge.i + 1
            if a == lo:
                lo = b
            elif b == hi:
                hi = a
        while lo < hi and (self.doc[lo].is_punct or self.doc[lo].is_space) \
                and self.doc[lo].text not in OPEN_DOUBLE | {STRAIGHT}:
            lo += 1
        while hi > lo and (self.doc[hi - 1].is_punct or self.doc[hi - 1].is_space) \
                and self.doc[hi - 1].text not in CLOSE_DOUBLE | {STRAIGHT}:
            hi -= 1
        if hi <= lo:
            return start, end
        return self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1].text)

    def indirect_bounds(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """An indirect content's bounds from its clause span: the writer's tail trimmed, a quoted fragment it
        opened closed; None without a span or when the content is one quotation's words (a direct quote)."""
        if span is None:
            return None
        start, end = self.close_quotation(*self.trim_tail(*span))
        end = self.dash_elaboration(start, end)
        return None if self.inside_quotation(start, end) else (start, end)

    # A dash opening an elaboration of what precedes it: "his views — particularly regarding immigration",
    # "to drop out — including Jeb Bush", "in other ways - from displaying a sticker to Y" (PolNeAR train: 43
    # contents run over such a tail, 8 stop before it).
    _DASH_ELABORATION = re.compile(r"[ \t]*(?:\u2014|\u2013|--| - )[ \t]*(?:from|including|like|such as|especially|"
                                   r"particularly|notably|among them)\b", re.I)

    def dash_elaboration(self, start: int, end: int) -> int:
        """A content followed by a dash and an elaboration of it ("— including X", "— from X to Y") runs over the
        elaboration, to the closing dash or the sentence's end."""
        m = self._DASH_ELABORATION.match(self.text, end)
        if m is None:
            return end
        last = self.doc.char_span(start, end, alignment_mode="expand")
        if last is None:
            return end
        sent = last[-1].sent
        stop = sent.end_char
        dash = re.search(r"\u2014|\u2013|--| - ", self.text[m.end():stop])
        if dash is not None:
            stop = m.end() + dash.start()
        while stop > m.end() and (self.text[stop - 1] in ".,;:!? \n\t"):
            stop -= 1
        return stop if "\n" not in self.text[end:stop] else end

    def close_quotation(self, start: int, end: int) -> tuple[int, int]:
        """A content that ends inside a quoted fragment it opened (the parse leaves the closing mark and the
        fragment's last words to the cue): it runs to the fragment's closing mark, so the fragment is part
        of it."""
        for m in self.marks:
            if start <= m.open and m.start < end < m.end + 1 and m.close is not None \
                    and not self.text[end:m.end].count("\n"):
                return start, m.close + 1
            if start <= m.open and end == m.end and m.close is not None:
                return start, m.close + 1
        return start, end

    def inside_quotation(self, start: int, end: int) -> bool:
        """True when the content is one quotation's words (give or take its marks and punctuation): then it is
        a direct or partial quote, not an indirect one. A content clause with words of the writer's around
        its quoted part ("that Pyongyang "stop its escapades"", "The country "has made changes"") is
        indirect, the quoted fragment inside it (PolNeAR's contents run over the whole clause)."""
        return not any(c.isalnum() and not self.quoted_at(i) for i, c in enumerate(self.text[start:end], start))
