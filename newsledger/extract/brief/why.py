"""Why: causal markers and constructions in the title and the lead (see the package doc)."""
from __future__ import annotations

from bisect import bisect_left
from itertools import islice
from typing import Any

from spacy.tokens import Span, Token

from newsledger import nlp, resources
from newsledger.extract.brief.common import (
    _CAUSE_NOUNS,
    _CAUSE_PHRASE,
    _CAUSE_WORDS,
    _CAUSED_BY,
    _CUT,
    _FEELINGS,
    _FOR_REASON,
    _MOVES,
    _OUTCOME,
    _PRONOUNS,
    _SUBJ,
    _TIME_UNITS,
    LEAD_SENTENCES,
    MAX_WHY,
    WHY_LATER_SENTENCES,
    Clause,
    Src,
    _before_time,
    _is_boiler,
    _phrase,
    _subtree,
    _trim_span,
    agent_noun,
    time_phrase,
)

# Verbs whose "to"-infinitive is their complement, not a purpose ("tried to X", "vowed to X"); the second block:
# the subject-control and raising verbs of English grammars (Huddleston & Pullum 2002, ch. 14: "voted to X",
# "chose to X", "appears to X") that the parse also attaches as xcomp
_NOT_PURPOSE_HEADS = frozenset({
    "try", "want", "need", "have", "plan", "hope", "seek", "begin", "start", "continue", "be", "set", "expect", "fail",
    "manage", "refuse", "decide", "agree", "ask", "tell", "urge", "vow", "pledge", "promise", "threaten", "get", "go",
    "come", "like", "love", "use",
    "vote", "choose", "opt", "elect", "aim", "intend", "wish", "prepare", "propose", "offer", "volunteer", "attempt",
    "struggle", "hesitate", "decline", "tend", "seem", "appear", "happen", "claim", "pretend", "deserve", "afford",
    "arrange", "learn", "forget", "remember", "neglect", "bother", "dare", "mean", "prefer", "hate", "move",
    "resolve", "swear", "undertake", "cease", "endeavour", "endeavor", "strive", "long", "yearn", "ought"})
# Verbs of intending and striving whose infinitive is the subject's goal, so the why ("they aim to tear X apart",
# "seeks to reassure investors"): WordNet's intend/aim synset and VerbNet's try-61 members that name a goal
# rather than an attempt (editorials and reports alike state a motive this way)
_INTENT_HEADS = frozenset({"aim", "intend", "seek", "strive", "endeavour", "endeavor"})
# Nouns whose "to"-infinitive is their content, not a purpose ("a plan to X", "the decision to X"): the nouns of
# the complement-taking verbs above and their kin (Huddleston & Pullum 2002, ch. 8: nouns licensing infinitivals)
_RANKS = {"first", "last", "only", "next", "second", "third"}  # "the first to X": who ranks, not why
_CONTENT_NOUNS = frozenset({
    "plan", "decision", "attempt", "effort", "bid", "move", "proposal", "agreement", "promise", "pledge", "threat",
    "vow", "call", "order", "request", "demand", "offer", "refusal", "failure", "right", "chance", "ability",
    "need", "desire", "intention", "wish", "hope", "aim", "goal", "campaign", "push", "drive", "vote", "deal",
    "way", "time", "opportunity", "power", "permission", "authority", "license", "licence", "duty", "obligation",
    "tendency", "willingness", "readiness", "determination", "commitment", "ambition", "bill", "motion", "law"})

# named measures that make a "for" phrase a span or a sum, not a reason ("jailed for seven years", "fined for $500")
_MEASURES = {"DATE", "TIME", "MONEY", "CARDINAL", "QUANTITY", "PERCENT"}


def _why_words(name: str) -> frozenset[str]:
    """A word class of data/brief/why_classes.json (its provenance is in the file)."""
    return frozenset(resources.json_data("brief", "why_classes.json")[name])


