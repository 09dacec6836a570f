"""Who and what: the clauses of the title and the lead, their subject phrase and verb phrase (see the package doc)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsledger import nlp, resources
from newsledger.extract.brief.common import (
    _CIRCUMSTANCE,
    _CUT,
    _INCIDENT,
    _NOT_IN_WHAT,
    _OBJ,
    _PLACE_NOUNS,
    _PRONOUNS,
    _SUBJ,
    _TOLL,
    _VEHICLES,
    ARRAIGN,
    LEAD_POS,
    MAX_WHAT,
    MAX_WHO,
    NO_TITLE_DECAY,
    VEHICLE_WHO,
    WHAT_POS,
    Clause,
    Src,
    _argument_prep,
    _phrase,
    _subtree,
    _trim_span,
    agent_noun,
    contiguous_run,
    legal_charge,
    time_phrase,
)

# verbs of demanding with a for-to complement ("called for X to be stationed", "appealed for Y to ..."): CAMEO's
# 10 DEMAND and 09x APPEAL verb patterns ("CALL FOR", "APPEAL FOR", "PRESS FOR", "PUSH FOR", "PLEAD FOR"); the
# demand is the event, not a speech act with a reported clause
_DEMAND_VERBS = {"call", "appeal", "press", "push", "plead", "ask", "lobby", "campaign"}


def _demand_complement(verb: Token) -> Token | None:
    if verb.lemma_.lower() not in _DEMAND_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in {"advcl", "ccomp", "xcomp"} and c.i > verb.i
                 and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)


class WhoWhat:
    """The who and what part of BriefBuilder (its attributes: see builder.BriefBuilder)."""

    def clauses(self) -> list[Clause]:
        out: list[Clause] = []
        for src, rank, sent in self.units:
            verbless = sent.root.pos_ not in {"VERB", "AUX"}  # a headline parsed as a noun phrase
            for tok in sent:
                if tok.pos_ not in {"VERB", "AUX"} and not (tok.dep_ == "ROOT" and tok.pos_ in {"NOUN", "ADJ"}):
                    continue
                subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
                if subj is None and tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
                    subj = next((c for c in tok.head.children if c.dep_ in _SUBJ), None)
                if subj is None and src.name == "title" and tok.dep_ == "ROOT":
                    subj = self._headline_subject(tok)
                patient = None
                if subj is None and src.name == "title" and verbless:
                    subj = patient = self._headline_passive(tok)
                if subj is None:
                    continue
                c = self._clause(src, rank, sent, tok, subj)
                if c is not None:
                    c.extra["patient"] = patient is not None
                    if patient is not None and c.who[1] == c.what[0] and c.what[1] - c.who[0] <= MAX_WHAT:
                        c.what = (c.who[0], c.what[1])  # the headline's passive as a reader gives it: "X set"
                        c.extra["bare"] = False  # the patient is in it
                    out.append(c)
        self._reported_over_speech(out)
        self._cleft_event(out)
        return out

    @staticmethod
    def _reported_over_speech(clauses: list[Clause]) -> None:
        """A report of a statement ("At least 15 children have died in X, the UN has said"; "X forces are preparing
        to enter Y, the president has said"): what was said is the main event, the statement only its source (the
        Giveme5W1H coders' and brief_news's convention: INSTRUCTIONS.md, "A report of a statement"). The speaker's
        name and mentions lift the speech clause over its content; the content clause, when it has a subject of its
        own that is no pronoun, takes the speech clause's rank for what and the main event. Who keeps its own
        ranking."""
        for c in clauses:
            if c.extra.get("role") != 0.0:
                continue
            for r in clauses:
                if r.verb.head == c.verb and r.verb.dep_ == "ccomp" and r.src is c.src and r.score <= c.score \
                        and r.subj.lower_ not in _PRONOUNS:
                    r.score = c.score + 0.01

    @staticmethod
    def _cleft_event(clauses: list[Clause]) -> None:
        """An it-cleft with an actor in focus ("It was Jim Mattis who saved the day"; Quirk et al. 1985, 18.25-18.30):
        the copula only puts the actor in front, the event is the relative clause's, its subject the focus. The
        relative clause takes the copular clause's rank for what and the main event (as a reported clause takes its
        speech clause's, `_reported_over_speech`). Who keeps its own ranking."""
        for c in clauses:
            focus = _cleft_focus(c.verb)
            if focus is None:
                continue
            for r in clauses:
                if r.src is c.src and r.verb.dep_ == "relcl" and r.verb.head == focus and r.score <= c.score:
                    r.score = c.score + 0.01

    @staticmethod
    def _headline_passive(tok: Token) -> Token | None:
        """Headlines drop the auxiliary of a passive ("Man arrested after ...", "X GP red-flagged after ..."), and
        the parser takes the participle for a modifier of a noun (acl). In a headline parsed as a noun phrase, such
        a participle is the verb and the noun before it its subject (the patient: the clause gives what, not who)."""
        if tok.dep_ != "acl" or tok.tag_ not in {"VBN", "VBD"}:
            return None
        doc = tok.doc
        colon = max((t.i for t in doc[:tok.i] if t.text == ":"), default=-1)
        left = [c for c in tok.lefts if c.dep_ in {"npadvmod", "nsubj", "nsubjpass", "nmod", "compound"}
                and c.pos_ in {"NOUN", "PROPN"} and c.i > colon]
        if left:
            return left[-1]
        head = tok.head
        return head if head.pos_ in {"NOUN", "PROPN"} and colon < head.i < tok.i else None

    def _name_of_subject(self, src: Src, who: tuple[int, int], subj: Token) -> tuple[tuple[int, int], Token]:
        """A subject that is a thing or an event named after its owner ("X chocolate bar shape change sparks
        anger"): the owner's name, when it names an actor, is who."""
        if subj.pos_ != "NOUN" or subj.ent_type_:
            return who, subj
        owner = self._owner(subj)
        if owner is not None:
            span = self._np(owner)
            if span is not None:
                return span, owner
        toks = list(src.doc[who[0]:who[1]])
        lead = []
        for t in toks:
            if not (t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "NORP", "PRODUCT"}) or \
                    t.dep_ not in {"compound", "nmod", "amod"}:
                break
            lead.append(t)
        if not lead or len(lead) == len(toks) or _demonym(lead[-1]):  # "Kurdish forces": a demonym owns nothing
            return who, subj
        a = self._actor_by_name(" ".join(t.text for t in lead))
        if a is None or a.kind not in {"organization", "person", "group"}:
            return who, subj
        return (lead[0].i, lead[-1].i + 1), lead[-1]

    def _act_content(self, act: Token, owner: Token) -> tuple[int, int] | None:
        """An owner's act with its content as the subject ("X's revelation that he is in talks with Y represents
        a reverse", "X's demand that Y repatriate Z has met a mixed response", "the decision of X to leave"): the
        act and its content is what the owner did, the sentence's own verb only comments on it."""
        content = next((c for c in act.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                        and c.i > act.i and c.tag_ != "VBN"), None)  # "the remarks made by X": no content
        vp = self._what(content) if content is not None else None
        if vp is None:
            return None
        start = act.i if owner.dep_ == "poss" else min(t.i for t in content.subtree)
        return (start, vp[1]) if vp[1] - start <= MAX_WHAT + 6 else None

    @staticmethod
    def _owner(subj: Token) -> Token | None:
        """The named owner of a subject that is an act or a thing, not a person: "X's revelation that ...",
        "the decision of X to leave", "X's tornado-siren dead zones" (the owner is who). A person or agent noun
        ("X's lawyer", "X officials") is an actor of its own."""
        if agent_noun(subj):
            return None
        named = {"PERSON", "ORG", "GPE", "NORP"}
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                     and (c.ent_type_ in named or c.is_title)), None)
        if poss is not None:
            return poss
        # an act with its named agent ("the remarks made by X", "the attack carried out by X"): X acted
        agent = next((g for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > subj.i
                      for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
        if agent is not None and (agent.ent_type_ in named or agent_noun(agent) or any(
                c.dep_ == "appos" and c.ent_type_ in named for c in agent.children)):
            return agent
        if not any(c.dep_ in {"acl", "ccomp"} for c in subj.children):  # an act with its content ("to leave")
            return None
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return pobj if pobj is not None and pobj.ent_type_ in named else None

    def _counted_in_lead(self, title_who: str) -> tuple[int, int] | None:
        """A headline's bare count as who ("Seven killed as ..."): the noun phrase the lead counts the same
        people with ("At least seven people were killed"), when it does."""
        from newsledger.extract.quantities import parse_number_words

        words = title_who.lower().split()
        value = parse_number_words(words) if words and all(w.isalpha() for w in words) else \
            (int(title_who.replace(",", "")) if title_who.replace(",", "").isdigit() else None)
        if value is None:
            return None
        for sent in self.text.sents:
            for t in sent:
                if t.like_num and t.head.pos_ == "NOUN" and t.dep_ == "nummod" and \
                        (t.lower_ == words[-1] or t.text.replace(",", "") == str(value)):
                    return self._np(t.head)
        return None

    def _toll_headline(self) -> tuple[int, int] | None:
        """A verbless toll headline ("Five dead after vehicle overturns", "Seven killed as tram derails"): the
        toll with its event clause is the what (the parser finds no clause in it). After a colon, the part
        after it."""
        if self.title is None:
            return None
        doc = self.title.doc
        colon = max((t.i for t in doc if t.text == ":"), default=-1)
        seg = doc[colon + 1:]
        m = _TOLL.match(seg.text)
        if m is None:
            return None
        start = seg.start
        tail = doc.char_span(seg.start_char + m.start("tail"), seg.end_char, alignment_mode="expand")
        if tail is None:
            return None
        end = None
        for t in tail:
            if t.i > tail.start and (t.pos_ in {"ADP", "PUNCT", "SCONJ", "CCONJ"} or t.is_quote):
                end = t.i
                break
        end = end if end is not None else tail.end
        if end - tail.start < 2 or end - start > MAX_WHAT + 2:
            return None
        return start, end

    def _incident_prefix(self) -> tuple[int, int] | None:
        """A headline that opens with the incident it reports, then a colon ("Harbour ferry fire: two missing as
        ..."): the verbless noun phrase naming a sudden event (a crash, an attack, a fire) is the what; what follows
        the colon is its aftermath. A topic prefix ("Election: ...") is not an incident."""
        if self.title is None:
            return None
        doc = self.title.doc
        colon = next((t.i for t in doc if t.text == ":"), None)
        if colon is None or colon < 1 or colon > MAX_WHAT:
            return None
        seg = doc[:colon]
        if any(t.pos_ in {"VERB", "AUX"} and any(c.dep_ in _SUBJ for c in t.children) for t in seg) or \
                any(t.is_quote for t in seg) or seg[-1].pos_ not in {"NOUN", "PROPN"}:  # a clause, a quote
            return None
        last = seg[-1]
        if last.lemma_.lower() not in _INCIDENT and last.lower_ not in _INCIDENT:
            return None
        return _trim_span(list(seg))

    @staticmethod
    def _headline_subject(tok: Token) -> Token | None:
        """Headlines parse badly: "X slams Y" with X as a compound of the verb, "X crashes but ..." with the verb
        taken for a plural noun. The nearest name on the verb's left, attached to it, stands for its subject."""
        if tok.pos_ == "NOUN" and not (tok.tag_ == "NNS" and tok.lower_.endswith("s")
                                       and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in tok.children)):
            return None
        if tok.pos_ not in {"VERB", "NOUN"}:
            return None
        left = [c for c in tok.lefts if c.dep_ in {"compound", "npadvmod", "nmod", "poss"} and c.pos_ == "PROPN"
                and c.i == tok.i - 1]
        return left[-1] if left else None

    def _clause(self, src: Src, rank: int, sent: Span, verb: Token, subj: Token) -> Clause | None:
        who = self._np(subj)
        what = self._what(verb)
        if who is None or what is None:
            return None
        # A passive with its agent ("X bombed by Y"): the agent is who, the patient belongs to what.
        agent_obj = _named_agent(verb)
        if agent_obj is not None:
            patient = who
            who = self._np(agent_obj)
            if who is None:
                return None
            if patient[1] >= verb.i - 2 and patient[0] < what[0]:
                what = (patient[0], what[1])
            subj = agent_obj
        act = subj
        who, subj = self._name_of_subject(src, who, subj)
        if subj is not act:
            what = self._act_content(act, subj) or what
        else:
            act = None
            # the name in apposition right after the description belongs to the who phrase, as the coders and
            # Giveme5W1H's subject phrase give it ("The home secretary, Sajid Javid")
            appos = _appositive_name(subj)
            if appos is not None and who[1] <= appos[0] - 1 and appos[1] - who[0] <= MAX_WHO:
                who = (who[0], appos[1])
        c = Clause(src, rank, verb, subj, who, what)
        self._score(c, act)
        return c

    def _score(self, c: Clause, act: Token | None) -> None:
        """The clause's what score, who score and their parts (`c.extra`): position first (the headline states
        the main event), then how often its actor is mentioned, whether it is named, the clause's shape and
        role (a main clause over a reported one; a speech verb is no event)."""
        src, rank, verb, subj, who, what = c.src, c.rank, c.verb, c.subj, c.who, c.what
        pos = 1.0 if rank == 0 else max(0.1, LEAD_POS - 0.1 * (rank - 1))
        is_root = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
        lemma = verb.lemma_.lower()
        speech = lemma in self.speech and not legal_charge(verb) and _demand_complement(verb) is None
        reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.speech
        pron = subj.lower_ in _PRONOUNS
        actor = self._actor(src, who)
        appos = _appositive_name(subj)
        if appos is not None:  # the name's actor, not a place inside the description ("the president of X, Y")
            actor = self._actor(src, appos) or actor
        c.actor = actor.id if actor else None
        freq = (self.mention_counts.get(actor.id, 1) / self.max_mentions) if actor else 0.0
        root = src.doc[who[0]:who[1]].root
        named = self._named(c, root, appos, actor)
        n_what = what[1] - what[0]
        shape = _shape(c, pron)
        vehicle = root.lemma_.lower() in _VEHICLES and root.ent_type_ == ""
        role = 1.0 if is_root else (0.8 if reported else 0.5)
        if speech:
            role = 0.0
            if n_what <= 1:
                shape -= 0.5
        # what: the headline states the main event, so position weighs most; who: the main actor is also the
        # one the article names and mentions most
        # without a headline the lead's first sentence stands in for it (the inverted pyramid: the first sentence
        # reports the news, the next ones its background): later sentences fall off faster, for who and what
        wpos = pos if rank == 0 or self.title is not None else max(0.1, LEAD_POS - NO_TITLE_DECAY * (rank - 1))
        who_score = 0.5 * wpos + 0.1 * freq + 0.15 * named + 0.1 * shape + 0.15 * role - (VEHICLE_WHO if vehicle else 0)
        if pron and self._opening_pronoun(src, rank, subj):  # the pronoun is no who, its clause still the what
            named, shape = 0.8, shape + 0.6
        c.score = WHAT_POS * wpos + 0.1 * freq + 0.15 * named + 0.1 * shape + 0.15 * role
        # a bare verb ("is suffering") says less of the event than a clause of equal score with its object or
        # complement ("is looking to the community"): it gives way on a tie, for what only
        bare = all(t.i == verb.i or t.dep_ in {"aux", "auxpass", "neg", "advmod"} for t in src.doc[what[0]:what[1]])
        c.extra = {"pos": pos, "freq": freq, "named": named, "shape": shape, "role": role, "who_score": who_score,
                   "act": act, "bare": bare}

    @staticmethod
    def _delayed_identification(src: Src, rank: int, root: Token, verb: Token | None = None) -> bool:
        """A lead that describes its main actor before naming them ("A former British soldier jailed in X has
        fled", "A Chapin man was killed"; the delayed-identification lead of news writing, named in the next
        sentences): an indefinite person or agent noun as the first sentence's subject stands for a name."""
        if src.name == "title":
            # a headline's arrest or charge of a described person ("Phila. officer charged with X", "Local man
            # jailed for Y"): headlines drop the article and name the person only in the lead
            return rank == 0 and verb is not None and verb.lemma_.lower() in ARRAIGN and agent_noun(root) and \
                not any(c.dep_ == "det" for c in root.children)
        return src.name == "text" and rank == 1 and agent_noun(root) and \
            any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in root.children)

    def _named(self, c: Clause, root: Token, appos: tuple[int, int] | None, actor) -> float:
        """1.0 when the who is a name (an entity, an apposed name, the actor's own name) and not a count, 0.8 when
        the article identifies it later, else 0.0."""
        verb = c.verb
        # a count ("84 people were taken to hospital") is no name, except the dead, whom a toll story is about
        dead = verb.lemma_.lower() in {"kill", "die"} or any(
            ch.dep_ == "acomp" and ch.lower_ == "dead" for ch in verb.children)
        counted = root.pos_ == "NOUN" and any(ch.dep_ == "nummod" or ch.like_num for ch in root.children) and not dead
        named = 1.0 if (root.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or appos is not None or (
            actor is not None and (root.lower_ in actor.name.lower() or self._group_named_before(c, root, actor))
        )) and not counted else 0.0
        if not named and self._delayed_identification(c.src, c.rank, root, verb):
            named = 0.8
        return named

    def _group_named_before(self, c: Clause, root: Token, actor) -> bool:
        """A description whose premodifier names the group actor it stands for ("Kurdish forces", "the
        Kurdish-led coalition", "the Malian-Kurdish coalition" taken for the Kurds): the phrase names its actor. The
        actor layer may make such a phrase an actor under its own name, which the name test finds ("coalition" in
        "Malian-Kurdish coalition"), or group it under the people (resolve/actors.py, ActorIndex._group); either way
        the phrase is named, so the who and the main clause do not turn on how the actor layer groups mentions."""
        if actor.kind != "group":
            return False
        words = [t for m in root.lefts if m.dep_ in {"amod", "compound", "nmod"} for t in m.subtree if t.i >= c.who[0]]
        return any((a := self._actor(c.src, (t.i, t.i + 1))) is not None and a.id == actor.id for t in words)

    @staticmethod
    def _opening_pronoun(src: Src, rank: int, subj: Token) -> bool:
        """A feature lead that opens on a personal pronoun ("They left X in a convoy ...", "She was 15 when ...")
        and names its referent only in the next sentences (cataphora, the anecdotal lead of feature writing): the
        text's first word is the subject, so nothing before it can be meant; its clause is the lead's event."""
        return src.name == "text" and rank == 1 and subj.lower_ in {"he", "she", "they", "we"} and \
            subj.i == subj.sent.start and subj.sent.start == 0

    @staticmethod
    def _np(tok: Token) -> tuple[int, int] | None:
        cut = _CUT | {"prep"} if len(list(tok.subtree)) > MAX_WHO else _CUT
        if tok.pos_ == "PROPN" and any(c.dep_ in {"conj", "appos"} and c.pos_ == "PROPN" for c in tok.children):
            # coordinated names ("A, B and C crash out"): all of them
            names = _subtree(tok, (cut - {"conj", "appos", "cc", "punct"}) | {"prep", "relcl", "acl"})
            if len(names) <= MAX_WHO and all(t.pos_ in {"PROPN", "CCONJ", "PUNCT"} for t in names):
                return _trim_span(names)
        span = _trim_span(_subtree(tok, cut))
        if span is None:
            return None
        span = WhoWhat._coordinated_modifier(tok, span, cut)
        span = WhoWhat._with_close_name(tok, span)
        if "prep" in cut and agent_noun(tok):  # "the lawyer for X, the woman who ...": whose lawyer stays
            rel = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "of"} and c.i == span[1]
                        and any(g.dep_ == "pobj" and g.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
                                for g in c.children)), None)
            whole = _trim_span(_subtree(rel, _CUT | {"prep"})) if rel is not None else None
            if whole is not None and whole[1] - span[0] <= MAX_WHO:
                span = (span[0], whole[1])
        # a quotation closing inside the phrase ("'I BLAME X' Clinton"): the phrase starts after it
        doc = tok.doc
        sent_start = tok.sent.start
        for i in range(tok.i - 1, span[0] - 1, -1):
            marks_before = sum(doc[j].text in {"'", "\u2018", "\u2019", '"', "\u201c", "\u201d"}
                               for j in range(sent_start, i))
            if doc[i].text in {"'", "\u2019", '"', "\u201d"} and marks_before % 2 == 1:
                return (i + 1, span[1]) if i + 1 <= tok.i else span
        return span

    @staticmethod
    def _coordinated_modifier(tok: Token, span: tuple[int, int], cut: set[str]) -> tuple[int, int]:
        """Coordinated modifiers before the head ("X and Y shops", "US and British forces", "Republican and
        Democratic senators"): the coordination modifies the head as a whole, so the phrase keeps all of it; the
        cut of conjuncts (meant for coordinated phrases after the head) would leave the head alone."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return span
        mods = [m for m in tok.lefts if m.dep_ in {"compound", "nmod", "amod"}
                and any(c.dep_ == "conj" for c in m.children)]
        if not mods:
            return span
        idx = {t.i for t in _subtree(tok, cut)} | {t.i for m in mods for t in m.subtree}
        lo = tok.i
        while lo - 1 in idx:
            lo -= 1
        if lo >= span[0] or span[1] - lo > MAX_WHO:
            return span
        return _trim_span(list(tok.doc[lo:span[1]])) or span

    @staticmethod
    def _with_close_name(tok: Token, span: tuple[int, int]) -> tuple[int, int]:
        """A description with the person's name right after it, no comma between ("the British recruit Jane
        Doe", "security minister John Roe"): the parse takes the name for an apposition, which the phrase cuts;
        in such a close apposition (Quirk et al. 1985, 17.65) the name is part of the phrase, as the coders mark
        it."""
        name = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if name is None or tok.pos_ != "NOUN":
            return span
        run = _subtree(name, _CUT)
        if run[0].i != span[1] or tok.doc[span[1] - 1].is_punct:
            return span
        return span[0], run[-1].i + 1

    def _what(self, verb: Token) -> tuple[int, int] | None:
        """What the subject did: the verb group, its first object or clause, its first argument-like prepositional
        phrase, a demanded complement's subject and the complement's end, as one contiguous span, capped."""
        toks = self._verb_group(verb)
        obj, has_obj = self._object_tokens(verb)
        toks += obj
        toks += self._argument_prep_tokens(verb, toks, has_obj)
        demanded = _demand_complement(verb)
        if demanded is not None and not has_obj:  # "has called for a small force (to be stationed ...)"
            subj = next((c for c in demanded.children if c.dep_ in _SUBJ and c.i > verb.i), None)
            if subj is not None and subj.i - verb.i <= MAX_WHAT:
                cut = _CUT | {"prep"} if len(list(subj.subtree)) > MAX_WHAT else _CUT
                toks += list(verb.doc[verb.i:max(t.i for t in _subtree(subj, cut)) + 1])
        toks = [t for t in toks if t.i >= verb.i or t.head == verb
                or (t.head.dep_ == "advmod" and t.head.head == verb and t.head.i < verb.i)]  # "no longer"
        end = self._complement_end(verb, max(t.i for t in toks), has_obj)
        if end is not None:
            toks += list(verb.doc[verb.i:end])
        span = _trim_span(toks)
        if span is None:
            return None
        return self._unclosed_quote(verb, _capped(verb.doc, span))

    @staticmethod
    def _verb_group(verb: Token) -> list[Token]:
        """The verb with its auxiliaries, negation and adverbs before it ("has been", "even stuns", "narrowly
        avoids", "no longer holds") and a first part glued to it by a hyphen ("red-flagged")."""
        doc = verb.doc
        toks = [verb]
        left = verb.i - 1
        while left >= 0 and doc[left].head == verb and (
                doc[left].dep_ in {"aux", "auxpass", "neg"} or
                (doc[left].dep_ == "advmod" and doc[left].lower_ not in _NOT_IN_WHAT)):
            toks.append(doc[left])
            left -= 1
            # an adverb's own negation or degree word before it ("no longer holds", "not yet decided"): a what
            # without its negation says the opposite
            while left >= 0 and doc[left].head == doc[left + 1] and doc[left + 1].dep_ == "advmod" \
                    and doc[left].dep_ in {"neg", "advmod"} and doc[left].lower_ not in _NOT_IN_WHAT:
                toks.append(doc[left])
                left -= 1
        while left >= 1 and doc[left].text == "-" and not doc[left].whitespace_ and not doc[left - 1].whitespace_ \
                and doc[left].head == verb and doc[left - 1].head == verb:
            toks += [doc[left], doc[left - 1]]
            left -= 2
        return toks

    def _object_tokens(self, verb: Token) -> tuple[list[Token], bool]:
        """The verb's particles up to its first object or clause after it, and that object (a clause only to the
        end of its short verb phrase) with a reduced relative on it; and whether there was an object."""
        toks: list[Token] = []
        for ch in verb.children:
            if ch.dep_ in {"prt"}:
                toks.append(ch)
            elif ch.dep_ in _OBJ and ch.i > verb.i:
                sub = _subtree(ch, _CUT | {"prep"}) if len(list(ch.subtree)) > MAX_WHAT else _subtree(ch, _CUT)
                if ch.dep_ in {"xcomp", "ccomp"}:
                    sub = [t for t in ch.subtree if t.i <= max(x.i for x in self._short_vp(ch))]
                toks.extend(sub)
                toks.extend(self._reduced_relative(verb, ch, max(t.i for t in sub)))
                return toks, True
        return toks, False

    @staticmethod
    def _argument_prep_tokens(verb: Token, toks: list[Token], has_obj: bool) -> list[Token]:
        """The verb's first argument-like prepositional phrase ("blames loss on X", "wins at Y", "fell down a
        well"), not a time, cause or circumstance ("after ...", "as ...", "despite ..."), while it stays short."""
        prep = next((ch for ch in verb.children if ch.dep_ in {"prep", "agent"} and ch.i > verb.i), None)
        if prep is None or (prep.lower_ in _CIRCUMSTANCE and not _argument_prep(verb, prep)) or \
                any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree):
            return []
        sub = _subtree(prep, _CUT | {"prep"} if len(list(prep.subtree)) > 5 else _CUT)
        if has_obj and not (max(t.i for t in sub) - verb.i < MAX_WHAT and all(t.i < prep.i for t in toks)):
            return []
        out = list(sub)
        if not any(g.dep_ in {"pobj", "pcomp"} for g in prep.children):
            # a particle-like preposition whose object was parsed as the verb's ("fell down a well")
            np = next((ch for ch in verb.children if ch.dep_ in {"npadvmod", "dobj"} and
                       ch.i > prep.i and ch.pos_ == "NOUN"), None)
            if np is not None and np.i - prep.i <= 4:
                out.extend(_subtree(np, _CUT | {"prep"}))
        return out

    @staticmethod
    def _unclosed_quote(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """A what that runs into a quotation it does not close ("tweeted on Wednesday, “my only reason") ends
        before the quotation: the quoted words are the statement's content, cut off mid-way."""
        doc = verb.doc
        for i in range(max(span[0], verb.i + 1), span[1]):
            if doc[i].text in {"\u201c", '"'} and \
                    not any(doc[j].text in {"\u201d", '"'} for j in range(i + 1, span[1])):
                cut = _trim_span(list(doc[span[0]:i]))
                return cut if cut is not None and cut[1] > verb.i else span
        return span

    @staticmethod
    def _reduced_relative(verb: Token, obj: Token, last: int) -> list[Token]:
        """A participle right after the object, no comma between, that describes it ("rammed a car packed with
        explosives", "arrested a man wanted for murder"; a reduced relative clause, which the parse hangs on the
        object or, as a circumstance, on the verb): it with its first phrase belongs to the object."""
        nxt = last + 1
        if nxt >= len(verb.doc):
            return []
        part = verb.doc[nxt]
        if part.tag_ != "VBN" or not ((part.dep_ == "acl" and part.head == obj) or
                                      (part.dep_ == "advcl" and part.head == verb)):
            return []
        if any(c.dep_ in _SUBJ or c.dep_ in {"mark", "aux", "auxpass"} for c in part.children):
            return []  # a clause of its own
        sub = _subtree(part, _CUT | {"prep"})
        prep = next((c for c in part.children if c.dep_ in {"prep", "agent"} and c.i == sub[-1].i + 1), None)
        if prep is not None:
            sub += _subtree(prep, _CUT | {"prep"})
        return sub if len(sub) <= 5 else []

    def _complement_end(self, verb: Token, last: int, has_obj: bool) -> int | None:
        """Where the what goes on over a complement the parse hangs apart from the verb's phrase (a bare verb
        is rarely the answer a reader gives): the infinitive after an object ("invited all donors to join in a
        ceremony", object control), the infinitive right after an intransitive verb ("flock to buy X bonds"), a
        coordinated verb sharing the object ("repatriate and prosecute their citizens")."""
        def infinitive(t: Token) -> bool:
            return t.tag_ == "VB" and t.i > 0 and t.doc[t.i - 1].lower_ == "to" and t.doc[t.i - 1].head == t

        deps = {"xcomp"} if has_obj else {"xcomp", "advcl"}
        inf = next((c for c in verb.children if c.dep_ in deps and last < c.i <= last + 2 and infinitive(c)), None)
        if inf is not None:
            vp = self._what(inf)
            return vp[1] if vp is not None else inf.i + 1
        if has_obj:
            return None
        conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and last < c.i <= last + 2),
                    None)
        obj = next((g for g in conj.children if g.dep_ == "dobj"), None) if conj is not None else None
        return max(t.i for t in _subtree(obj, _CUT | {"prep"})) + 1 if obj is not None else None

    def _short_vp(self, verb: Token) -> list[Token]:
        out = [verb]
        for ch in verb.children:
            if ch.dep_ in {"dobj", "prt", "attr", "acomp"} and ch.i > verb.i:
                out.extend(_subtree(ch, _CUT | {"prep"}))
                for pred in verb.children:  # an object's predicate: "make them lighter"
                    if pred.dep_ in {"oprd", "ccomp", "xcomp"} and pred.i == out[-1].i + 1 \
                            and len(list(pred.subtree)) <= 2:
                        out.extend(pred.subtree)
                break
            if ch.dep_ == "ccomp" and ch.i > verb.i and len(list(ch.subtree)) <= 3:  # "make them lighter"
                out.extend(ch.subtree)
                break
            if ch.dep_ in {"aux"} and ch.i < verb.i:
                out.append(ch)
        return out

    def _whole_main_what(self, c: Clause, what: list[dict]) -> list[dict]:
        """The top what cut short of the lead's main event (a bare verb, "took" for "took to the steps of City
        Hall"; a phrase clipped before its nested "of" complement, "in the wake" for "in the wake of X"): where its
        clause is the first lead sentence's main clause (the verb the sentence's root or the root's conjunct) and
        reports an event (no copula, no speech verb), the what is the whole verb phrase of that verb
        (`whole_verb_phrase`): Giveme5W1H's what is the first sentence's main verb phrase with its object, and the
        coders write it whole. Only the what's answer changes (who, when, where, why and how keep the clause), only
        within the same sentence, and only to a phrase holding the old one and at most MAX_WHOLE_WHAT tokens."""
        verb = c.verb
        if verb.pos_ != "VERB" or verb.lemma_.lower() == "be" or c.extra.get("role") != 1.0 \
                or c.extra.get("act") is not None or c.extra.get("patient") or not _main_verb(verb):
            return what
        lead = next((s for src, rank, s in self.units if rank == 1), None)
        if c.rank == 0:  # the headline's verb, when the lead's first sentence reports the same event with it
            mains = {t.lemma_.lower() for t in lead if _main_verb(t)} if lead is not None else set()
            if verb.lemma_.lower() not in mains:
                return what
        elif c.src.name != "text" or c.rank != 1:
            return what
        span = whole_verb_phrase(verb, self._verb_group(verb), MAX_WHOLE_WHAT)
        if span is None or not (span[0] <= c.what[0] and span[1] > c.what[1]) or \
                span[1] - span[0] > MAX_WHOLE_WHAT:
            return what
        v = _phrase(c.src, span)
        rest = [w for w in what[1:] if w["text"].lower() != v["text"].lower()]
        return [{**v, "score": what[0]["score"]}, *rest]

    def _eventive_what(self, c: Clause, what: list[dict]) -> list[dict]:
        """An event that happens rather than is done ("The beginning of the end for X came", "The trial opened"):
        the thing subject of an intransitive verb of occurrence (what_classes.json eventive_verbs) names the event,
        so the top what is the clause, its whole subject noun phrase then the verb phrase as ranked. Only for the
        main clause of an event (no passive, no object), a subject right before its verb group, and at most
        MAX_WHOLE_WHAT tokens; only the what's answer changes."""
        verb, subj = c.verb, c.subj
        if c.extra.get("role") != 1.0 or c.extra.get("act") is not None or c.extra.get("patient") \
                or not _main_verb(verb) or verb.lemma_.lower() not in _what_words("eventive_verbs") \
                or any(ch.dep_ in _OBJ for ch in verb.children) or not _eventive_subject(c):
            return what
        top = c.src.doc.char_span(what[0]["start"], what[0]["end"], alignment_mode="expand")
        start = subj.left_edge.i
        if top is None or subj.right_edge.i + 1 != top.start or top.end - start > MAX_WHOLE_WHAT:
            return what
        v = _phrase(c.src, (start, top.end))
        return [{**v, "score": what[0]["score"]}, *what[1:]]

    def _actor(self, src: Src, span: tuple[int, int]):
        s = src.doc[span[0]:span[1]]
        if src.name == "text":
            idx = src.doc._.actor_index
            if idx is not None:
                a = idx.resolve_span(s)
                if a is not None:
                    return a
            for e in self.record.entities:
                if e.actor and e.start < s.end_char and s.start_char < e.end:
                    return self.record.actor(e.actor)
            return None
        return self._actor_by_name(s.text)

    def _actor_by_name(self, text: str):
        low = " " + re.sub(r"[^\w]+", " ", text.lower()) + " "
        best, best_len = None, 0
        for a in self.record.actors:
            for name in [a.name, *a.aliases]:
                n = " " + re.sub(r"[^\w]+", " ", name.lower()).strip() + " "
                if len(n) > 3 and n in low and len(n) > best_len:
                    best, best_len = a, len(n)
        return best


