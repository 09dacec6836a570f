"""Direct and partial quotes: the quotation's kind, the frame around it and its cue.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsledger.extract.quotes.cues import PREP_CONTENT, WORK_NOUNS
from newsledger.extract.quotes.marks import Marked
from newsledger.extract.quotes.reading import Found
from newsledger.extract.quotes.speakers import Speakers

SHORT_TITLE_WORDS = 6


class DirectQuotes(Speakers):
    """Reads one quotation as a direct or partial quote with its cue."""

    def quote_tokens(self, m: Marked) -> list[Token]:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return list(span) if span is not None else []

    def is_title(self, m: Marked) -> bool:
        """A stage note in quotation marks ("(CROSSTALK)", "[APPLAUSE]"): nobody's words."""
        content = self.text[m.start:m.end].strip()
        return bool(re.fullmatch(r"[(\[][A-Z ]+\.?[)\]][.,]?", content))

    # Words before a quoted title: a preposition ("on "Meet the Press"", "in "Bridge of Spies""), a possessive
    # ("NBC's "This Week""), a naming verb ("a show called "X"")
    _TITLE_LEAD = re.compile(r"(?:\b(?:on|in|of|for|from|at|to|with|by|about|called|titled|entitled|named|dubbed)"
                             r"|['\u2019]s)\s*$", re.IGNORECASE)
    _MINOR = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "de"}

    def quoted_title(self, m: Marked) -> bool:
        """A quoted title (Chicago Manual of Style 8.189: quotation marks for the titles of shows, episodes,
        songs, articles): a short quotation (SHORT_TITLE_WORDS words at most) in title case (every word but
        articles, conjunctions and short prepositions capitalized) right after a preposition, a possessive or a
        naming verb ("said on "Meet the Press,"", "told CNN's "New Day""), or in apposition to a noun naming a work
        (`work_title`). It names a work, it reports nobody."""
        content = self.text[m.start:m.end].strip()
        words = re.findall(r"[^\W\d_][\w'\u2019.-]*", content)
        if not words or len(words) > SHORT_TITLE_WORDS or content[:1].islower():
            return False
        if not all(w[0].isupper() or (n and w.lower() in self._MINOR) for n, w in enumerate(words)):
            return False
        return bool(self._TITLE_LEAD.search(self.text[max(0, m.open - 20):m.open])) or self.work_title(m)

    def work_title(self, m: Marked) -> bool:
        """The quotation stands right after a common noun naming a composition (WORK_NOUNS: a book, song, show,
        column, ad; AP Stylebook's composition titles), with at most a comma between: the title in apposition to
        it ("the TLC reality show "Cake Boss"", "his autobiography, "A Time for Truth,""). The word is read as a
        noun in the parse, so a verb ("polls show "X"") is none."""
        before = self.doc.char_span(max(0, m.open - 40), m.open, alignment_mode="contract")
        if before is None or not len(before) or self.text[before.end_char:m.open].strip():
            return False
        last = before[-1]
        if last.text == "," and len(before) > 1:
            last = before[-2]
        return last.pos_ == "NOUN" and last.lemma_.lower() in WORK_NOUNS

    def attributive_quotation(self, m: Marked) -> bool:
        """A quoted name right before a common noun that it modifies: a short quotation (SHORT_TITLE_WORDS words at
        most, no closing sentence or clause mark) in title case, a proper name used as an attributive modifier
        inside a noun phrase (CGEL ch. 5 §14: "a "Commander-In-Chief" forum", "the "Stop Trump" movement", "the
        "Daily Show" host"). It names a show, a campaign, a group; it reports nobody. Quoted adjectives and common
        nouns ("an "awful" job", "the "top secret" level") may be the source's own words and stay; so does a
        quotation closed by "!" or "?" ("drawing "BERNIE!" chants": an utterance)."""
        content = self.text[m.start:m.end].strip()
        if m.close is None or not content or content[-1] in ".,;:!?\u2026":
            return False
        words = re.findall(r"[^\W\d_][\w'\u2019.-]*", content)
        if not words or len(words) > SHORT_TITLE_WORDS \
                or not all(w[0].isupper() or (n and w.lower() in self._MINOR) for n, w in enumerate(words)):
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        after = self.doc.char_span(m.close + 1, min(len(self.text), m.close + 40), alignment_mode="contract")
        if span is None or after is None or not len(after) or self.text[m.close + 1:after.start_char].strip():
            return False
        noun = after[0]
        # the quotation's words hang together on the noun (every word whose head lies outside the quotation is a
        # noun or name hanging on it), and the noun heads a noun phrase, not a time adjunct ("reading "Thank You
        # Georgia" moments after polls closed": a quotation, then "moments after X")
        outside = [t for t in span if not t.is_punct and not span.start <= t.head.i < span.end]
        return noun.pos_ == "NOUN" and noun.dep_ != "npadvmod" and bool(outside) \
            and all(t.head.i == noun.i and t.pos_ in {"NOUN", "PROPN"} for t in outside)

    def kind_of(self, m: Marked) -> str:
        content = self.text[m.start:m.end].strip()
        first = next((c for c in content if c.isalnum()), "")
        if not first or not (first.isupper() or first.isdigit()):
            return "partial"
        if m.close is None or m.continues:
            return "direct"
        if content[-1:] in {",", ".", "!", "?", "\u2026", ":", ";", "-", "\u2014", "\u2013"}:
            return "direct"
        before = self.text[:m.open].rstrip()
        p_start = self.paragraphs[self.paragraph_of(m.open)][0]
        if m.open == p_start or before.endswith((":", ".", "!", "?")) or len(before) <= p_start:
            return "direct"
        after = self.text[m.close + 1: m.close + 3]
        if after.startswith(","):
            return "direct"
        return "partial"

    def frame(self, m: Marked) -> list[Token]:
        """Tokens around the quote, outside any quotation, that may hold its cue: the sentence before the
        opening mark up to the mark, and after the closing mark up to the end of that sentence, within the
        paragraph."""
        p_start, p_end = self.paragraphs[self.paragraph_of(m.open)]
        toks: list[Token] = []
        first = self.doc.char_span(m.open, m.open + 1, alignment_mode="expand")
        if first is not None:
            # the sentence's tokens up to the mark's (tokens after it start after the mark)
            sent = first[0].sent
            toks += [t for t in self.doc[sent.start:first[0].i + 1] if t.idx < m.open and t.idx >= p_start]
        end_char = m.close + 1 if m.close is not None else m.end
        tail = self.doc.char_span(end_char, p_end, alignment_mode="contract") if end_char < p_end else None
        if tail is not None and len(tail):
            # read token by token as far as needed, not the whole rest of the paragraph
            sent_end = tail[0].sent.end
            # A quote ending with a comma is followed by its cue clause, even when the parser split there.
            for t in tail:
                if self.in_quote(t):
                    break
                if t.i >= sent_end and not (t.i == sent_end and self.text[m.start:m.end].rstrip().endswith(",")):
                    break
                toks.append(t)
                if t.text in {".", "!", "?"} and t.i > tail.start:
                    break
        return [t for t in toks if not self.in_quote(t)]

    def direct(self, m: Marked) -> Found:
        f = Found(m.start, m.end, self.kind_of(m), marked=m)
        qtoks = self.quote_tokens(m)
        # 1. a speech verb outside the quote that governs a word of it
        # (the outermost one: in "X said the group will announce it "within days"", the words are X's)
        qset = {t.i for t in qtoks}
        governing: Token | None = None
        seen: set[int] = set()
        for t in qtoks:
            for anc in t.ancestors:
                # a word met before, and every word above it, was tried then: trying it again changes nothing
                # (governing only ever moves up to an ancestor of itself)
                if anc.i in seen:
                    break
                seen.add(anc.i)
                if anc.i in qset or self.in_quote(anc) or not self.same_paragraph(anc, m.open):
                    continue
                if self.is_cue(anc) and not self.negated(anc) and (governing is None or (
                        anc in governing.ancestors and not self.own_report(governing))):
                    governing = anc
        if governing is not None:
            self.set_cue(f, governing)
            return f
        # 2. the nearest cue in the frame
        frame = self.frame(m)
        cands = [t for t in frame if (self.is_cue(t) or self.according_to(t)) and not self.next_sentence_report(m, t)]
        if cands:
            def dist(t: Token) -> int:
                return m.open - t.idx if t.idx < m.open else t.idx - (m.close or m.end)
            best = min(cands, key=dist)
            if self.according_to(best):
                self.set_according(f, best)
            else:
                self.set_cue(f, best)
            return f
        # 3. a sentence ending in a colon just before the quote: "He said:"
        before = self.text[:m.open].rstrip()
        if before.endswith(":"):
            colon = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
            if colon is not None:
                cands = [t for t in colon[0].sent if self.is_cue(t) and not self.in_quote(t)]
                if cands:
                    self.set_cue(f, cands[-1])
                    return f
        return f

    def next_sentence_report(self, m: Marked, cue: Token) -> bool:
        """A cue in the sentence after a quotation that closes its own sentence ("A." Turkish officials disputed
        the readout; "A." She also criticised X) that reports something else: the quotation is no content of it.
        The press convention names a new speaker with their words, and a quotation paragraph with no attribution
        of its own goes on with the last attributed speaker, which `Attribution.inherit` gives it. Only the main
        verb of the next sentence with nothing to report but the quote ("A." Smith said later. "Why?" she
        asked.) still reports it; a participle, a relative clause's verb, a cue with an object, a clause, a
        prepositional content or a colon after it ("Bethany said: "B."") does not."""
        if m.close is None or cue.idx < m.close:
            return False
        content = self.text[m.start:m.end].rstrip()
        after = self.text[m.close + 1: cue.idx + len(cue.text)].lstrip()
        if not content.endswith((".", "!", "?")) or not after[:1].isupper():
            return False
        if self.according_to(cue) or cue.dep_ not in {"ROOT", "conj"} or cue.tag_ in {"VBG", "VBN"}:
            return True  # "According to X, Y", "Describing herself as X", "the zone, which has been attacked"
        if any(t.text == ":" for t in self.doc[cue.i + 1: cue.sent.end]):
            return True  # "Bethany said: "B."": the quotation after the colon is its content
        preps = PREP_CONTENT.get(cue.lemma_.lower(), ())
        return self.has_own_content(cue, {"dobj", "ccomp", "xcomp"}) or any(
            c.dep_ == "prep" and c.lower_ in preps for c in cue.children)

    def opens_paragraph(self, f: Found) -> bool:
        """The quote's opening mark is the first thing in its paragraph's text."""
        if f.marked is None:
            return False
        return f.marked.open == self.body_start(self.paragraphs[self.paragraph_of(f.marked.open)][0])
