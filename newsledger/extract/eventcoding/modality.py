"""A trigger's modality (future, intent, conditional, attempt, threat), its negation and the speech verb that
reports it."""
from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.arguments import decision_owner
from newsledger.extract.eventcoding.tree import _aux_words
from newsledger.extract.eventcoding.words import ATTEMPT_HEADS, COND_AUX, FUTURE_AUX, INTENT_HEADS, THREAT_HEADS

HYPO_AUX = D.word_class("hypo_aux")

ABILITY_AUX = D.word_class("ability_aux")

HEDGED_PERFORMATIVES = D.word_class("hedged_performative_verbs")

WISH_HEADS = D.word_class("wish_heads")

WANTED_SIGHT_HEADS = D.word_class("wanted_sight_heads")

# Modalities of an act still to come: planned (announced, intended or conditional on something) and, with
# "threat", also one held over someone; status, dates and argument rules read these two classes
PLANNED = frozenset({"future", "intent", "conditional"})
TO_COME = PLANNED | {"threat"}

# Penn Treebank tags of a finite verb with its own tense (past, 3rd person present): an English modal auxiliary
# takes the base form (VB), so a conjunct in one of these tags is not under the first conjunct's modal
FINITE_TAGS = {"VBD", "VBZ"}


def modality_of(verb: Token) -> str | None:
    if any(c.dep_ == "advcl" and any(m.lower_ == "unless" and m.dep_ == "mark" for m in c.children)
           for c in verb.children) and _aux_words(verb) & (FUTURE_AUX | COND_AUX):
        return "threat"  # "will boycott the elections unless ...": an ultimatum, not a plan
    t = verb
    for _ in range(5):
        aux = _aux_words(t)
        if aux & FUTURE_AUX or ("going" in aux and any(c.lower_ == "to" for c in t.children)):
            return "future"
        if aux & COND_AUX:
            return "conditional"
        if aux & HYPO_AUX or _ability(t, aux):
            return "hypothetical"
        if t.dep_ == "xcomp":
            hl = t.head.lemma_.lower()
            if hl in THREAT_HEADS:
                return "threat"
            if hl in INTENT_HEADS:
                return "intent"
            if hl == "be" and any(c.lower_ == "about" for c in t.head.children):
                return "intent"
            if hl in ATTEMPT_HEADS:
                t = t.head
                continue
        if decision_owner(t) is not None:
            if t.head.lemma_.lower() != "decision":
                return "intent"  # "X's plan to expel diplomats": as "X plans to expel diplomats"
            break  # "Bush's 2003 decision to invade Iraq": the decided act, typed as itself
        if t.dep_ == "conj" and t.tag_ in FINITE_TAGS:
            break  # a finite conjunct has its own tense, not the first conjunct's modal: "told X the teenager
            # should be treated ..., and rejected claims" (a modal takes the base form, VB; "rejected" is VBD)
        if t.dep_ in {"xcomp", "conj"} and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "auxpass" or t.dep_ == "aux":
            t = t.head
            continue
        break
    if any(c.lower_ == "if" and c.dep_ == "mark" for c in verb.children) or _wished(t) or _wanted_sight(verb):
        return "hypothetical"
    if any(c.dep_ == "advcl" and any(m.lower_ == "unless" and m.dep_ == "mark" for m in c.children)
           for c in verb.children) and _aux_words(verb) & (FUTURE_AUX | COND_AUX):
        return "threat"  # "will boycott the elections unless ...": an ultimatum
    return None


def _ability(verb: Token, aux: set[str]) -> bool:
    """"he can starve and bomb the opposition": the modal of ability or possibility (ABILITY_AUX) asserts no act;
    "we cannot allow ...", "can't accept" (negated) is a refusal voiced now and keeps its own reading, and "I can
    assure you that ..." (a hedged performative) is the assurance itself."""
    return (bool(aux & ABILITY_AUX) and not any(c.dep_ == "neg" for c in verb.children)
            and not _hedged_performative(verb))


def _hedged_performative(verb: Token) -> bool:
    """A first-person speech act under a modal ("I can promise you", "we can confirm"): the speaker performs it."""
    return (verb.lemma_.lower() in HEDGED_PERFORMATIVES
            and any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in verb.children))


def copula_modality(noun: Token) -> str | None:
    """An event noun as the complement of a copula (or of the existential "there is") takes the copula's modal:
    "what may now be an attack by X", "there could be a war between X and Y" (Quirk et al. 1985, 4.49-4.58: the
    modal of possibility or obligation on "be" asserts no occurrence of what "be" predicates; 18.44-18.50: the
    existential's notional subject). "hypothetical" under a HYPO_AUX modal, else None (round 31, evprec31)."""
    t = noun
    for _ in range(5):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head  # "there could be a war and an invasion": the conjunct shares the copula
    if t.dep_ != "attr" or t.head.i == t.i or t.head.lemma_.lower() != "be":
        return None
    return "hypothetical" if _aux_words(t.head) & HYPO_AUX else None


def _wanted_sight(verb: Token) -> bool:
    """The base-form verb is what someone wants or hopes "to see" done (WANTED_SIGHT_HEADS governing "to see"):
    "wanted to see the west attack the Syrian air force", "would like to see Russia withdraw its troops". The
    parser hangs the bare infinitive on "see" as its clause or its object; either way the act is wanted, not seen."""
    see = verb.head
    if verb.tag_ != "VB" or see.i == verb.i or verb.dep_ not in {"ccomp", "dobj", "xcomp"} \
            or see.lemma_.lower() != "see" or see.dep_ != "xcomp" or see.head.i == see.i:
        return False
    return see.head.lemma_.lower() in WANTED_SIGHT_HEADS or see.head.lower_ in WANTED_SIGHT_HEADS


def _wished(clause: Token) -> bool:
    """The finite clause is the complement of a verb or noun of hoping, expecting or rumour (WISH_HEADS): "hoped
    that an agreement can be reached", "rumours that the two sides had reached a deal". Its act is wanted or
    unconfirmed, not told as done (event-annotation.md: hypothetical = conditional, possible, wanted)."""
    head = clause.head
    if head.i == clause.i or not {head.lemma_.lower(), head.lower_} & WISH_HEADS:
        return False
    return (clause.dep_ == "ccomp" and head.pos_ == "VERB") or (clause.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN")


def negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ in {"xcomp", "conj"} and any(c.dep_ == "neg" for c in verb.head.children) and verb.dep_ == "xcomp":
        return True
    return False


def speech_head(verb: Token, speech: frozenset[str]) -> Token | None:
    t = verb
    for _ in range(6):
        if t.head.i == t.i:
            return None
        if t.dep_ in {"ccomp", "xcomp", "pcomp", "pobj", "dobj", "advcl", "conj", "parataxis"}:
            t = t.head
            if t.lemma_.lower() in speech and t.pos_ == "VERB":
                return t
            continue
        return None
    return None