def _shape(c: Clause, pron: bool) -> float:
    """How well the clause reads as who-did-what: 1.0 less a pronoun subject, a long who, a long what, a bare
    auxiliary."""
    n_who, n_what = c.who[1] - c.who[0], c.what[1] - c.what[0]
    shape = 1.0
    if pron:
        shape -= 0.6
    if n_who > MAX_WHO:
        shape -= 0.3
    if n_what > MAX_WHAT + 2:
        shape -= 0.2
    if c.verb.pos_ == "AUX" and n_what <= 1:
        shape -= 0.3
    return shape


def _appositive_name(subj: Token) -> tuple[int, int] | None:
    """A subject described first and named in apposition ("The home secretary, Sajid Javid, has ...", "the
    carmaker, Acme Motors, said"; Quirk et al. 1985, 17.65-17.72: the appositive names the same referent): the
    phrase names that person or organisation, though the who phrase keeps the description. Giveme5W1H scores a
    who candidate by a named entity of type person or organisation anywhere in its subject phrase and by the
    length of its coreference chain (Hamborg et al. 2019, the action extractor), so the name counts for both:
    the span of the name, or None. The description is a noun for people acting (agent_noun) or a kinship noun
    (data/kinship.txt: "X's son, Robert," is Robert, not X): a place named in
    apposition ("the capital, Kabul") is no actor. The name follows the description's own words (its
    modifiers, "the president of X, Y"), no clause between: a name further on hangs on the noun only in a bad
    parse."""
    from newsledger.resolve.actors import kinship_words

    if subj.pos_ != "NOUN" or subj.ent_type_ or not (agent_noun(subj) or subj.lemma_.lower() in kinship_words()):
        return None
    name = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i
                 and c.ent_type_ in {"PERSON", "ORG"} and c.pos_ == "PROPN"), None)
    if name is None:
        return None
    ent = nlp.entity_of(name)
    span = (ent.start, ent.end) if ent is not None else (name.i, name.i + 1)
    # the comma of a loose apposition right before the name (a close one, "the British recruit Jane Doe", is in
    # the who phrase already: _with_close_name)
    comma = span[0] - 1
    if comma <= subj.i or subj.doc[comma].text != "," or comma - subj.i > 6:
        return None
    own = {t.i for t in subj.subtree}
    between = subj.doc[subj.i + 1:comma]
    if any(t.i not in own or t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":", "(", ")"} for t in between):
        return None
    return span


