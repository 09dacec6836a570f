"""An act named inside a description of someone or something ("the man accused of the attack", "killed fighters"
in a relative or participle) is background, not the sentence's report."""
from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.eventcoding import actorcodes as AC
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.arguments import _speech_noun_clause, decision_owner
from newsledger.extract.eventcoding.matching import coded_verb
from newsledger.extract.eventcoding.tree import np_head
from newsledger.extract.eventcoding.words import SUBJ


def _root_noun_predicate(t: Token) -> bool:
    """A sentence parsed with a noun as its root and the verb as that noun's participle ("An official newspaper
    called on Arabs to ..."): the participle is the predicate."""
    return t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in {"NOUN", "PROPN"} and t.head.i < t.i \
        and not any(c.dep_ in SUBJ for c in t.children)


def _person_participle(t: Token, trigger: Token) -> bool:
    """A past participle set beside a named person ("X, believed killed in a US airstrike in 2015", "Y, convicted
    of ... and jailed for seven years by a court"): the appositive reports an act done to that person, when the
    trigger's verb is one whose news sense is always an act (core_verbs.tsv)."""
    return t.dep_ == "acl" and t.tag_ == "VBN" and t.head.ent_type_ == "PERSON" and t.head.i < t.i \
        and trigger.lemma_.lower() in D.core_verbs()


# CAMEO roots of the acts done to someone that a reduced passive on a noun reports (17 Coerce: arrest, detain,
# capture; 18 Assault: kill, abduct, behead; 19 Fight; 20 Mass violence), read from core_verbs.tsv.
REDUCED_PASSIVE_ROOTS = {"17", "18", "19", "20"}


def _reduced_passive_act(t: Token, trigger: Token) -> bool:
    """A past participle of a core coercion or violence verb on the noun it was done to ("four fighters killed on
    the battlefront a day earlier", "the two British fighters captured in Syria", "a musical group detained at the
    border", "one leader caught after planting explosives"): the reduced relative reports the act, as the headline
    participle does ("Man arrested for stabbing"). Evrecall3 (issue 16, eleventh round), class from the tune-a
    census: the description filter dropped it. Not a tally ("the number of people killed": non_acts tally words
    decide elsewhere) and not an attributive adjective ("killed soldiers")."""
    if t.i != trigger.i or t.dep_ != "acl" or t.tag_ != "VBN" or t.head.i > t.i:
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "dobj"} for c in t.children):
        return False
    if t.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return D.core_verb_roots().get(trigger.lemma_.lower()) in REDUCED_PASSIVE_ROOTS


ACT_OBJECT_NOUNS = D.word_class("act_object_nouns")


def _act_noun(noun: Token) -> bool:
    """The noun names an act: an event noun of nominals.tsv or an act noun of act_object_nouns."""
    return noun.pos_ == "NOUN" and bool({noun.lower_, noun.lemma_.lower()} & (set(D.nominals()) | ACT_OBJECT_NOUNS))


# CAMEO roots of a party's stance on an act named by a noun (the codebook titles "Appeal for", "Express intent to",
# "Demand", "Disapprove", "Reject", "Threaten"; PLOVER REQUEST, AGREE, ACCUSE, REJECT, THREATEN): a ceasefire
# ordered, a pullout promised, a deal denounced, a charge refuted. Not 06 or 08 ("an inquiry conducted by", "a
# resolution passed by": the noun's own act carried out, or a body's procedure, no stance of the agent's).
STANCE_ROOTS = {"02", "03", "10", "11", "12", "13"}


def _identified_agent(head: Token) -> bool:
    """A by-agent that identifies the act's source: a named person, or a phrase the CAMEO actor dictionary codes
    with a state or a body of states (PETRARCH's discipline: an event needs a coded actor). Not "the company",
    "the union", "the club": a role with no state, whose stance on a deal or a charge is no political act."""
    return head.ent_type_ == "PERSON" or AC.countryish(AC.head_code(head))


def _attributed_act(t: Token, trigger: Token) -> bool:
    """A past participle with a by-agent on a noun that names an act ("a troop withdrawal promised by Donald
    Trump", "a nationwide ceasefire ordered by the security council", "a charge refuted by Russia"): the reduced
    passive relative clause (Quirk et al. 1985, ch. 17: a nonfinite -ed postmodifier is a passive relative, "which
    was promised by X") reports the agent's act on that act, when the participle codes a stance on it
    (STANCE_ROOTS) and the agent is identified (_identified_agent); it does not describe a person or thing
    ("images released by", "fighters backed by" stay descriptions: their heads name no act). Issue 16, round 34,
    Guardian tune-a census: the first mention of an act told as a noun with its doer in the by-phrase."""
    if t.i != trigger.i or t.dep_ != "acl" or t.tag_ != "VBN" or t.head.i > t.i:
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "dobj"} for c in t.children):
        return False
    agents = [np_head(p) for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not any(_identified_agent(a) for a in agents) or not _act_noun(t.head):
        return False
    code, _ = coded_verb(t, t.lemma_.lower())
    return bool(code) and code[:2] in STANCE_ROOTS


def _existential_participle(t: Token) -> bool:
    """"There were 10 soldiers killed in the town", "there have been three people arrested": a past participle on
    the noun an existential "there be" introduces reports the act, it does not describe the noun. Class: casualty
    and arrest tallies of wire reports (PETRARCH2 validation records, tune-a)."""
    if t.dep_ != "acl" or t.tag_ != "VBN" or t.head.dep_ not in {"attr", "nsubj"}:
        return False
    be = t.head.head
    return be.lemma_ == "be" and any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children)