def _main_clause(verb: Token) -> bool:
    """Whether a verb heads a main clause: the sentence's root or a conjunct of it ("X said Y and drew Z"), not a
    background clause ("at a time when X has faced criticism for Y", "despite facing criticism for Y")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _judged_one(noun: Token) -> bool:
    """A "for" phrase naming a person or group, the one judged or thanked rather than the reason ("has praise for
    the front-runner", "a fine for the club"): an agent noun (common.agent_noun) or a noun whose first WordNet 3.0
    sense is a person (data/events/person_nouns.txt)."""
    return agent_noun(noun) or noun.lemma_.lower() in resources.words("events", "person_nouns.txt")


def _headline_event_noun(src: Src, noun: Token) -> bool:
    """The head noun of a verbless headline that names a thing or an event, not an actor: headlines are block
    language (Quirk et al. 1985, p. 845), where "Two events to aid X", "Dinner to honor Y" name the event with an
    infinitive of purpose (Quirk et al. 1985, 15.45-15.49), while an actor's "Council to vote on X" is the headline
    future (its infinitive is the what). An actor: a name, an agent noun (common.agent_noun), or a noun whose
    first WordNet 3.0 sense is a person or a group (data/events/person_nouns.txt, data/brief/group_nouns.txt)."""
    if src.name != "title" or noun.dep_ != "ROOT" or noun.tag_ not in {"NN", "NNS"} or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    return not (_judged_one(noun) or lemma in resources.words("brief", "group_nouns.txt"))


class Why:
    """The why part of BriefBuilder (its attributes: see builder.BriefBuilder)."""

    def why(self, main: Clause | None) -> list[dict[str, Any]]:
        """Every cause or purpose phrase of the title and lead units, each token tried against the patterns of
        `_token_causes` in order; the later sentences' causes when these have none; ranked."""
        cands = []
        patterns = self._token_causes
        for src, rank, sent in self.units:
            cands += self._marked_causes(src, rank, sent)
            for tok in sent:
                for pattern in patterns:
                    found = pattern(src, tok)
                    if found:
                        cands.append(self._why_item(src, found[0], rank, found[1]))
        if not cands:
            cands = self._later_causes()
        return self._rank(cands)

    @property
    def _token_causes(self) -> tuple:
        """The cause patterns a token can head, in the order their candidates are listed: each gives the span
        and its strength, or None."""
        return (self._copula_cause, self._cause_word, self._for_doing, self._for_reason, self._attempt_purpose,
                self._object_purpose,
                self._blame_cause, self._by_doing, self._agent_cause, self._as_circumstance, self._feeling_cause,
                self._clause_purpose)

    def _copula_cause(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        """A cause named by a copula: "the death of X was a catalyst", "Y is the reason"."""
        if tok.dep_ == "attr" and tok.lemma_.lower() in _CAUSE_NOUNS and tok.head.lemma_ == "be":
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            s = _trim_span(list(subj.subtree)) if subj is not None and subj.lower_ not in _PRONOUNS else None
            if s and s[1] - s[0] <= MAX_WHY:
                return s, 0.9
        return None

    def _cause_word(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        if tok.lower_ in _CAUSE_WORDS:
            s = _trim_span(_subtree(tok.head if tok.dep_ in {"amod", "compound"} else tok, _CUT | {"prep"}))
            if s:
                return s, 0.9
        return None

    def _for_doing(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        """"blames X for doing", "to do" (purpose); a coordinated second cause is its own phrase."""
        pcomp = next((c for c in tok.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) \
            if tok.dep_ == "prep" and tok.lower_ == "for" and tok.head.pos_ == "VERB" else None
        if pcomp is not None:
            s = _trim_span(_subtree(pcomp)[:MAX_WHY])
            if s:
                return s, 0.7
        return None

    def _for_reason(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        """The reason a judgement or an arrest gives: "fined for speeding", "arrested for drunk driving" (not a
        time or a sum: "jailed for seven years", "fined for $500"); in a main clause also the reason of a noun of
        judgement or an idiom of criticism ("drew criticism for X", "came under fire for X"). A content noun
        keeps its infinitive ("for his decision to revoke X"); no reason when the noun is the one judged ("has
        praise for the front-runner")."""
        if tok.dep_ != "prep" or tok.lower_ != "for":
            return None
        head = tok.head
        judging = head.pos_ == "VERB" and tok.i > head.i and head.lemma_.lower() in _FOR_REASON | _why_words(
            "judgement_verbs")
        if not judging and not self._judgement_for(tok):
            return None
        pobj = next((c for c in tok.children if c.dep_ == "pobj" and (c.pos_ == "NOUN" or c.tag_ == "VBG")), None)
        if pobj is None or pobj.lemma_.lower() in _TIME_UNITS | {"time"} or pobj.ent_type_ \
                or (pobj.pos_ == "NOUN" and _judged_one(pobj)):
            return None
        content = pobj.lemma_.lower() in _CONTENT_NOUNS and any(
            c.dep_ == "acl" and c.tag_ == "VB" and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
            for c in pobj.children)
        phrase = _subtree(tok, (_CUT - {"acl"} if content else _CUT) | {"prep"})
        # a nominalisation keeps its close "of" complement ("for his support of the bill", "for possession of X")
        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                   and c.i == max(t.i for t in phrase) + 1), None)
        if of is not None:
            phrase += _subtree(of, _CUT | {"prep"})
        phrase = phrase[:MAX_WHY]
        if not any(t.ent_type_ in _MEASURES for t in phrase):
            s = _trim_span(phrase)
            if s:
                return s, 0.8
        return None

    @staticmethod
    def _judgement_for(tok: Token) -> bool:
        """Whether a "for" phrase gives the reason of a noun of judgement or an idiom of criticism in a main
        clause: "drew criticism for X" (on the verb or on the noun), "came under fire for X"."""
        head = tok.head
        verb = head.head if head.pos_ == "NOUN" and head.dep_ in {"dobj", "pobj"} else head
        if head.pos_ == "NOUN" and head.dep_ == "pobj":
            verb = head.head.head  # "under fire for X": the preposition's verb
        if verb.pos_ not in {"VERB", "AUX"} or tok.i < verb.i or not _main_clause(verb):
            return False
        nouns = _why_words("judgement_nouns")
        if head.pos_ == "NOUN":
            return tok.i > head.i and (
                (head.dep_ == "dobj" and head.lemma_.lower() in nouns)
                or (head.dep_ == "pobj" and head.head.lower_ == "under"
                    and head.lemma_.lower() in _why_words("criticism_idioms")))
        return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns and c.i < tok.i for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "under" and c.i < tok.i
            and any(g.dep_ == "pobj" and g.lemma_.lower() in _why_words("criticism_idioms") for g in c.children)
            for c in verb.children)

    def _attempt_purpose(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        """The goal a noun of striving names by its infinitive ("his effort to rebut the charges was undermined",
        "launched a bid to win the seat": data/brief/why_classes.json, attempt_nouns): the noun the subject of a
        main clause, the object of a verb of undertaking it (undertaking_verbs: not "rejected an attempt to X"),
        or the headline's own noun; the idiom "in an effort to X" is a marker (_CAUSE_PHRASE). The infinitive's
        clause to its end or the event's time ("to paint X as unfit", "to win over Y")."""
        noun = tok.head
        if not (tok.dep_ == "acl" and tok.tag_ == "VB" and tok.i > noun.i and noun.pos_ == "NOUN"
                and noun.lemma_.lower() in _why_words("attempt_nouns")
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children)):
            return None
        verb = noun.head
        if not (noun.dep_ == "ROOT" and src.name == "title") and not (
                verb.pos_ in {"VERB", "AUX"} and _main_clause(verb)
                and (noun.dep_ in _SUBJ
                     or (noun.dep_ == "dobj" and verb.lemma_.lower() in _why_words("undertaking_verbs")))):
            return None
        toks = _before_time(_subtree(tok, _CUT), tok)
        while toks and toks[-1].ent_type_ in {"DATE", "TIME"}:  # "... Wednesday": the event's time answers when
            toks = toks[:-1]
        if sum(not t.is_punct for t in toks) > MAX_WHY:
            toks = _subtree(tok, _CUT | {"prep"})
        s = _trim_span(toks) if sum(not t.is_punct for t in toks) <= MAX_WHY else None
        if s:
            return s, 0.7
        return None

    def _object_purpose(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        """A purpose on the event's object or circumstance ("approved a fee to help build an arena", "on a
        mission to soothe tempers") or on a verbless headline's event noun ("Two events to aid X"), not a content
        noun's infinitive ("a plan to build") nor a rank's ("the first woman to win")."""
        if tok.dep_ in {"relcl", "acl"} and tok.tag_ == "VB" \
                and (tok.head.dep_ in {"dobj", "pobj"} or _headline_event_noun(src, tok.head)) \
                and tok.head.lemma_.lower() not in _CONTENT_NOUNS and tok.i > tok.head.i \
                and not any(c.lower_ in _RANKS or c.tag_ == "JJS" for c in tok.head.children) \
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
            s = _trim_span([t for t in tok.subtree if t.i < tok.i] + self._purpose_vp(tok))
            if s:
                return s, 0.45
        return None

    def _blame_cause(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        """What an outcome is blamed on: "blames X on Y", "blamed Y for X" (not "for doing", above); a bare
        name is an actor (a who) more than a reason and is left out."""
        if tok.lemma_.lower() == "blame" and tok.pos_ == "VERB":
            cause = self._blamed_cause(src, tok)
            if cause is not None and not cause[1]:
                return cause[0], 0.9
        return None

    def _by_doing(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        """What moved someone: "stuns his rivals by winning the race" (the "by doing" of a feeling), without the
        event's place or time ("... at the Grand Prix": those answer where and when)."""
        if tok.dep_ == "prep" and tok.lower_ == "by" and tok.head.lemma_.lower() in _MOVES and \
                tok.head.pos_ == "VERB":
            pcomp = next((c for c in tok.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
            toks = _subtree(pcomp)[:MAX_WHY] if pcomp is not None else []
            cut = next((t.i for t in toks if t.dep_ == "prep" and t.i > pcomp.i and any(
                g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC", "FAC", "EVENT", "DATE", "TIME"}
                for g in t.children)), None)
            s = _trim_span([t for t in toks if cut is None or t.i < cut]) if toks else None
            if s:
                return s, 0.8
        return None

    def _agent_cause(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        """A passive whose agent is the cause ("the decision was driven by higher costs")."""
        if tok.dep_ == "agent" and tok.head.lemma_.lower() in _CAUSED_BY:
            s = self._after(src, tok.idx + len(tok.text))
            if s:
                return s, 1.0
        return None

    def _as_circumstance(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        """The circumstance an event happened as ("died when the tram overturned as it entered a bend", "lead
        celebrations as X end a curse"): the clause, without a pronoun subject; not after an outcome verb
        ("killed as X derails": X is the event)."""
        if tok.dep_ == "mark" and tok.lower_ == "as" and tok.head.dep_ == "advcl" and \
                tok.head.pos_ in {"VERB", "AUX"} and tok.head.head.pos_ in {"VERB", "AUX"} and \
                tok.head.head.lemma_.lower() not in _OUTCOME:
            s = self._as_clause(tok.head)
            if s:
                return s, 0.6
        return None

    def _feeling_cause(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        """A feeling and what it is about ("was disappointed with the results")."""
        if tok.lemma_.lower() in _FEELINGS and tok.dep_ in {"ROOT", "acomp"} | ({"advcl", "ccomp", "conj"}
                                                                  if tok.tag_ == "VBN" else set()):
            prep = next((c for c in tok.children if c.dep_ in {"prep", "agent"} and c.i > tok.i
                         and c.lower_ in {"with", "at", "about", "by", "over"}), None)
            aux = [c for c in (tok.head.children if tok.dep_ == "acomp" else tok.children)
                   if c.dep_ in {"auxpass", "cop"} or (tok.dep_ == "acomp" and c == tok.head)]
            if tok.dep_ == "acomp":
                aux = [tok.head]
            if prep is not None and any(g.dep_ == "pobj" for g in prep.children):
                toks = [t for t in aux if t.i < tok.i] + [tok] + _subtree(prep, _CUT | {"relcl"})
                s = _trim_span(toks)
                if s and s[1] - s[0] <= MAX_WHY:
                    return s, 0.8
        return None

    def _clause_purpose(self, src: Src, tok: Token) -> tuple[tuple[int, int], float] | None:
        """An infinitive of purpose on the clause ("went to X to see"), not a name, not a speech or non-purpose
        head (unless an intent: "plans to"), not object control ("invited X to join")."""
        if tok.dep_ in {"advcl", "xcomp"} and tok.tag_ == "VB" and tok.pos_ == "VERB" \
                and tok.head.pos_ == "VERB" \
                and not (tok.ent_type_ or (tok.is_title and not tok.is_sent_start and src.name == "text")) \
                and any(c.lower_ == "to" for c in tok.children) \
                and (tok.head.lemma_.lower() not in _NOT_PURPOSE_HEADS | self.speech
                     or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _INTENT_HEADS)) \
                and not (tok.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < tok.i for c in
                                                     tok.head.children)):
            s = _trim_span([t for t in tok.subtree if t.i < tok.i] + self._purpose_vp(tok))
            if s:
                return s, 0.5
        return None

    def _marked_causes(self, src: Src, rank: int, sent: Span, min_strength: float = 0.0) -> list[dict[str, Any]]:
        """The phrases the causal markers of a sentence introduce (`_CAUSE_PHRASE`), at least `min_strength`."""
        out = []
        low = nlp.span_text(sent).lower()  # sent.text, sliced from the document's text
        base = sent.start_char
        for rx, strength in _CAUSE_PHRASE:
            if strength < min_strength:
                continue
            for m in rx.finditer(low):
                if strength < 1.0:
                    marker = next((t for t in sent if t.idx == base + m.start()), None)
                    if marker is not None and (marker.dep_ in {"prt", "amod"} or marker.pos_ in {"ADJ", "DET"}):
                        continue  # "tipped over at a bend": a particle; "the following list": an adjective
                    if marker is not None and marker.lower_ == "since" and self._perfect(marker.head):
                        continue  # "has threatened to push deeper since sending forces": a time
                span = self._after(src, base + m.end(), self._marker_scope(sent, base + m.start(), base + m.end()))
                if span is None:
                    continue
                if strength < 1.0 and not self._causal_object(src, span):
                    continue
                out.append(self._why_item(src, span, rank, strength))
        return out

    def _later_causes(self) -> list[dict[str, Any]]:
        """When the title and the lead give no reason, the first one an explicit marker ("because of", "due to")
        gives in the next sentences: news states the event first and explains it after (the inverted pyramid)."""
        lead_end = self.text.sents[-1].end if self.text.sents else 0
        text = self.record.article.text  # what self.doc parses: sliced, not rebuilt token by token
        later = (x for x in nlp.sents(self.doc) if x.start >= lead_end and text[x.start_char:x.end_char].strip()
                 and not _is_boiler(x, text))
        for i, sent in enumerate(islice(later, WHY_LATER_SENTENCES)):
            found = self._marked_causes(self.text, LEAD_SENTENCES + 1 + i, sent, min_strength=1.0)
            if found:
                return found
        return []

    def _purpose_vp(self, verb: Token) -> list[Token]:
        """A purpose infinitive's verb phrase, over a verb it completes right after it ("to help build an arena",
        "to try and soothe tempers")."""
        out = self._short_vp(verb)
        nxt = next((c for c in verb.children if c.dep_ in {"xcomp", "conj"} and c.tag_ == "VB"
                    and 0 < c.i - verb.i <= 2), None)
        if nxt is None or len(out) > 1 and max(t.i for t in out) > verb.i:
            return out + self._coordinated_purpose(verb, out)
        return out + list(verb.doc[verb.i + 1:nxt.i]) + self._short_vp(nxt)

    @staticmethod
    def _coordinated_purpose(verb: Token, out: list[Token]) -> list[Token]:
        """A second verb coordinated right after a bare purpose verb, sharing its object ("to decrease and filter
        storm water runoff", "to find and arrest the gunmen", "to protect and restore X"): one purpose, which the
        parse often splits (the second verb taken for a noun, the object hung on the first as its conjunct)."""
        last = max(t.i for t in out)
        cc = next((c for c in verb.children if c.dep_ == "cc" and c.i == last + 1 and c.lower_ in {"and", "or"}),
                  None)
        conj = next((c for c in verb.children if c.dep_ == "conj" and cc is not None and c.i > cc.i), None)
        if conj is None:
            return []
        tail = [t for t in _subtree(conj, _CUT | {"prep"}) if t.i > cc.i]
        if not tail or tail[0].i != cc.i + 1 or tail[-1].i - verb.i >= MAX_WHY:
            return []
        return [cc, *tail]

    @staticmethod
    def _perfect(verb: Token) -> bool:
        """Whether a verb, or the verb it completes ("has threatened to push"), is in a perfect tense."""
        for v in (verb, verb.head):
            if any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children):
                return True
        return False

    def _blamed_cause(self, src: Src, verb: Token) -> tuple[tuple[int, int], bool] | None:
        """The cause a "blame" verb names: the object of "on" ("blames X on Y"), else the direct object when a
        "for" phrase names the outcome ("blamed Y for X"); and whether it is a bare name."""
        preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
        on = next((c for c in preps if c.lower_ == "on" and any(g.dep_ == "pobj" for g in c.children)), None)
        if on is not None:
            s = self._after(src, on.idx + len(on.text))
            head = next((g for g in on.children if g.dep_ == "pobj"), None)
        else:
            head = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if head is None:
                return None
            # the "for" phrase may hang inside the object's parse ("the decision to revive X for her defeat")
            fr = next((c for c in verb.subtree if c.i > head.i and c.dep_ == "prep" and c.lower_ == "for"), None)
            if fr is None or not any(g.dep_ == "pobj" for g in fr.children):
                return None
            toks = [t for t in _subtree(head, _CUT - {"acl"}) if t.i < fr.i]
            s = _trim_span(toks[:MAX_WHY]) if toks else None
        if s is None or head is None:
            return None
        named = head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        return s, named

    @staticmethod
    def _as_clause(verb: Token) -> tuple[int, int] | None:
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is None:
            return None
        cut = _CUT | ({"nsubj", "nsubjpass"} if subj.lower_ in _PRONOUNS else set())
        toks = _subtree(verb, cut)
        if len(toks) > MAX_WHY or len(toks) < 2:
            return None
        # a reduced relative on the clause's last noun belongs to it ("baulk at the difficulties involved in X")
        fuller = _subtree(verb, cut - {"acl"})
        if len(toks) < len(fuller) <= MAX_WHY:
            toks = fuller
        return _trim_span(toks)

    def _causal_object(self, src: Src, span: tuple[int, int]) -> bool:
        """For weak markers (after, over, amid): the phrase is an event or a situation, not a time."""
        s = src.doc[span[0]:span[1]]
        if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL"} for t in s[:2]):
            return False
        return any(t.pos_ in {"VERB", "NOUN"} for t in s)

    @staticmethod
    def _marker_scope(sent: Span, start: int, end: int) -> set[int] | None:
        """The token indices a causal marker's phrase may take: the constituent the marker heads (a preposition's
        phrase, a conjunction's clause), so the phrase does not run on into the clause it modifies ("jailed after
        joining a group fighting X has fled": not "has fled"). None when the parse gives no such constituent."""
        marker = [t for t in sent if start <= t.idx < end]
        if not marker:
            return None
        scope: set[int] = set()
        for t in marker:
            head = t.head if t.dep_ == "mark" else t
            scope.update(x.i for x in head.subtree)
        return scope if any(i > marker[-1].i for i in scope) else None

    def _after(self, src: Src, char: int, scope: set[int] | None = None) -> tuple[int, int] | None:
        """The phrase a causal marker introduces: up to a comma or a line break, within the marker's `scope`; a
        noun phrase to its head noun with a close complement ("retaliation for X", "higher costs for Y"), not the
        circumstances after it; a clause without its own purpose ("... is increased to reduce ...")."""
        first = bisect_left(nlp.starts(src.doc), char)  # the first token at or after `char`
        if first == len(src.doc):
            return None
        tok = src.doc[first]
        sent_end = tok.sent.end
        marker = src.doc[tok.i - 1] if tok.i > 0 else tok  # the marker's (last) word, when the phrase follows it
        toks = []
        for t in src.doc[tok.i:sent_end]:
            if (t.is_punct and t.text in {",", ";", ":", ".", "—", "--", "(", "!", "?"} or "\n" in t.text) and toks:
                break
            if scope is not None and t.i not in scope and t.pos_ in {"VERB", "AUX"} and toks:
                break  # the verb of the clause the marker's phrase modifies
            if toks and t.dep_ == "cc" and t.i + 1 < sent_end and tok.i > 0 and marker.pos_ in {"SCONJ", "ADP"} \
                    and src.doc[t.i + 1].lower_ == marker.lower_:
                break  # a second cause with the same marker ("after X voted ... and after Y requested") is its own
            if toks and time_phrase(t):
                break  # the event's time ("on suspicion of arson on Sunday") answers when
            toks.append(t)
            if len(toks) >= MAX_WHY:
                break
        span = _trim_span(toks)
        if span is None:
            return None
        inside = src.doc[span[0]:span[1]]
        heads = [t for t in inside if not (span[0] <= t.head.i < span[1]) or t.head == t]
        head = heads[0] if heads else None
        if head is not None and head.pos_ in {"NOUN", "PROPN"}:
            keep = _subtree(head, _CUT | {"prep"})
            comp = next((c for c in head.children if c.dep_ == "prep" and c.i > head.i
                         and c.lower_ in {"of", "for", "on", "against", "to", "over"}), None)
            if comp is not None:
                keep += _subtree(comp, _CUT | {"prep"})
            keep = [t for t in keep if span[0] <= t.i < span[1]]
            return _trim_span(keep) or span
        if head is not None and head.pos_ in {"VERB", "AUX"}:
            # not a complement-taking verb's infinitive ("because we have to extend a hand", "as it tries to
            # reach"): that is the clause's own content, as for the purpose candidates below (_NOT_PURPOSE_HEADS)
            purpose = next((c for c in head.children if c.dep_ in {"advcl", "xcomp"} and c.i > head.i and
                            any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
                            and not (c.dep_ == "xcomp" and head.lemma_.lower() in _NOT_PURPOSE_HEADS)), None)
            if purpose is not None:
                cut = min(t.i for t in purpose.subtree)
                if cut > span[0]:
                    return _trim_span([t for t in inside if t.i < cut]) or span
        return span

    def _why_item(self, src: Src, span: tuple[int, int], rank: int, strength: float) -> dict[str, Any]:
        item = _phrase(src, span)
        item["score"] = round(0.5 * strength + 0.5 / (1 + 0.5 * rank), 3)
        return item