def _demonym(tok: Token) -> bool:
    """An adjective of a people, a nation or a creed (spaCy's NORP: "Kurdish", "Saudi", "Arab"): a denominal
    adjective that classifies its noun and owns nothing (Quirk et al. 1985, ch. 7, the adjective); "Kurdish forces"
    are people, no thing of the Kurds'."""
    return tok.pos_ == "ADJ" and tok.ent_type_ == "NORP"


def _named_agent(verb: Token) -> Token | None:
    """The named agent of a passive ("bombed by X"; "bombed in an attack by X": the agent on the event noun of
    the verb's phrase): the object of its "by", when it is a person, organisation, group or country."""
    agent = next((ch for ch in verb.children if ch.dep_ == "agent"
                  or (ch.dep_ == "prep" and ch.lower_ == "by" and verb.tag_ == "VBN")), None)
    if agent is None and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(ch.dep_ == "dobj" for ch in
                                                                                 verb.children))) \
            and any(ch.dep_ in {"nsubjpass", "nsubj"} for ch in verb.children):
        agent = next((b for p in verb.children if p.dep_ == "prep" and p.i > verb.i
                      for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"
                      for b in n.children if b.dep_ == "prep" and b.lower_ == "by"), None)
    agent_obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if agent_obj is None:
        return _captor(verb)
    return agent_obj if agent_obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} else None


