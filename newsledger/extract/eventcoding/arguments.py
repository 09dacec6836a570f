"""Source and target heads of a trigger by dependency rules: subjects (inherited along conj, xcomp, participles),
objects and targeting prepositions, event-noun owners, decision nouns' owners."""
from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.eventcoding import actorcodes as AC
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.tree import _by_agents, expand_conj, np_head
from newsledger.extract.eventcoding.words import (
    ACCUSE_VERBS,
    NOMINAL_SOURCE_ENTS,
    OPPONENT_VERBS,
    SPEECH_EVENTS,
    SUBJ,
    TARGET_PREPS,
)

OWNED_NOUNS = D.word_class("owned_nouns")

RELATION_NOUNS = D.word_class("relation_nouns")

PERSON_PATIENT_VERBS = D.word_class("person_patient_verbs")


def _bare_participle(verb: Token, depth: int = 0) -> bool:
    """A past participle without an auxiliary of its own is passive when it stands alone in a participial clause
    ("..., accused of being members of Isis") or is coordinated with a passive verb ("had been neutralized,
    killed, injured or taken captive"): the subject it inherits is the one acted on."""
    if _passive_conjunct(verb):
        return True
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    if verb.dep_ in {"advcl", "acl"}:  # "..., accused of ...", "the man arrested on Sunday"
        return True
    if verb.dep_ == "conj" and depth < 4 and verb.head.i != verb.i:
        head = verb.head
        return any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children) or _bare_participle(head, depth + 1)
    return False


def _participle_form(verb: Token) -> bool:
    """The verb's form can be its past participle: tagged so, or a regular "-ed" past the tagger read as a past tense
    (a regular verb's past and past participle are one form; the tagger's VBD for "detained" after "was
    transferred ... and" is its slip). Irregular forms ("held", "sent") are not told apart here."""
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith("ed"))


def _passive_conjunct(verb: Token) -> bool:
    """A verb coordinated with a passive one, with no auxiliary, subject or object of its own, in a past participle's
    form ("he was transferred ... and detained there", tagged VBD): the coordination ellipsis shares "was", so the
    conjunct is passive too and the shared subject is its patient, its source its own by-agent or none (Quirk et
    al. 1985, ch. 13: ellipsis of the auxiliary and subject in coordinated predicates; spaCy's conj of a passive
    head). The VBN case is _bare_participle's own; this adds the tagger's past-tense reading of a regular form, for
    a verb whose usual sense takes a person as its object (word class person_patient_verbs, from WordNet's frames)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or not _participle_form(verb) or verb.head.i == verb.i \
            or verb.lemma_.lower() not in PERSON_PATIENT_VERBS:
        return False  # "was attacked by protesters and resigned": a verb that takes no person object is active
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "dobj", "dative", "ccomp", "xcomp"}
           for c in verb.children):
        return False  # "was arrested and confessed that ...", "was released and thanked his lawyers": active
    return any(c.dep_ == "nsubjpass" for c in verb.head.children)


def with_clause(verb: Token) -> bool:
    """A participle clause opened by "with" with a subject of its own ("with some 70 of them detained as of March",
    "with Russian forces deployed in the country"; the parser's mark "with" or a pcomp of the preposition): an
    absolute clause (Quirk et al. 1985, 15.58: "with" + subject + participle), whose subject is the noun after
    "with", not the matrix clause's and not a carry-over from an earlier sentence (events.actors._absolute_subject)."""
    if not _participle_form(verb) or any(c.dep_ in {"aux", "auxpass", "dobj", "dative"} for c in verb.children):
        return False
    opened = any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children) or (
        verb.dep_ == "pcomp" and verb.head.lower_ == "with")
    return opened and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _passive_with_clause(verb: Token) -> bool:
    """A "with" absolute clause of a verb whose usual sense takes a person object (person_patient_verbs): its
    participle is passive ("with some 70 of them detained": the 70 are detained), its subject the patient and its
    source its own by-agent or none; "with Russian forces deployed" (no person object) keeps its subject."""
    return with_clause(verb) and verb.lemma_.lower() in PERSON_PATIENT_VERBS


