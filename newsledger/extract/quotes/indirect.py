"""Indirect quotes: the contents of speech verbs, stance adjectives, statement nouns and "according to",
and the complement around a quoted fragment.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Token

from newsledger import nlp, resources
from newsledger.extract.quotes.contents import Contents
from newsledger.extract.quotes.cues import (
    ADDRESSEE_OBJECT,
    ADJUNCT_PREPS,
    CIRCUMSTANCE_PREPS,
    COPULAR_MARKS,
    COPULAR_NOUNS,
    HEDGE_ADVERBS,
    HOLDER_PREPS,
    HOLDER_VERBS,
    IN_SOURCES,
    MODALS,
    NOUN_PREPS,
    PERSUASION_VERBS,
    QUOTE_ONLY_CUES,
    RAISING_VERBS,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
    STANCE_ADJECTIVES,
    VIEW_AS_VERBS,
)
from newsledger.extract.quotes.reading import Found
from newsledger.resolve.actors import government_nouns, role_words

# What a passive addressee is told or asked: a clause ("was told that X"), an infinitive ("was asked to explain"),
# a question ("was asked if X", "was asked a question about Y").
PASSIVE_COMPLEMENT_DEPS = {"ccomp", "xcomp", "advcl", "dobj", "oprd"}
# relative pronouns (Penn tags WDT: which, that; WP: who, whom, what) a relative clause's cue reports of
REL_TAGS = {"WDT", "WP"}
# between an infinitive content and a bare verb coordinated with it: commas, a conjunction, "then"
INFINITIVE_GAP = re.compile(r"[\s,]*(?:(?:and|or|but|then)\s+)*")


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns whose first WordNet 3.0 sense is a person (data/events/person_nouns.txt, scripts/build_person_nouns.py):
    "opponents", "critics", "voters"."""
    return resources.words("events", "person_nouns.txt")


