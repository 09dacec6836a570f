"""Sentence-level event coding over a spaCy dependency parse.

Each verb found in the CAMEO verb dictionary (plus the project's override rows) is a candidate trigger; its
CAMEO code is the dictionary pattern (words after and before the verb) with the most words matched, else the
verb's default code. Source and target are noun-phrase heads found by dependency rules:
- active: subject -> source; direct object, dative, or the object of a targeting preposition -> target;
- passive ("X was attacked by Y"): the "by" agent -> source, the passive subject -> target; a bare past
  participle is passive too ("..., accused of being members", "had been neutralized, killed or taken captive");
  a weapon is no agent, an event noun's agent is the noun's own actor ("hurt by Saturday's attack": none);
- a weapon object is the instrument: the target is the at/on/into object ("firing artillery at X");
- a purpose infinitive ("sent troops to prevent ...") and a verb of naming with a predicate report no act;
- subjects are inherited along conj, xcomp, participial advcl, pcomp and acl/relcl links;
- coordinated noun phrases give one head each (one event per source-target pair downstream);
- "X suffered heavy losses" is an attack on X with an unknown attacker.
The coder also reports modality (future, intent, conditional, threat) and negation for the status rules.
It knows nothing of the record: newsledger.extract.events maps heads to canonical actors.

This module is the driver (code_sentence, then main_event and coordinated_events for one-event-per-sentence
readers); each step lives in its own module of this package:
- matching: a verb's CAMEO code from the dictionary's patterns;
- arguments: source and target heads; modality: modality, negation, the reporting speech verb;
- non_acts and descriptions: triggers that report no act, or an act only named in a description;
- nominal: events named by nouns; special: refusals, demands, resignations, telephone talks, losses;
- intent: the type of an announced or intended act; raw: the RawEvent record; tree and words: shared helpers.
"""
from __future__ import annotations

from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Span, Token

from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding import senses as S
from newsledger.extract.eventcoding.arguments import objects_of, subject_of
from newsledger.extract.eventcoding.descriptions import _in_description, _participle_noun
from newsledger.extract.eventcoding.matching import coded_verb
from newsledger.extract.eventcoding.modality import modality_of, negated, speech_head
from newsledger.extract.eventcoding.non_acts import _naming, reports_no_act
from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.extract.eventcoding.special import (
    _call_parties,
    _demanded_act,
    _event_object,
    _refused_acts,
    _special,
    _telephone_talk,
    _yielded_resignation,
)
from newsledger.extract.eventcoding.tree import _is_place, _sentence_tokens, _uncoded_named, phrasal_lemma
from newsledger.extract.eventcoding.words import (
    ATTEMPT_HEADS,
    FORCE_NOUNS,
    INTENT_HEADS,
    PROMISE_HEADS,
    PURE_SPEECH,
    SPEECH_EVENTS,
    SUBJ,
    TARGET_PREPS,
    THREAT_HEADS,
    YIELD_VERBS,
)

MOVE_VERBS = D.word_class("move_verbs")

REFUSED_BY_NEGATION = D.word_class("refused_by_negation")


def code_sentence(sent: Span, speech: frozenset[str] = frozenset()) -> list[RawEvent]:
    # _code_tokens passes only a VERB or an AUX (the first test of its loop)
    out, deferred = _code_tokens(_sentence_tokens(sent, _VERB_AUX), speech)
    out = _refused_acts(out)
    # An intent verb whose intended action the dictionary does not code ("agreed to share ...", "offered
    # to hand over ...") is itself the event.
    for tok in deferred:
        sub = {t.i for c in tok.children if c.dep_ == "xcomp" for t in c.subtree}
        if any(e.trigger.i in sub for e in out) or tok.lemma_.lower() in ATTEMPT_HEADS:
            continue
        code, basis = coded_verb(tok)
        if not code or code.startswith("01") or reports_no_act(tok, tok.lemma_.lower(), []):
            continue
        if tok.lemma_.lower() in PROMISE_HEADS and any(_force_verb(c) for c in tok.children if c.dep_ == "xcomp"):
            code, basis = "138", "special"  # "vowed to win back control of the country": a threat of force
        subj, passive, agent = subject_of(tok)
        ev = RawEvent(tok, code, agent if passive else subj, [] if passive else objects_of(tok), passive=passive,
                      basis=basis)
        ev.negated, ev.modality, ev.speech_head = negated(tok), modality_of(tok), speech_head(tok, speech)
        out.append(ev)
    return out