def _captor(verb: Token) -> Token | None:
    """Who took a place that "fell to" them ("Raqqa has fallen to US-backed forces", "Kabul fell to the Taliban"):
    WordNet 3.0 fall v.15, "be captured" ("The cities fell to the enemy"), the place undergoing it as a passive's
    patient does. The subject a place (a named place or a place noun), the object of "to" an actor (a named person,
    organisation, group or country not in capitals, or a person or agent noun)."""
    if verb.lemma_.lower() != "fall" or verb.pos_ != "VERB":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i), None)
    obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if subj is None or obj is None:
        return None
    place = subj.ent_type_ in {"GPE", "LOC", "FAC"} or (subj.pos_ == "NOUN" and subj.lemma_.lower() in _PLACE_NOUNS)
    actor = (obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} and not obj.text.isupper()) or agent_noun(obj)
    return obj if place and actor else None


def _capped(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """The span, contiguous from its first to its last kept token, cut to MAX_WHAT + 4 tokens, never inside a
    hyphenated word ("burned-out")."""
    start, end = span
    if end - start <= MAX_WHAT + 4:
        return span
    end = start + MAX_WHAT + 4
    while end - 1 > start and end < len(doc) and not doc[end - 1].whitespace_ and \
            (doc[end].is_alpha or "-" in {doc[end].text, doc[end - 1].text}):
        end -= 1
    return _trim_span(list(doc[start:end])) or (start, end)


# A what is given whole up to this many tokens; a longer verb phrase is left as the ranking cut it.
MAX_WHOLE_WHAT = 16
# the clause boundaries a whole verb phrase stops at inside its object or complement: a relative clause, a
# participle or other adjunct clause, an apposition, a parenthetical, a subordinate or content clause
_WHOLE_CUT = {"relcl", "acl", "advcl", "punct", "appos", "parataxis", "mark", "ccomp", "csubj"}


def _cleft_focus(verb: Token) -> Token | None:
    """The focus of an it-cleft on an actor ("It was Jim Mattis who saved the day", "It is the Kurds that bore the
    brunt"): "be" with the subject "it" and a noun phrase complement whose relative clause has its relative pronoun
    as subject; the focus a name or a person or agent noun. Quirk et al. 1985, 18.25-18.30: "it" is empty and the
    relative clause holds the predication. A description ("It was a decision that shocked many": "it" refers, the
    complement a common noun of no actor) is no cleft."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return None
    for focus in (c for c in verb.children if c.dep_ == "attr" and c.i > verb.i):
        rel = next((r for r in focus.children if r.dep_ == "relcl" and r.i > focus.i), None)
        pron = next((p for p in rel.children if p.dep_ == "nsubj" and p.lower_ in {"who", "that"}), None) \
            if rel is not None else None
        if pron is None:
            continue
        actor = focus.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or agent_noun(focus)
        if actor or (pron.lower_ == "who" and focus.pos_ in {"NOUN", "PROPN"}):
            return focus
    return None


def _main_verb(tok: Token) -> bool:
    """The sentence's root or the root's conjunct (the main clause, "X stormed Y and seized Z")."""
    return tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")


def _eventive_subject(c: Clause) -> bool:
    """A subject that names a thing, no actor: a common noun, no name, none resolved, no person or agent noun,
    every WordNet 3.0 sense outside people, groups and animals (data/brief/thing_nouns.txt)."""
    subj = c.subj
    return subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and not subj.ent_type_ and c.actor is None \
        and not agent_noun(subj) and subj.lemma_.lower() in resources.words("brief", "thing_nouns.txt")


def _what_words(name: str) -> frozenset[str]:
    """A word class of data/brief/what_classes.json (its provenance is in the file)."""
    return frozenset(resources.json_data("brief", "what_classes.json")[name])


def _infinitive(tok: Token) -> bool:
    """A "to"-infinitive clause ("to spell out the new rules", "to ease an arms embargo")."""
    return tok.pos_ in {"VERB", "AUX"} and \
        any(c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i for c in tok.children)


def _infinitive_phrase(inf: Token, budget: int | None = None, take: bool = True) -> list[Token] | None:
    """An infinitive complement given whole, as `whole_verb_phrase` gives a verb: "to" (and a negation), the
    verb, its object and complement, up to the next clause boundary. Round 33br (`take`): where the verb's own
    clause object ("to determine [if the attacks were the work of gang members]") cannot be given whole (past the
    budget), None: the infinitive is not given cut."""
    inner = whole_verb_phrase(inf, [t for t in inf.children if t.i < inf.i and t.dep_ in {"aux", "auxpass", "neg"}]
                              + [inf], budget, take)
    if inner is None or (take and any(_content_clause(inf, c) and c.right_edge.i >= inner[1]
                                      for c in inf.children)):
        return None
    return list(inf.doc[min(inner[0], inf.i):inner[1]])


def _content_clause(verb: Token, ch: Token) -> bool:
    """The clause object of an infinitive's verb ("to determine [if the attacks ... were the work of gang
    members]", "to decide whether X", "to show that X"): its ccomp after it, finite (not itself an infinitive)."""
    return ch.dep_ == "ccomp" and ch.i > verb.i and _infinitive(verb) and not _infinitive(ch) and \
        not any(t.is_quote for t in ch.subtree)


