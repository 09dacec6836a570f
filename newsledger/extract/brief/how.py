"""How: the main event's instrument or action, or the action behind an outcome (see the package doc)."""
from __future__ import annotations

from itertools import islice
from typing import Any

from spacy.tokens import Token

from newsledger import nlp
from newsledger.extract.brief.common import (
    _CAUSATIVE_PREP,
    _CHANNEL_PREPS,
    _CUT,
    _INSTRUMENT,
    _LIGHT,
    _MEANS_EVENTS,
    _MEANS_PREPS,
    _NOT_MANNER,
    _OUTCOME,
    _PROCESS_EVENTS,
    _PROCESS_PREPS,
    _PROGRAMMES,
    _SUBJ,
    _TIME_UNITS,
    CHANNEL_SENTENCES,
    HOW_INSTRUMENT,
    LEAD_SENTENCES,
    MAX_WHAT,
    Clause,
    _argument_prep,
    _before_time,
    _is_boiler,
    _phrase,
    _subtree,
    _trim_span,
    agent_noun,
)
from newsledger.extract.brief.who_what import _appositive_name

# determiners and adjectives that introduce a further, distinct instance ("another attack", "a separate incident",
# "a second clash": Quirk et al. 1985, 6.56 and 7.35, additive "another" and the ordinals), so a manner phrase holding
# one tells of another event than the one its verb's lemma restates
_ANOTHER = {"another", "separate", "other", "second", "third", "further", "different"}


