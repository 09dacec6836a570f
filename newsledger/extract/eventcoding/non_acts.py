"""Triggers that report no act: senses and uses with no act (WordNet senses, non_acts.json), a missing required
argument, accidents, tallies, purpose clauses, naming verbs."""
from __future__ import annotations

from spacy.tokens import Token

from newsledger import nlp
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.arguments import objects_of
from newsledger.extract.eventcoding.matching import code_verb
from newsledger.extract.eventcoding.modality import PLANNED, modality_of
from newsledger.extract.eventcoding.tree import _is_place, in_words
from newsledger.extract.eventcoding.words import COND_AUX, FUTURE_AUX, OPPONENT_VERBS, PLACE_NOUNS, SUBJ


def reports_no_act(tok: Token, lemma: str, targets: list[Token], basis: str = "default") -> bool:
    """The verb's clause reports no act (non_acts.json): it is a condition, a future's limit or a question, what
    someone thinks, wants or feels, a warning about conditions, or the verb lacks the argument its event sense
    needs."""
    na = D.non_acts()
    if _purpose_clause(tok, na["purpose_markers"]) or _tally(tok, na["tally_words"]) \
            or _habitual(tok, na["habitual_adverbs"]) or _polar_question(tok) \
            or _wh_infinitive(tok, na["wh_infinitive_words"]) or _copular_state(tok, na["copular_state_verbs"]) \
            or _custody_state(tok, lemma, na):
        return True
    if _negated_refusal(tok, lemma, na) or _conditional_noun(tok, na) or _thing_threatens(tok, lemma, na):
        return True
    if _governing_clause_reports_no_act(tok, na):
        return True
    if lemma in na["cognition_heads"] and any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children):
        return True  # "analysts think the army could attack": a thought about an act
    return _object_reports_no_act(tok, lemma, targets, basis, na)


def _governing_clause_reports_no_act(tok: Token, na: dict) -> bool:
    """The trigger's own clause or a clause governing it makes it no act: a condition, a future's limit, a
    thought or feeling about it, a negated governing act."""
    t = tok
    for _ in range(8):  # the trigger's own clause and the clauses governing it
        if any(c.dep_ == "mark" and c.lower_ in na["conditional_marks"] for c in t.children) \
                or _conditional_opener(t, na["conditional_openers"]):
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in na["future_limit_marks"] for c in t.children) \
                and modality_of(t.head) in PLANNED:
            return True  # "will stay until Isis is defeated": a limit still to be reached
        if t.i != tok.i and ((t.lemma_.lower() in na["cognition_heads"] and not _hedge(t)
                              and not _count_estimate(t, tok, na))
                             or t.lower_ in na["feeling_adjectives"]):
            return True  # someone thinks or feels it; "is believed to have been killed" is the reporter's hedge
        if t.i != tok.i and t.dep_ != "ccomp" and any(c.dep_ == "neg" for c in t.children):
            return True  # "has not put pressure on the regime to negotiate": the governing act did not happen
        if t.dep_ in {"acomp"} and t.lower_ in na["feeling_adjectives"]:
            return True
        if t.head.i == t.i or t.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "acomp", "pcomp", "pobj", "prep"}:
            break
        if _adjective_complement(t) and _adjective_governs(t.head, na["feeling_adjectives"]):
            return True  # "said it was possible for Turkey to renege": the copula's clause is itself embedded
        t = t.head
    return t.i != tok.i and _adjective_governs(t, na["feeling_adjectives"])  # "is frustrated (that) ..."