def _purpose_prep(prep: Token) -> bool:
    """A purpose adjunct "in an attempt/effort/bid/move to X" (Quirk et al. 1985's adjunct of purpose; the
    codebook's why, not the what): "in" with a noun of striving or intending (data/brief/what_classes.json
    intent_nouns) followed by its "to"-infinitive, or "to" right after the noun where the parse put it elsewhere."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    for noun in prep.children:
        if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.lemma_.lower() in _what_words("intent_nouns"):
            after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
            if any(c.dep_ in {"acl", "relcl"} and _infinitive(c) for c in noun.children) or \
                    (after is not None and after.lower_ == "to"):
                return True
    return False


def _nominal_subtree(tok: Token, control: bool = False, take: bool = True, obj: bool = False) -> list[Token]:
    """The token's phrase with its nested prepositional phrases ("the steps of City Hall", "in the wake of X")
    and coordinated nouns ("tanks and artillery"), contiguous, stopping at a clause boundary (_WHOLE_CUT, a
    verb's conjunct) and at a time phrase. A "to"-infinitive attached to the noun is not a boundary where it is
    the noun's complement: after a noun of striving or intending ("in an attempt to ease X", data/brief/
    what_classes.json intent_nouns), and after the object of a verb of object control (`control`: "wants every
    sign ... to spell out the new rules", object_control_verbs); it is given whole (`_infinitive_phrase`). Without
    `take`, the phrase round 33 gave (no infinitive). Round 33br: the noun of striving only as the verb's object
    (`obj`: "made efforts to determine X", "approved South Africa's bid to host X"), and a purpose adjunct "in an
    attempt to X" (`_purpose_prep`) is a boundary, left out whole."""
    out = [tok]
    for ch in tok.children:
        if take and ch.dep_ in {"acl", "relcl"} and ch.i > tok.i and _infinitive(ch) and (
                (control and tok.pos_ in {"NOUN", "PROPN", "PRON"})
                or (obj and tok.pos_ == "NOUN" and tok.lemma_.lower() in _what_words("intent_nouns"))):
            out.extend(_infinitive_phrase(ch) or [])
            continue
        if take and _purpose_prep(ch):
            continue
        if ch.dep_ in _WHOLE_CUT or (ch.dep_ in {"conj", "cc"} and ch.pos_ in {"VERB", "AUX"}) or \
                (ch.dep_ == "npadvmod" and ch.ent_type_ in {"DATE", "TIME"}) or \
                time_phrase(ch):
            continue
        out.extend(_nominal_subtree(ch, take=take))
    return contiguous_run(out, tok)


def _part(ch: Token, kind: str, control: bool, budget: int | None, take: bool) -> list[Token] | None:
    """One part of `whole_verb_phrase`: an object or particle, a prepositional complement, an infinitive."""
    if kind == "object":
        return _nominal_subtree(ch, control and ch.dep_ == "dobj", take, ch.dep_ == "dobj")
    if kind == "content":  # an infinitive's clause object, whole up to the clause end
        return _trim_tokens(list(ch.subtree)) if take else None
    if kind == "complement":
        return _nominal_subtree(ch, take=take)
    if kind == "clause":  # "wants [every member ... to spell out X]" parsed as a clause with its own subject
        subj = next((c for c in ch.children if c.dep_ == "nsubj" and c.i < ch.i), None)
        if not take or subj is None:
            return None
        head = _nominal_subtree(subj, take=take)
        inf = _infinitive_phrase(ch, None if budget is None else budget - len(head), take)
        return head + inf if inf and head[-1].i + 1 == inf[0].i else None
    inf = _infinitive_phrase(ch, budget, take)
    # its clause object past the budget: the infinitive as round 33 gave it (cut at the clause)
    return inf if inf is not None or not take else _infinitive_phrase(ch, None, False)


def _trim_tokens(toks: list[Token]) -> list[Token]:
    """A clause's tokens without the punctuation that ends it."""
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks


def whole_verb_phrase(verb: Token, group: list[Token], budget: int | None = None,
                      take: bool = True) -> tuple[int, int] | None:
    """The whole verb phrase of a main verb, as the Giveme5W1H coders write a what ("injured six residents in a
    village", "have lifted a 24-hour curfew"): the verb group, then, contiguous after it, the particle, the object
    (with its nested prepositional phrases, "the steps of City Hall"), the one complement the verb takes (an
    argument-like prepositional phrase, the passive's agent, an infinitive complement, itself given whole), and
    nothing past a clause boundary: a relative clause, a participial adjunct, a subordinate clause ("as", "while",
    "after"), a content clause, a quotation, a comma, a time phrase, a circumstance ("despite", "for" a reason).
    Round 33b (`take`): the phrase also takes the "to"-infinitive that completes it: the verb's own after its
    prepositional complement ("called on Iran to halt its programme"), its object's after a verb of object control
    ("wants every sign ... to spell out the new rules"), a noun of striving's ("in an attempt to ease X"); where
    that infinitive would take the phrase past `budget` tokens, the part is given as round 33 gave it, and an
    adjunct "in an effort to X" that does not fit is left out whole. Round 33br: an infinitive only where it
    completes the phrase: the verb's own after a prepositional complement only for a prepositional verb of control
    ("call on", "appeal to": prep_control_verbs), a noun of striving's only as the verb's object ("made efforts to
    determine X"); a purpose adjunct "in an attempt to X" is left out whole (`_purpose_prep`, with or without its
    infinitive), and an infinitive's own clause object ("to determine if X") is taken whole up to the clause end
    (`_content_clause`) or, past the budget, the infinitive is given as round 33 gave it."""
    toks = list(group)
    end = verb.i
    complement = False
    prep_control = False
    control = take and verb.lemma_.lower() in _what_words("object_control_verbs")
    for ch in sorted((c for c in verb.children if c.i > verb.i), key=lambda c: c.i):
        if ch.dep_ == "prt" or (ch.dep_ in {"dobj", "dative", "attr", "oprd"} and not complement):
            kind = "object"
        elif take and _purpose_prep(ch):  # "in an attempt to X": the why, left out whole
            break
        elif ch.dep_ in {"prep", "agent"} and not complement and ch.dep_ != "agent" and (
                (ch.lower_ in _CIRCUMSTANCE and not _argument_prep(verb, ch)) or time_phrase(ch)):
            break
        elif ch.dep_ in {"prep", "agent"} and not complement:
            kind = "complement"
            prep_control = take and ch.dep_ == "prep" and \
                f"{verb.lemma_.lower()} {ch.lower_}" in _what_words("prep_control_verbs")
        elif ch.dep_ == "xcomp" and ch.pos_ in {"VERB", "AUX"} and (
                not complement or (prep_control and _infinitive(ch))):
            kind = "xcomp"
        elif ch.dep_ == "ccomp" and control and not complement and _infinitive(ch):
            kind = "clause"
        elif take and not complement and _content_clause(verb, ch):
            kind = "content"
        else:
            break
        room = None if budget is None else budget - len(toks)
        if kind == "xcomp" and complement:  # "called on X to Y": taken whole or not at all
            sub = _infinitive_phrase(ch, room, take)
            if sub is None:
                break
        else:
            sub = _part(ch, kind, control, room, take)
        if take and room is not None and sub is not None and len(sub) > room:
            plain = _part(ch, kind, False, None, False)
            if plain != sub:  # the part's infinitive does not fit
                if kind in {"complement", "clause", "content"} or (kind == "xcomp" and complement):
                    break
                sub = plain
        if kind != "object":
            complement = True
        if not sub or sub[0].i != end + 1 or any(t.is_quote for t in sub):
            break
        toks.extend(sub)
        end = max(t.i for t in sub)
    return _trim_span(toks)