class How:
    """The how part of BriefBuilder (its attributes: see builder.BriefBuilder)."""

    def how(self, main: Clause | None, clauses: list[Clause]) -> list[dict[str, Any]]:
        cands = self._channels(main)
        for c in clauses[:6]:
            verb = c.verb
            base = c.score
            # the main event's clause or its restatement (the same verb): its manner is the main event's
            own = main is None or c is main or verb.lemma_.lower() == main.verb.lemma_.lower()
            cands += self._instruments(c, own)
            cands += [self._how_item(c, m, base + HOW_INSTRUMENT, manner=True, own=own)
                      for m in self._without_doing(verb) + self._means_event(verb) + self._manner_adverb(verb)
                      + self._margin(verb)
                      + self._causing_event(c)]
            if own:  # main or restated
                cands += [self._how_item(c, m, base + HOW_INSTRUMENT, manner=True, own=own)
                          for m in self._process_event(verb)]
            cands += self._circumstances(c, own)
            cands += self._actions(c, clauses)
        self._manner_first(cands)
        return self._rank(cands)

    def _instruments(self, c: Clause, own: bool) -> list[dict[str, Any]]:
        """Means after the verb: "by"/"with"/"using" + a thing, never a name, a time or a partner."""
        out = []
        verb = c.verb
        for ch in verb.children:
            if ch.dep_ == "prep" and ch.lower_ in _INSTRUMENT and ch.i > verb.i:
                pobj = next((g for g in ch.children if g.dep_ in {"pobj", "pcomp"}), None)
                if pobj is None or pobj.ent_type_ in {"PERSON", "ORG", "GPE", "DATE", "TIME", "CARDINAL"} \
                        or pobj.lemma_.lower() in {"other", "one", "people"} or _argument_prep(verb, ch):
                    continue  # a name, a time, or a partner ("met with representatives"): no means
                s = _trim_span(self._instrument_phrase(ch, pobj))
                # coordinated means are one ("with narrower triangles and a wider gap between peaks")
                both = _trim_span(_subtree(ch, _CUT - {"cc", "conj"}))
                if both and both != s and any(t.dep_ == "conj" and t.head == pobj for t in
                                               ch.doc[both[0]:both[1]]) and both[1] - both[0] <= MAX_WHAT + 2:
                    s = both
                if s and s[1] - s[0] <= MAX_WHAT + (2 if s == both else 0):
                    out.append(self._how_item(c, s, c.score + HOW_INSTRUMENT, manner=True, own=own))
        return out

    def _circumstances(self, c: Clause, own: bool) -> list[dict[str, Any]]:
        """The circumstance the event happened in ("fell down a well while picking cabbages")."""
        out = []
        verb = c.verb
        for ch in verb.children:
            if ch.dep_ == "advcl" and ch.tag_ == "VBG" and ch.i > verb.i and \
                    any(m.dep_ == "mark" and m.lower_ == "while" for m in ch.children):
                act = self._action(c, ch)
                if act is not None:
                    out.append(self._how_item(c, act, c.score + HOW_INSTRUMENT, manner=True, own=own))
        return out

    def _actions(self, c: Clause, clauses: list[Clause]) -> list[dict[str, Any]]:
        """The action itself: the verb with an adjacent manner adverb ("narrowly avoids") and a coordinated verb
        ("derailed and overturned"); an outcome ("killed", "sparks outrage") happened by way of the action that
        caused it, which gets the bonus instead."""
        out = []
        base = c.score
        verb = self._incidence(c.verb)
        act = self._action(c, verb)
        if act is not None:
            outcome = verb.lemma_.lower() in _OUTCOME
            out.append(self._how_item(c, act, base + (0.05 if c.src.name == "text" else 0.0)
                                      - (HOW_INSTRUMENT if outcome else 0.0)))
        if verb.lemma_.lower() in _OUTCOME:
            # the outcome restated in the lead with its cause as subject: "a decision to do X has upset fans"
            act = self._outcome_subject_action(verb.lemma_.lower())
            if act is not None:
                out.append({**_phrase(self.text, act), "score": round(base + HOW_INSTRUMENT + 0.05, 3)})
            for cause in self._cause_verbs(c, clauses):
                act = self._action(cause, cause.verb)
                if act is not None:
                    out.append(self._how_item(cause, act, base + HOW_INSTRUMENT))
                    break
        return out

    @staticmethod
    def _instrument_phrase(prep: Token, pobj: Token) -> list[Token]:
        """An instrument phrase ("with native plants that put down deep roots"): without a focusing adverb before
        it ("only", "even", "mainly": Quirk et al. 1985, 8.116, subjuncts that focus, not part of the means), and
        with a short restrictive relative clause on its object (no comma before it: it says which means)."""
        toks = [t for t in _subtree(prep, _CUT | {"prep"})
                if not (t.dep_ == "advmod" and t.head == prep and t.i < prep.i
                        and t.lower_ in _NOT_MANNER | {"even", "just"})]
        rel = next((c for c in pobj.children if c.dep_ == "relcl" and c.i > pobj.i), None)
        if rel is None or not toks:
            return toks
        sub = sorted(rel.subtree, key=lambda t: t.i)
        stop = next((k for k, t in enumerate(sub) if t.is_punct), len(sub))
        sub = sub[:stop] if stop and all(t.i > rel.i for t in sub[stop:]) else []
        last = max(t.i for t in toks)
        if sub and sub[0].i == last + 1 and len(sub) <= 6 \
                and sub[-1].i - toks[0].i < MAX_WHAT + 2:
            toks += sub
        return toks

    @staticmethod
    def _manner_first(cands: list[dict[str, Any]]) -> None:
        """A manner or means phrase of the title or the lead ("with a car", "in a collision", "without a permit",
        "while doing", "secretly") answers how before any bare action verb: the verb is the what, the phrase says
        how it was done (Giveme5W1H's how candidates: instrument and manner phrases, adjectives and adverbs)."""
        actions = [c["score"] for c in cands if not c.get("_manner")]
        for c in cands:
            # the main event's own manner first: "was arrested without incident" over "the man who successfully
            # eluded authorities", a manner of another act (the news gold: how is the manner of the main event)
            own = c.pop("_own", False)
            if c.pop("_manner", False) and actions:
                c["score"] = round(max(c["score"], max(actions) + (0.02 if own else 0.01)), 3)

    @staticmethod
    def _without_doing(verb: Token) -> list[tuple[int, int]]:
        """The manner an act is done in, told by what it is done without ("can build there without going through
        a variance", "fled without the permission of the courts", "struck without warning"): a "without" phrase on
        the verb or on the verb it completes ("able to build"); a gerund with its phrase, a noun to its head and a
        close "of" complement."""
        verbs = [verb] + [x for x in verb.children if x.dep_ == "xcomp"]
        verbs += [g for x in verb.children if x.dep_ == "acomp" for g in x.children if g.dep_ == "xcomp"]
        out = []
        for v in verbs:
            for ch in v.children:
                if ch.dep_ != "prep" or ch.lower_ != "without" or ch.i < v.i:
                    continue
                if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in ch.children):
                    s = _trim_span(_before_time(_subtree(ch, _CUT), ch))
                else:
                    pobj = next((g for g in ch.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
                    if pobj is None:
                        continue
                    of = [t for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
                    s = _trim_span([ch] + [t for t in _subtree(pobj, _CUT | {"prep"}) if t.i <= pobj.i] + of)
                if s and s[1] - s[0] <= MAX_WHAT:
                    out.append(s)
        return out

    @staticmethod
    def _causing_event(c: Clause) -> list[tuple[int, int]]:
        """The event an outcome came about by, when it is the subject of a causative phrasal verb ("a routine
        traffic stop leads to charges", "the price rise resulted in protests"; "cause"/"spark" verbs are outcomes,
        whose how is the cause's action): a common noun phrase, not a person or group (a who)."""
        verb, subj = c.verb, c.subj
        prep = _CAUSATIVE_PREP.get(verb.lemma_.lower())
        if not (prep and any(ch.dep_ == "prep" and ch.lower_ == prep for ch in verb.children)):
            return []
        if subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or subj.ent_type_ or agent_noun(subj):
            return []
        s = _trim_span(_subtree(subj, _CUT | {"prep"}))
        return [s] if s and s[1] - s[0] <= MAX_WHAT and s[1] <= verb.i else []

    @staticmethod
    def _incidence(verb: Token) -> Token:
        """A progressive with a "when" clause ("was travelling on the tram when it flipped and derailed"): the
        progressive is the background, the "when" clause the event that broke into it (the incidence schema,
        Quirk et al. 1985, 4.27), whose action is the how."""
        progressive = verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in verb.children)
        if not progressive:
            return verb
        return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.pos_ == "VERB"
                     and any(m.lower_ == "when" and m.i < c.i for m in c.subtree)), verb)

    @staticmethod
    def _manner_adverb(verb: Token) -> list[tuple[int, int]]:
        """A manner adverb on the verb ("secretly fled", "narrowly avoids"): Giveme5W1H's adjective and adverb
        candidates for how, narrowed to -ly adverbs of manner (not of time, likelihood or report)."""
        return [(x.i, x.i + 1) for x in verb.children if x.dep_ == "advmod" and x.tag_ == "RB"
                and x.lower_.endswith("ly") and x.lower_ not in _NOT_MANNER]

    @staticmethod
    def _margin(verb: Token) -> list[tuple[int, int]]:
        """The measure an outcome came about by, on the event's participle clause ("has secured the office,
        beating X by more than 26,000 votes", "won the final, defeating Y by three goals"): "by" with a counted
        noun says how the result was reached (the Giveme5W1H coders' numeric how; a measure phrase, CGEL 8.3).
        On the verb itself such a phrase is already an instrument."""
        out = []
        for cl in verb.children:
            if cl.dep_ != "advcl" or cl.tag_ != "VBG" or cl.i < verb.i or any(g.dep_ in _SUBJ for g in cl.children):
                continue
            for by in cl.children:
                pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by.dep_ == "prep" and \
                    by.lower_ == "by" else None
                if pobj is None or pobj.pos_ != "NOUN" or not any(g.dep_ == "nummod" or g.like_num
                                                                  for g in pobj.children):
                    continue
                s = _trim_span(_subtree(by, _CUT | {"prep"}))
                if s and s[1] - s[0] <= MAX_WHAT:
                    out.append(s)
        return out

    @staticmethod
    def _process_event(verb: Token) -> list[tuple[int, int]]:
        """The contest or procedure an outcome was reached through, in an "after"/"following" phrase on the verb
        ("has fallen to X after a gruelling four-month battle", "acquitted ... following a four-day trial", "reached
        a deal after weeks of talks": _PROCESS_EVENTS, a span of time "of" one of them included). Asked of the
        main event's clause and its restatements only: on another clause such a phrase tells of another event
        ("was held after a bond hearing")."""
        out = []
        for ch in verb.children:
            if ch.dep_ != "prep" or ch.lower_ not in _PROCESS_PREPS:
                continue
            pobj = next((g for g in ch.children if g.dep_ == "pobj"), None)
            of = None
            if pobj is not None and pobj.lemma_.lower() in _TIME_UNITS:  # "after weeks of talks"
                of = next((g for g in pobj.children if g.dep_ == "prep" and g.lower_ == "of"), None)
                pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if pobj is None or pobj.pos_ != "NOUN" or pobj.lemma_.lower() not in _PROCESS_EVENTS:
                continue
            toks = _subtree(ch, _CUT | {"prep"}) + (_subtree(of, _CUT | {"prep"}) if of is not None else [])
            # the contest's opponent stays with it ("after a long battle with lung cancer")
            rival = next((g for g in pobj.children if g.dep_ == "prep" and g.lower_ in {"with", "against"}), None)
            toks += _subtree(rival, _CUT | {"prep"}) if rival is not None else []
            s = _trim_span(_before_time(sorted(toks, key=lambda t: t.i), ch))
            if s and s[1] - s[0] <= MAX_WHAT:
                out.append(s)
        return out

    @staticmethod
    def _means_event(verb: Token) -> list[tuple[int, int]]:
        """The event or procedure the act came about in ("died in a collision", "In an online vote, students
        cast ballots", "killed in a dawn raid"), and the tool a "using" clause names ("entered using a wristband
        her mother gave her"): the phrase to its noun, without what follows it."""
        out = []
        for ch in verb.children:
            if ch.dep_ == "prep" and ch.lower_ in _MEANS_PREPS:
                pobj = next((g for g in ch.children if g.dep_ == "pobj"), None)
                if pobj is None or pobj.pos_ != "NOUN" or pobj.lemma_.lower() not in _MEANS_EVENTS:
                    continue
                s = _trim_span(_before_time(_subtree(ch, _CUT | {"prep"}), ch))
            elif ch.dep_ == "advcl" and ch.lemma_.lower() == "use" and ch.tag_ == "VBG" and ch.i > verb.i:
                obj = next((g for g in ch.children if g.dep_ == "dobj"), None)
                s = _trim_span([ch, *_subtree(obj, _CUT | {"prep"})]) if obj is not None else None
            else:
                continue
            if s and s[1] - s[0] <= MAX_WHAT:
                out.append(s)
        return out

    def _channels(self, main: Clause | None) -> list[dict[str, Any]]:
        """How a statement was made: the channel a speech verb of the title or the lead names ("said during a
        televised speech in X", "speaking on X's Y Show", "in a statement"; channels: data/channels.txt, the
        broadcasters among the organizations, and programmes). It is the how of a main event that is a statement
        (a speech verb, its reported clause, or what its speaker said); else it ranks below the event's means."""
        from newsledger.extract.quotes import channel_words

        if main is None:
            return []
        words = (*channel_words(), *_PROGRAMMES)
        out = []
        units = [u for u in self.units if u[0] is self.title]
        # the lead only: sentences past it are never read, so never built into text (issue 15, speed)
        text = self.record.article.text  # what self.doc parses: sliced, not rebuilt token by token
        lead = list(islice((x for x in nlp.sents(self.doc) if text[x.start_char:x.end_char].strip()
                            and not _is_boiler(x, text)), CHANNEL_SENTENCES))
        units += [(self.text, i + 1, x) for i, x in enumerate(lead)]
        for src, rank, sent in units:
            for verb in sent:
                if verb.lemma_.lower() not in self.speech or verb.pos_ != "VERB":
                    continue
                for prep in verb.children:
                    if prep.dep_ != "prep" or prep.lower_ not in _CHANNEL_PREPS or prep.i < verb.i:
                        continue
                    sub = _before_time(_subtree(prep, _CUT | {"relcl"}), prep)
                    text = " " + " ".join(t.lower_ for t in sub) + " "
                    if not any(f" {w} " in text for w in words) or any(t.ent_type_ in {"DATE", "TIME"} for t in sub):
                        continue
                    first = verb if verb.tag_ == "VBG" and verb.i == prep.i - 1 else prep  # "speaking on X"
                    span = _trim_span([first, *sub])
                    if span is None or span[1] - span[0] > MAX_WHAT + 2:
                        continue
                    statement = self._states_main(verb, main)
                    score = (main.score + HOW_INSTRUMENT if statement else 0.3) - 0.01 * rank
                    out.append({**_phrase(src, span), "score": round(score, 3)})
        return out

    def _states_main(self, verb: Token, main: Clause) -> bool:
        """Whether a speech verb states the main event: it is the main verb, governs it, or its speaker is the
        main event's actor."""
        if verb == main.verb or (main.verb.dep_ in {"ccomp", "xcomp"} and main.verb.head == verb):
            return True
        if main.verb.lemma_.lower() in self.speech or main.verb.head.lemma_.lower() in self.speech:
            return True
        act = main.extra.get("act")
        if act is not None and self._speech_noun(act.lemma_.lower()):  # "X's revelation that ..."
            return True
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is None and verb.dep_ in {"advcl", "acl"}:  # "X, speaking on Y, revealed ..."
            subj = next((c for c in verb.head.children if c.dep_ in _SUBJ), None) if verb.head.pos_ == "VERB" \
                else verb.head
        if subj is None or main.actor is None:
            return False
        src = self.title if self.title is not None and subj.doc is self.title.doc else self.text
        appos = _appositive_name(subj)  # "X's son, Robert, said": Robert speaks, not X (as who_what reads it)
        actor = self._actor(src, appos or self._np(subj) or (subj.i, subj.i + 1))
        return actor is not None and actor.id == main.actor

    def _speech_noun(self, noun: str) -> bool:
        """A noun naming a statement: a speech verb's nominalization ("revelation", "announcement", "claim",
        "warning"), recognised by the verb's stem (its letters but the last two, at least four; a verb shorter
        than four letters only as itself or its "-ing" form: "add" is no stem of "address")."""
        return any(noun.startswith(v[:max(4, len(v) - 2)]) if len(v) >= 4 else noun in {v, v + "ing"}
                   for v in self.speech if " " not in v)

    def _action(self, c: Clause, verb: Token) -> tuple[int, int] | None:
        if verb.lemma_.lower() in self.speech or verb.pos_ != "VERB" or verb.lemma_.lower() in _LIGHT:
            return None
        toks = [verb] + [x for x in verb.children if x.dep_ == "conj" and x.pos_ == "VERB"
                         and x.i - verb.i <= 3][:1]
        toks += [x for x in verb.children if x.dep_ == "advmod" and x.i == verb.i - 1 and x.lower_.endswith("ly")
                 and x.lower_ not in _NOT_MANNER]
        toks += [x for x in verb.children if x.dep_ == "prt" and x.i == verb.i + 1]  # "space out", "hit out"
        last = max(toks, key=lambda t: t.i)
        obj = next((x for x in last.children if x.dep_ == "dobj" and x.i > last.i), None)
        if obj is not None:  # the object's head with its close modifiers: "increased the gap"
            sub = [t for t in _subtree(obj, _CUT | {"prep"}) if t.i <= obj.i]
            if len(sub) <= 3 and obj.pos_ in {"NOUN", "PROPN"}:
                toks += sub
        if len(toks) > 1:
            toks += [x for x in verb.doc[min(t.i for t in toks):max(t.i for t in toks)]]
        span = _trim_span(toks)
        prt = max((t.i for t in toks if t.dep_ == "prt"), default=-1)
        return (span[0], prt + 1) if span and prt >= span[1] else span  # the particle stays

    def _outcome_subject_action(self, lemma: str) -> tuple[int, int] | None:
        for sent in nlp.sents(self.doc)[:LEAD_SENTENCES * 2]:  # a caption may run into the restating sentence
            for tok in sent:
                if tok.lemma_.lower() != lemma or tok.pos_ not in {"VERB", "ADJ", "AUX"}:
                    continue
                subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
                acl = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VB" and c.i > subj.i
                            and any(g.lower_ == "to" for g in c.children)), None) if subj is not None else None
                if acl is not None:
                    c = Clause(self.text, 1, acl, subj, (subj.i, subj.i + 1), (acl.i, acl.i + 1))
                    return self._action(c, acl)
        return None

    def _cause_verbs(self, c: Clause, clauses: list[Clause]) -> list[Clause]:
        """The clauses for the action behind an outcome: its own "as/after/when" clause, else the first lead
        clauses whose verb is an action (not an outcome, speech or state)."""
        own = [x for x in clauses if x.src is c.src and x.verb.head == c.verb and x.verb.dep_ == "advcl"
               and any(m.dep_ == "mark" and m.lower_ in {"as", "after", "when", "because"} for m in x.verb.children)]
        rest = sorted((x for x in clauses if x.src.name == "text" and x.verb.lemma_.lower() not in _OUTCOME
                       and x.verb.pos_ == "VERB" and x.verb.lemma_.lower() not in _LIGHT),
                      key=lambda x: (x.rank, x.verb.i))
        return own + rest[:2]

    def _how_item(self, c: Clause, span: tuple[int, int], score: float, manner: bool = False,
                  own: bool = True) -> dict[str, Any]:
        item = _phrase(c.src, span)
        item["score"] = round(score, 3)
        if manner:
            item["_manner"] = True
            # "in a separate bomb attack", "in another clash": the phrase itself says it is another event
            item["_own"] = own and not any(t.lower_ in _ANOTHER for t in c.src.doc[span[0]:span[1]])
        return item