def _shares_patient(verb: Token, head: Token) -> bool:
    """A passive conjunct whose first conjunct is passive with a subject of its own: the coordinated predicates
    share the subject as their patient (Quirk et al. 1985, ch. 13, ellipsis of the auxiliary), and the by-agent of
    the first conjunct ("escorted out by police and then detained") is the second's when it names none itself.
    Only for a conjunct whose usual sense takes a person as its object (person_patient_verbs, WordNet's frames):
    the agent who acted on the person acts on them again; a verb of another sense (a state or a thing befalling
    the subject) keeps no agent of the first conjunct's."""
    return any(c.dep_ == "nsubjpass" for c in head.children) and verb.lemma_.lower() in PERSON_PATIENT_VERBS


def _can_speak(verb: Token) -> bool:
    """The verb's subject can make a demand or an accusation: a name, a pronoun, a human or agent noun ("the
    incident", "the rule" cannot)."""
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj:
        return True
    s = np_head(subj[0])
    human = D.non_acts()["human_nouns"]
    return s.pos_ in {"PRON", "PROPN"} or bool(s.ent_type_) or s.lower_ in human or s.lemma_.lower() in human \
        or s.lemma_.lower() in D.agent_codes()


def _headline_participle(verb: Token) -> bool:
    """A past participle with no auxiliary that is the predicate of a noun ("Scientology defector arrested after
    ...", "Area funeral director charged in robberies", parsed as a noun with a participle) or of the headline a
    text opens with ("Man arrested for stabbing"): headline style drops "was"; the subject is the one arrested.
    A participle with an object of its own is active; in running text a "VBN" root with a subject is the
    tagger's slip for a past tense ("fighters charged into eight districts")."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children):
        return False
    headline = verb.sent.start == 0
    return verb.dep_ == "acl" or (headline and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children))


def _event_noun_actor(tok: Token) -> Token | None:
    """An agent that is an event noun ("hurt by Saturday's chemical attack", "killed in a US strike"): the noun's own
    actor (a possessor or modifier naming one), else none; other agents are themselves."""
    table = D.nominals()
    if tok.lemma_.lower() not in table and tok.lower_ not in table:
        return tok
    return next((c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod"}
                 and c.ent_type_ in NOMINAL_SOURCE_ENTS), None)


def subject_of(verb: Token, depth: int = 0) -> tuple[list[Token], bool, list[Token]]:
    """(subject heads, passive, agent heads) of a verb, inherited from governing verbs when absent."""
    subj = [c for c in verb.children if c.dep_ in SUBJ]
    agent = _agent_heads(verb)
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or _bare_participle(verb) \
        or _headline_participle(verb) or _passive_with_clause(verb)
    if subj:
        heads = [np_head(s) for s in subj if s.pos_ != "SCONJ"]
        if heads and heads[0].lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
            heads = [verb.head]
        return [h for s in heads for h in expand_conj(s)], passive, agent
    if depth > 4 or verb.head.i == verb.i:
        return [], passive, agent
    subjects, agent = _inherited_subject(verb, depth, passive, agent)
    return subjects, passive, agent


def _agent_heads(verb: Token) -> list[Token]:
    """The actors of the verb's by-phrase ("hit by an RPG round": a weapon is the instrument, not the actor)."""
    instruments = D.non_acts()["instrument_nouns"]
    agent = [_event_noun_actor(np_head(p)) for c in verb.children if c.dep_ == "agent" for p in c.children
             if p.dep_ == "pobj" and p.lemma_.lower() not in instruments]
    return [a for a in agent if a is not None]


