"""Constructions that give an event another shape than its verb: refusals, demands and persuasion, forced
resignations, telephone talks, losses suffered, statements that announce an act."""
from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Token

from newsledger import nlp
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding import senses as S
from newsledger.extract.eventcoding.arguments import subject_of
from newsledger.extract.eventcoding.modality import negated
from newsledger.extract.eventcoding.nominal import death_in_attack, passive_light_verb
from newsledger.extract.eventcoding.non_acts import no_comment_act
from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.extract.eventcoding.tree import _aux_words, expand_conj, np_head
from newsledger.extract.eventcoding.words import PURE_SPEECH, YIELD_VERBS

LOSS_WORDS = D.word_class("loss_words")

CLAIM_NOUNS = D.word_class("claim_nouns")

PROPOSAL_NOUNS = D.word_class("proposal_nouns")

REFUSAL_HEADS = D.word_class("refusal_heads")

# CAMEO 12's subcodes by what is refused: 125 "Reject proposal to meet, discuss, or negotiate" (the verbs of its
# title), 121 "Reject material cooperation" (root 06), 122 "Reject request or demand for material aid" (root 07),
# 124 "Refuse to yield" (root 08); anything else the bare 120 "Reject".
MEETING_VERBS = D.word_class("meeting_verbs")

REFUSED_ROOT_CODES = {"06": "121", "07": "122", "08": "124"}


def _refused_code(act: RawEvent) -> str:
    if act.trigger.lemma_.lower() in MEETING_VERBS or act.cameo[:2] == "04":
        return "125"
    return REFUSED_ROOT_CODES.get(act.cameo[:2], "120")


def _refused_acts(events: list[RawEvent]) -> list[RawEvent]:
    """An act in the infinitive of a refusal ("the rebels refused to negotiate with the government") yields only
    the refusal: the act's event goes, and the refusal takes the act's target and CAMEO 12 subcode (REJECT against
    the government). Without a coded refusal the act becomes one, on the refusal verb."""
    out = list(events)
    for ev in events:
        head = ev.trigger.head
        if ev.trigger.dep_ != "xcomp" or head.i == ev.trigger.i or head.lemma_.lower() not in REFUSAL_HEADS \
                or ev.cameo.startswith("12"):
            continue
        out.remove(ev)
        if no_comment_act(head, ev.trigger, ev.targets):
            continue  # "declined to discuss the reports": the routine no-comment, no refusal
        refusal = next((e for e in out if e.trigger.i == head.i), None)
        if refusal is None:
            refusal = RawEvent(head, _refused_code(ev), list(ev.sources), list(ev.targets), passive=ev.passive,
                               basis=ev.basis, negated=ev.negated, modality=ev.modality,
                               speech_head=ev.speech_head)
            out.append(refusal)
            continue
        if refusal.cameo in {"12", "120"}:
            refusal.cameo = _refused_code(ev)
        if not refusal.targets:
            refusal.targets = list(ev.targets)
    return out


def _event_object(verb: Token) -> bool:
    """The verb's direct object is an event noun ("announced a suspension of air links", "reiterated its
    demand"): the speech verb reports an act, it is not mere speech."""
    table = D.nominals()
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in table or c.lower_ in table) for c in verb.children)


def _telephone_talk(verb: Token, lemma: str) -> bool:
    """A speech verb whose sense row reads a consultation ("Trump and May spoke on the phone", verb_senses.tsv: CAMEO
    041 "Discuss by telephone"): two parties talked, it is not mere speech; "called" with the sense row of a leader
    called ("Trump called Erdogan on Wednesday": an interlocutor frame), not naming."""
    if lemma == "call":
        row = S.sense_row(verb, lemma)
        return row is not None and row[0][0] == "interlocutor"
    return lemma in {"speak", "talk"} and (S.sense_code(verb, lemma) or "").startswith("04")