# A past participle used as a noun for people (WordNet: accused.n.01 "the defendant", wounded.n.01, detained): "the
# video showed the accused, Glenn Ranger, assaulting a girl", "the accused was released on bail", "the injured were
# taken to hospital". The parser tags it a verb; it names the people, it reports no act of its own (the charge or the
# arrest is reported where its own verb is).
NOUN_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj"}


def _participle_noun(tok: Token) -> bool:
    return tok.tag_ == "VBN" and tok.dep_ in NOUN_ARG_DEPS and any(
        c.dep_ == "det" and c.lower_ in {"the", "an", "a"} and c.i < tok.i for c in tok.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj", "agent", "auxpass", "aux"} for c in tok.children)


def _in_description(tok: Token) -> bool:
    if _narrating_relative(tok) or _alleged_act(tok):
        return False
    t = tok
    for _ in range(6):
        if _speech_noun_clause(t):
            t = t.head.head
            continue
        if decision_owner(t) is not None:
            t = t.head  # "X's decision to withdraw": the decided act; a description only if the noun is in one
            continue
        if _root_noun_predicate(t) or _person_participle(t, tok) or _existential_participle(t) \
                or _reduced_passive_act(t, tok) or _attributed_act(t, tok):
            return False
        if t.dep_ in {"acl", "relcl", "amod"} or (t.dep_ == "pcomp" and t.lemma_.lower() not in {"suffer"}
                                                   and t.head.lower_ not in D.non_acts()["temporal_preps"]):
            return True  # "after fighting with police" reports an act of its own (non_acts.json temporal_preps)
        if t.head.i == t.i or t.dep_ not in {"xcomp", "conj", "advcl", "ccomp", "prep", "pobj", "pcomp"}:
            return False
        t = t.head
    return False


LEGAL_PREPS = D.word_class("legal_preps")


def _alleged_act(tok: Token) -> bool:
    """The gerund a legal act is for ("arrested for stealing a car", "charged with assaulting an officer", "in
    custody for allegedly setting fire to a barn", "on suspicion of smuggling"): it narrates the alleged act, not a
    description. The legal word is an arrest or charge verb (CAMEO 173 "Arrest, detain, or charge with legal
    action", 112 "Accuse") or a noun of the CAMEO dictionary's &DETENTION synset ("custody", "jail") or its arrest
    pattern "on suspicion" (MISSES.md cause A, the pcomp sub-class)."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.lower_ not in LEGAL_PREPS or tok.head.head.i == tok.i:
        return False
    legal = tok.head.head
    if legal.pos_ == "NOUN":
        return legal.lemma_.lower() in D.synsets().get("&DETENTION", ()) or legal.lemma_.lower() == "suspicion"
    if legal.pos_ != "VERB":
        return False
    code, _ = coded_verb(legal, legal.lemma_.lower())
    return bool(code) and (code.startswith("173") or code.startswith("112"))


def _narrating_relative(tok: Token) -> bool:
    """A non-restrictive relative clause whose own subject is the relative pronoun ("X, who was killed by Y",
    "Z, which attacked W"): it narrates an act of the antecedent's, not a description that picks the antecedent
    out. Class (issue 16, MISSES.md cause A): comma + who/which + the clause's verb; a restrictive clause ("the
    forces that attacked ...") and a participle ("forces opposing X") stay descriptions."""
    if tok.dep_ != "relcl":
        return False
    rel = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "which"}), None)
    if rel is None or rel.i == 0 or rel.i > tok.i:
        return False
    return tok.doc[rel.i - 1].text == "," or (_names_person(tok.head) and _past_or_perfect(tok))


def _names_person(noun: Token, depth: int = 0) -> bool:
    """The noun is a person's name, or a description set beside one ("X, the poet and teacher"): a relative
    clause on it cannot pick out one person among several, so it is non-restrictive whatever the punctuation
    (English grammars: a relative clause on a proper noun is non-restrictive)."""
    if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN":
        return True
    if depth < 3 and noun.dep_ in {"appos", "conj"} and noun.head.i != noun.i:
        return _names_person(noun.head, depth + 1)
    return False


def _past_or_perfect(verb: Token) -> bool:
    """The clause narrates a past act ("who was killed", "who had fled", "who has been detained"), not a state
    that describes the person ("who lives in the old town"): a past tense verb or auxiliary, or a perfect "have"."""
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and (c.tag_ == "VBD" or c.lemma_ == "have")
                                     for c in verb.children)
