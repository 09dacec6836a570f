"""Speakers: the cue's subject, climbing to the governing verb or over an inversion, the "according to"
source, and the mention each stands for.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract.quotes.channels import Channels
from newsledger.extract.quotes.cues import (
    CLIMB_DEPS,
    CUE_PARTICLES,
    PERSON_PRONOUNS,
    RECORDINGS,
    RELEASED_DOCUMENTS,
    SUBJECT_DEPS,
)
from newsledger.extract.quotes.marks import CLOSE_DOUBLE, STRAIGHT
from newsledger.extract.quotes.reading import Found


class Speakers(Channels):
    """Who a cue says spoke, as a span of the text; the cue's wording and channel."""

    def set_according(self, f: Found, tok: Token) -> None:
        f.cue = tok
        f.cue_text = "according to"
        to = self.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            f.speaker_span = self.noun_phrase(self.author_of(pobj))

    def releaser(self, document: Token) -> Token:
        """Who speaks through a document a relative clause cue reports ("X released a letter from his doctor that
        says Y", "is releasing a new ad that urges Y"): the subject of the verb whose object the document is, as
        PolNeAR marks the Source; any other antecedent speaks for itself."""
        if document.lemma_.lower() not in RELEASED_DOCUMENTS or document.dep_ != "dobj":
            return document
        subj = self.subject(document.head)
        return subj if subj is not None and subj.tag_ not in {"WP", "WDT"} else document

    @staticmethod
    def author_of(source: Token) -> Token:
        """The author a source document names ("according to an analysis by the Pew Research Center", "a court
        document filed by the state attorney"): who says what the document says, as PolNeAR marks it."""
        for c in source.children:
            by: Token | None
            if c.dep_ == "prep" and c.lower_ == "by":
                by = c
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                by = next((g for g in c.children if g.dep_ == "agent"), None)
            else:
                continue
            author = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if author is not None:
                return author
        return source

    def set_cue(self, f: Found, cue: Token) -> None:
        f.cue = cue
        text = cue.text
        parts = CUE_PARTICLES.get(cue.lemma_.lower(), set())
        nxt = self.doc[cue.i + 1] if cue.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.lower_ in parts:
            text += " " + nxt.text
        subj = self.own_subject(cue)
        head = cue
        held = False  # the speaker is the holder of a gerund cue ("was accused of saying X", "after saying X, she
        # was taken") or of an infinitive one ("was prompted to say X", "was asked to explain"): a passive subject
        # speaks too
        while subj is None and head.dep_ in CLIMB_DEPS and head.head != head:
            if head.dep_ == "pcomp":
                head, subj = self.gerund_holder(head)
                held = True
                if head is None:
                    break
                continue
            if head.dep_ == "xcomp" and head.head.i < head.i:
                text = self.text[head.head.idx: cue.idx + len(cue.text)] if head is cue else text
                held = True
            from_adjective = head.dep_ == "acomp"
            head = head.head
            if self.in_quote(head) and not self.in_quote(cue):
                # the parse hangs the cue on quoted words ("asserting, "Of course, I pay taxes""): the quotation's
                # words are not the cue's subject; the sentence's subject outside them is
                subj = self.sentence_subject(cue)
                break
            if head.dep_ == "relcl" and not self.subject(head):
                break
            subj = self.subject(head)
            if subj is not None and (subj.dep_ == "expl" or from_adjective and subj.lower_ in {"it", "there"}):
                subj = None  # "it is worth noting that X": nobody's report
            if head.dep_ == "relcl" and subj is not None and subj.tag_ in {"WP", "WDT"}:
                subj = head.head
        if cue.dep_ == "xcomp" and cue.head.i < cue.i and head is not cue:
            text = self.text[cue.head.idx: cue.idx + len(cue.text)]
            if nxt is not None and nxt.lower_ in parts:
                text += " " + nxt.text
        if subj is not None and subj.tag_ in {"WP", "WDT"} and cue.dep_ == "relcl":
            subj = cue.head
        if subj is not None and cue.dep_ == "relcl" and subj.i == cue.head.i:
            subj = self.releaser(subj)
        f.cue_text = text
        if subj is not None and (subj.dep_ != "nsubjpass" or held):
            f.speaker_span = self.noun_phrase(subj)
        elif subj is not None and (by := self.by_agent(cue)) is not None:
            f.speaker_span = self.noun_phrase(by)  # a passive subject that does not hold the cue: the agent speaks
        f.channel = self.channel(cue)

    def own_subject(self, cue: Token) -> Token | None:
        """The cue's own subject or the one who recorded it, else an inverted subject ("said X"), the main
        clause's, or for a root or parataxis cue a loose one."""
        subj = self.subject(cue) or self.recorded(cue)
        if subj is None:
            subj = self.inverted_subject(cue)
        if subj is None:
            subj = self.main_clause_subject(cue)
        if subj is None and cue.dep_ in {"ROOT", "parataxis"}:
            subj = self.loose_subject(cue)
        return subj

    def by_agent(self, cue: Token) -> Token | None:
        """The object of the cue's by-phrase ("was told by X")."""
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None

    def recorded(self, cue: Token) -> Token | None:
        """The one a recording shows speaking, right before a participle cue: "footage of Trump saying X"."""
        if cue.tag_ != "VBG" or cue.i == 0:
            return None
        prev = self.doc[cue.i - 1]
        if cue.dep_ == "pobj" and prev.dep_ == "compound" and prev.head == cue and cue.head.lower_ == "of" \
                and cue.head.head.lemma_.lower() in RECORDINGS:
            return prev  # the parse takes the name for the participle's modifier: "of [Maria Lopez] asking"
        named = prev
        while named.dep_ == "compound" and named.head.i > named.i:
            named = named.head
        of = named.head
        if named.dep_ != "pobj" or named.right_edge.i != prev.i or of.lower_ != "of" \
                or of.head.lemma_.lower() not in RECORDINGS:
            return None
        return named

    def gerund_holder(self, gerund: Token) -> tuple[Token | None, Token | None]:
        """A cue that is the object of a preposition ("by saying X", "stopped short of calling X Y", "accused
        her of saying X"): the verb holding the preposition, and who speaks: that verb's object before "for" or
        "of" (the one accused, praised, blamed), else its subject ("left the hall after saying X")."""
        prep = gerund.head
        verb = prep.head
        # "for his role in promoting X and for saying Y": the preposition coordinated with another goes with
        # that one's verb; a verb the tagger misreads ("she was whisked", tagged an adjective) still holds it
        while prep.dep_ == "conj" and prep.pos_ == "ADP" and verb.pos_ == "ADP" and verb.head is not verb:
            prep, verb = verb, verb.head
        if prep.dep_ not in {"prep", "conj"} or verb is prep or not (
                verb.pos_ in {"VERB", "AUX"} or verb.dep_ == "ROOT" and self.subject(verb) is not None):
            return None, None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None) \
            if prep.lower_ in {"for", "of"} else None
        return verb, (obj if obj is not None else self.subject(verb))

    @staticmethod
    def own_report(cue: Token) -> bool:
        """A participle cue hanging on another cue ("he said, adding that "X"", "said Y, warning that "X""):
        a report of its own, not part of the other cue's content; so is a relative clause's cue with a subject
        of its own ("attacked the bill, which he described as "X"", "met the donor, who Y called "X""): the
        quoted words are the relative clause's speaker's. A relative pronoun as the subject ("a general who
        suggested "X"") leaves the words in the outer report."""
        if cue.dep_ == "relcl" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"}
                                       for c in cue.children):
            return True
        return cue.tag_ == "VBG" and cue.dep_ in {"advcl", "conj"}

    def subject(self, verb: Token) -> Token | None:
        """The verb's subject in its own paragraph (a headline run into the sentence is no subject) and, for a
        verb outside quotation marks, outside them too ("asserting, "I pay taxes"" is not said by "I"); the one
        closest to the verb."""
        subs = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and self.same_paragraph(c, verb.idx)
                and (self.in_quote(verb) or not self.in_quote(c))  # a word quoted is no subject of the cue
                and not (verb.tag_ == "VBG" and c.i > verb.i)]  # "citing factors": no subject after a participle
        subs = [s for s in (self.named_subject(c) for c in subs) if s is not None]
        return min(subs, key=lambda c: abs(c.i - verb.i)) if subs else None

    def named_subject(self, subj: Token) -> Token | None:
        """The subject, or the name in apposition to it: a subject the parse found in the paragraph's dateline
        ("WASHINGTON -- President X, ..., said") is the apposition after it, else nobody; a subject that is
        no name, with a person's name in apposition ("With 50 days until the election, Jane Doe, an adviser,
        called ...", "One of the men, Jessie Doe, 70, said"), is that name."""
        body = self.body_start(self.paragraphs[self.paragraph_of(subj.idx)][0])
        appos = [c for c in subj.children if c.dep_ == "appos" and c.idx >= body]
        if subj.idx < body:
            return appos[0] if appos else None
        if subj.ent_type_ in {"", "CARDINAL"} and (subj.pos_ == "NOUN" or subj.lower_ == "one"):
            return next((c for c in appos if c.ent_type_ == "PERSON"), subj)
        return subj

    def sentence_subject(self, cue: Token) -> Token | None:
        """The first subject in the cue's sentence before it, outside quotation marks and the dateline."""
        body = self.body_start(self.paragraphs[self.paragraph_of(cue.idx)][0])
        return next((t for t in self.doc[cue.sent.start: cue.i] if t.dep_ == "nsubj" and t.idx >= body
                     and not self.in_quote(t) and t.tag_ not in {"WP", "WDT"}), None)

    def main_clause_subject(self, cue: Token) -> Token | None:
        """A finite cue the parse coordinates with the verb of an embedded question ("X put off deciding
        whether Y could question Z but said ..."): a question has no "but said" of its own, so the cue goes
        with the clause holding the question, whose subject speaks."""
        if cue.dep_ != "conj" or cue.tag_ not in {"VBD", "VBZ", "VBP"} or not any(
                c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in cue.head.children):
            return None
        head = cue.head.head
        while head.dep_ in {"xcomp", "ccomp", "advcl", "pcomp"} and self.subject(head) is None and head.head != head:
            head = head.head
        return self.subject(head)

    def inverted_subject(self, cue: Token) -> Token | None:
        """A cue right after a quotation with its speaker after it (""The risk," said X, an economist",
        ""How big is it?" asked the boy"), which the parse may give the quoted words as subject or take the
        speaker for an object: the first name, noun or pronoun after the cue, before any comma, is who speaks."""
        prev = self.doc[cue.i - 1] if cue.i > 0 else None
        if prev is None or not (prev.text in CLOSE_DOUBLE | {STRAIGHT, "''"} or self.in_quote(prev)) \
                or cue.tag_ in {"VBG", "VBN"}:  # ", adding that X": a participle has no subject after it
            return None
        for t in self.doc[cue.i + 1: min(cue.i + 8, cue.sent.end)]:
            if t.is_punct or self.in_quote(t) or t.dep_ == "mark":
                return None
            if t.lower_ in PERSON_PRONOUNS or (t.pos_ in {"PROPN", "NOUN"} and t.dep_ not in {"npadvmod", "pobj"}
                                                 and t.ent_type_ not in {"DATE", "TIME"}):
                while t.dep_ in {"compound", "amod", "nmod"} and t.head.i > t.i:
                    t = t.head
                return t
        return None

    def loose_subject(self, cue: Token) -> Token | None:
        """When the parse gives the cue no subject ("Lopez, who leads ..., said", a name parsed as an
        apposition): the nearest person named before the cue in its clause, else the nearest name or
        pronoun; never inside a quotation or the dateline."""
        p_start = self.paragraphs[self.paragraph_of(cue.idx)][0]
        sent = cue.sent
        toks = [t for t in self.doc[sent.start: cue.i] if t.idx >= p_start and not self.in_quote(t)]
        toks = [t for t in toks if t.idx >= self.body_start(p_start)]
        for pred in (lambda t: t.ent_type_ == "PERSON",
                     lambda t: t.ent_type_ in {"ORG", "NORP", "GPE"} or t.lower_ in {"he", "she", "they"}):
            cands = [t for t in toks if pred(t)]
            if cands:
                tok = cands[-1]
                ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
                return self.doc[ent.end - 1] if ent is not None else tok
        return None

    def noun_phrase(self, head: Token) -> Span:
        """The mention a subject token stands for: the named entity holding it, else the head with its
        left modifiers and prepositional phrases (no relative clauses or appositions)."""
        for ent in self.ents:
            if ent.start <= head.i < ent.end and ent.label_ in {"PERSON", "ORG", "NORP", "GPE"}:
                # "Army spokesman John Doe": the name, not the title
                return ent
        start = head.left_edge.i
        end = head.i + 1
        for c in head.rights:
            if c.dep_ == "prep" and c.lower_ in {"of", "from", "in", "at", "for", "with"} and c.i == end:
                end = c.right_edge.i + 1
                # stop at a relative clause inside the prepositional phrase
                for t in self.doc[c.i: end]:
                    if t.dep_ in {"relcl", "acl"} or t.text in {",", "(", "\u2014", "--"}:
                        end = min(t.left_edge.i, t.i) if t.dep_ in {"relcl", "acl"} else t.i
                        break
            elif c.dep_ in {"compound", "amod"} and c.i == end:
                end = c.i + 1
            else:
                break
        while start < head.i and self.doc[start].is_punct:
            start += 1
        while end - 1 > head.i and self.doc[end - 1].is_punct:
            end -= 1
        return self.doc[start:end]

    def other_speaker(self, inner: Found, outer: Found) -> bool:
        """The inner report names a speaker of its own: a name or nominal, not a pronoun, unlike the outer's."""
        a, b = inner.speaker_span, outer.speaker_span
        if a is None or b is None:
            return False
        if a.root.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}:
            return False
        return a.text.lower() != b.text.lower() and a.root.lower_ != b.root.lower_