def _adjective_complement(clause: Token) -> bool:
    """The clause can complement an adjective (Quirk et al. 1985, 16.69-16.82): a that-clause or a to-infinitive
    ("possible for Turkey to renege"), not an adverbial clause of time or reason ("was pleased when he heard ...")."""
    if clause.dep_ in {"ccomp", "xcomp"}:
        return True
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _adjective_governs(verb: Token, adjectives: frozenset[str]) -> bool:
    """"is frustrated (that) ...", "it was possible for Turkey to renege": a copula whose complement is an adjective of
    feeling or possibility (non_acts.json feeling_adjectives) governs the clause that hangs on it, the extraposed
    subject of "it is possible" included (Quirk et al. 1985, 16.69-16.82 and 18.33-18.36: the adjective's
    complementation); the act in it is possible or felt about, not told as done. Read at the top of the governing
    chain and, since round 34, at every copula up the chain whose complement clause (_adjective_complement) holds
    the act: "said he was pleased when he heard ... and blamed his reaction on ..." blamed."""
    return (verb.pos_ == "AUX" or verb.lemma_.lower() == "be") and any(
        c.dep_ == "acomp" and c.lower_ in adjectives for c in verb.children)


def _object_reports_no_act(tok: Token, lemma: str, targets: list[Token], basis: str, na: dict) -> bool:
    """The verb's objects make it no act: a question with no content, a caution about conditions, an object of
    the wrong kind for its event sense (nothing human, nothing seized, no place, no guest), or a missing argument."""
    dobj = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
    if lemma in na["question_verbs"] and not any(
            c.dep_ in {"xcomp"} or (c.dep_ == "prep" and c.lower_ == "for")
            or (c.dep_ == "ccomp" and not any(m.lower_ in {"if", "whether"} for m in c.children))
            for c in tok.children):
        return True
    if _denies_a_question(tok, lemma, dobj, na):
        return True
    is_human, is_actor = human_like, actor_like
    if lemma in na["warning_verbs"] and not any(is_actor(o) for o in [*dobj, *targets]) and not any(
            c.dep_ == "ccomp" and any(t.lower_ in FUTURE_AUX | COND_AUX for t in c.subtree) for c in tok.children):
        return True  # a caution about conditions; "warned that anyone who ... will be hit hard" is a threat
    acted_on = dobj or [c for c in tok.children if c.dep_ == "nsubjpass"]  # "the figures were released"
    if lemma in na["human_object_verbs"] and acted_on and not any(is_human(o) for o in acted_on):
        return True
    if lemma in na["seize_verbs"] and basis == "default" and not any(
            is_actor(o) or _is_place(o) for o in acted_on):
        return True  # "took a flight", "took to Twitter", "taken huge strides": nothing seized
    if lemma in na["violent_unless_person_object"] and any(is_human(o) for o in dobj):
        return True
    if lemma in na["place_object_verbs"] and dobj and not any(
            o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in PLACE_NOUNS for o in dobj):
        return True
    if lemma in na["host_verbs"] and not any(
            o.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or o.lemma_.lower() in na["meeting_nouns"]
            for o in dobj):
        return True
    if lemma in na["objectless_protest_verbs"] and basis == "default" and _shown_not_protested(tok, acted_on, na):
        return True  # "demonstrated his commitment", "rallied young voters": to show, to gather; no protest
    return _lacks_argument(tok, lemma, dobj, basis, na, is_actor) or _accident(tok, na)


def _denies_a_question(verb: Token, lemma: str, dobj: list[Token], na: dict[str, frozenset[str]]) -> bool:
    """"expected to confirm, or deny, whether the poison was a nerve agent", "refused to confirm or deny whether its
    jets struck": a verb of denial (non_acts.json refusal_verbs) whose only complement is a dependent yes/no
    question (a clause opened by "whether" or "if": Quirk et al. 1985, 15.4-15.5, dependent interrogative
    clauses) denies nothing: the question is left open, a no-comment, no REJECT (round 34)."""
    if lemma not in na["refusal_verbs"] or dobj:
        return False
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children)
               for c in verb.children)