def _inherited_subject(verb: Token, depth: int, passive: bool, agent: list[Token]) -> tuple[list[Token], list[Token]]:
    """(subject heads, agent heads) of a verb with no subject of its own, from the verb or noun governing it: the
    object of a verb of urging or the subject of the governing verb (xcomp), the speaker a conjoined appeal's
    parser joined to a reported state, an issuer of a speech noun, a decision's owner, the noun a clause modifies."""
    head = verb.head
    if verb.dep_ == "xcomp":
        objs = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
        if objs and head.lemma_.lower() in {"urge", "ask", "call", "tell", "order", "force", "help", "allow",
                                            "invite", "encourage", "persuade", "press"}:
            return [np_head(objs[0])], agent
        return subject_of(head, depth + 1)[0], agent
    if head.dep_ == "prep" and verb.dep_ in {"pcomp", "pobj"}:
        return subject_of(head.head, depth + 1)[0], agent
    if verb.dep_ == "acomp":  # "it was ready to deliver aid": the readiness is the subject's of "was"
        return subject_of(head, depth + 1)[0], agent
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and verb.lemma_.lower() in SPEECH_EVENTS \
            and head.head.i != head.i and (head.lemma_ == "be" or not _can_speak(head)):
        # "The WHO said the situation was critical and called on all parties to ...", "He added that the incident
        # damaged the town's dignity and demanded that ...": the parser joins the call to the reported state or
        # act; a state's or a thing's subject makes no appeal, the speaker does
        return subject_of(head.head, depth + 1)[0], agent
    if verb.dep_ in {"conj", "advcl"}:
        s, p, a = subject_of(head, depth + 1)
        if verb.dep_ == "conj" and not passive:
            return s, agent or ([] if not p else a)
        if verb.dep_ == "conj" and p and not agent and _shares_patient(verb, head):
            # "were escorted out by police and then detained": the conjunct shares the subject as its patient and,
            # with no by-phrase of its own, the first conjunct's agent (coordination ellipsis, Quirk et al. 1985)
            return s, a
        return s, agent
    if verb.dep_ == "pcomp" or (head.dep_ == "prep" and verb.dep_ == "pobj"):
        return subject_of(head.head, depth + 1)[0], agent
    if _speech_noun_clause(verb) and head.head.i != head.i:
        issuer = [c for c in head.children if c.dep_ in {"poss", "compound", "nmod"} and c.i < head.i
                  and c.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}]
        if issuer:  # "rejected a US statement urging restraint": the statement's own issuer, not its rejecter
            return [h for c in issuer[:1] for h in expand_conj(c)], agent
        return subject_of(head.head, depth + 1)[0], agent  # the issuer of the declaration
    if (owner := decision_owner(verb)) is not None:
        return expand_conj(owner), agent  # "Trump's decision to withdraw": the decision's owner
    if verb.dep_ in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return [head], agent
    return [], agent