def _call_parties(verb: Token, subjects: list[Token]) -> tuple[list[Token], list[Token]]:
    """The two sides of a telephone talk: "X and Y spoke by phone" (the first of a coordinated subject calls the
    other, as nominal_events reads "talks between X and Y"), "X spoke to/with Y on the phone", "X called Y" (the
    parser may read the one called as a predicate noun, oprd); the phone is no one. The one named spoken to comes
    first: "X and Y talked to Z" is a talk with Z ("with each other" names no one). Two subjects of the verb
    itself, not coordinated, are a title and its name ("The foreign secretary, Jeremy Hunt spoke to ...", the
    closing comma missing): one party, the name."""
    parties = [h for s in subjects for h in expand_conj(np_head(s))]
    own = [p for p in parties if p.dep_ == "nsubj" and p.head.i == verb.i]
    if len(own) > 1:
        parties = [p for p in own if p.ent_type_ == "PERSON"][:1] or own[:1]
    other = [np_head(c) for c in verb.children if c.dep_ in {"dobj", "oprd"}]
    other += [np_head(p) for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
              for p in c.children if p.dep_ == "pobj" and p.lower_ not in {"other", "another"}]
    return parties[:1], (other[:1] or parties[1:2])  # "X and Y talked to Z": X with Z, not X with Y


ASKING_VERBS = D.word_class("asking_verbs")

ASKING_NOUNS = D.word_class("asking_nouns")

PERSUADING_VERBS = D.word_class("persuading_verbs")

FAILED_HEADS = D.word_class("failed_heads")

FORCING_VERBS = D.word_class("forcing_verbs")

PRESSURE_WORDS = D.word_class("pressure_words")


def _yielded_resignation(tok: Token) -> bool:
    if tok.dep_ in {"xcomp", "ccomp"} and tok.head.lemma_.lower() in FORCING_VERBS:
        return True
    return any(w.lemma_.lower() in PRESSURE_WORDS for w in tok.sent if w.i != tok.i)


_AUX_DEP, _TO = get_string_id("aux"), get_string_id("to")


def _demanded_act(tok: Token) -> bool:
    # a "to" before it among its children, read on the document's arrays (asked of every verb of every sentence)
    parse, low = nlp.arrays(tok.doc), nlp.column(tok.doc, LOWER)
    if not any(parse.dep[c] == _AUX_DEP and low[c] == _TO and c < tok.i for c in parse.children(tok.i)):
        return False
    if tok.dep_ not in {"xcomp", "ccomp", "advcl", "acl"} or tok.head.i == tok.i:
        return False
    t = tok.head
    if t.dep_ == "pobj" and t.head.dep_ == "prep":  # "called on Israel to stop ...": the verb of the "on" phrase
        t = t.head.head
    lem = t.lemma_.lower()
    if lem in PERSUADING_VERBS and t.pos_ == "VERB":  # "failed to persuade Russia to agree": no agreement
        return negated(t) or (t.dep_ == "xcomp" and t.head.lemma_.lower() in FAILED_HEADS)
    return (t.pos_ == "VERB" and lem in ASKING_VERBS) or (t.pos_ == "NOUN" and lem in ASKING_NOUNS)


def _special(tok: Token, lemma: str) -> RawEvent | None:
    """Constructions the verb dictionary does not code."""
    # "X suffered heavy losses": an attack on X by an unnamed adversary.
    if lemma in {"suffer", "sustain", "incur"}:
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in LOSS_WORDS | {"loss"}]
        if objs:
            subj, _, _ = subject_of(tok)
            return RawEvent(tok, "190", [], subj, attacker_unknown=True)
    if lemma in {"die", "perish"}:
        return death_in_attack(tok)
    passive_act = passive_light_verb(tok, lemma)
    if passive_act is not None:
        return passive_act
    # "X denied giving up / surrendering / withdrawing": CAMEO 124 "Refuse to yield", X refuses.
    if lemma == "deny" and any(c.lemma_.lower() in YIELD_VERBS and c.pos_ == "VERB" for c in tok.children):
        speaker, _, _ = subject_of(tok)
        return RawEvent(tok, "124", speaker, [])
    return _reported_demand(tok, lemma) or _reported_condemnation(tok, lemma)


