"""Type of an announced or intended act: the actor's own policy, withdrawal or meeting keeps its type (planned);
a future act against someone under a verb of warning is a threat (CAMEO 13)."""
from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.extract.eventcoding.words import FORCE_NOUNS, PURE_SPEECH, THREAT_HEADS

POLICY_HEADS = D.word_class("policy_heads")

WARNING_HEADS = D.word_class("warning_heads")


def _governing_lemmas(verb: Token) -> list[str]:
    """The lemmas of the verbs governing the act's clause ("announced [that] it would prohibit": announce)."""
    out, t = [], verb
    for _ in range(4):
        if t.dep_ not in {"xcomp", "ccomp", "conj", "advcl"} or t.head.i == t.i:
            break
        t = t.head
        out.append(t.lemma_.lower())
    return out


def _against_someone(ev: RawEvent) -> bool:
    """The act has a target it is against: a named actor, a people noun or a Phoenix agent noun."""
    human = D.non_acts()["human_nouns"]
    for t in ev.targets:
        if t.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or t.lemma_.lower() in human or t.lower_ in human \
                or t.lemma_.lower() in D.agent_codes():
            return True
    return False


def own_policy(ev: RawEvent) -> bool:
    """A future sanction or coercion (CAMEO 16 "Reduce relations", 17 "Coerce") that is no threat: the actor's own
    announced or decided policy ("announced it would ban all public gatherings", "the ministry decided to close
    the crossing"), or an act with no one it is against ("said it would prohibit music in public places"). Force
    (CAMEO 18-20) planned or announced stays a threat, as before ("plans to attack the tanker"). A threat
    needs a target (CAMEO 13: a coercive warning to someone) or a verb of warning ("warned it would close the
    border"); a condition ("if", "unless") makes the act a threat too (an ultimatum)."""
    if ev.cameo[:2] not in {"16", "17"}:
        return False
    heads = _governing_lemmas(ev.trigger)
    if any(h in WARNING_HEADS or h in THREAT_HEADS for h in heads):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
           for c in ev.trigger.children):
        return False
    if any(h in POLICY_HEADS for h in heads):
        return True
    return not _against_someone(ev)


WITHDRAWAL_HEADS = D.word_class("withdrawal_heads")

PROMISE_LIKE = D.word_class("promise_like")


def own_withdrawal(ev: RawEvent) -> bool:
    """A planned military withdrawal (CAMEO 087) under a verb of announcing or deciding, with no promise, offer or
    agreement on the way: the actor's own planned RETREAT. Troops must be what leaves (the verb's object or subject
    is a force noun): "announced the US would withdraw from the Iran deal" is no military retreat."""
    args = [c for c in ev.trigger.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    if not any(a.lemma_.lower() in FORCE_NOUNS for a in args):
        return False
    heads = _governing_lemmas(ev.trigger)
    return any(h in WITHDRAWAL_HEADS for h in heads) and not any(h in PROMISE_LIKE for h in heads)


def _own_statement(verb: Token) -> bool:
    """The verb's clause is its own party's statement: governed by a verb of saying (PURE_SPEECH) whose subject is
    the clause's subject or a pronoun standing for it ("rebel leaders said they would meet the mediator")."""
    t = verb
    for _ in range(4):
        if t.dep_ not in {"xcomp", "ccomp", "conj"} or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in PURE_SPEECH:
            said = {c.lower_ for c in t.children if c.dep_ == "nsubj"}
            mine = [c for c in verb.children if c.dep_ == "nsubj"]
            return bool(said) and any(m.pos_ == "PRON" or m.lower_ in said for m in mine)
    return False


def own_meeting(ev: RawEvent) -> bool:
    """A planned meeting (CAMEO root 04) with no promise, offer or agreement governing it (PROMISE_LIKE), no
    condition on it (an offer: "would meet X if he gave them a veto") and not its party's own statement of intent
    ("said they would meet": CAMEO 036 itself)."""
    if ev.trigger.lemma_.lower() in PROMISE_LIKE or _own_statement(ev.trigger):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
           for c in ev.trigger.children):
        return False
    return not any(h in PROMISE_LIKE for h in _governing_lemmas(ev.trigger))


def intent_type(cameo: str, ev: RawEvent | None = None) -> tuple[str, str]:
    """(PLOVER type, CAMEO code) for a future or intended action: cooperative actions become CAMEO 03
    "express intent" (AGREE), material conflict becomes 13 "threaten" (THREATEN) unless the event `ev` is the
    actor's own announced policy or is against no one (own_policy): then it keeps its own type (planned)."""
    root = cameo[:2]
    if cameo.startswith("084"):
        return "AGREE", "0353"
    if cameo.startswith("087"):
        if ev is not None and own_withdrawal(ev):
            return "RETREAT", cameo
        return "AGREE", "0356"
    if root == "04" and ev is not None and own_meeting(ev):
        return D.plover(cameo)[0] or "CONSULT", cameo
    coop = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
    if root in coop:
        return "AGREE", coop[root]
    conflict = {"16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}
    if root in conflict:
        if ev is not None and own_policy(ev):
            return D.plover(cameo)[0] or "THREATEN", cameo
        return "THREATEN", conflict[root]
    return D.plover(cameo)[0] or "AGREE", cameo