_VERB_AUX = frozenset({VERB, AUX})
# the heads whose xcomp's action is the event (intent, attempt; a threat but "threaten"): one set, not a union
# made at every verb
_DEFERRING_HEADS = frozenset(INTENT_HEADS | ATTEMPT_HEADS | THREAT_HEADS - {"threaten"})


def _code_tokens(toks: list[Token], speech: frozenset[str]) -> tuple[list[RawEvent], list[Token]]:
    """Events of the verbs in toks, and the intent verbs set aside for their intended action."""
    out: list[RawEvent] = []
    deferred: list[Token] = []
    for tok in toks:
        if tok.pos_ not in {"VERB"} and not (tok.pos_ == "AUX" and tok.dep_ == "ROOT" and tok.lemma_ != "be"):
            continue
        lemma = tok.lemma_.lower()
        if lemma in YIELD_VERBS and tok.head.lemma_.lower() == "deny" and tok.head.i != tok.i:
            continue  # the denial is the event: a refusal to yield (_special)
        if _in_description(tok):
            continue  # descriptions of a noun ("forces opposing X", "Qatar, which hosts ...")
        if _participle_noun(tok) or _demanded_act(tok):
            continue
        if lemma in _DEFERRING_HEADS and any(
                c.dep_ == "xcomp" for c in tok.children):
            deferred.append(tok)
            continue  # the intended action is the event
        ev = _special(tok, lemma)
        if ev is None:
            ev = _verb_event(tok, lemma, speech)
            if ev is None:
                continue
        elif ev.basis == "default":
            ev.basis = "special"  # a construction's own basis stays ("nominal": the act's event noun decided it)
        if ev.cameo[:2] in {"18", "19"} and any(w.lower_ in {"suicide"} for w in ev.trigger.sent
                                                if w.i < ev.trigger.i):
            ev.cameo = "183"
        if reports_no_act(tok, lemma, ev.targets, ev.basis):
            continue
        ev.negated = negated(tok)
        if ev.negated and lemma in REFUSED_BY_NEGATION and not ev.cameo.startswith("12"):
            ev.cameo, ev.negated = "120", False  # "will not accept": a refusal
        ev.modality = modality_of(tok)
        ev.speech_head = speech_head(tok, speech)
        out.append(ev)
    return out, deferred