def _reported_demand(tok: Token, lemma: str) -> RawEvent | None:
    """"X said Y must do Z": X demands it of Y ("News Corp reported Y must ..." relays someone else's demand)."""
    relay = D.non_acts()["relay_speech_verbs"]
    if lemma in PURE_SPEECH | {"conclude", "insist", "stress", "warn"} and lemma not in relay:
        for c in tok.children:
            if c.dep_ != "ccomp" or c.pos_ not in {"VERB", "AUX"}:
                continue
            aux = _aux_words(c)
            must = aux & {"must", "should"}
            human = D.non_acts()["human_nouns"]
            subj = [x for x in c.children if x.dep_ in {"nsubj", "nsubjpass"} and x.pos_ != "PRON"
                    and (x.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or x.lemma_.lower() in human
                         or x.lower_ in human or x.lemma_.lower() in D.agent_codes()
                         or any(m.ent_type_ in {"NORP", "GPE", "ORG"} for m in x.children))]
            # an actor is asked ("the government must ...", "Western countries should ..."); "these flags must be
            # within the size limits" asks no one; "Australia should be concerned", "Assad should be relieved" judge
            # a state of mind (non_acts.json feeling_adjectives), no act is asked
            feelings = D.non_acts()["feeling_adjectives"]
            feeling = (c.lemma_ == "be" and any(x.dep_ == "acomp" and (x.lemma_.lower() in feelings
                                                                        or x.lower_ in feelings) for x in c.children)
                       ) or (c.lower_ in feelings and any(x.dep_ == "auxpass" for x in c.children))
            if must and subj and not feeling:
                speaker, _, _ = subject_of(tok)
                return RawEvent(tok, "100", speaker, [h for x in subj for h in expand_conj(np_head(x))])
    return None


def _reported_condemnation(tok: Token, lemma: str) -> RawEvent | None:
    """"X said Y's claim was false", "X said the Y plan was an attack on ...", "X described Y's move as
    provocative": X condemns Y (condemnations.tsv); "X says demands for Y are unrealistic": X refuses them."""
    if lemma in {"say", "call", "describe", "dismiss", "insist", "tell", "add", "brand", "denounce"}:
        bad = D.condemnations()
        for c in tok.children:
            if c.dep_ == "ccomp":
                comp = [x for x in c.children if x.dep_ in {"acomp", "attr"}
                        and (x.lemma_.lower() in bad or any(a.dep_ == "amod" and a.lower_ in bad for a in x.children))]
                subj = [x for x in c.children if x.dep_ == "nsubj" and x.pos_ in {"NOUN", "PROPN"}]
            elif c.dep_ == "dobj" and lemma in {"describe", "call", "brand", "denounce", "dismiss"}:
                subj = [c]  # "described the move as provocative": the "as" phrase on the verb or the object
                as_preps = [p for p in [*tok.children, *c.children] if p.dep_ == "prep" and p.lower_ == "as"]
                comp = [x for p in as_preps for x in p.subtree if x.lemma_.lower() in bad]
                comp += [x for x in c.children if x.dep_ in {"oprd", "amod"} and x.lemma_.lower() in bad
                         and x.i > c.i]
            else:
                continue
            if comp and subj:
                owner = [x for x in subj[0].children if x.dep_ in {"poss", "compound"}
                         and (x.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or x.dep_ == "poss")]
                speaker, _, _ = subject_of(tok)
                targets = [h for o in owner for h in expand_conj(o)]
                judged = comp[0].lemma_.lower() if comp[0].lemma_.lower() in bad else next(
                    (a.lower_ for a in comp[0].children if a.dep_ == "amod" and a.lower_ in bad), "")
                if subj[0].lemma_.lower() in PROPOSAL_NOUNS and bad.get(judged, "").startswith("12"):
                    return RawEvent(tok, bad[judged], speaker, targets)  # "says demands ... are unrealistic"
                if owner or subj[0].lower_ in CLAIM_NOUNS:
                    return RawEvent(tok, "111", speaker, targets)
    return None