def _shown_not_protested(tok: Token, acted_on: list[Token], na: dict[str, frozenset[str]]) -> bool:
    """A verb whose protest sense takes no object (non_acts.json objectless_protest_verbs: demonstrate, rally) used
    with a direct object, the subject of its passive or a clause complement ("demonstrated that it helps",
    "demonstrated his commitment", "rallied young voters"): to show, to gather, no protest; unless its subject is a
    protester ("the protesters demonstrated their anger outside parliament"), read with its "of" noun too
    ("thousands of demonstrators")."""
    if not acted_on and not any(c.dep_ == "ccomp" for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    subj += [p for s in subj for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return not any(s.lemma_.lower() in na["protest_doers"] or s.lower_ in na["protest_doers"] for s in subj)


def human_like(o: Token) -> bool:
    """A person, a nationality or a human common noun (non_acts.json human_nouns)."""
    human = D.non_acts()["human_nouns"]
    return o.ent_type_ in {"PERSON", "NORP"} or o.lower_ in human or o.lemma_.lower() in human


def actor_like(o: Token) -> bool:
    """A word that can name an actor: a human, an organization or state name, an object pronoun of a person."""
    return human_like(o) or o.ent_type_ in {"ORG", "GPE"} or (o.pos_ == "PRON" and o.lower_ in
                                                               {"him", "her", "them", "us", "you", "me"})


def no_comment_act(refusal: Token, act: Token, targets: list[Token]) -> bool:
    """A coded act in the infinitive of decline/refuse that is the routine no-comment ("declined to discuss the
    reports", "refused to give details"): its object is information (non_acts.json no_comment_objects) or there is
    none, and no actor is on its other side, so the refusal refuses no actor's demand. A phrasal verb ("give up")
    is another act."""
    na = D.non_acts()
    if refusal.lemma_.lower() not in na["no_comment_refusals"] or act.lemma_.lower() not in na["no_comment_acts"] \
            or any(c.dep_ == "prt" for c in act.children):  # "refused to give up the information": to yield it
        return False
    objs = [c for c in act.children if c.dep_ in {"dobj", "dative"}]
    return all(o.lower_ in na["no_comment_objects"] for o in objs) and not any(actor_like(t) for t in targets)


def _conditional_opener(verb: Token, phrases: frozenset[str]) -> bool:
    """A clause opened by a multi-word conditional subordinator ("in case the groups are targeting", "as long as the
    strikes hit", "provided that the army withdraws"; non_acts.json conditional_openers), read on the words before the
    clause's first word that is not a subordinator. Verbs not in the past only ("as long as he lived": a duration)."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ == "VBD" or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children):
        return False
    doc, i = verb.doc, verb.left_edge.i
    while i < verb.i and doc[i].dep_ == "mark":
        i += 1
    before = " ".join(w.lower_ for w in doc[max(verb.sent.start, i - 4):i])
    return any(before == p or before.endswith(" " + p) for p in phrases)


def _wh_infinitive(tok: Token, words: frozenset[str]) -> bool:
    """The verb, or a verb whose infinitive or conjunct it is, is a to-infinitive opened by a wh-word ("discussed
    how to respond", "deciding when to strike", "what to do with them"): an indirect question or a deliberation,
    no act (non_acts.json wh_infinitive_words). Verbs only: an event noun inside ("how to respond to the attack")
    names an act of its own."""
    v = tok
    while v.pos_ in {"VERB", "AUX"}:
        if v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and any(
                c.lower_ in words and c.tag_ in {"WRB", "WP", "WDT"} and c.i < v.i for c in v.children):
            return True
        if v.dep_ not in {"xcomp", "conj"} or v.head.i == v.i:
            return False
        v = v.head
    return False


def _lacks_argument(tok: Token, lemma: str, dobj: list[Token], basis: str, na: dict[str, frozenset[str]],
                    is_actor) -> bool:
    """Verbs of everyday news whose event sense needs an argument the clause lacks (non_acts.json, classes found
    on news of every topic): taken to hospital, talked about a topic, visited a website, failed to finish,
    defied expectations. Verbs only: the event noun "talks" is a consultation by itself."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    to_objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
               if p.dep_ == "pobj"]
    if lemma in na["seize_verbs"] and any(t.lemma_.lower() in na["care_destinations"] or t.lower_ in
                                          na["care_destinations"] for p in to_objs for t in p.subtree):
        return True  # "taken to hospital", "taken to X Medical Center": moved, not seized
    if lemma in na["no_comment_refusals"] and any(c.dep_ == "xcomp" and c.lemma_.lower() in na["no_comment_acts"]
                                                  for c in tok.children):
        return True  # "declined to elaborate": the routine no-comment
    if lemma in na["conversation_verbs"] and basis != "pattern":  # CAMEO's patterns: "by telephone", "between"
        preps = [c for c in tok.children if c.dep_ == "prep"]
        preps += [q for c in preps for p in c.children for q in p.children if q.dep_ == "prep"]  # "on the phone to"
        partner = any(c.lower_ in {"with", "to"} for c in preps) or any(
            p.lemma_.lower() in {"phone", "telephone", "call"} for c in preps for p in c.children) or any(
            c.dep_ in {"nsubj", "nsubjpass"} and (any(x.dep_ == "conj" for x in c.children)
                                                  or c.lower_ in {"they", "we"} or c.tag_ in {"NNS", "NNPS"})
            for c in tok.children) or dobj
        if not partner:
            return True  # "he talked about the game": speech about a topic, no one consulted
    if lemma in na["visit_verbs"] and dobj and not any(
            is_actor(o) or _is_place(o) or o.lemma_.lower() in na["visit_places"] for o in dobj):
        return True  # "visit the website"
    if lemma in na["failure_heads"] and any(c.dep_ == "xcomp" and not _cooperative(c) for c in tok.children):
        return True  # "failed to finish the race": an act that did not happen, no refusal
    if lemma in na["failure_heads"] and basis == "default" and not any(
            c.dep_ in {"xcomp", "dobj", "ccomp"} for c in tok.children):
        return True  # "efforts to broker peace failed", "attempted, and failed,": an outcome, no refusal
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in na["failure_heads"]:
        return True
    if lemma in na["recipient_verbs"] and basis == "default" and (
            any(c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"} for c in tok.children)
            or not any(is_actor(o) or o.lemma_.lower() in D.agent_codes()  # a Phoenix agent noun: "refugees"
                       for o in [*dobj, *(c for c in tok.children if c.dep_ == "nsubjpass")])):
        return True  # "helped to organise the protest", "help explain": no aid given to anyone (CAMEO 07)
    if lemma in na["defiance_verbs"] and basis == "default" and not any(is_actor(o) for o in dobj):
        return True  # "defied expectations"
    if lemma in na["endorsement_verbs"] and _praises_no_actor(tok, dobj, is_actor):
        return True  # "critics praised the film": praise of no actor
    if lemma in OPPONENT_VERBS and not _has_opponent(tok, is_actor):
        return True  # "fought cancer", "fight for their rights", "will fight the charges": no one fought
    return False


def _praises_no_actor(verb: Token, dobj: list[Token], is_actor) -> bool:
    """Praise (CAMEO 051) of no actor: neither the verb's object (or its passive subject) nor that object's
    possessor names one, a name, a people noun or a Phoenix agent noun ("praised the film"; "praised Obama's
    presidency" praises Obama, "praised the Chilean president" the president)."""
    praised = dobj or [c for c in verb.children if c.dep_ == "nsubjpass"]
    agents = D.agent_codes()
    return not any(is_actor(w) or w.lemma_.lower() in agents
                   for o in praised for w in [o, *(p for p in o.children if p.dep_ == "poss")])


def _has_opponent(verb: Token, is_actor) -> bool:
    """An actor fought: the verb's object or with/against object (or its purpose clause's object: "fighting to
    clear Isis"), a name, a people noun or a Phoenix agent noun ("rebels", "police officer"), or a coordinated
    subject fighting each other ("rebels and troops clashed")."""
    agents = D.agent_codes()
    if any(is_actor(t) or any(w.lemma_.lower() in agents for w in [t, *(c for c in t.children if c.dep_ == "compound")])
           for t in objects_of(verb)):
        return True
    return any(c.dep_ == "nsubj" and any(x.dep_ == "conj" for x in c.children) for c in verb.children)


def _cooperative(verb: Token) -> bool:
    """The verb's act is cooperation asked of the actor (CAMEO roots 03-08: agree, comply, meet, aid, yield):
    failing to do it is CAMEO 12 'Reject' ("failed to comply", "failed to reach an agreement")."""
    code = code_verb(verb)
    return bool(code) and "03" <= code[:2] <= "08"


def _accident(tok: Token, na: dict[str, frozenset[str]]) -> bool:
    """A death or injury in an accident or a disaster ("killed in a crash", "died in the floods", "killed in a house
    fire", "killed when a tram derailed", "struck and killed by a pickup truck", "killed when her car struck a
    tree"): caused by no one, no use of force (non_acts.json accident_nouns, accident_verbs and the round-28 lists).
    The trigger's coordinated verbs share its clause ("were killed and 50 injured when a tram derailed")."""
    if tok.lemma_.lower() not in KILL_WORDS:
        return False
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj"), *([tok.head] if tok.dep_ == "conj" else [])]
    return any(_accident_phrase(c, na) or _collision_clause(c, na) for v in verbs for c in v.children)


def _accident_phrase(prep: Token, na: dict[str, frozenset[str]]) -> bool:
    """"in a crash", "in the floods", "in a house fire", "in the tram tragedy", "by a pickup truck"."""
    if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in {"in", "by", "during", "after"}:
        return False
    disasters = na["accident_nouns"] | na["accident_disaster_nouns"]
    for p in (c for c in prep.children if c.dep_ == "pobj"):
        words = {p.lemma_.lower(), p.lower_}
        mods = {c.lower_ for c in p.children if c.dep_ in {"compound", "amod"}}
        if words & disasters \
                or ("fire" in words and mods & na["accident_fire_sites"]) \
                or (words & {"tragedy", "incident"} and mods & na["accident_vehicles"]) \
                or (prep.lower_ == "by" and words & na["accident_vehicles"]):
            return True
    return False


def _collision_clause(clause: Token, na: dict[str, frozenset[str]]) -> bool:
    """A when/after/as clause of an accident ("when a tram derailed") or of a vehicle's collision ("when her car
    struck a tree", "after his van left the road"), not with a weapon ("when their vehicle hit a roadside bomb")."""
    if clause.dep_ != "advcl" or not any(m.dep_ in {"advmod", "mark"} and m.lower_ in {"when", "after", "as"}
                                         for m in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma in na["accident_verbs"]:
        return True
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    hit = [w for w in clause.subtree if w.dep_ in {"dobj", "pobj"}]  # "when their vehicle hit a roadside bomb"
    weapons = na["instrument_nouns"] | na["accident_weapon_objects"]
    return lemma in na["accident_collision_verbs"] and subj is not None and subj.lower_ in na["accident_vehicles"] \
        and not any(w.lemma_.lower() in weapons for w in hit)


KILL_WORDS = D.word_class("kill_words")
NONSPECIFIC_DETERMINERS = D.word_class("nonspecific_determiners")


def _hedge(verb: Token) -> bool:
    """A verb of thinking in the passive ("is believed to have been killed", "are thought to hold", "reportedly
    considered"): the reporter's hedge on an act, not someone's thought. An active perfect ("has suggested", "had
    hoped") is tagged VBN too but is a thought like the simple past (evnoact, issue 16, fourteenth round)."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _negated_refusal(tok: Token, lemma: str, na: dict[str, frozenset[str]]) -> bool:
    """"did not deny the reports", "has not ruled out a conflict", "never rejected the plan": the outlet negates a
    verb of refusal (non_acts.json refusal_verbs), so no refusal was made (event-annotation.md: a refusal or denial
    is the event; its clause negation says there was none). A modal keeps it: "will not reject" voices a stance
    now (status.py codes such refusals)."""
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        lemma = "rule_out"
    return lemma in na["refusal_verbs"] and any(c.dep_ == "neg" for c in tok.children) \
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


def _conditional_noun(tok: Token, na: dict[str, frozenset[str]]) -> bool:
    """An event noun whose own occurrence an if/unless clause sets ("if the sanctions were put into place", "if
    Russia launches a strike": passive subject or object of the clause's verb) or the object of a complex
    preposition of condition (Quirk et al. 1985, 9.10: "in the event of a strike", "in case of an attack";
    non_acts.json conditional_phrases): a condition, not a report. The active subject is left: "if the Paris
    attacks compel voters" names a past act and conditions only what it does (gate verdict on 94ba156); an
    indefinite, non-specific one (word_classes.json nonspecific_determiners: "if a US strike on Syria threatened
    Russian personnel") is an occurrence the condition supposes (Quirk et al. 1985, 10.63), no act (round 31)."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if_clause = any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in tok.head.children)
    if tok.dep_ in {"nsubjpass", "dobj"} and if_clause:
        return True
    if tok.dep_ == "nsubj" and if_clause and any(
            c.dep_ == "det" and c.lower_ in NONSPECIFIC_DETERMINERS for c in tok.children):
        return True
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ != "pobj" or of.head.head.lower_ != "in":
        return False
    phrase = " ".join(["in", *(d.lower_ for d in of.head.children if d.dep_ == "det"), of.head.lower_, "of"])
    return phrase in na["conditional_phrases"]


def _count_estimate(verb: Token, tok: Token, na: dict[str, frozenset[str]]) -> bool:
    """"has estimated that 2,200 people had been killed": a verb of reckoning a quantity (non_acts.json
    count_estimate_heads) whose act holds a number estimates the count, not whether the act happened."""
    return verb.lemma_.lower() in na["count_estimate_heads"] and any(
        x.tag_ == "CD" and x.dep_ in {"nummod", "nsubj", "nsubjpass", "dobj", "quantmod", "pobj"} for x in tok.subtree)


def _naming(tok: Token, lemma: str) -> bool:
    """"what X once called the worst crime": a verb of naming with a predicate (non_acts.json naming_verbs)."""
    return lemma in D.non_acts()["naming_verbs"] and any(c.dep_ in {"oprd", "attr"} for c in tok.children)


def _tally(tok: Token, words: frozenset[str]) -> bool:
    """"have been killed in total", "died altogether": a running count of many acts (non_acts.json tally_words)."""
    return any((c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lower_ in words
                                                                for p in c.children))
               or (c.dep_ == "advmod" and c.lower_ in words - {"all"}) for c in tok.children)


def _habitual(tok: Token, adverbs: frozenset[str]) -> bool:
    """"county judges often appeal for projects", "police usually arrest them at the border": a verb in the simple
    present (active, or its passive auxiliary) with an adverb of frequency tells what happens as a rule, no one act
    (non_acts.json habitual_adverbs); so does the perfect ("sieges have been used most frequently by the regime",
    "the council has often asked for funds": a practice over a period, Quirk et al. 1985, 4.22)."""
    if tok.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "advmod" and c.lower_ in adverbs for c in tok.children):
        return False
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    if tok.tag_ in {"VBZ", "VBP"}:
        return not auxes
    if tok.tag_ == "VBN" and auxes and auxes[0].lemma_.lower() == "have" and all(
            a.lemma_.lower() in {"have", "be"} for a in auxes):
        return True
    return tok.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in {"VBZ", "VBP"}


def _thing_threatens(verb: Token, lemma: str, na: dict[str, frozenset[str]]) -> bool:
    """"The scandal threatens to derail his campaign", "the wildfire threatened homes", "the shaft, which threatens
    to collapse": a thing or an event poses a danger, no actor threatens (non_acts.json threat_thing_verbs,
    threat_thing_subjects: WordNet threaten.v.02/v.03). A relative clause's subject is the noun it modifies."""
    if lemma not in na["threat_thing_verbs"]:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.pos_ == "NOUN" and in_words(subj, na["threat_thing_subjects"])


def _copular_state(tok: Token, copulas: frozenset[str]) -> bool:
    """"Moscow feels threatened by ...", "residents felt betrayed": a participle as the complement of a current copula
    (non_acts.json copular_state_verbs, word forms) is the subject's state, no act; the parser makes the copula its
    head or its auxiliary."""
    if tok.tag_ != "VBN":
        return False
    if tok.dep_ in {"acomp", "oprd"} and tok.head.lower_ in copulas:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in copulas for c in tok.children)


_PRESENT = {"VBZ", "VBP"}


def _present_clause(verb: Token) -> bool:
    """The verb is in the present: its own form, or its be-auxiliary's, is VBZ/VBP and no have/modal/"to" auxiliary
    moves it ("continues", "are held"; not "have been held", "will be held")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_.lower() == "have" or a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return verb.tag_ in _PRESENT or any(a.tag_ in _PRESENT and a.lemma_.lower() == "be" for a in auxes)


def _dated(verb: Token) -> bool:
    return any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)


def _custody_state(tok: Token, lemma: str, na: dict[str, frozenset[str]]) -> bool:
    """"What to do with at least 20,000 foreigners detained in north-east Syria continues to vex ...": a verb of
    holding people in custody (non_acts.json custody_state_verbs) as a bare participle after its noun (a reduced
    relative, no auxiliary), with no date and no occasion, in a sentence whose main verb is in the present, names
    the people by where they are now, not the act of taking them (CAMEO 173, 181). A finite clause ("are being held",
    "who is currently detained": the Guardian gold's custody convention), the past, the perfect and a clause with a
    date or an occasion ("detained after the raid") stay as they were."""
    if lemma not in na["custody_state_verbs"] or tok.tag_ != "VBN" or tok.dep_ != "acl" \
            or any(c.dep_ in {"aux", "auxpass"} for c in tok.children) or _dated(tok) \
            or any(c.dep_ == "prep" and c.lower_ in na["custody_occasion_preps"] for c in tok.children):
        return False
    root = tok.sent.root  # the sentence's main verb sets the time the state is told at
    return root.pos_ in {"VERB", "AUX"} and _present_clause(root) and not _dated(root)


def _polar_question(tok: Token) -> bool:
    """"Will Russia hit back when it launches strikes?", "Can the UN accept ...?": a yes/no question (the sentence
    ends in a question mark, its main clause inverts an auxiliary before its subject, no wh-word) asks whether an act
    happens and asserts none (event-annotation.md: an event is an act the article reports; README: questions are no
    events). A wh-question ("Why did Russia bomb the hospital?") presupposes its act and is left alone."""
    sent = tok.sent
    if "?" not in nlp.span_text(sent).rstrip().rstrip("\"'”’")[-1:]:
        return False
    head = sent.root
    quoted = [c for c in head.children if c.dep_ == "ccomp"]  # "he asked: 'Will ...?'": the question is the clause
    if quoted and not any(c.dep_ in {"aux", "auxpass"} for c in head.children):
        head = quoted[-1]
    if tok.i not in {t.i for t in head.subtree}:
        return False
    subjs = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    subj = max(subjs, key=lambda c: (c.i < head.i, c.i), default=None)  # the nearest before the verb: "The
    # only question on my mind: will Russia hit back?" parses both "question" and "Russia" as subjects
    if subj is None or any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} and t.i < subj.i for t in head.subtree):
        return False
    aux = [c for c in head.children if c.dep_ in {"aux", "auxpass"} and c.i < subj.i]
    return bool(aux) or (head.pos_ == "AUX" and head.i < subj.i)


def _purpose_clause(tok: Token, markers: frozenset[str]) -> bool:
    """"sent troops ... to prevent X from ...": an infinitive of purpose on another verb, without a subject of
    its own (non_acts.json purpose_markers)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and not any(c.dep_ in SUBJ for c in tok.children) \
        and any(c.dep_ == "aux" and c.lower_ in markers for c in tok.children)