def _verb_event(tok: Token, lemma: str, speech: frozenset[str]) -> RawEvent | None:
    """The event of a verb no special construction codes: its dictionary code, with the subject and objects as
    source and target (the agent and the passive subject in a passive); none for pure speech, naming, a code of
    the 01 statements, an untied resignation or a move with no political destination."""
    if (lemma in PURE_SPEECH or (lemma in speech and lemma not in SPEECH_EVENTS
                                 and any(c.dep_ in {"ccomp", "parataxis"} for c in tok.children))) \
            and not _event_object(tok) and not _telephone_talk(tok, lemma):
        return None
    if lemma == "accord" or tok.lower_ == "according":
        return None
    code, basis = coded_verb(tok, lemma)
    if not code or code.startswith("01") or (_naming(tok, lemma) and not _telephone_talk(tok, lemma)):
        return None
    if code.startswith("083") and lemma in RESIGN_VERBS and not _yielded_resignation(tok):
        return None  # a resignation the text does not tie to a demand or pressure yields to no one
    subj, passive, agent = subject_of(tok)
    objs = objects_of(tok)
    if lemma in DEPLOY_VERBS and (code.startswith("087") or all(
            o.lemma_.lower() in FORCE_NOUNS and not o.ent_type_ for o in objs)):
        # the withdrawn, sent or kept troops are the source's own; troops sent "into" a country act on it
        into = [c for x in [tok, *objs] for c in x.children if c.dep_ == "prep" and c.lower_ == "into"]
        objs = [p for c in into for p in c.children if p.dep_ == "pobj" and p.ent_type_ in {"GPE", "LOC"}] \
            if not code.startswith("087") else []
    if _posture_sense(tok, lemma):
        # a presence or force built up or drawn down is the source's own; the place it is in is the target
        objs = [p for x in [tok, *objs] for c in x.children if c.dep_ == "prep" and c.lower_ in {"in", "into"}
                for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"]
    if lemma in MOVE_VERBS and code.startswith("04"):
        objs = [c for c in tok.children if c.dep_ == "dobj" and lemma == "visit"]
        objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "to", "at", "for"}
                 for p in c.children if p.dep_ == "pobj" and p.ent_type_ in {"GPE", "ORG", "NORP"}]
        if lemma != "visit" and not objs:
            return None
    if passive:
        sources, targets = agent, list(subj)
    else:
        sources, targets = subj, objs
    sources, targets = [_uncoded_named(x) for x in sources], [_uncoded_named(x) for x in targets]
    if code[:2] in {"17"} and code != "173" and any(_is_place(t) for t in targets):
        code = "192"  # seizing a province, a town: occupying territory
    if _telephone_talk(tok, lemma):  # a talk's subject talks: "Trump called Erdogan" parsed as a participle
        sources, targets = _call_parties(tok, [_uncoded_named(x) for x in subj])
        passive = False
    return RawEvent(tok, code, sources, targets, passive=passive, basis=basis)


DEPLOY_VERBS = D.word_class("deploy_verbs")


def _posture_sense(verb: Token, lemma: str) -> bool:
    """The verb's code is a posture: row's of verb_senses.tsv (an armed presence or force built up or drawn down:
    senses._posture): its object is the source's own forces, not the one acted on."""
    row = S.sense_row(verb, lemma)
    return row is not None and row[0][0] == "posture"


def _force_verb(verb: Token) -> bool:
    """A verb of force (core_verbs.tsv, CAMEO roots 18-20), phrasal ones with their particle ("win back")."""
    lemma = verb.lemma_.lower()
    code = D.core_verb_roots().get(phrasal_lemma(verb, lemma)) or D.core_verb_roots().get(lemma)
    return code is not None and code >= "18"


RESIGN_VERBS = D.word_class("resign_verbs")


def main_event(events: list[RawEvent]) -> RawEvent | None:
    """The sentence's main event: the trigger nearest the root of the parse, then the earliest."""
    def depth(t: Token) -> int:
        d = 0
        while t.head.i != t.i and d < 50:
            t, d = t.head, d + 1
        return d
    if not events:
        return None
    return min(events, key=lambda e: (depth(e.trigger), e.trigger.i))


def coordinated_events(events: list[RawEvent], main: RawEvent) -> list[RawEvent]:
    """The main event and the events of verbs coordinated with its trigger ("opened its borders ... but was
    still refusing admittance to ...") that have arguments of their own (a subject or an object of their own)
    and another type: several events of one sentence."""
    out = [main]
    for e in sorted(events, key=lambda e: e.trigger.i):
        if e is main or e.type is None or any(e.type == o.type for o in out):
            continue
        t, linked = e.trigger, False
        for _ in range(4):
            if t.dep_ != "conj" or t.head.i == t.i:
                break
            t = t.head
            if t.i == main.trigger.i:
                linked = True
                break
        own = any(c.dep_ in SUBJ | {"dobj", "dative"} for c in e.trigger.children) or any(
            c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in e.trigger.children)
        same_speech = (e.speech_head.i if e.speech_head is not None else None) == (
            main.speech_head.i if main.speech_head is not None else None)
        if linked and own and same_speech:
            out.append(e)
    return out
