"""Contents of cues: what a speech, belief or stance cue reports, from its clause, object, preposition
or the sentence around its cue clause.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.quotes.boundaries import Boundaries
from newsledger.extract.quotes.cues import (
    ADDRESSEE_OBJECT,
    AMOUNT_OBJECTS,
    CIRCUMSTANCE_PREPS,
    FINDING_VERBS,
    GERUND_OBJECT_VERBS,
    NO_OBJECT_CONTENT,
    OBJECT_PREPS,
    PREP_CONTENT,
    QUESTION_VERBS,
    SUBJECT_DEPS,
    WH_WORDS,
)
from newsledger.extract.quotes.marks import CLOSE_DOUBLE, OPEN_DOUBLE, STRAIGHT
from newsledger.extract.quotes.reading import Found

# Nouns of time, place, reason and manner: a relative clause after them has an adjunct gap ("the reasons Israel
# refuses to X", "the ways his campaign hopes to begin winning", "the day he plans to leave"; CGEL ch. 12 §3: the
# relative stands for a when/where/why/how adjunct), not a gap in the cue's content
ADJUNCT_GAP_NOUNS = {"reason", "way", "time", "day", "year", "moment", "place"}

# Verbs whose object is the addressee of an infinitive that is what is told or asked ("told his aides to leave").
ADDRESSEE_INFINITIVE_VERBS = {"tell", "ask", "urge", "encourage", "advise", "warn", "order", "invite", "implore", "beg"}

# Prepositions that bring the topic of what is said after an amount object ("said little about X"); not the partitive
# "of" ("too much of their playbook": the amount is part of what is told).
TOPIC_PREPS = {"about", "on"}
# Words opening an interrogative (or fused relative) clause: such a clause coordinated after a preposition's object
# is the preposition's second complement, not the subject's next predicate (CGEL ch. 11 §5, ch. 15 §4)
WH_OPENERS = {"how", "what", "why", "whether", "when", "where", "who"}


class Contents(Boundaries):
    """The content span a cue reports."""

    def content_of(self, cue: Token) -> tuple[int, int] | None:
        """The span a cue reports: the first of its readings, in order of precedence, that finds one."""
        for reading in (
            self.relative_content,
            self.around_parenthetical,
            self.complement_content,
            self.around_cue_clause,
            self.fronted_complement_content,
            self.passive_subject_content,
            self.object_content,
            self.wh_clause,
            self.as_clause,
            self.as_clause_as_root,
            self.object_and_complements,
            self.belief_infinitive_content,
            self.gerund_content,
            self.host_clause_content,
            self.interrupting_cue_content,
        ):
            span = reading(cue)
            if span is not None:
                return span
        return None

    @staticmethod
    def later_complements(cue: Token) -> list[Token]:
        """The cue's clausal complements after it ("said (that) X")."""
        return [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]

    def complement_content(self, cue: Token) -> tuple[int, int] | None:
        """"said (that) X": the clausal complement."""
        after = self.later_complements(cue)
        if not after:
            return None
        # a parse may split one content clause into two complements ("that X chartered ... have been")
        toks = [t for c in after for t in c.subtree]
        if len(after) > 1:
            toks = list(self.doc[min(t.i for t in toks): max(t.i for t in toks) + 1])
        # a phrase the parse hangs on the clause before its "that" ("said at a rally that X", "told
        # a crowd in Ohio that X") is the cue's, not the content's
        mark = next((g for c in after for g in c.children if g.dep_ == "mark" and g.lower_ == "that"
                     and g.i > c.left_edge.i), None)
        if mark is not None:
            toks = [t for t in toks if t.i >= mark.i]
        return self.token_span(toks)

    def fronted_complement_content(self, cue: Token) -> tuple[int, int] | None:
        """"X, but Y, another source said": everything before the cue clause in its sentence."""
        subj = self.subject(cue)
        if subj is None:
            return None
        for c in cue.children:
            if c.dep_ == "ccomp" and c.i < cue.i and any(t.text == "," for t in self.doc[c.right_edge.i: cue.i]):
                first = min(cue.left_edge.i, subj.left_edge.i)
                p_start = self.paragraphs[self.paragraph_of(cue.idx)][0]
                toks = [t for t in self.doc[cue.sent.start: first] if t.idx >= p_start]
                return self.token_span(toks) if toks else self.clause_span(c)
        return None

    def passive_subject_content(self, cue: Token) -> tuple[int, int] | None:
        """"X is supported by Y", "X was criticized by Y": the passive subject is what Y says or holds."""
        lemma = cue.lemma_.lower()
        subjpass = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i), None)
        if subjpass is not None and (lemma in self.speech or lemma in self.stance) and any(
                c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in cue.children) \
                and subjpass.tag_ not in {"WP", "WDT"} and subjpass.pos_ != "PRON":
            return self.clause_span(subjpass)
        return None

    def object_and_complements(self, cue: Token) -> tuple[int, int] | None:
        """"urged his supporters to monitor polling places", "announced the capture of ...": the object and what
        follows it is what a speech or stance cue reports."""
        lemma = cue.lemma_.lower()
        if not ((lemma in self.speech and lemma not in NO_OBJECT_CONTENT) or lemma in self.stance):
            return None
        comps = [c for c in cue.children if c.i > cue.i and c.dep_ in {"dobj", "xcomp", "oprd", "ccomp"}]
        dobj = next((c for c in comps if c.dep_ == "dobj"), None)
        if dobj is not None:
            # "described the plan as a failure", "accused the agency of lying", "blamed X for Y": the
            # object and what it is called or charged with
            for c in cue.children:
                if c.dep_ == "prep" and c.i == dobj.right_edge.i + 1 and (
                        c.lower_ == "as" or c.lower_ in OBJECT_PREPS.get(lemma, ())):
                    comps.append(c)
        if lemma in FINDING_VERBS and not any(c.dep_ in {"xcomp", "oprd", "ccomp"} for c in comps):
            return None  # "found a way", "find a job": an action, not a finding
        if not any(c.dep_ in {"dobj", "xcomp"} for c in comps):
            return None
        if dobj is not None:
            comps += self.object_attachments(cue, lemma, dobj, comps)
        toks = [t for c in comps for t in c.subtree]
        if not (len(toks) >= 2 or (len(toks) == 1 and toks[0].pos_ == "PROPN")):
            return None
        lo, hi = min(t.i for t in toks), max(t.i for t in toks)
        # a comma hanging on the cue itself closes its complement: what follows is the writer's
        # ("endorsed X on Thursday, another example of ..."), unless the cue's own preposition of
        # what the object is praised or blamed for follows it ("lauded X, whose term ends in June,
        # for Y": VerbNet judgment-33.1's frame NP V NP PP-for, OBJECT_PREPS)
        hi = min([c.i - 1 for c in cue.children if c.text == "," and lo < c.i <= hi
                  and not self.judged_for(c, cue, lemma)
                  and not (dobj is not None and self.apposed_name(c, cue, dobj))
                  and self.list_tail(c, cue) is None] + [hi])
        # "accused X of A, B and C": the list's later members, which the parse hangs on the cue after
        # a comma, belong with the first
        if hi + 1 < len(self.doc) and self.doc[hi + 1].text == "," and self.doc[hi + 1].head.i == cue.i:
            hi = self.list_tail(self.doc[hi + 1], cue) or hi
        return self.token_span(list(self.doc[lo: hi + 1]))

    def object_attachments(self, cue: Token, lemma: str, dobj: Token, comps: list[Token]) -> list[Token]:
        """Phrases the parse hangs on the cue after its object that belong with the object."""
        # "defended his call to raise the wage", "opposes abortions in all cases except X": a phrase
        # the parse hangs on the cue after its object belongs to the object, unless it says where,
        # when or on what occasion it was said ("endorsed X at a rally in Ohio")
        more = [c for c in cue.children if c.dep_ == "prep" and c.i > dobj.i and c not in comps
                and c.lower_ not in CIRCUMSTANCE_PREPS]
        # "lauded X for Y, and for Z": the second of what it is judged for, parsed as a conjunct
        more += [c for c in cue.children if c.dep_ == "conj" and c.i > dobj.i
                 and c.lower_ in OBJECT_PREPS.get(lemma, ())]
        # "lauded X in his address for Y": what it is judged for, hung by the parse on the noun of
        # the occasion phrase just after the object, takes that phrase into the content
        more += [c for c in cue.children if c.dep_ == "prep" and c.i == dobj.right_edge.i + 1
                 and c not in comps and c not in more and any(
                     g.dep_ == "prep" and g.lower_ in OBJECT_PREPS.get(lemma, ())
                     for p in c.children for g in p.children)]
        # "complimented the moderator of the debate, Lester Holt of NBC News": the object's name in
        # apposition, which the parse hangs on the cue as a modifier after a comma
        # (not after a pronoun: "the PAC supporting her, Priorities USA," names the PAC)
        more += [c for c in cue.children if c.dep_ in {"npadvmod", "appos"} and c.pos_ == "PROPN"
                 and dobj.pos_ in {"NOUN", "PROPN"}
                 and c.left_edge.i == dobj.right_edge.i + 2
                 and self.doc[dobj.right_edge.i + 1].text == ","]
        return more

    def belief_infinitive_content(self, cue: Token) -> tuple[int, int] | None:
        """"expect the senator to win", "fear the bill to fail": a belief cue's object with its infinitive."""
        if cue.lemma_.lower() not in self.belief:
            return None
        dobj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        xcomp = next((c for c in cue.children if c.dep_ in {"xcomp", "ccomp"} and c.i > cue.i and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        if xcomp is None:
            return None
        toks = ([dobj] if dobj is not None and dobj.i < xcomp.i else []) + [xcomp]
        return self.contiguous([t for c in toks for t in c.subtree])

    def gerund_content(self, cue: Token) -> tuple[int, int] | None:
        """"denied taking the money", "admitted to lying": a gerund object of a verb that takes one."""
        if cue.lemma_.lower() not in GERUND_OBJECT_VERBS:
            return None
        for c in cue.children:
            if c.dep_ in {"xcomp", "dobj"} and c.tag_ == "VBG" and c.i > cue.i:
                return self.clause_span(c)
            if c.dep_ == "prep" and c.lower_ == "to" and c.i == cue.i + 1:
                g = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
                if g is not None:
                    return self.clause_span(g)
        return None

    def host_clause_content(self, cue: Token) -> tuple[int, int] | None:
        """"X, he added": the cue hangs off the clause it reports."""
        if not (cue.dep_ in {"parataxis", "ccomp", "advcl", "conj"} and cue.head.i < cue.i
                and self.subject(cue) is not None and cue.lemma_.lower() in self.speech):
            return None
        between = self.doc[cue.head.i: cue.i]
        if not any(t.text == "," for t in between) or self.has_own_content(cue, {"dobj", "ccomp"}):
            return None
        toks = [t for t in cue.head.subtree if not (cue.left_edge.i <= t.i <= cue.right_edge.i)]
        if self.in_quote(cue.head):
            # ""Follow us," Ms. Gil said, and the boys trailed behind": the cue reports the quotation it hangs
            # on; a clause coordinated after the cue clause, outside the marks, is the writer's next event (CGEL
            # ch. 15 §1: "and" joins two main clauses; say's content is the quotation, not its coordinate)
            cc = next((c.i for c in cue.head.children if c.dep_ == "cc" and c.i > cue.right_edge.i
                       and not self.in_quote(c)), None)
            if cc is not None:
                toks = [t for t in toks if t.i < cc]
        return self.token_span(toks)

    def interrupting_cue_content(self, cue: Token) -> tuple[int, int] | None:
        """"A, he said, B": a cue set off by commas inside the clause it reports; the content is the whole
        clause, the cue clause within it."""
        if not (cue.dep_ in {"parataxis", "ccomp", "advcl"} and cue.head.i > cue.i
                and cue.lemma_.lower() in self.speech and self.subject(cue) is not None
                and not self.has_own_content(cue, {"dobj", "ccomp", "xcomp"})):
            return None
        lo, hi = cue.left_edge.i, cue.right_edge.i
        while lo < cue.i and self.doc[lo].text == ",":
            lo += 1
        while hi > cue.i and self.doc[hi].text == ",":
            hi -= 1
        if lo > cue.sent.start and self.doc[lo - 1].text == "," and hi + 1 < cue.sent.end \
                and self.doc[hi + 1].text == "," and not self.in_quote(self.doc[lo]):
            toks = [t for t in cue.head.subtree if t.sent == cue.sent]
            if min(t.i for t in toks) < lo - 1 and max(t.i for t in toks) > hi + 1:
                return self.contiguous(toks)
        return None

    def relative_content(self, cue: Token) -> tuple[int, int] | None:
        """A cue in a relative clause whose complement's gap is the relative ("the plan, which he believes will
        fail", "emails she said were personal"): the content runs from the relative pronoun, or from the noun
        it describes when there is none, over the cue clause to the complement's end, as PolNeAR annotates."""
        after = self.later_complements(cue)
        if len(after) == 1 and cue.dep_ != "relcl":
            return self.fused_relative_content(cue, after[0])
        if cue.dep_ != "relcl":
            return None
        if not after:
            return self.infinitive_gap_content(cue)
        if len(after) != 1:
            return None
        comp = after[0]
        rel = next((t for t in comp.subtree if t.tag_ in {"WDT", "WP"} and t.i < cue.i), None)
        if rel is not None:
            first = rel.i
        elif not any(c.dep_ in SUBJECT_DEPS for c in comp.children) and cue.head.i < cue.i:
            first = cue.head.left_edge.i
        else:
            return None
        return self.token_span(list(self.doc[first: comp.right_edge.i + 1]))

    def infinitive_gap_content(self, cue: Token) -> tuple[int, int] | None:
        """A cue in a relative clause whose gap is the object of its to-infinitive ("the target it pledged to
        reach", "the wall that he promised to build"; CGEL ch. 12 §3, a relative's gap inside a non-finite
        complement): as in `relative_content`, the content runs from the relative pronoun, or from the noun it
        describes when there is none, over the cue clause to the infinitive's end. Not when the relative is the
        cue's own subject ("the man who pledged to build X": the gap is the subject, the content the infinitive),
        the cue has an object of its own (the gap is then the cue's), or the noun is one of time, place, reason or
        manner (ADJUNCT_GAP_NOUNS: the gap is an adjunct; the gate of 617a249 found "the reasons Israel refuses to
        stand for" and "some ways his campaign hopes to begin winning")."""
        comp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and c.pos_ in {"VERB", "AUX"}
                     and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        subj = self.subject(cue)
        if comp is None or cue.head.i > cue.i or subj is None or subj.tag_ in {"WDT", "WP"} \
                or subj.lower_ == "that" or any(c.dep_ in {"dobj", "dative", "ccomp"} for c in cue.children) \
                or cue.head.lemma_.lower() in ADJUNCT_GAP_NOUNS:
            return None
        if any(c.dep_ in {"dobj", "ccomp", "attr"} for c in comp.children):
            return None  # the infinitive has its object: no gap there
        rel = next((t for t in self.doc[cue.head.i + 1: cue.i] if t.tag_ in {"WDT", "WP"}), None)
        first = rel.i if rel is not None else cue.head.left_edge.i
        return self.token_span(list(self.doc[first: comp.right_edge.i + 1]))

    def fused_relative_content(self, cue: Token, comp: Token) -> tuple[int, int] | None:
        """A fused relative whose gap is in the cue's content clause ("what the senators said was economic
        gerrymandering", "whatever he says is true"; CGEL ch. 12 §6): the content runs from "what" over the
        cue clause to the clause's end, as `relative_content` does for a relative clause."""
        wh = next((t for t in comp.subtree if t.i < cue.i and t.lower_ in {"what", "whatever"}
                   and t.dep_ in SUBJECT_DEPS | {"dobj", "attr", "pobj"}), None)
        if wh is None or self.subject(cue) is None or self.subject(cue).i < wh.i:
            return None
        # "was asked what he thought X could do": after a verb of asking the "what" is interrogative (an indirect
        # question, CGEL ch. 11 §5), the asker's, not a fused relative of the cue's content
        if any(t.lemma_.lower() in QUESTION_VERBS for t in cue.ancestors):
            return None
        return self.token_span(list(self.doc[wh.i: comp.right_edge.i + 1]))

    def cue_clause(self, cue: Token) -> tuple[int, int] | None:
        """The first and last token of a cue clause with a subject of its own ("Mr. Clarke said", "said Victor
        Cha, who served ..."), when nothing after the cue is a complement that could be what it reports."""
        subj = self.subject(cue)
        if subj is None or subj.dep_ != "nsubj" or subj.tag_ in {"WP", "WDT"}:
            return None
        lemma = cue.lemma_.lower()
        for c in cue.children:
            # after the cue only who said it, to whom, when, where and how: no complement of its own
            if c.i > cue.i and not (c.dep_ in {"nsubj", "punct", "advmod", "npadvmod", "agent", "cc"}
                                    or (c.dep_ == "prep" and c.lower_ not in PREP_CONTENT.get(lemma, ()))
                                    or (c.dep_ in {"dobj", "dative"} and lemma in ADDRESSEE_OBJECT)):
                return None
        last = max(cue.right_edge.i, subj.right_edge.i)
        while last > cue.i and self.doc[last].is_punct:
            last -= 1
        return min(subj.left_edge.i, cue.i), last

    # Dependents a parenthetical cue clause may have before its closing comma: who said it, to whom, when,
    # where and how ("he told me on Friday", "said Mr. X", "Mr. Y said in an interview").
    _CLAUSE_DEPS = {"nsubj", "advmod", "npadvmod", "prep", "dobj", "dative", "compound", "neg", "aux"}
    # Words that open the writer's next clause after a cue clause rather than the rest of what was said:
    # ", adding that", ", citing", ", which", ", according to", ", and".
    _NOT_CONTINUATION = {"which", "who", "whom", "whose", "according", "and", "but", "as"}

    def parenthetical_clause(self, cue: Token) -> tuple[int, int] | None:
        """The first and last token of a cue clause set off by commas inside the sentence it reports ("The
        difference now, he told me on Friday, is that X", "Lenox was a juggernaut, Mr. Clarke said, until Y"),
        whatever the parse hangs on the cue after the closing comma; None when the clause is not set off so."""
        subj = self.subject(cue)
        if subj is None or subj.dep_ != "nsubj" or subj.tag_ in {"WP", "WDT"} or self.in_quote(cue):
            return None
        first = min(subj.left_edge.i, cue.i)
        sent = cue.sent
        if not self.follows_comma(first, sent.start) or self.doc[first - 1].text != ",":
            return None
        comma = next((t.i for t in self.doc[cue.i + 1: sent.end] if t.text == ","), None)
        if comma is None or comma + 1 >= sent.end or subj.left_edge.i <= comma <= subj.right_edge.i:
            return None  # no comma closing the clause, or the comma before the speaker's apposition
        lemma = cue.lemma_.lower()
        for t in self.doc[cue.i + 1: comma]:
            # only the cue's own circumstances before the comma: no complement that could be the content
            top = t
            while top.head.i != cue.i and top.head != top and cue.i < top.head.i < comma:
                top = top.head
            if top.head.i != cue.i or top.dep_ not in self._CLAUSE_DEPS or (
                    top.dep_ == "prep" and top.lower_ in PREP_CONTENT.get(lemma, ())) or (
                    top.dep_ in {"dobj", "dative"} and lemma not in ADDRESSEE_OBJECT):
                return None
        nxt = self.doc[comma + 1]
        if self.in_quote(nxt) or nxt.text in CLOSE_DOUBLE | {STRAIGHT, "''"} | {"\u201c", "``"} \
                or nxt.lower_ in self._NOT_CONTINUATION or nxt.tag_ in {"VBG", "VBN"}:
            return None
        return first, comma - 1

    def around_parenthetical(self, cue: Token) -> tuple[int, int] | None:
        """A cue clause set off by commas inside its sentence reports the whole sentence around it, the cue
        clause within it (PolNeAR's Content runs over it; the record lists the two pieces)."""
        clause = self.parenthetical_clause(cue)
        if clause is None:
            return None
        first, last = clause
        sent = cue.sent
        p_start = self.body_start(self.paragraphs[self.paragraph_of(cue.idx)][0])
        before = [t for t in self.doc[sent.start: first - 1] if t.idx >= p_start]
        # "A, but B, he noted, C": the report is the clause the cue clause interrupts, from its conjunction on
        joint = [n for n, t in enumerate(before) if t.text == ";" or (
            t.lower_ in {"but", "and"} and t.dep_ == "cc" and n > 0 and before[n - 1].text == ",")]
        if joint:
            before = before[joint[-1] + 1:]
        after = list(self.doc[last + 2: sent.end])
        words = [t for t in before if not (t.is_punct or t.is_space)]
        if len(words) < 2 or words[0].dep_ == "cc" and len(words) < 3 or any(self.in_quote(t) for t in before) \
                or not any(t.pos_ in {"VERB", "AUX"} for t in before + after):
            return None
        a, b = self.token_span(before), self.token_span(after)
        if a is None or b is None:
            return None
        return a[0], b[1]

    def around_cue_clause(self, cue: Token) -> tuple[int, int] | None:
        """"X, Y said.", "X, said Y, who ...", "X, Y told reporters on Friday.": a cue clause that closes its
        sentence after a comma reports everything before it in the sentence (within the paragraph, after any
        dateline), whatever the parse hangs where; one set off by commas inside the sentence ("X, Mr. Clarke
        said, until Y.") reports the whole sentence around it (PolNeAR's Content runs over the cue clause; the
        record lists the two pieces)."""
        clause = self.cue_clause(cue)
        if clause is None:
            return None
        first, last = clause
        sent = cue.sent
        if not self.follows_comma(first, sent.start):
            return None
        rest = [t for t in self.doc[last + 1: sent.end] if not (t.is_punct or t.is_space)]
        if rest and (self.doc[last + 1].text != "," or self.in_quote(self.doc[last + 1])):
            return None
        p_start = self.body_start(self.paragraphs[self.paragraph_of(cue.idx)][0])
        toks = [t for t in self.doc[sent.start: first] if t.idx >= p_start]
        while toks and (toks[-1].is_punct and toks[-1].text not in CLOSE_DOUBLE | {STRAIGHT, "''"}):
            toks.pop()
        if len(toks) < 2 or not any(t.pos_ in {"VERB", "AUX"} for t in toks):
            return None
        before = self.token_span(toks)
        if not rest or before is None:
            return before
        if self.quoted_at(toks[-1].idx) or toks[-1].text in CLOSE_DOUBLE | {STRAIGHT, "''"}:
            return None  # a quotation before the cue clause: a direct quote, continued or not after it
        if self.quoted_sentence_after(last + 2, sent.end):
            return None
        after = self.token_span(list(self.doc[last + 2: sent.end]))
        return (before[0], after[1]) if after is not None else before

    def quoted_sentence_after(self, i: int, end: int) -> bool:
        """"Holding open a book, Beck said, "I just want to ask you X."": after the cue clause's comma a quotation
        opens on a capital letter, a sentence of its own (Chicago Manual of Style, 17th ed., ch. 13: a quotation
        introduced by "he said," keeps its initial capital as a full sentence; one run into the writer's sentence
        starts in lower case). The words before the cue clause are the writer's lead-in, the quotation the report
        (a direct quote): no indirect content over both. A quotation opening in lower case ("In lower-wage parts,
        he said, "we don't know"") goes on with the lead-in and is left to the rule that reads it so."""
        while i < end and (self.doc[i].is_space or self.doc[i].text in OPEN_DOUBLE | {STRAIGHT, "``"}):
            i += 1
        if i >= end or i == 0 or self.doc[i - 1].text not in OPEN_DOUBLE | {STRAIGHT, "``"}:
            return False
        first = self.doc[i]
        return self.in_quote(first) and first.text[:1].isupper()

    def pieces_of(self, f: Found) -> list[list[int]]:
        """An indirect content holding its own cue clause ("X, Mr. Clarke said, until Y") in two pieces, the
        cue clause and its commas left out; any other content in one."""
        if f.kind != "indirect" or f.cue is None or not (f.start < f.cue.idx < f.end):
            return [[f.start, f.end]]
        clause = self.comment_as_clause(f.cue) or self.cue_clause(f.cue) or self.parenthetical_clause(f.cue)
        if clause is None:
            return [[f.start, f.end]]
        a = self.doc[clause[0] - 1]  # the comma before the cue clause
        b = self.doc[clause[1] + 1] if clause[1] + 1 < len(self.doc) else None
        if a.text not in {",", "\u2014"} or b is None or b.text not in {",", "\u2014"} or not (f.start < a.idx):
            return [[f.start, f.end]]
        nxt = b.i + 1
        while nxt < len(self.doc) and self.doc[nxt].is_space:
            nxt += 1
        if nxt >= len(self.doc) or self.doc[nxt].idx >= f.end:
            return [[f.start, f.end]]
        prev = self.doc[a.i - 1]
        return [[f.start, prev.idx + len(prev.text)], [self.doc[nxt].idx, f.end]]

    def list_tail(self, comma: Token, cue: Token) -> int | None:
        """The last token of a list's later members after a comma hung on the cue ("accused X of covering up A,
        lying to B and obstructing C", "praised X for their courage, their patience and their skill": the parse
        hangs the later members on the cue), or None when the comma opens no list (`list_members`)."""
        nxt = comma.i + 1
        if nxt >= len(self.doc) or self.in_quote(self.doc[nxt]):
            return None
        head = next((c for c in cue.children if c.i > comma.i and c.left_edge.i == nxt), None)
        return None if head is None else self.list_members(comma, head)

    def apposed_name(self, comma: Token, cue: Token, dobj: Token) -> bool:
        """The comma right after the object opens the object's name in apposition, hung on the cue."""
        return comma.i == dobj.right_edge.i + 1 and dobj.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ in {"npadvmod", "appos"} and c.pos_ == "PROPN" and c.left_edge.i == comma.i + 1
            for c in cue.children)

    def judged_for(self, comma: Token, cue: Token, lemma: str) -> bool:
        """The comma is followed by the cue's own preposition of what its object is praised or blamed for,
        or by "and" and another such ("lauded X, whose term ends in June, for Y, and for Z")."""
        nxt = comma.i + 1
        if nxt < len(self.doc) and self.doc[nxt].dep_ == "cc":
            nxt += 1
        if nxt >= len(self.doc):
            return False
        prep = self.doc[nxt]
        return prep.dep_ in {"prep", "conj"} and prep.lower_ in OBJECT_PREPS.get(lemma, ()) and (
            prep.head.i == cue.i or (prep.dep_ == "conj" and prep.head.head.i == cue.i))

    def object_content(self, cue: Token) -> tuple[int, int] | None:
        """Contents carried by an object or a prepositional phrase rather than a clause:
        "called for new tariffs", "called on Congress to act", "called the charges baseless",
        "told his aides to leave", "asked voters to stay home", "spoke of the war", "pointed to the polls"."""
        lemma = cue.lemma_.lower()
        right = [c for c in cue.children if c.i > cue.i]
        dobj = next((c for c in right if c.dep_ == "dobj"), None)
        topic = self.amount_topic_content(right, dobj)
        if topic is not None:
            return topic
        if lemma == "call":
            return self.call_content(cue, right, dobj)
        if lemma in ADDRESSEE_INFINITIVE_VERBS:
            infinitive = self.addressee_infinitive_content(right, dobj)
            if infinitive is not None:
                return infinitive
        return self.prep_object_content(cue, lemma, right, dobj)

    def amount_topic_content(self, right: list[Token], dobj: Token | None) -> tuple[int, int] | None:
        """"isn't saying much about X", "has said nothing on Z": the amount is how much was said, the topic phrase
        after it what was said about (FrameNet Statement's Topic: "about", "on")."""
        if dobj is None or dobj.lower_ not in AMOUNT_OBJECTS:
            return None
        topic = next((c for c in [*dobj.children, *right] if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                      and c.i == (dobj.i if c.head == dobj else dobj.right_edge.i) + 1
                      and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)), None)
        if topic is None:
            return None
        return self.contiguous([t for g in topic.children if g.dep_ in {"pobj", "pcomp"} for t in g.subtree])

    def call_content(self, cue: Token, right: list[Token], dobj: Token | None) -> tuple[int, int] | None:
        """"called for new tariffs", "called on Congress to act", "called the charges baseless"."""
        prep = next((c for c in right if c.dep_ in {"prep", "prt"} and c.lower_ in {"for", "on"}), None)
        if prep is not None and prep.i == cue.i + 1:
            if prep.dep_ == "prt":  # "called on X to Y" parsed with a particle
                toks = [t for c in right if c.i > prep.i for t in c.subtree]
            else:
                toks = [t for c in prep.children if c.dep_ in {"pobj", "pcomp"} for t in c.subtree]
                if prep.lower_ == "on":
                    toks += [t for c in right if c.i > prep.i and c.dep_ in {"xcomp", "advcl"} for t in c.subtree]
                elif toks:
                    # "called for contestants to wear X": the infinitive the parse hangs on the cue is part of
                    # what was called for
                    toks += [t for c in right if c.left_edge.i == max(t.i for t in toks) + 1 and c.dep_ == "xcomp"
                             and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for t in c.subtree]
            return self.contiguous(toks)
        if dobj is None:
            return None
        comps = [c for c in right if c.i > dobj.i and c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "acomp"}]
        if comps:
            return self.contiguous([t for c in [dobj, *comps] for t in c.subtree])
        if any(c.i > dobj.i and c.dep_ in {"acl", "amod"} and c.tag_ in {"JJ", "VBN"} for c in dobj.children) \
                or any(c.i > dobj.i and c.dep_ == "appos" and self.in_quote(c) for c in dobj.children):
            # "called the charges unsubstantiated", "called the frontrunner "the best recruiter"": the parse
            # hangs what they are called on the object
            return self.contiguous(list(dobj.subtree))
        return None

    def addressee_infinitive_content(self, right: list[Token], dobj: Token | None) -> tuple[int, int] | None:
        """"told his aides to leave", "asked voters to stay home": the addressee with the infinitive."""
        xcomp = next((c for c in right if c.dep_ in {"xcomp", "ccomp"} and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        if xcomp is None:
            return None
        obj = dobj if dobj is not None and dobj.i < xcomp.i else None
        return self.contiguous([t for c in ([obj] if obj is not None else []) + [xcomp] for t in c.subtree])

    def prep_object_content(self, cue: Token, lemma: str, right: list[Token],
                            dobj: Token | None) -> tuple[int, int] | None:
        """"spoke of the war", "pointed to the polls", "asked him about X": the object of the cue's content
        preposition (PREP_CONTENT)."""
        preps = PREP_CONTENT.get(lemma)
        # an object before the preposition that is the addressee or an amount ("asked him about X", "isn't
        # saying much about X") leaves the preposition's object as the content
        objects_ok = dobj is None or lemma in ADDRESSEE_OBJECT or dobj.lower_ in AMOUNT_OBJECTS
        if not preps or not objects_ok or any(c.dep_ in {"ccomp", "xcomp"} for c in right):
            return None
        prep = next((c for c in right if c.dep_ == "prep"), None)
        if prep is None or prep.lower_ not in preps:
            return None
        between = self.doc[cue.i + 1: prep.i]
        # only a particle, a time phrase or the object between the cue and its preposition: "spoke out
        # Tuesday about X"
        if len(between) > 4 or not all(
                t.dep_ in {"prt", "npadvmod", "det", "dobj", "neg", "advmod", "compound"}
                or t.ent_type_ in {"DATE", "TIME"} or t.is_punct for t in between):
            return None
        toks = [t for g in prep.children if g.dep_ in {"pobj", "pcomp"} for t in g.subtree]
        # "referred to X as Y": what X is called is part of the content
        named = next((c for c in right if c.dep_ == "prep" and c.lower_ == "as" and c.i > prep.i), None)
        if toks and named is not None and named.i == max(t.i for t in toks) + 1:
            toks += list(named.subtree)
        if toks:
            toks += self.wh_conjunct(cue, max(t.i for t in toks))
        return self.contiguous(toks) if toks else None

    def wh_conjunct(self, cue: Token, last: int) -> list[Token]:
        """"spoke of the legacy of racism, and how the fight for justice flowed through X", "know all about
        Trump, what he's doing, and how he's manipulating Y": an interrogative clause coordinated after the
        preposition's object is its second member (CGEL ch. 11 §5 and ch. 15 §4: "about"/"of" take an
        interrogative clause as complement, and unlike categories coordinate there), though the parse hangs it
        on the cue as a verb conjunct. A clause opening with a wh-word cannot be the subject's second predicate,
        so it is no next act of the speaker's; only a comma and the coordinator may stand between."""
        conj = next((c for c in cue.children if c.dep_ == "conj" and c.i > last and c.pos_ in {"VERB", "AUX"}), None)
        if conj is None:
            return []
        first = conj.left_edge
        if first.lower_ not in WH_OPENERS:
            return []
        between = self.doc[last + 1: first.i]
        if not between or not all(t.is_punct or (t.dep_ == "cc" and t.lower_ in {"and", "or"}) for t in between):
            return []
        if not any(t.dep_ == "cc" for t in between):
            return []
        return list(conj.subtree)

    def wh_clause(self, cue: Token) -> tuple[int, int] | None:
        """An embedded question the parse took for an adverbial clause ("have not said when they would take up
        X", "asked whether Y", "asked if Y"): the clause after the cue opening with its wh-word is the content."""
        if any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > cue.i for c in cue.children):
            return None
        # "if" asks only after a verb of asking ("asked if X"); elsewhere it opens a condition
        opens = WH_WORDS | ({"if"} if cue.lemma_.lower() in QUESTION_VERBS else set())
        clause = next((c for c in cue.children if c.dep_ == "advcl" and c.left_edge.i > cue.i
                       and c.left_edge.lower_ in opens), None)
        if clause is None:
            return None
        between = [t for t in self.doc[cue.i + 1: clause.left_edge.i] if not (t.is_punct or t.is_space)]
        if any(t.dep_ not in {"prt", "advmod", "neg"} for t in between):
            return None
        return self.clause_span(clause)

    def as_clause(self, cue: Token) -> tuple[int, int] | None:
        """"As many experts have pointed out, X." and "X, as she said.": a cue in an as-clause reports the
        clause it hangs on, all of it but the as-clause."""
        if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
                or self.has_own_content(cue, {"dobj", "ccomp", "xcomp"}) or self.subject(cue) is None:
            return None
        lo, hi = cue.left_edge.i, cue.right_edge.i
        toks = [t for t in cue.head.subtree if not lo <= t.i <= hi and t.sent == cue.sent]
        if not any(t.pos_ in {"VERB", "AUX"} for t in toks):
            return None
        if self.between_subject_and_verb(cue.head, lo, hi):
            return self.content_clause_closing(self.subject(cue.head)) or self.contiguous(toks)
        return self.token_span(toks)

    def between_subject_and_verb(self, host: Token, lo: int, hi: int) -> bool:
        """Whether a comment clause (tokens lo..hi, "as he pointed out") stands between the subject of the clause
        it reports and that clause's verb ("The economy, as the minister noted, is growing"): the clause it
        interrupts is reported whole, the comment clause inside it (Quirk et al. 1985 ch. 15, comment clauses:
        "as"-clauses like "as you know" stand medially in the clause they comment on; PolNeAR's Content runs
        over the whole clause, train 4 of 4)."""
        subj = self.subject(host)
        # not a relative clause's "who": a relative clause is the writer's description, not what is reported
        return subj is not None and subj.tag_ not in {"WP", "WDT"} and subj.right_edge.i < lo and hi < host.i

    def as_clause_as_root(self, cue: Token) -> tuple[int, int] | None:
        """The same medial comment clause when the parse makes its verb the sentence's root ("Turnout, as several
        analysts noted, was low": "Turnout" and "analysts" both subjects of "noted", "as" its preposition, "was"
        its dependent after the comma): the sentence from the first subject to that verb's clause."""
        as_ = next((c for c in cue.lefts if c.lower_ == "as" and c.dep_ in {"prep", "mark"}), None)
        if as_ is None or cue.dep_ != "ROOT" or self.doc[as_.i - 1].text != ",":
            return None
        subjects = [c for c in cue.lefts if c.dep_ in SUBJECT_DEPS]
        before = [c for c in subjects if c.right_edge.i == as_.i - 2 and c.tag_ not in {"WP", "WDT"}]
        speaker = [c for c in subjects if as_.i < c.i]
        pred = next((c for c in cue.rights if self.finite_predicate(c) and self.doc[c.left_edge.i - 1].text == ","),
                    None)
        if not before or not speaker or pred is None or self.has_own_content(cue, {"dobj", "xcomp"}):
            return None
        return self.content_clause_closing(before[0]) or self.contiguous([before[0].left_edge, pred.right_edge])

    def content_clause_closing(self, subj: Token) -> tuple[int, int] | None:
        """The that-clause a subject ends with ("the fact that the race is close", "That turnout was low"): a
        comment clause right after it is final in that clause and reports it, not the clause whose subject it is
        ("the fact that the vote is close, as Smith said, only raises X": Smith said the vote is close; Quirk et
        al. 1985 ch. 17, the appositive that-clause complementing a noun; ch. 15, that-clauses as subject, and
        comment clauses final in the clause they comment on). The clause with its "that", as `as_clause` gives it
        where the parse hangs the comment clause on it. None for a subject not ending in one ("The bill Congress
        passed, as she noted, cuts X": a relative clause only identifies the subject; the main clause is reported)."""
        clause = next((t for t in subj.subtree if t.dep_ in {"acl", "csubj"} and t.right_edge.i == subj.right_edge.i
                       and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)), None)
        return None if clause is None else self.clause_span(clause)

    def comment_as_clause(self, cue: Token) -> tuple[int, int] | None:
        """The first and last token of an "as"-clause set off by commas around its cue ("as he pointed out"),
        as either parse has it (`as_clause`, `as_clause_as_root`); None for any other cue."""
        as_ = next((c for c in cue.lefts if c.lower_ == "as" and c.dep_ in {"prep", "mark"}), None)
        if as_ is None:
            return None
        comma = next((t.i for t in self.doc[cue.i + 1: cue.sent.end] if t.text == ","), None)
        return None if comma is None else (as_.i, comma - 1)

    # Finite verb tags: a verb phrase with one of these (on its verb or an auxiliary) is a clause's predicate
    _FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}

    def finite_predicate(self, verb: Token) -> bool:
        """A finite verb phrase with no subject of its own (", normally does not get X"): the predicate whose
        subject stands before a comment clause, whatever dependency the parse gives it."""
        return verb.pos_ in {"VERB", "AUX"} and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            and any(t.tag_ in self._FINITE_TAGS for t in [verb, *(c for c in verb.children if c.dep_ == "aux")])

    def around_according(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The sentence an "according to X" phrase (tokens lo..hi) opens or closes, whatever the parse attaches
        it to: "According to X, Y." and "Y, according to X." report all of Y (within the paragraph)."""
        sent = self.doc[lo].sent
        p_start, p_end = self.paragraphs[self.paragraph_of(self.doc[lo].idx)]
        inside = [t for t in sent if self.body_start(p_start) <= t.idx < p_end and not (lo <= t.i <= hi)]
        if all(t.is_punct or t.is_space for t in self.doc[hi + 1: sent.end]) and self.follows_comma(lo, sent.start):
            toks = [t for t in inside if t.i < lo]
        elif all(t.is_punct or t.is_space or t.dep_ == "cc" for t in self.doc[sent.start: lo]) and hi + 1 < sent.end \
                and self.doc[hi + 1].text == ",":
            toks = [t for t in inside if t.i > hi + 1]
        else:
            return None
        if not any(t.pos_ in {"VERB", "AUX"} for t in toks):
            return None
        return self.token_span(toks)