def objects_of(verb: Token) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in {"dobj", "dative", "attr"} and c.pos_ != "PRON"
            or c.dep_ in {"dobj", "dative"}]
    objs = [o for o in objs if o.dep_ != "attr"]
    # "rejected the US plan", "welcomed Russia's proposal", "criticised Turkey's decision": the owner of the
    # plan, proposal or statement is the one rejected, welcomed or criticised
    objs = [_owner(o) or o if o.lemma_.lower() in OWNED_NOUNS else o for o in objs]
    # "cut ties with Qatar", "suspended cooperation with the US", "restored relations with Cuba": the partner of the
    # relation is the one acted on (CAMEO 16 "Reduce relations", 05 "Engage in diplomatic cooperation")
    objs = [next((p for c in o.children if c.dep_ == "prep" and c.lower_ in {"with", "between"}
                  for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"}), o)
            if o.lemma_.lower() in RELATION_NOUNS else o for o in objs]
    instruments = D.non_acts()["instrument_nouns"]
    if any(o.lemma_.lower() in instruments for o in objs):
        # "firing artillery at Afrin": the weapon is the instrument, the at/on/into object the target
        objs = [p for c in [*verb.children, *(c for o in objs for c in o.children)]
                if c.dep_ == "prep" and c.lower_ in {"at", "on", "into", "against"} for p in c.children
                if p.dep_ == "pobj"]
        return [h for o in objs for h in expand_conj(np_head(o))]
    table = D.nominals()
    # "announced sanctions against X", "launched an offensive on X", "held a meeting with X": the event noun's
    # own target
    objs = [next((p for c in o.children if c.dep_ == "prep" and c.lower_ in {"against", "on", "into", "with"}
                  for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"}), o)
            if _event_noun(o, table) else o for o in objs]  # "on Saturday" is no target
    if not objs and verb.lemma_.lower() in OPPONENT_VERBS:
        # "fought alongside the SDF to oust Isis": the dictionary's "fight alongside" is cooperation with the ally
        objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "alongside" for p in c.children
                 if p.dep_ == "pobj"]
    if not objs and verb.lemma_.lower() in D.core_verbs() | {"fight", "battle"}:
        for c in verb.children:  # "fighting to clear Isis from the town": the purpose clause's object
            if c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in c.children):
                objs += [o for o in c.children if o.dep_ == "dobj"]
    if not objs:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                # "called on Wednesday on tech companies": a time is no target, but "the first day of the
                # Convention" names an event through its of-phrase (issue 16, fourteenth round; PolNeAR gate)
                objs += [p for p in c.children if p.dep_ == "pobj" and (p.ent_type_ not in {"DATE", "TIME"} or any(
                    k.dep_ == "prep" and k.lower_ == "of" for k in p.children))]
                if objs:
                    break
    if not objs and verb.lemma_.lower() in ACCUSE_VERBS:
        for c in verb.children:  # "alleged that X recruited ...": the accused is the subject of the charge
            if c.dep_ == "ccomp":
                objs += [s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ in {"PROPN", "NOUN"}]
    if not objs and verb.lemma_.lower() in {"call", "urge", "appeal", "ask", "demand", "insist", "request",
                                            "require", "press"}:
        for c in verb.children:  # "called for Afghans to rise up": the subject of the requested action
            if c.dep_ in {"xcomp", "ccomp", "advcl"}:
                objs += [s for s in c.children if s.dep_ == "nsubj"]
    return [h for o in objs for h in expand_conj(np_head(o))]


def _event_noun(noun: Token, table: dict[str, str]) -> bool:
    """The noun, alone or with the modifier before it ("legal challenge"), is an event noun of nominals.tsv."""
    before = [t.lower_ for t in noun.children if t.dep_ in {"amod", "compound"} and t.i == noun.i - 1]
    return any(k in table for k in (noun.lemma_.lower(), noun.lower_, *(f"{b} {noun.lower_}" for b in before)))


def _owner(noun: Token, depth: int = 0) -> Token | None:
    """Who a plan, proposal or statement belongs to: its possessor or naming modifier ("the US plan"); for a bare
    "the plan", the owner of the same noun's previous mention in the article, or the subject of the verb it was
    the object of ("Washington announced plans for a force. ... Russia opposed the plan": Washington)."""
    own = next((c for c in noun.children if c.dep_ in {"poss", "compound", "nmod"} and c.i < noun.i
                and c.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}), None)
    if own is not None or depth > 0 or not any(c.lower_ in {"the", "this", "that"} for c in noun.children):
        return own
    lemma = noun.lemma_.lower()
    earlier = [t for t in noun.doc[max(0, noun.sent.start - 1000): noun.sent.start]
               if t.lemma_.lower() == lemma and t.pos_ == "NOUN"]
    for prev in reversed(earlier[-3:]):  # the nearest earlier mention that says whose it is
        found = _owner(prev, depth + 1)
        if found is None and prev.dep_ == "dobj":
            found = next((c for c in prev.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        if found is not None:
            return found
    return None


SPEECH_NOUNS = D.word_class("speech_nouns")


def _speech_noun_clause(t: Token) -> bool:
    """"issued a declaration demanding that ...": a participle on a statement noun states its content."""
    return t.dep_ == "acl" and t.head.lemma_.lower() in SPEECH_NOUNS and t.head.dep_ in {"dobj", "nsubj", "attr"}


DECISION_NOUNS = D.word_class("decision_nouns")


def decision_owner(tok: Token) -> Token | None:
    """The named owner of the decision noun (DECISION_NOUNS) a to-infinitive hangs on as `acl`: the noun's
    possessor ("Trump's decision to withdraw") or its "by" agent ("a decision by the cabinet to ..."), when it
    names an actor (a name, or a role noun of the Phoenix agents table); a pronoun possessor is none (as in
    _noun_sources)."""
    if tok.dep_ != "acl" or tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    noun = tok.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DECISION_NOUNS:
        return None
    owners = [np_head(c) for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"
              and c.ent_type_ not in {"DATE", "TIME"}]
    owners += _by_agents(noun)
    return next((o for o in owners if o.ent_type_ in NOMINAL_SOURCE_ENTS or AC._actorish(o)), None)