class IndirectQuotes(Contents):
    """Finds the indirect quotes of an article."""

    def indirect(self) -> list[Found]:
        """Reports outside quotation marks: each possible cue read by the first form it takes (an according-to
        phrase, a source phrase, a stance adjective, a copular or speech noun, a view-as, raising or that-clause
        verb, a passive, a cue verb)."""
        out: list[Found] = []
        # reports with no source named come last: the same words reported by a named source are theirs
        unsourced: list[Found] = []
        for i in self.possible_cues():
            tok = self.doc[i]
            if self.in_quote(tok):
                continue
            found, sourced = self.first_reading(tok)
            if found is not None:
                (out if sourced else unsourced).append(found)
        return out + unsourced

    def first_reading(self, tok: Token) -> tuple[Found | None, bool]:
        """The report a possible cue makes, by the first form it takes, and whether it counts as sourced (a
        copular noun or view-as verb only with a holder named; a raising verb or a passive never)."""
        lemma = tok.lemma_.lower()
        if self.according_to(tok):
            return self.according_content(tok) or None, True
        if self.in_source(tok):
            return self.in_source_content(tok), True
        if tok.pos_ == "ADJ" and tok.lower_ in STANCE_ADJECTIVES:
            return self.adjective_content(tok), True
        if tok.pos_ == "NOUN" and lemma in COPULAR_NOUNS:
            copular = self.copular_content(tok)
            if copular is not None:
                return copular, copular.speaker_span is not None
        if tok.pos_ == "NOUN" and lemma in SPEECH_NOUNS:
            return self.noun_content(tok), True
        if lemma in VIEW_AS_VERBS and tok.pos_ == "VERB":
            view = self.view_as_content(tok)
            return view, view is not None and view.speaker_span is not None
        if lemma in RAISING_VERBS:
            return self.raising_content(tok), False
        if not self.is_cue(tok, belief=True) or lemma in QUOTE_ONLY_CUES:
            if tok.pos_ == "VERB" and lemma not in QUOTE_ONLY_CUES:
                return self.that_clause_content(tok), True
            return None, True
        passive = self.passive_content(tok)
        if passive is not None:
            return passive, False
        return self.cue_verb_content(tok), True

    def cue_verb_content(self, tok: Token) -> Found | None:
        """What a speech, belief or stance verb reports (`content_of`), trimmed to the reported words, with its
        speaker; none when the span is a quotation's or no speaker is found."""
        content = self.content_of(tok)
        if content is None:
            return None
        start, end = self.trim_cue_adjuncts(*content, tok)
        if start > tok.idx:
            start = self.from_complementizer(start, end)
            start, end = self.trim_tail(start, end)
        elif end > tok.idx:  # a content around its cue: the writer's tail is sought after the cue clause only
            end = self.trim_tail(tok.idx + len(tok.text), end)[1]
        start, end = self.close_quotation(start, end)
        end = self.dash_elaboration(start, end)
        end = self.infinitive_conjuncts(start, end, tok)
        if end <= tok.idx and self.coordinated_before(end):
            return None
        if self.inside_quotation(start, end) or self.quotation_with_complementizer(start, end) \
                or self.quotations_around_cue(start, end, tok):
            return None
        f = Found(start, end, "indirect")
        self.set_cue(f, tok)
        return f if f.speaker_span is not None else None

    def coordinated_before(self, end: int) -> bool:
        """A content before its cue ending in a comma and a coordinator ("Half said A, and three-quarters said
        B": "Half said A, and" read as what the second cue reports): the second clause's subject and cue are a
        report of their own coordinated with the first (`Boundaries.coordinated_report`), not a cue after its
        content."""
        words = self.text[max(0, end - 12):end].split()
        return len(words) >= 2 and words[-1].lower() in {"and", "but", "while", "whereas"} \
            and words[-2].endswith(",")

    def that_clause_content(self, verb: Token) -> Found | None:
        """A verb outside the cue lists with a finite complement clause opened by "that" ("the study showed that
        X", "he recalled that Y", "officials determined that Z"): verbs taking a that-complement are verbs of
        communication, cognition and perception (Levin 1993, the S-complement frames; VerbNet's NP V that S
        frame), so the clause is what the subject reports."""
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and any(
            g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children)), None)
        if clause is None or self.negated(verb) or verb.dep_ == "relcl":
            return None
        # only adverbs, particles and commas between the verb and its "that": after an object or a phrase the
        # clause may be a noun's ("seized on a report that X", "won the argument that Y")
        if any(t.pos_ not in {"ADV", "PART", "PUNCT"} for t in self.doc[verb.i + 1: clause.left_edge.i]):
            return None
        bounds = self.indirect_bounds(self.clause_span(clause))
        if bounds is None:
            return None
        f = Found(bounds[0], bounds[1], "indirect")
        self.set_cue(f, verb)
        return f if f.speaker_span is not None else None

    def persuasions(self, found: list[Found]) -> list[Found]:
        """"X convinced Y that Z", "X persuaded Y to Z" (PERSUASION_VERBS): the that-clause or infinitive after the
        person persuaded is what X argued for (PolNeAR tune-a gold: the infinitive alone, the person left out, 3 of
        3), said by X. Read narrowly (issue 18, round 33; round 32's blind gate failed the verbs read as cues): an
        active verb with an object and then a finite that-clause or a to-infinitive; its source its own subject, or
        that of an active verb it is the infinitive of ("opponents try to convince X to Y"), a name, a person or
        group noun or a personal pronoun; no modal, negation, "if" or relative clause on the way (a prospect or a
        condition, not a report); never a content or cue inside a report found already (no report replaced, split
        or re-attributed). These reports are added after the others' speakers are resolved, so no speaker of
        another quote follows from them."""
        out: list[Found] = []
        # only the tokens whose lemma is a persuasion verb, without making a Token per word
        for i in nlp.indices_where(self.doc, LEMMA, lambda lemma: lemma.lower() in PERSUASION_VERBS):
            tok = self.doc[i]
            if tok.pos_ != "VERB" or self.in_quote(tok):
                continue
            f = self.persuasion(tok)
            if f is None or any(k.start < f.end and f.start < k.end or k.start <= tok.idx < k.end
                                or f.start <= k.start < f.end for k in found + out):
                continue
            out.append(f)
        return out

    def persuasion(self, tok: Token) -> Found | None:
        """One persuasion verb's report (`persuasions`), or None."""
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is None or not self.plain_active(tok):
            return None
        after = [c for c in tok.children if c.i > obj.i]
        clause = next((c for c in after if c.dep_ == "ccomp" and any(
            g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children)
            and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)), None)
        if clause is None:
            clause = next((c for c in after if c.dep_ == "xcomp" and c.tag_ == "VB" and any(
                g.dep_ == "aux" and g.lower_ == "to" and g.i == c.left_edge.i for g in c.children)), None)
        if clause is None:
            return None
        subj = self.persuader(tok)
        if subj is None:
            return None
        bounds = self.indirect_bounds(self.clause_span(clause))
        if bounds is None or bounds[0] < clause.left_edge.idx:
            return None
        f = Found(bounds[0], bounds[1], "indirect")
        self.set_cue(f, tok)
        sp = f.speaker_span
        if sp is None or not sp.start <= subj.i < sp.end:
            return None
        return f

    def plain_active(self, verb: Token) -> bool:
        """An active verb with no modal, negation, subordinator "if"/"unless" or relative clause on it."""
        return not (verb.dep_ in {"relcl", "amod", "acl"} or verb.tag_ == "VBN" and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) or any(
            c.dep_ in {"nsubjpass", "auxpass", "neg"} or c.dep_ == "aux" and c.lower_ in MODALS
            or c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in verb.children))

    def persuader(self, verb: Token) -> Token | None:
        """The source of a persuasion verb: its own subject, or for its infinitive or gerund complement of an
        active verb ("try to convince", "helped convince", "is struggling to persuade"), a gerund in a prepositional
        phrase of one ("set about persuading") or a participle clause with no subordinator on one ("had trouble
        persuading") that verb's subject (the controller of its understood subject, CGEL 14.1); a name,
        a person or group noun or a personal pronoun, never a relative or demonstrative word."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        head = verb.head
        if subj is None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head  # "set about persuading X to Y", "won by convincing X that Y"
        elif subj is None and verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(
                c.dep_ == "mark" for c in verb.children):
            pass  # "has had trouble persuading X to Y": a participle clause controlled by the verb's subject
        elif verb.dep_ != "xcomp":
            head = None
        if subj is None and head is not None and head is not verb and head.pos_ == "VERB" and head.i < verb.i \
                and head.lemma_ != "be" and self.plain_active(head):
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ in {"WP", "WDT", "DT", "EX"}:
            return None
        if subj.pos_ == "PRON":
            return subj if subj.lower_ in {"he", "she", "they", "we", "i"} else None
        if subj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or subj.pos_ == "PROPN" \
                or subj.lemma_.lower() in SOURCE_NOUNS | role_words() | government_nouns() | _person_nouns():
            return subj
        return None

    def infinitive_conjuncts(self, start: int, end: int, cue: Token) -> int:
        """An infinitive content whose coordinated bare verbs the parse hangs on the cue ("wants to expand the
        park, build a library and open a youth centre", "planned to repair the bridge, then hand over the land"):
        the coordinated infinitives are the content too, up to the last of them. A finite conjunct ("pledged to
        X and said Y") is another report of the subject's, and a negated one ("wanted to X, and not Y") a
        contrast: both left out."""
        if cue.tag_ == "VB":
            return end
        inf = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and start <= c.idx < end
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        if inf is None:
            return end
        chain, todo = [], [c for c in cue.children if c.dep_ in {"conj", "dep"} and c.i > inf.i]
        while todo:
            c = todo.pop(0)
            if c.tag_ != "VB" or c.sent != cue.sent or any(
                    g.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg"} for g in c.children):
                break
            chain.append(c)
            todo += [g for g in c.children if g.dep_ == "conj" and g.i > c.i]
        for c in chain:
            if c.left_edge.idx < end or not INFINITIVE_GAP.fullmatch(self.text[end:c.left_edge.idx]):
                break
            # the conjunct's own words, not a clause coordinated after it
            last = max((t for g in c.children if g.dep_ not in {"conj", "cc"} and g.i > c.i for t in g.subtree),
                       key=lambda t: t.i, default=c)
            while last.i > c.i and (last.is_punct or last.is_space):
                last = self.doc[last.i - 1]
            end = last.idx + len(last.text)
        return end

    def possible_cues(self) -> list[int]:
        """Indices of the tokens the loop in `indirect` can act on: by their lower-case form ("according",
        "in", a stance adjective) or their lemma (a speech noun, a view-as, raising, speech, belief or stance
        verb). Every other token falls through all its tests, so it is skipped without making its Token
        (read from the doc's arrays, each distinct string tested once)."""
        lemma_words = COPULAR_NOUNS | VIEW_AS_VERBS | RAISING_VERBS | self.speech | self.belief | self.stance \
            | self.preposition
        lower_words = STANCE_ADJECTIVES | {"according", "in"}
        strings = self.doc.vocab.strings
        lowers = nlp.column(self.doc, LOWER)  # read once per document
        # each distinct string decoded once per document, shared with the other rules that read the columns
        hits = set(nlp.indices_where(self.doc, LOWER, lower_words.__contains__))
        hits.update(nlp.indices_where(self.doc, LEMMA, lambda lemma: lemma.lower() in lemma_words))
        # the verbs a "that" complementizer's clause hangs on (that_clause_content)
        that = strings["that"] if "that" in strings else None
        for i, lo in enumerate(lowers):
            if lo == that and self.doc[i].dep_ == "mark":
                clause = self.doc[i].head
                if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
                    hits.add(clause.head.i)
        return sorted(hits)

    def quotation_with_complementizer(self, start: int, end: int) -> bool:
        """"told aides that "X."": the content is the direct quote and its "that", one report, not two."""
        head = self.text[start:end]
        lead = len(head) - len(head[4:].lstrip(" ,")) if head[:4].lower() == "that" else 0
        return lead > 4 and self.inside_quotation(start + lead, end)

    def quotations_around_cue(self, start: int, end: int, cue: Token) -> bool:
        """""A," he said, "B."": a content that is quoted words on both sides of its cue clause is the direct
        quote interrupted by its cue (joined from its pieces later), not a report of its own."""
        if not start < cue.idx < end:
            return False
        clause = self.cue_clause(cue) or self.parenthetical_clause(cue)
        if clause is None:
            return False
        first, last = self.doc[clause[0]], self.doc[clause[1]]
        return self.inside_quotation(start, first.idx) and self.inside_quotation(last.idx + len(last.text), end)

    def passive_content(self, cue: Token) -> Found | None:
        """A cue in the passive with no agent ("X is expected to win", "it is considered a threat", "he was
        accused of lying"): a report with no source named, whose content is the whole clause, its subject and cue
        included (PolNeAR annotates these with no Source); what a passive addressee was told or asked ("I was told
        that X"); a subject with nothing reported after the cue ("the price was not disclosed"): the subject."""
        if cue.tag_ != "VBN" or cue.dep_ == "relcl" or any(c.dep_ == "agent" for c in cue.children):
            return None
        subj = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i), None)
        if subj is None or subj.tag_ in {"WP", "WDT"} or subj.lower_ in {"that", "this"} or self.in_quote(subj):
            return None
        after = [c for c in cue.children if c.i > cue.i and c.dep_ in PASSIVE_COMPLEMENT_DEPS]
        if after and cue.lemma_.lower() in ADDRESSEE_OBJECT:
            # "I was told that X", "he was asked whether Y", "the company is informed of Z" (VerbNet tell-37.2,
            # inquire-37.1.2, advise-37.9: the passive subject is the addressee): the content is what the cue takes
            # after it
            span = self.contiguous([t for c in after for t in c.subtree if t.sent == cue.sent])
            if span is not None:
                span = (self.from_complementizer(*span), span[1])
        elif not after and not any(c.i > cue.i and c.dep_ in {"prep", "dobj", "dative"}
                                   and c.lower_ not in CIRCUMSTANCE_PREPS for c in cue.children):
            # "the purchase price was not disclosed", "the dissolution of the club was announced": the subject is
            # what was (not) said, the cue and its circumstances the writer's; the subject is a noun phrase, its
            # relative clause part of it ("the merits of the program, which allows X, are being debated")
            span = self.contiguous([t for t in subj.subtree if t.sent == cue.sent])
            if span is not None:
                start, end = self.close_quotation(*span)
                if self.inside_quotation(start, end):
                    return None
                return Found(start, end, "indirect", cue=cue, cue_text=cue.text)
        else:
            span = self.contiguous([t for t in self.doc[subj.left_edge.i: cue.right_edge.i + 1]
                                    if t.sent == cue.sent])
        bounds = self.indirect_bounds(span)
        if bounds is None:
            return None
        start, end = bounds
        return Found(start, end, "indirect", cue=cue, cue_text=cue.text)

    def view_as_content(self, cue: Token) -> Found | None:
        """"critics see X as Y": what is viewed with what it is viewed as, said by the subject; "X is seen as Y"
        with no agent: the whole clause, no source (as a passive cue)."""
        dobj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        holders = [cue] + ([dobj] if dobj is not None else [])
        as_phrase = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                          and c.i > cue.i), None)
        if as_phrase is None or self.negated(cue):
            return None
        if dobj is None:
            f = self.passive_content(cue)
            return f if f is not None and f.end >= as_phrase.idx else None
        bounds = self.indirect_bounds(self.contiguous([*dobj.subtree, *as_phrase.subtree]))
        if bounds is None:
            return None
        f = Found(bounds[0], bounds[1], "indirect")
        self.set_cue(f, cue)
        return f if f.speaker_span is not None else None

    def raising_content(self, cue: Token) -> Found | None:
        """"X seems to Y", "X appeared to Y": the writer's judgement of how things appear, a report with no source
        whose content is the whole clause, subject and cue included (as with a passive cue with no agent)."""
        if cue.pos_ not in {"VERB", "AUX"} or self.negated(cue):
            return None
        subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        infinitive = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        if subj is None or infinitive is None or subj.lower_ in {"it", "there"} or self.in_quote(subj):
            return None
        toks = [t for t in self.doc[subj.left_edge.i: infinitive.right_edge.i + 1] if t.sent == cue.sent]
        bounds = self.indirect_bounds(self.contiguous(toks))
        if bounds is None:
            return None
        return Found(bounds[0], bounds[1], "indirect", cue=cue, cue_text=cue.text)

    def adjective_content(self, adj: Token) -> Found | None:
        """A stance adjective with its clause: "she was sure (that) X", "they are convinced X", "he is worried
        that X"; its source is the subject of the copula."""
        if adj.dep_ not in {"acomp", "ROOT"}:
            return None
        clause = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None)
        if clause is None and adj.dep_ == "acomp":
            clause = next((c for c in adj.head.children if c.dep_ == "ccomp" and c.i > adj.i), None)
        if clause is None:
            return None
        verb = adj.head if adj.dep_ == "acomp" else adj
        subj = self.subject(verb)
        if subj is None or subj.dep_ == "csubj" or subj.lower_ in {"it", "there", "this", "that"} \
                or subj.tag_ in {"WP", "WDT"} or self.negated(verb):
            return None
        span = self.clause_span(clause)
        bounds = self.indirect_bounds(span)
        if bounds is None:
            return None
        start, end = bounds
        return Found(start, end, "indirect", cue=adj, cue_text=adj.text, speaker_span=self.noun_phrase(subj))

    def noun_content(self, noun: Token) -> Found | None:
        """A statement noun with what it states: "her claim that X", "an agreement to X", "his criticism of
        X", "calls for X". Its source is the noun's possessor ("her", "the senator's"), else the subject of
        the verb it is the object of ("they extracted an agreement to X", "Democrats persisted in arguments
        that X"); a noun with neither is the writer's and no report."""
        toks: list[Token] = []
        for c in noun.children:
            if c.i < noun.i:
                continue
            if c.dep_ in {"acl", "ccomp"} and (any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                                               or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)):
                toks = list(c.subtree)
                break
            if c.dep_ == "prep" and c.lower_ in NOUN_PREPS.get(noun.lemma_.lower(), ()) and c.i == noun.i + 1:
                toks = [t for g in c.children if g.dep_ in {"pobj", "pcomp"} for t in g.subtree]
                break
        if len(toks) < 2:
            return None
        span = self.token_span(toks)
        bounds = self.indirect_bounds(span)
        if bounds is None:
            return None
        start, end = bounds
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        if source is None:
            head = noun.head
            if noun.dep_ == "pobj" and head.dep_ == "prep":
                if head.lower_ in ADJUNCT_PREPS:
                    return None  # "during the attack on X": an adjunct's noun is no report of the clause's subject
                head = head.head
            if noun.dep_ in {"dobj", "pobj"} and head.pos_ in {"VERB", "AUX"} and head.i < noun.i:
                source = self.subject(head)
                if source is not None and source.dep_ == "nsubjpass":
                    source = None
        if source is None or source.tag_ in {"WP", "WDT"} or source.lower_ in {"it", "there", "this", "that"}:
            return None
        f = Found(start, end, "indirect", cue=noun, cue_text=noun.text, speaker_span=self.noun_phrase(source))
        return f

    def copular_content(self, noun: Token) -> Found | None:
        """A statement or belief noun as the subject of a specifying "be" whose predicative complement is a
        content clause: "Her fear was that X", "One view is that Y", "His question was whether Z", "The
        implication is clear: that W" (CGEL ch. 11: the clause states what the noun holds). The content is the
        clause from its subordinator to the end of the "be" clause; the source the noun's holder (`copular_holder`),
        else none (the holder unnamed, PolNeAR's Attribution-no-source); the cue the noun and "be"."""
        frame = self.copular_frame(noun)
        if frame is None:
            return None
        be, mark = frame
        source = self.copular_holder(noun)
        if source is not None and (source.tag_ in {"WP", "WDT", "WP$"} or source.lower_ == "its"):
            return None
        if source is None:
            # a question with no one asking it ("the key question is whether X") is the writer's, no report
            if mark.lower_ != "that":
                return None
            # the writer's own reasoning: an evaluative comparative or superlative on the noun ("a better
            # explanation for X is that"), an epistemic adverb ("perhaps the explanation is that")
            if any(c.dep_ == "amod" and c.tag_ in {"JJR", "JJS"} for c in noun.children) \
                    or any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in be.children):
                return None
        span = self.copular_span(be, mark)
        if span is None:
            return None
        return Found(*span, "indirect", cue=noun, cue_text=f"{noun.text} {be.text}",
                     speaker_span=self.noun_phrase(source) if source is not None else None)

    def copular_frame(self, noun: Token) -> tuple[Token, Token] | None:
        """("be", the content clause's subordinator) when `noun` is the subject of an unnegated, unmodalised
        specifying "be" with nothing but adverbs and punctuation (or an adjective closed by a colon or dash)
        before the subordinator."""
        be = noun.head
        if noun.dep_ != "nsubj" or be.lemma_ != "be" or be.i < noun.i:
            return None
        mark = next((g for c in be.children if c.i > be.i and c.dep_ == "ccomp" for g in c.children
                     if g.dep_ == "mark" and g.lower_ in COPULAR_MARKS and g.i > be.i), None)
        if mark is None or self.negated(be):
            return None
        # a modal on "be" ("the impression ... will be that X", "her answer would be that Y") predicts or supposes
        # a content nobody holds yet (CGEL 3.9): no report
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in be.children):
            return None
        # only the complement between "be" and its subordinator: adverbs, "not", punctuation, an adjective closed
        # by a colon or dash ("is clear: that X"); "was notable in that X" is a preposition's clause, no content
        between = self.doc[be.i + 1: mark.i]
        if any(t.pos_ not in {"ADV", "PART", "PUNCT", "ADJ"} for t in between) \
                or any(t.pos_ == "ADJ" for t in between) and not any(t.text in {":", "\u2014", "--"} for t in between):
            return None
        return be, mark

    def copular_span(self, be: Token, mark: Token) -> tuple[int, int] | None:
        """The predicative complement's characters: from the subordinator to the end of the "be" clause, unless
        it lies inside a quotation."""
        # the parse may hang a piece of the content clause on "be" ("that X is, in fact, Y")
        toks = [t for t in be.subtree if t.i >= mark.i]
        head = be.head
        if be.dep_ in {"ccomp", "advcl"} and head.i > max(t.i for t in toks) and head.sent.start == be.sent.start \
                and head.dep_ == "ROOT" and head.lemma_.lower() not in self.speech | self.belief | self.stance:
            # "the assumption is that X won because, put simply, he was black": the parse makes the clause's last
            # piece the root and hangs "be" on it; the complement runs on to the end of the sentence
            toks += [t for t in head.subtree if t.i > max(x.i for x in toks)]
        span = self.token_span(toks)
        if span is None:
            return None
        # the writer's tails trim_tail cuts hang on a cue's clause; a predicative complement is the rest of the
        # clause of "be" ("that X is, in fact, appealing to Y" is no participle tail); only a second report
        # coordinated after a comma ("that X, and the governor ordered Y") is cut
        start, end = span
        last = max(toks, key=lambda t: t.i).i + 1
        for t in self.doc[mark.i + 3: last]:
            if t.lower_ in {"and", "but"} and self.doc[t.i - 1].text == "," and self.coordinated_report(t, last):
                end = self.doc[t.i - 2].idx + len(self.doc[t.i - 2].text)
                break
        start, end = self.close_quotation(start, end)
        end = self.dash_elaboration(start, end)
        return None if self.inside_quotation(start, end) else (start, end)

    def copular_holder(self, noun: Token) -> Token | None:
        """Who holds a copular noun (`copular_content`): its possessor ("Rubio's response was"); else the subject
        of a restrictive relative clause whose object gap is the noun and whose verb makes, holds or states it
        ("the promise she has made in clinching X is", data/quote_words.tsv "## holder_verbs"; the parse may
        label that clause ccomp); else an of/within/among phrase naming people ("the concern within the
        administration is", HOLDER_PREPS). A non-restrictive relative ("a second view, which I share, is") names
        someone who shares the view, not its holder (PolNeAR leaves the view unsourced)."""
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        if source is not None:
            return source
        for rel in noun.children:
            if rel.i <= noun.i or rel.dep_ not in {"relcl", "ccomp", "acl"} or rel.pos_ not in {"VERB", "AUX"}:
                continue
            if self.doc[noun.i + 1].text == "," or any(g.dep_ == "mark" for g in rel.children):
                continue  # "a view, which I share," / "the promise that she would X" (a content clause)
            if any(g.dep_ in {"dobj", "ccomp", "xcomp", "attr"} and g.lower_ != "that" for g in rel.children):
                continue  # the relative verb's object is not the noun's gap
            lemma = rel.lemma_.lower()
            if lemma not in HOLDER_VERBS and lemma not in self.speech and lemma not in self.belief:
                continue
            subj = next((g for g in rel.children if g.dep_ == "nsubj" and g.i < rel.i), None)
            if subj is not None and subj.tag_ not in {"WP", "WDT"} \
                    and subj.lower_ not in {"it", "this", "that", "there", "which", "who"}:
                return subj
        for prep in noun.children:
            if prep.i <= noun.i or prep.dep_ != "prep" or prep.lower_ not in HOLDER_PREPS:
                continue
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is None or not self.names_people(pobj):
                continue
            # "of" names the holders only as a plural or group noun ("the view of most economists", "the concern
            # of the administration"); "the view of Trump" is as often the view held about him, and "criticism
            # of X" names its target (NOUN_PREPS)
            if prep.lower_ != "of":
                return pobj
            if "of" not in NOUN_PREPS.get(noun.lemma_.lower(), set()) \
                    and (pobj.tag_ == "NNS" and pobj.ent_type_ == "" or pobj.lemma_.lower() in government_nouns()):
                return pobj
        return None

    @staticmethod
    def names_people(tok: Token) -> bool:
        """A noun phrase head naming people who can hold a view: a person, organisation or group name, a plain
        source noun ("officials", "analysts", "people"), a title of the actors' role words ("the president")
        or a government noun ("the administration")."""
        if tok.ent_type_ in {"PERSON", "ORG", "NORP"}:
            return True
        lemma = tok.lemma_.lower()
        return tok.pos_ == "NOUN" and (tok.lower_ in SOURCE_NOUNS or lemma in SOURCE_NOUNS
                                       or lemma in role_words() or lemma in government_nouns())

    def according_content(self, tok: Token) -> Found | None:
        head = tok.head
        if head == tok or head.i == tok.i:
            return None
        pp = [t.i for t in tok.subtree]
        lo, hi = min(pp), max(pp)
        span = self.around_according(lo, hi)
        if span is None:
            toks = [t for t in head.subtree if not (lo <= t.i <= hi)]
            span = self.token_span(toks)
        if span is None:
            return None
        f = Found(span[0], span[1], "indirect")
        self.set_according(f, tok)
        if f.speaker_span is None:
            return None
        return f

    def in_source(self, tok: Token) -> bool:
        """"in" with a poll or survey as its object, in a sentence with no cue verb of its own ("In the latest
        poll, X leads"; not "In a poll, 60 percent said X", whose cue is "said")."""
        if tok.lower_ != "in" or tok.dep_ != "prep":
            return False
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in IN_SOURCES:
            return False
        return not any(self.is_cue(t, belief=True) for t in tok.sent if not self.in_quote(t))

    def in_source_content(self, tok: Token) -> Found | None:
        """What a poll or survey reports: the sentence its "in" phrase opens or closes, else the sentence whose main
        verb the phrase is attached to ("X is ahead in the polls"), without it; the document (or its author) is the
        source."""
        pp = [t.i for t in tok.subtree]
        lo, hi = min(pp), max(pp)
        span = self.around_according(lo, hi)
        if span is None and tok.head.pos_ in {"VERB", "AUX"} and tok.head.dep_ == "ROOT" \
                and self.subject(tok.head) is not None:
            span = self.token_span([t for t in tok.head.subtree if not (lo <= t.i <= hi)])
        if span is None or self.inside_quotation(*span):
            return None
        pobj = next(c for c in tok.children if c.dep_ == "pobj")
        return Found(span[0], span[1], "indirect", cue=tok, cue_text=tok.text,
                     speaker_span=self.noun_phrase(self.author_of(pobj)))

    @staticmethod
    def according_over_quotes(found: list[Found]) -> None:
        """"A," the judge said, according to the Post. "B.": the outlet reports the judge's whole quote, so an
        "according to" content holding a direct quote's cue takes that quote's outer span and pieces (PolNeAR
        annotates both attributions over the same words)."""
        for f in found:
            if f.kind != "indirect" or f.cue_text != "according to":
                continue
            quote = next((d for d in found if d.kind == "direct" and d.cue is not None and len(d.pieces) > 1
                          and f.start <= d.cue.idx < f.end and d.start - 2 <= f.start and f.end <= d.end + 2), None)
            if quote is not None:
                f.start, f.end, f.pieces = quote.start, quote.end, [list(p) for p in quote.pieces]

    def lead_in_content(self, f: Found) -> Found | None:
        """A quotation going on with the writer's words after a cue clause set off by commas ("Instead, the mayor
        said, "she started as the favorite."", "When the rule takes effect, Dr. Y added, "it will ..."", "In cases
        of abortion, the group said, "the woman is a victim.""): the quoted words start in lower case, so the
        sentence is one utterance, reported from its first word; the content is the whole sentence in two pieces
        around the cue clause. A lead-in that is only a conjunction ("But, she added, "X"") is the writer's."""
        cue, sp = f.cue, f.speaker_span
        if f.marked is None or not (sp.end_char <= cue.idx < f.start):
            return None
        head = self.text[cue.idx + len(cue.text):f.marked.open]
        if head.strip() != ",":
            return None  # only a comma between the cue and the quotation
        subj = min(sp.root.left_edge.idx, sp.start_char)
        sent = sp[0].sent
        lead_start = max(sent.start_char, self.body_start(self.paragraphs[self.paragraph_of(subj)][0]))
        lead = self.text[lead_start:subj].rstrip()
        words = [t for t in self.doc.char_span(lead_start, subj, alignment_mode="expand") or [] if not t.is_punct]
        if all(t.tag_ == "CC" for t in words):
            return None  # "But, he said, "X"": a conjunction linking to what came before is the writer's
        if not lead.endswith(",") or any(
                self.in_quote(t) or t.text in {'"', "\u201c", "\u201d", "''", "``"}
                for t in self.doc.char_span(lead_start, subj, alignment_mode="expand") or []):
            return None
        start, end = self.close_quotation(lead_start, f.end)
        return Found(start, end, "indirect", cue=cue, cue_text=f.cue_text, speaker_span=sp, channel=f.channel,
                     pieces=[[start, lead_start + len(lead) - 1], [f.marked.open, end]])

    def fragment_contents(self, found: list[Found]) -> list[Found]:
        """A quoted fragment that is the object of its cue ("called it "the biggest attack in history"",
        "says it is "dangerous"") with no content clause: what the cue reports is the cue's whole
        complement, an indirect quote holding the fragment."""
        out = []
        for f in found:
            if f.kind != "partial" or f.cue is None or f.cue_text == "according to" or f.speaker_span is None:
                continue
            lead = self.lead_in_content(f)
            if lead is not None:
                out.append(lead)
                continue
            cue = f.cue
            comps = [c for c in cue.children if c.i > cue.i and c.dep_ in
                     {"dobj", "oprd", "xcomp", "ccomp", "prep", "attr", "acomp", "dative", "advcl", "npadvmod"}]
            if not comps or any(c.dep_ == "ccomp" and any(g.dep_ == "mark" for g in c.children) for c in comps):
                continue  # no complement, or a content clause of its own (an indirect quote already)
            toks = [t for c in comps for t in c.subtree]
            if not toks:
                continue
            lo, hi = min(t.i for t in toks), max(t.i for t in toks)
            # a relative clause's cue reports of its relative pronoun ("which he described as "X"", "who Y
            # called "X"", "what Z called "X""): the content starts at the pronoun
            rel = [c for c in cue.children if c.i < cue.i and c.tag_ in REL_TAGS
                   and c.dep_ in {"dobj", "nsubjpass", "pobj"}]
            if cue.dep_ in {"relcl", "ccomp", "pcomp"} and rel:
                lo = min(lo, rel[0].i)
            span = self.token_span(list(self.doc[lo: hi + 1]))
            if span is None or not (span[0] <= f.start and f.end <= span[1] + 1) \
                    or span[1] - span[0] <= (f.end - f.start) + 3:
                continue
            span = self.close_quotation(self.from_complementizer(*span), span[1])
            g = Found(span[0], span[1], "indirect", cue=f.cue, cue_text=f.cue_text, speaker_span=f.speaker_span,
                       channel=f.channel)
            out.append(g)
        return out
