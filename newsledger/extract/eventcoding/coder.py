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
"""
from __future__ import annotations

import weakref
from collections import Counter
from dataclasses import dataclass, field

from spacy.parts_of_speech import AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from newsledger.extract.eventcoding import actorcodes as AC
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding import senses as S

SUBJ = {"nsubj", "nsubjpass", "csubj"}
TARGET_PREPS = {"against", "on", "upon", "into", "at", "with", "to", "for", "toward", "towards"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
COND_AUX = {"would"}
HYPO_AUX = {"could", "might", "may", "should", "must"}
INTENT_HEADS = {"plan", "intend", "promise", "pledge", "vow", "offer", "agree", "prepare", "want", "hope",
                "decide", "aim", "expect", "schedule", "set", "propose", "seek_to_future", "wish", "consider",
                "willing", "prepared", "ready", "committed", "determined", "eager", "swear"}
THREAT_HEADS = {"threaten"}
ATTEMPT_HEADS = {"try", "seek", "attempt", "strive"}
PARTITIVE = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "million",
             "millions", "some", "many", "most", "members", "member", "part", "group", "number", "one", "all",
             "remnants", "units", "unit", "contingent", "delegation", "family", "team", "band"}
LOSS_WORDS = {"loss", "losses", "casualty", "casualties", "defeat", "setback", "blow", "attack", "attacks"}
PLACE_NOUNS = {"province", "provinces", "city", "cities", "town", "towns", "district", "districts", "village",
               "villages", "territory", "territories", "area", "areas", "region", "capital", "valley",
               "base", "bases", "airport", "border", "positions", "position", "stronghold", "pocket", "post"}
YIELD_VERBS = {"give", "surrender", "concede", "quit", "retreat", "withdraw", "abandon", "yield", "resign"}
CLAIM_NOUNS = {"claim", "claims", "report", "reports", "allegation", "allegations", "statement", "assertion",
               "accusation", "accusations", "announcement"}
# What one actor asks or offers another: judged unacceptable or unrealistic by the speaker, it is refused (CAMEO 12
# "Reject": 123 request or demand, 125 proposal to meet, 127 plan or proposal), not condemned
PROPOSAL_NOUNS = {"plan", "proposal", "offer", "demand", "request", "call", "initiative", "idea", "suggestion",
                  "ultimatum", "deal"}
OWNED_NOUNS = {"plan", "proposal", "decision", "move", "offer", "demand", "request", "policy", "statement", "claim",
               "announcement", "initiative", "accusation", "allegation", "position", "stance", "approach"}
# Nouns of a relation between actors, the objects of CAMEO 16 ("sever ties", "suspend cooperation", "break off
# relations", "freeze contacts") and 05 ("restore relations") patterns: their "with" object is the partner.
RELATION_NOUNS = {"tie", "ties", "relation", "relations", "relationship", "cooperation", "co-operation", "contact",
                  "contacts", "link", "links", "partnership", "dialogue"}
MOVE_VERBS = {"land", "arrive", "travel", "fly", "visit", "go", "come", "head", "leave"}
PURE_SPEECH = {"say", "tell", "add", "state", "note", "explain", "write", "tweet", "post", "report", "announce",
               "admit", "confirm", "acknowledge", "claim", "argue", "cite", "describe", "quote", "reply", "respond",
               "comment", "declare", "stress", "emphasize", "emphasise", "speak", "told"}
SPEECH_EVENTS = {"warn", "deny", "threaten", "accuse", "urge", "appeal", "call", "criticize", "criticise",
                 "condemn", "reject", "promise", "pledge", "vow", "assure", "demand", "ask", "request", "blame",
                 "praise", "welcome", "refuse", "protest", "insist", "offer", "agree", "apologize", "thank",
                 "allege", "charge", "denounce", "order", "propose", "suggest", "invite"}


@dataclass
class RawEvent:
    trigger: Token
    cameo: str
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    passive: bool = False
    negated: bool = False
    modality: str | None = None  # future, conditional, hypothetical, intent, threat
    attacker_unknown: bool = False  # "X suffered losses": the source is X's adversary
    speech_head: Token | None = None  # the speech verb whose content holds the trigger
    basis: str = "default"  # what decided the code: "pattern", "nominal", "special" or the verb's "default"

    @property
    def type(self) -> str | None:
        return D.plover(self.cameo)[0]

    @property
    def mode(self) -> str | None:
        return D.plover(self.cameo)[1]


# -- pattern matching -------------------------------------------------------------------------------

Forms = tuple[frozenset[str], bool]  # a token's word and lemma (lower case), and whether it is a particle


def _tok_forms(tok: Token) -> Forms:
    """Read once per token: a verb's patterns are tried against the same tokens many times."""
    return frozenset({tok.lower_, tok.lemma_.lower()}), tok.pos_ == "PART"


Matcher = tuple[frozenset[str], bool]  # the word forms a pattern part accepts, and whether it is the word "to"
_UNIT_MATCHERS: dict[str, tuple[Matcher, ...]] = {}


def _part_matcher(part: str) -> Matcher:
    """A pattern part as the set of token forms it accepts: a synset ("&CURRENCY") its words and their plurals,
    any other word itself and, when it is a plural, its singular ("attacks" matches "attack")."""
    if part.startswith("&"):
        words = D.synsets().get(part.upper(), frozenset())
        return words | {w + "s" for w in words}, False
    accepted = {part, part[:-1]} if len(part) > 3 and part.endswith("s") else {part}
    return frozenset(accepted), part == "to"


def _unit_matchers(unit: str) -> tuple[Matcher, ...]:
    """A pattern unit's parts as matchers, built once per unit: the same units are tried for every verb."""
    matchers = _UNIT_MATCHERS.get(unit)
    if matchers is None:
        matchers = _UNIT_MATCHERS[unit] = tuple(_part_matcher(p) for p in unit.split())
    return matchers


def _match_seq(units: list[str], toks: list[Forms]) -> int:
    """Number of word parts matched when every unit is found in order in toks, else -1. The dictionary's "to" is
    the preposition, never the infinitive marker (a particle)."""
    pos, n, size = 0, 0, len(toks)
    for unit in units:
        matchers = _unit_matchers(unit)
        width = len(matchers)
        if pos >= size:
            return -1
        if width:
            first, first_is_to = matchers[0]
            while True:
                if pos + width > size:
                    return -1
                forms, is_particle = toks[pos]
                if not (first_is_to and is_particle) and not first.isdisjoint(forms) and all(
                        not (is_to and toks[pos + k][1]) and not accepted.isdisjoint(toks[pos + k][0])
                        for k, (accepted, is_to) in enumerate(matchers[1:], 1)):
                    break
                pos += 1
        pos += width
        n += width
    return n


PatternIndex = tuple[tuple[dict[str, list[tuple[int, int]]], dict[str, list[tuple[int, int]]]], list[int]]
_PATTERN_INDEX: dict[int, tuple[list, PatternIndex]] = {}


def _pattern_index(patterns: list) -> PatternIndex:
    """A verb's patterns indexed once: for the words before and after the verb, each word form -> the
    (pattern, unit) pairs whose unit's first part accepts it; and each pattern's number of units so indexed. A unit
    starting with a synset ("&CURRENCY") is left to _match_seq: its hundreds of words made the index costly."""
    cached = _PATTERN_INDEX.get(id(patterns))
    if cached is not None and cached[0] is patterns:
        return cached[1]
    sides: tuple[dict[str, list[tuple[int, int]]], ...] = ({}, {})
    needed = []
    for i, pat in enumerate(patterns):
        units = [(side, unit) for side in (0, 1) for unit in pat[side]
                 if _unit_matchers(unit) and not unit.startswith("&")]
        needed.append(len(units))
        for j, (side, unit) in enumerate(units):
            for word in _unit_matchers(unit)[0][0]:
                sides[side].setdefault(word, []).append((i, j))
    index = (sides[0], sides[1]), needed
    _PATTERN_INDEX[id(patterns)] = (patterns, index)
    return index


def _possible_patterns(patterns: list, pre: list[Forms], post: list[Forms]) -> list[int]:
    """The patterns (by position) whose every unit's first part accepts a word before or after the verb: the
    others cannot match (_match_seq would return -1), and are ruled out without the token by token search."""
    (before, after), needed = _pattern_index(patterns)
    found = set()
    for words, toks in ((before, pre), (after, post)):
        for forms, _ in toks:
            for form in forms:
                found.update(words.get(form, ()))
    units_found = Counter(i for i, _ in found)
    return [i for i, n in enumerate(needed) if units_found[i] >= n]


def _clause_tokens(verb: Token) -> list[Token]:
    """The verb's own clause after it: its subtree minus coordinated verbs and embedded clauses."""
    stop = {"conj", "parataxis", "relcl"}
    out: list[Token] = []

    stack = [verb]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.i <= verb.i and t.i == verb.i:
                continue
            if t.i == verb.i and c.dep_ in stop and c.pos_ in {"VERB", "AUX"}:
                continue
            if c.dep_ == "relcl":
                continue
            out.append(c)
            stack.append(c)
    return sorted((t for t in out if t.i > verb.i), key=lambda t: t.i)[:14]


def code_verb(verb: Token, lemma: str | None = None) -> str | None:
    return coded_verb(verb, lemma)[0]


def coded_verb(verb: Token, lemma: str | None = None) -> tuple[str | None, str]:
    """(CAMEO code, basis): basis "pattern" when a dictionary pattern with words decided the code, "nominal"
    for a light verb's event noun, "default" for the verb's bare default code (the weakest evidence)."""
    lemma = lemma or verb.lemma_.lower()
    table = D.verbs()
    if lemma not in table and verb.lower_.endswith(("ed", "es")):  # a lemmatizer slip ("staged" -> "stag")
        lemma = next((c for c in (verb.lower_[:-1], verb.lower_[:-2]) if c in table), lemma)
    entry = None
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    if prt is not None:
        entry = table.get(f"{lemma}_{prt.lower_}")
    entry = entry or table.get(lemma)
    sense = S.sense_code(verb, lemma)  # a sense the sentence's structure shows (verb_senses.tsv): "ordered X to"
    if sense:
        return (None if sense == S.NO_ACT else sense), "pattern"  # NO_ACT: "paid the price", "hit a record"
    if entry is None:
        return None, "default"
    post = [_tok_forms(t) for t in _clause_tokens(verb)]
    # the (at most 8) words of its sentence before the verb, by index: not every token of the sentence
    pre = [_tok_forms(t) for t in verb.doc[max(verb.sent.start, verb.i - 8):verb.i]]
    best, best_n = None, 0
    light = _nominal_object(verb, lemma)
    patterns = entry["patterns"]
    for pat in (patterns[i] for i in _possible_patterns(patterns, pre, post)):
        pre_units, post_units = pat[0], pat[1]
        if not pre_units and not post_units:
            continue
        n1 = _match_seq(pre_units, pre) if pre_units else 0
        n2 = _match_seq(post_units, post) if post_units else 0
        if n1 < 0 or n2 < 0:
            continue
        score = n1 + n2 + (0.5 if len(pat) > 3 else 0)
        if score > best_n:
            best, best_n = pat, score
    if lemma == "warn" and _warned_outcome(verb):
        return "012", "pattern"  # "warned that the move could create new crises": a prediction, no threat
    if best is not None and best[2] and not best[2].startswith("01"):
        if lemma in PROMISE_HEADS and best[2].startswith("13") and _that_clause(verb) and entry["code"]:
            # "pledged that US forces would remain in Syria well after any defeat of IS": a threat pattern
            # ("pledge defeat", "vow attack") read inside the promised clause; the promise is the event
            # (CAMEO 030 "Express intent to cooperate"; PLOVER AGREE: promises), the clause's verb codes itself
            return entry["code"], "default"
        if lemma in DEMAND_VERBS and not best[2].startswith(("10", "02")) and entry["code"] and any(
                c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
            return entry["code"], "default"  # "demanded that X renounce its struggle against Y" is a demand
        if lemma in ACCUSE_VERBS and best[2].startswith("17") and _that_clause(verb):
            return "112", "pattern"  # "charged that the government lied over the war"
        if light is not None and (light[0][:2] == best[2][:2] or _pattern_names(best, light[1])):
            return best[2], "nominal"  # "announced sanctions against": the pattern reads a curated event noun
        if light is not None:
            # a light verb has no event of its own: its object noun is the act ("announced financial sanctions
            # against X, including anyone giving him financial assistance" is CAMEO 163, not the 033 a pattern
            # read in the words after the noun). Class: light verb + event noun + a pattern naming other words
            return light[0], "nominal"
        return best[2], "pattern"
    if light is not None:
        return light[0], "nominal"
    if best is not None:
        return best[2], "pattern"
    return entry["code"], "default"


ACCUSE_VERBS = {"allege", "accuse", "claim_responsibility", "charge", "blame"}


def _that_clause(verb: Token) -> bool:
    """The verb states a clause of its own ("charged that X lied", "charged X lied"): its content is what is said,
    a legal-action pattern matched inside that clause ("... lied over the war") is no arrest: the act is the
    accusation (CAMEO 112 "Accuse")."""
    return any(c.dep_ == "ccomp" for c in verb.children)
# Warnings that are no threat: PLOVER THREATEN is a threat of the source's own act against a target (the CAMEO 13
# titles: "Threaten to ...", "Give ultimatum"); a warning whose that-clause says what another actor does or will do,
# or what will come of something, is a prediction or an account: the CAMEO dictionary's own "warn" patterns code
# such warnings 012 "Make pessimistic comment" ("warn of risk", "warn of disastrous consequences", "warn
# catastrophe"). Class (Guardian unscored sample): "aid agencies warned that a large-scale assault on Idlib could
# cause one of the worst humanitarian crises", "Israeli defence officials have warned that Iran is delivering
# missiles", "Mattis warned that Trump was placing US security at risk", "UN agencies warned that world hunger was
# rising". The clause stays a threat when its subject is the warner (a pronoun, the warner's own noun) or a force or
# weapon ("warned that missiles will be coming"; "the country has the power to allow millions of refugees" to go).
SELF_NOUNS = {"country", "government", "state", "nation", "regime", "army", "military", "administration", "we", "i",
              "it", "they", "he", "she", "us"}
WEAPON_NOUNS = {"missile", "bomb", "rocket", "strike", "airstrike", "weapon", "troop", "force", "soldier", "army",
                "military", "retaliation", "response", "consequence", "sanction", "action"}


def _warned_outcome(verb: Token) -> bool:
    """"X warned (Y) that Z ...": Z is neither X nor X's own force or weapon (SELF_NOUNS, WEAPON_NOUNS)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    subj = [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if not subj:
        return False
    mine = {t.lemma_.lower() for t in verb.children if t.dep_ == "nsubj"} | {
        t.lemma_.lower() for s in verb.children if s.dep_ == "nsubj" for t in s.subtree}
    for s in subj:
        lem = s.lemma_.lower()
        if s.pos_ == "PRON" or lem in SELF_NOUNS | WEAPON_NOUNS or lem in mine or s.lower_ in SELF_NOUNS:
            return False
    return True


DEMAND_VERBS = {"demand", "urge", "ask", "request", "insist"}
REFUSED_BY_NEGATION = {"accept", "agree", "allow", "recognize", "recognise", "permit", "support", "cooperate",
                       "comply", "approve", "endorse"}


# "commit" and "perpetrate" (WordNet perpetrate.v.01 "perform an act, usually with a negative connotation": commit,
# perpetrate, pull): the CAMEO dictionary's own "commit" patterns code the noun ("commit raids" 195, "commit
# operation against" 190); the crime nouns of nominals.tsv ("the murders X committed") are their objects.
LIGHT_VERBS = {"stage", "hold", "launch", "begin", "start", "continue", "mount", "lodge", "conduct", "organize",
               "organise", "announce", "issue", "open", "reiterate", "renew", "resume", "carry_out", "make",
               "impose", "declare", "step_up", "end", "call", "file", "undertake", "go_on", "initiate", "commit",
               "perpetrate"}


# The bare noun "strike" by an armed actor: WordNet 3.0 strike n. 5 "an attack that is intended to seize or inflict
# damage on or destroy an objective" (a hyponym of attack) against the labour strike of nominals.tsv's "strike" row
# (CAMEO 143, PLOVER PROTEST). The noun phrase tells the attack by its structure: a "-led" modifier (a coalition's
# operation: "a US-led strike"), a state or a people naming its owner ("the expected US strike"; a labour strike is
# named by its workers or employer: "the teachers' strike", "the Verizon strike"), or an "on"/"against" object that
# is a country, a place, a facility or a people ("strikes on Syria"); a labour strike is against a policy or an
# employer, not on a country. Coded as the military strike row: CAMEO 190 "Use conventional military force". Class
# (Guardian unscored sample): "in the event of a US-led strike", "threats to carry out strikes on Syria",
# "assassination strikes against Bashar al-Assad", "support strikes against Syria", "a US strike on Syria".
ATTACK_TARGET_ENTS = {"GPE", "LOC", "FAC", "NORP"}


def armed_strike(noun: Token) -> bool:
    """The noun "strike(s)" is an attack by its phrase's structure (see ATTACK_TARGET_ENTS)."""
    if noun.lemma_.lower() != "strike" and noun.lower_ not in {"strike", "strikes"}:
        return False
    if any(c.dep_ == "amod" and (c.lower_.endswith("-led") or c.lower_ == "led") for c in noun.children):
        return True
    if any(c.dep_ in {"compound", "amod", "nmod", "poss"} and c.ent_type_ in {"GPE", "NORP"} for c in noun.children):
        return True  # a state's strike ("the expected US strike", "Israel's strikes"): its military's
    return any(p.ent_type_ in ATTACK_TARGET_ENTS for c in noun.children
               if c.dep_ == "prep" and c.lower_ in {"on", "against"} for p in c.children if p.dep_ == "pobj")


def _nominal_object(verb: Token, lemma: str) -> tuple[str, Token] | None:
    """A light verb with an event noun as its object ("staged demonstrations", "mounted an invasion",
    "began a hunger strike"): the noun's code from nominals.tsv (compound nouns first), and the noun."""
    if phrasal_lemma(verb, lemma) not in LIGHT_VERBS and lemma not in LIGHT_VERBS:
        return None
    table = D.nominals()
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "attr"}):
        noun = obj.lemma_.lower()
        comp = " ".join(t.lower_ for t in obj.children if t.dep_ == "compound" and t.i < obj.i)
        adj = " ".join(t.lower_ for t in obj.children if t.dep_ == "amod" and t.i == obj.i - 1)  # "legal challenge"
        for k in (f"{comp} {noun}".strip(), f"{comp} {obj.lower_}".strip(), f"{adj} {obj.lower_}".strip(), noun,
                  obj.lower_):
            if k in table:
                return ("190" if table[k] == "143" and armed_strike(obj) else table[k]), obj
    return None


def _pattern_names(pattern: list, noun: Token) -> bool:
    """The pattern's own words include the noun ("end &CEASEFIRE" for "ended the ceasefire"): the pattern read it."""
    forms = {noun.lower_, noun.lemma_.lower()}
    return any(not accepted.isdisjoint(forms) for unit in [*pattern[0], *pattern[1]]
               for accepted, _ in _unit_matchers(unit))


# -- arguments --------------------------------------------------------------------------------------

def expand_conj(head: Token) -> list[Token]:
    out = [head]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            out.extend(expand_conj(c))
    return out


def np_head(tok: Token) -> Token:
    """Descend from a partitive or quantity head to its "of" object ("thousands of fighters")."""
    if tok.lower_ in PARTITIVE or tok.lemma_.lower() in PARTITIVE or tok.pos_ == "NUM":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return np_head(pobj)
    return tok


def _bare_participle(verb: Token, depth: int = 0) -> bool:
    """A past participle without an auxiliary of its own is passive when it stands alone in a participial clause
    ("..., accused of being members of Isis") or is coordinated with a passive verb ("had been neutralized,
    killed, injured or taken captive"): the subject it inherits is the one acted on."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    if verb.dep_ in {"advcl", "acl"}:  # "..., accused of ...", "the man arrested on Sunday"
        return True
    if verb.dep_ == "conj" and depth < 4 and verb.head.i != verb.i:
        head = verb.head
        return any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children) or _bare_participle(head, depth + 1)
    return False


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
    agent = []
    instruments = D.non_acts()["instrument_nouns"]
    for c in verb.children:
        if c.dep_ == "agent":  # "hit by an RPG round": a weapon is the instrument, not the actor
            agent += [_event_noun_actor(np_head(p)) for p in c.children if p.dep_ == "pobj"
                      and p.lemma_.lower() not in instruments]
    agent = [a for a in agent if a is not None]
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or _bare_participle(verb) \
        or _headline_participle(verb)
    if subj:
        heads = [np_head(s) for s in subj if s.pos_ != "SCONJ"]
        if heads and heads[0].lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
            heads = [verb.head]
        return [h for s in heads for h in expand_conj(s)], passive, agent
    if depth > 4 or verb.head.i == verb.i:
        return [], passive, agent
    head = verb.head
    if verb.dep_ == "xcomp":
        objs = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
        if objs and head.lemma_.lower() in {"urge", "ask", "call", "tell", "order", "force", "help", "allow",
                                            "invite", "encourage", "persuade", "press"}:
            return [np_head(objs[0])], passive, agent
        s, _, _ = subject_of(head, depth + 1)
        return s, passive, agent
    if head.dep_ == "prep" and verb.dep_ in {"pcomp", "pobj"}:
        s, _, _ = subject_of(head.head, depth + 1)
        return s, passive, agent
    if verb.dep_ == "acomp":  # "it was ready to deliver aid": the readiness is the subject's of "was"
        s, _, _ = subject_of(head, depth + 1)
        return s, passive, agent
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and verb.lemma_.lower() in SPEECH_EVENTS \
            and head.head.i != head.i and (head.lemma_ == "be" or not _can_speak(head)):
        # "The WHO said the situation was critical and called on all parties to ...", "He added that the incident
        # damaged the town's dignity and demanded that ...": the parser joins the call to the reported state or
        # act; a state's or a thing's subject makes no appeal, the speaker does
        s, _, _ = subject_of(head.head, depth + 1)
        return s, passive, agent
    if verb.dep_ in {"conj", "advcl"}:
        s, p, a = subject_of(head, depth + 1)
        if verb.dep_ == "conj" and not passive:
            return s, passive, agent or ([] if not p else a)
        return s, passive, agent
    if verb.dep_ == "pcomp" or (head.dep_ == "prep" and verb.dep_ == "pobj"):
        s, _, _ = subject_of(head.head, depth + 1)
        return s, passive, agent
    if _speech_noun_clause(verb) and head.head.i != head.i:
        issuer = [c for c in head.children if c.dep_ in {"poss", "compound", "nmod"} and c.i < head.i
                  and c.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}]
        if issuer:  # "rejected a US statement urging restraint": the statement's own issuer, not its rejecter
            return [h for c in issuer[:1] for h in expand_conj(c)], passive, agent
        s, _, _ = subject_of(head.head, depth + 1)  # the issuer of the declaration
        return s, passive, agent
    if (owner := decision_owner(verb)) is not None:
        return expand_conj(owner), passive, agent  # "Trump's decision to withdraw": the decision's owner
    if verb.dep_ in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return [head], passive, agent
    if head.dep_ == "prep" and verb.dep_ in {"pcomp", "pobj"}:
        s, _, _ = subject_of(head.head, depth + 1)
        return s, passive, agent
    return [], passive, agent


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
                objs += [p for p in c.children if p.dep_ == "pobj"]
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


def _aux_words(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


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
        if aux & HYPO_AUX:
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
    if any(c.lower_ == "if" and c.dep_ == "mark" for c in verb.children):
        return "hypothetical"
    if any(c.dep_ == "advcl" and any(m.lower_ == "unless" and m.dep_ == "mark" for m in c.children)
           for c in verb.children) and _aux_words(verb) & (FUTURE_AUX | COND_AUX):
        return "threat"  # "will boycott the elections unless ...": an ultimatum
    return None


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


# -- coding -----------------------------------------------------------------------------------------

def _is_place(tok: Token) -> bool:
    return tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in PLACE_NOUNS or tok.lower_ in PLACE_NOUNS


# The last document (a weak reference: holding the document itself kept a parsed article alive between a
# worker's chunks, about 35 MB of peak memory) and its tokens' POS ids; a document is coded sentence by sentence.
_POS_ARRAY: list = [lambda: None, []]


def _pos_ids(doc: Doc) -> list[int]:
    """The document's tokens' coarse POS ids, read once per document: the sentence loops below look at a token
    only when its POS can pass their first test, instead of making every token of every sentence."""
    if _POS_ARRAY[0]() is not doc:
        _POS_ARRAY[:] = [weakref.ref(doc), doc.to_array("POS").tolist()]
    return _POS_ARRAY[1]


def _sentence_tokens(sent: Span, pos: frozenset[int]) -> list[Token]:
    ids, doc = _pos_ids(sent.doc), sent.doc
    return [doc[i] for i in range(sent.start, sent.end) if ids[i] in pos]


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
_NOUN = frozenset({NOUN})


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
        if lemma in INTENT_HEADS | ATTEMPT_HEADS | THREAT_HEADS - {"threaten"} and any(
                c.dep_ == "xcomp" for c in tok.children):
            deferred.append(tok)
            continue  # the intended action is the event
        ev = _special(tok, lemma)
        if ev is None:
            if (lemma in PURE_SPEECH or (lemma in speech and lemma not in SPEECH_EVENTS
                                         and any(c.dep_ in {"ccomp", "parataxis"} for c in tok.children))) \
                    and not _event_object(tok) and not _telephone_talk(tok, lemma):
                continue
            if lemma == "accord" or tok.lower_ == "according":
                continue
            code, basis = coded_verb(tok, lemma)
            if not code or code.startswith("01") or _naming(tok, lemma):
                continue
            if code.startswith("083") and lemma in RESIGN_VERBS and not _yielded_resignation(tok):
                continue  # a resignation the text does not tie to a demand or pressure yields to no one
            subj, passive, agent = subject_of(tok)
            objs = objects_of(tok)
            if lemma in DEPLOY_VERBS and (code.startswith("087") or all(
                    o.lemma_.lower() in FORCE_NOUNS and not o.ent_type_ for o in objs)):
                # the withdrawn, sent or kept troops are the source's own; troops sent "into" a country act on it
                into = [c for x in [tok, *objs] for c in x.children if c.dep_ == "prep" and c.lower_ == "into"]
                objs = [p for c in into for p in c.children if p.dep_ == "pobj" and p.ent_type_ in {"GPE", "LOC"}] \
                    if not code.startswith("087") else []
            if lemma in MOVE_VERBS and code.startswith("04"):
                objs = [c for c in tok.children if c.dep_ == "dobj" and lemma == "visit"]
                objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "to", "at", "for"}
                         for p in c.children if p.dep_ == "pobj" and p.ent_type_ in {"GPE", "ORG", "NORP"}]
                if lemma != "visit" and not objs:
                    continue
            if passive:
                sources, targets = agent, [h for s in subj for h in [s]]
            else:
                sources, targets = subj, objs
            sources, targets = [_uncoded_named(x) for x in sources], [_uncoded_named(x) for x in targets]
            if code[:2] in {"17"} and code != "173" and any(_is_place(t) for t in targets):
                code = "192"  # seizing a province, a town: occupying territory
            if _telephone_talk(tok, lemma):
                sources, targets = _call_parties(tok, sources)
            ev = RawEvent(tok, code, sources, targets, passive=passive, basis=basis)
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


# Verbs of refusing an act ("refused to negotiate", "declined to withdraw its troops"): the refusal is the event
# (CAMEO 12 "Reject"), the refused act did not happen and is no event of its own.
REFUSAL_HEADS = {"refuse", "decline"}
# CAMEO 12's subcodes by what is refused: 125 "Reject proposal to meet, discuss, or negotiate" (the verbs of its
# title), 121 "Reject material cooperation" (root 06), 122 "Reject request or demand for material aid" (root 07),
# 124 "Refuse to yield" (root 08); anything else the bare 120 "Reject".
MEETING_VERBS = {"meet", "negotiate", "talk", "discuss", "consult", "attend", "join"}
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


DEPLOY_VERBS = {"withdraw", "pull", "deploy", "send", "move", "retreat", "keep", "station", "maintain", "position"}
FORCE_NOUNS = {"force", "troop", "soldier", "unit", "fighter", "personnel", "contingent", "presence"}
PROMISE_HEADS = {"vow", "pledge", "promise", "swear"}


def phrasal_lemma(verb: Token, lemma: str) -> str:
    """The dictionary key of a verb with its particle ("carry_out", "win_back"), else the lemma itself."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{lemma}_{prt}" if prt else lemma


def _force_verb(verb: Token) -> bool:
    """A verb of force (core_verbs.tsv, CAMEO roots 18-20), phrasal ones with their particle ("win back")."""
    lemma = verb.lemma_.lower()
    code = D.core_verb_roots().get(phrasal_lemma(verb, lemma)) or D.core_verb_roots().get(lemma)
    return code is not None and code >= "18"


def reports_no_act(tok: Token, lemma: str, targets: list[Token], basis: str = "default") -> bool:
    """The verb's clause reports no act (non_acts.json): it is a condition, a future's limit or a question, what
    someone thinks, wants or feels, a warning about conditions, or the verb lacks the argument its event sense
    needs."""
    na = D.non_acts()
    if _purpose_clause(tok, na["purpose_markers"]) or _tally(tok, na["tally_words"]):
        return True
    t = tok
    for _ in range(8):  # the trigger's own clause and the clauses governing it
        if any(c.dep_ == "mark" and c.lower_ in na["conditional_marks"] for c in t.children):
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in na["future_limit_marks"] for c in t.children) \
                and modality_of(t.head) in {"future", "conditional", "intent"}:
            return True  # "will stay until Isis is defeated": a limit still to be reached
        hedge = any(c.dep_ in {"auxpass", "nsubjpass"} for c in t.children) or t.tag_ == "VBN"
        if t.i != tok.i and ((t.lemma_.lower() in na["cognition_heads"] and not hedge)
                             or t.lower_ in na["feeling_adjectives"]):
            return True  # someone thinks or feels it; "is believed to have been killed" is the reporter's hedge
        if t.i != tok.i and t.dep_ != "ccomp" and any(c.dep_ == "neg" for c in t.children):
            return True  # "has not put pressure on the regime to negotiate": the governing act did not happen
        if t.dep_ in {"acomp"} and t.lower_ in na["feeling_adjectives"]:
            return True
        if t.head.i == t.i or t.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "acomp", "pcomp", "pobj", "prep"}:
            break
        t = t.head
    if t.pos_ == "AUX" or t.lemma_.lower() == "be":  # "is frustrated (that) ...": the adjective governs
        if any(c.dep_ == "acomp" and c.lower_ in na["feeling_adjectives"] for c in t.children) and t.i != tok.i:
            return True
    if lemma in na["cognition_heads"] and any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children):
        return True  # "analysts think the army could attack": a thought about an act
    dobj = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
    if lemma in na["question_verbs"] and not any(
            c.dep_ in {"xcomp"} or (c.dep_ == "prep" and c.lower_ == "for")
            or (c.dep_ == "ccomp" and not any(m.lower_ in {"if", "whether"} for m in c.children))
            for c in tok.children):
        return True
    human = na["human_nouns"]

    def is_human(o: Token) -> bool:
        return o.ent_type_ in {"PERSON", "NORP"} or o.lower_ in human or o.lemma_.lower() in human

    def is_actor(o: Token) -> bool:
        return is_human(o) or o.ent_type_ in {"ORG", "GPE"} or (o.pos_ == "PRON" and o.lower_ in
                                                                  {"him", "her", "them", "us", "you", "me"})
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
    return _lacks_argument(tok, lemma, dobj, basis, na, is_actor) or _accident(tok, na)


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
    if lemma in OPPONENT_VERBS and not _has_opponent(tok, is_actor):
        return True  # "fought cancer", "fight for their rights", "will fight the charges": no one fought
    return False


# Verbs of fighting from the CAMEO verb dictionary's "attack" block (CAMEO root 19 "Fight"; core_verbs.tsv): an act
# of force only against an opponent who is an actor. Class: battle and crime reports ("are fighting to clear Isis
# near the town", "after fighting with Walmart employees and police"); "fought cancer", "fight for rights",
# "fight the charges" (news of every topic) fight no one.
OPPONENT_VERBS = {"fight", "battle", "clash", "combat", "skirmish"}


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
    """A death or injury in an accident or a disaster ("killed in a crash", "died in the floods", "killed when a
    tram derailed"): caused by no one, no use of force (non_acts.json accident_nouns, accident_verbs)."""
    if tok.lemma_.lower() not in KILL_WORDS:
        return False
    for c in tok.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by", "during", "after"}:
            for p in c.children:
                if p.dep_ == "pobj" and (p.lemma_.lower() in na["accident_nouns"] or p.lower_ in na["accident_nouns"]):
                    return True
        if c.dep_ == "advcl" and c.lemma_.lower() in na["accident_verbs"] and any(
                m.dep_ in {"advmod", "mark"} and m.lower_ in {"when", "after", "as"} for m in c.children):
            return True
    return False


KILL_WORDS = {"kill", "die", "injure", "wound", "hurt", "dead", "perish"}


def _naming(tok: Token, lemma: str) -> bool:
    """"what X once called the worst crime": a verb of naming with a predicate (non_acts.json naming_verbs)."""
    return lemma in D.non_acts()["naming_verbs"] and any(c.dep_ in {"oprd", "attr"} for c in tok.children)


def _tally(tok: Token, words: frozenset[str]) -> bool:
    """"have been killed in total", "died altogether": a running count of many acts (non_acts.json tally_words)."""
    return any((c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lower_ in words
                                                                for p in c.children))
               or (c.dep_ == "advmod" and c.lower_ in words - {"all"}) for c in tok.children)


def _purpose_clause(tok: Token, markers: frozenset[str]) -> bool:
    """"sent troops ... to prevent X from ...": an infinitive of purpose on another verb, without a subject of
    its own (non_acts.json purpose_markers)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and not any(c.dep_ in SUBJ for c in tok.children) \
        and any(c.dep_ == "aux" and c.lower_ in markers for c in tok.children)


SPEECH_NOUNS = {"declaration", "statement", "letter", "resolution", "communique", "communiqué", "message",
                "note", "ultimatum", "petition", "memorandum", "report", "speech", "broadcast"}


def _event_object(verb: Token) -> bool:
    """The verb's direct object is an event noun ("announced a suspension of air links", "reiterated its
    demand"): the speech verb reports an act, it is not mere speech."""
    table = D.nominals()
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in table or c.lower_ in table) for c in verb.children)


def _telephone_talk(verb: Token, lemma: str) -> bool:
    """A speech verb whose sense row reads a consultation ("Trump and May spoke on the phone", verb_senses.tsv: CAMEO
    041 "Discuss by telephone"): two parties talked, it is not mere speech."""
    return lemma in {"speak", "talk"} and (S.sense_code(verb, lemma) or "").startswith("04")


def _call_parties(verb: Token, subjects: list[Token]) -> tuple[list[Token], list[Token]]:
    """The two sides of a telephone talk: "X and Y spoke by phone" (the first of a coordinated subject calls the
    other, as nominal_events reads "talks between X and Y"), "X spoke to/with Y on the phone"; the phone is no one."""
    parties = [h for s in subjects for h in expand_conj(np_head(s))]
    other = [np_head(p) for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
             for p in c.children if p.dep_ == "pobj"]
    return parties[:1], (parties[1:2] or other[:1])


def _speech_noun_clause(t: Token) -> bool:
    """"issued a declaration demanding that ...": a participle on a statement noun states its content."""
    return t.dep_ == "acl" and t.head.lemma_.lower() in SPEECH_NOUNS and t.head.dep_ in {"dobj", "nsubj", "attr"}


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


def _existential_participle(t: Token) -> bool:
    """"There were 10 soldiers killed in the town", "there have been three people arrested": a past participle on
    the noun an existential "there be" introduces reports the act, it does not describe the noun. Class: casualty
    and arrest tallies of wire reports (PETRARCH2 validation records, tune-a)."""
    if t.dep_ != "acl" or t.tag_ != "VBN" or t.head.dep_ not in {"attr", "nsubj"}:
        return False
    be = t.head.head
    return be.lemma_ == "be" and any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children)


# Nouns of deciding and planning: the WordNet 3.0 nominalisations (derivationally related forms) of the intent
# verbs of INTENT_HEADS: decision (decide), plan (plan), intention (intend), pledge, promise, vow (the verbs
# themselves). Class (issue 16, found in dev/unlabelled Guardian articles outside the gold set): "X's decision to
# withdraw troops from Syria", "the government's plan to expel diplomats", "a decision by the council to suspend
# ...": the infinitive on the noun is the act its owner decided or plans, as "X decided to withdraw troops" is
# (an intended act: planned, as the verb's xcomp is).
DECISION_NOUNS = {"decision", "plan", "intention", "pledge", "promise", "vow"}


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


# A past participle used as a noun for people (WordNet: accused.n.01 "the defendant", wounded.n.01, detained): "the
# video showed the accused, Glenn Ranger, assaulting a girl", "the accused was released on bail", "the injured were
# taken to hospital". The parser tags it a verb; it names the people, it reports no act of its own (the charge or the
# arrest is reported where its own verb is).
NOUN_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj"}


def _participle_noun(tok: Token) -> bool:
    return tok.tag_ == "VBN" and tok.dep_ in NOUN_ARG_DEPS and any(
        c.dep_ == "det" and c.lower_ in {"the", "an", "a"} and c.i < tok.i for c in tok.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj", "agent", "auxpass", "aux"} for c in tok.children)


# The act a demand asks for: PLOVER REQUEST ("all requests, demands, and orders") is the event, the asked-for act has
# not happened (event-annotation.md: a demand is an event with the speaker as source). Class: "urged Israel to
# accept a two-state solution", "reiterated calls for Israel to accept ...", "called on Israel to stop the
# destruction of homes", "appealed to the rebels to lay down their arms": an infinitive governed by a verb or noun
# of asking (CAMEO 10 "Demand", 02 "Appeal") is no act of its own.
ASKING_VERBS = {"urge", "ask", "request", "demand", "call", "appeal", "press", "implore", "exhort", "beg", "petition"}
ASKING_NOUNS = {"call", "demand", "appeal", "request", "plea", "ultimatum"}
# Persuasion that failed or was only tried (VerbNet 58.1 "urge" class members persuade, convince, coax): the act the
# other side was to be brought to did not happen: "failed to persuade Russia to agree to a ceasefire", "tried to
# convince the rebels to leave", "did not persuade Turkey to halt".
PERSUADING_VERBS = {"persuade", "convince", "coax", "induce", "pressure", "pressurise", "pressurize"}
FAILED_HEADS = {"fail", "try", "seek", "attempt", "strive", "hope", "want"}


# Resignations: PLOVER CONCEDE is yielding to another actor (CAMEO 0831 "Accede to demands for change in
# leadership"). A resignation is that only when the text ties it to pressure: the verb is governed by a forcing verb
# ("an uprising forced the leader to step down", VerbNet force-59) or its sentence names the demand or pressure
# ("resigned amid calls for ...", "following a coup and an impeachment hearing"). Protest and scandal resignations
# ("resigned over the president's decision") are no concession; "resign in protest" keeps the dictionary's 140.
RESIGN_VERBS = frozenset({"resign", "step", "quit"})
FORCING_VERBS = frozenset({"force", "push", "pressure", "pressurize", "pressurise", "compel", "oblige", "drive"})
PRESSURE_WORDS = frozenset({"call", "demand", "pressure", "protest", "protester", "uprising", "impeachment", "coup",
                            "ultimatum", "no-confidence", "ouster", "revolt"})


def _yielded_resignation(tok: Token) -> bool:
    if tok.dep_ in {"xcomp", "ccomp"} and tok.head.lemma_.lower() in FORCING_VERBS:
        return True
    return any(w.lemma_.lower() in PRESSURE_WORDS for w in tok.sent if w.i != tok.i)


def _demanded_act(tok: Token) -> bool:
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i for c in tok.children):
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
                or _reduced_passive_act(t, tok):
            return False
        if t.dep_ in {"acl", "relcl", "amod"} or (t.dep_ == "pcomp" and t.lemma_.lower() not in {"suffer"}
                                                   and t.head.lower_ not in D.non_acts()["temporal_preps"]):
            return True  # "after fighting with police" reports an act of its own (non_acts.json temporal_preps)
        if t.head.i == t.i or t.dep_ not in {"xcomp", "conj", "advcl", "ccomp", "prep", "pobj", "pcomp"}:
            return False
        t = t.head
    return False


LEGAL_PREPS = {"for", "of", "with"}


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
    # "X said Y must do Z": X demands it of Y ("News Corp reported Y must ..." relays someone else's demand).
    relay = D.non_acts()["relay_speech_verbs"]
    if lemma in PURE_SPEECH | {"conclude", "insist", "stress", "warn"} and lemma not in relay:
        for c in tok.children:
            if c.dep_ != "ccomp" or c.pos_ not in {"VERB", "AUX"}:
                continue
            aux = _aux_words(c)
            must = aux & {"must", "should"} or ("have" in {x.lemma_ for x in c.children if x.dep_ == "aux"}
                                                and False)
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
    # "X said Y's claim was false", "X said the Y plan was an attack on ...", "X described Y's move as
    # provocative": X condemns Y (condemnations.tsv); "X says demands for Y are unrealistic": X refuses them.
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


NOMINAL_SOURCE_ENTS = {"GPE", "ORG", "NORP", "PERSON"}


def _nominal_code(tok: Token, table: dict[str, str]) -> str | None:
    """The nominals.tsv code of an event noun, compound nouns and "<adjective> <noun>" first, then the one compound
    word next to the noun ("a Tomahawk missile strike": missile strike)."""
    comp = " ".join(t.lower_ for t in tok.children if t.dep_ == "compound" and t.i < tok.i)
    adj = " ".join(t.lower_ for t in tok.children if t.dep_ == "amod" and t.i == tok.i - 1
                   and t.pos_ == "ADJ")  # "a Turkish military campaign": military campaign
    near = next((t.lower_ for t in tok.children if t.dep_ == "compound" and t.i == tok.i - 1), "")
    keys = [f"{m} {tok.lower_}" for m in (comp, adj, near) if m] + [tok.lower_, tok.lemma_.lower()]
    code = next((table[k] for k in keys if k in table), None)
    return "190" if code == "143" and armed_strike(tok) else code


def _noun_sources(tok: Token) -> list[Token]:
    """The actor an event noun's own phrase names: its possessor ("Turkey's offensive"), a naming modifier ("a US
    airstrike", "Russian airstrikes") or the leader of a "-led" modifier ("a US-led attack")."""
    sources = [c for c in tok.children if c.dep_ == "poss" and c.lower_ not in {"its", "their", "his", "her"}
               and c.ent_type_ not in {"DATE", "TIME"}]  # "Saturday's chemical attack": a time, no actor
    sources += [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ in
                NOMINAL_SOURCE_ENTS]
    sources += [g for c in tok.children if c.dep_ == "amod" and c.lower_.endswith("-led") or c.lower_ == "led"
                for g in c.children if g.ent_type_ in NOMINAL_SOURCE_ENTS]
    return sources + _light_participle_agents(tok) + _by_agents(tok) + _relative_light_subjects(tok)


# Words that make a noun phrase non-specific (English grammars: "any", "another" and "further" do not refer to an
# act that took place; "future", "possible", "potential" name one still to come).
NONSPECIFIC_WORDS = {"any", "another", "further", "future", "possible", "potential", "no"}


def _weapon_use(noun: Token) -> str | None:
    """The noun "use" with an "of" phrase naming a chemical or biological weapon ("Syria's use of chemical weapons
    against its own people", "the use of sarin by the regime"): the act the verb "use" codes with the same words
    (verb_senses.tsv, CAMEO 2041 "Use chemical, biological, or radiological weapons"), a CAMEO root 20 code only.
    A use no one has made is no event: "any use of chemical weapons by X would cross a red line", "another use of
    chemical weapons could change this", "further use" (a non-specific determiner or modifier, NONSPECIFIC_WORDS)."""
    if noun.lemma_.lower() != "use" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    if any(c.dep_ in {"det", "amod"} and c.lower_ in NONSPECIFIC_WORDS for c in noun.children):
        return None
    code = S.sense_code(noun, "use")
    return code if code and code.startswith("20") else None


def _by_agents(noun: Token) -> list[Token]:
    """The "by" phrase of an event noun names its doer when it names an actor ("the rescue by the coastguard of
    three sailors", "an attack by rebels", "killings by police"): the agent of a nominalised act, as the "by" agent of a
    passive answers the active verb's subject. A phrase that names no actor ("an attack by night") is no
    agent (actorcodes._actorish: a name or a role noun of the Phoenix agents table)."""
    agents = [np_head(p) for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj" and AC._actorish(np_head(p))]
    return [_named(a) for a in agents]


def _uncoded_named(head: Token) -> Token:
    """A role noun with no CAMEO actor code of its own ("her brothers, A and B, denied ...") is named by its
    appositive (_named); a coded role ("the foreign minister, X", GOV with its country) stays the mention the
    actor codes read."""
    return head if head.pos_ != "NOUN" or AC.head_code(head, pron=False) else _named(head)


def _named(head: Token) -> Token:
    """The name set beside a role noun ("the lawyer Ana Ruiz", parsed as the role with the name as its
    appositive): the name is the actor's mention, else the head itself."""
    return next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ in NOMINAL_SOURCE_ENTS), head)


def _relative_light_subjects(noun: Token) -> list[Token]:
    """The subject of a relative clause whose light verb takes the event noun as its object: "the murders the gang
    is said to have committed", "the attacks the group carried out" (the relative form of "X committed murders",
    _nominal_object). The light verb may sit under a raising or hedging verb ("alleged to have", "said to have");
    a relative pronoun is no subject of its own."""
    out = []
    for rel in (c for c in noun.children if c.dep_ == "relcl"):
        verb, found = rel, False
        for _ in range(3):
            if phrasal_lemma(verb, verb.lemma_.lower()) in LIGHT_VERBS:
                found = True
                break
            verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if verb is None:
                break
        if found:
            out += [s for s in rel.children if s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ not in {"WP", "WDT"}
                    and (s.pos_ != "PRON" or s.lower_ in {"they", "he", "she"})]
    return out


def _light_participle_agents(noun: Token) -> list[Token]:
    """The by-agent of a light verb's participle on the noun: "attacks mounted by Isis forces", "a legal challenge
    launched by the mother of one of the men", "protests staged by a nationalist group", "the siege conducted by
    the government" (the reduced passive of "X mounted attacks"). Class: dev/unlabelled Guardian articles outside
    the gold set (six such phrases in different articles)."""
    out = []
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and phrasal_lemma(c, c.lemma_.lower()) in LIGHT_VERBS:
            out += [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return out


def passive_light_verb(verb: Token, lemma: str) -> RawEvent | None:
    """"The attack on the convoy was carried out by Islamic State", "the raid was launched by Turkish forces": a
    light verb in the passive whose subject is an event noun of nominals.tsv is that act, the by-agent its source
    and the noun's on/against/into object its target (the passive of _nominal_object's "X carried out an attack
    on Y"). Class: attributions of attacks and protests in news reports (dev/unlabelled Guardian articles)."""
    if phrasal_lemma(verb, lemma) not in LIGHT_VERBS:
        return None
    table = D.nominals()
    coded = ((n, _nominal_code(n, table)) for n in verb.children if n.dep_ == "nsubjpass" and n.pos_ == "NOUN")
    noun, code = next(((n, c) for n, c in coded if c), (None, None))
    _, passive, agent = subject_of(verb)
    if code is None or not passive or not agent:
        return None
    targets = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "into"}
               for p in c.children if p.dep_ == "pobj"]
    return RawEvent(verb, code, agent, [h for x in targets[:1] for h in expand_conj(np_head(x))], basis="nominal")


def death_in_attack(verb: Token) -> RawEvent | None:
    """"A soldier has died in an explosion", "three civilians died in a Russian airstrike": a death in an act of
    force (an event noun of nominals.tsv with a CAMEO 18-20 code) is that act, aimed at the dead; its source is
    the actor the noun's phrase names, else none. The CAMEO dictionary leaves "die" uncoded (overrides.tsv: a
    death is an outcome) because it codes the attack's own verb or noun; with the noun as the verb's "in" or
    "during" phrase, the death is the only mention of the attack. Class: casualty reports (Guardian tune half:
    a soldier dead in an explosion, a man killed in a US airstrike); accidents stay no event (_accident)."""
    table = D.nominals()
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in {"in", "during"}:
            continue
        for noun in (p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"):
            code = _nominal_code(noun, table)
            if code and code[:2] in {"18", "19", "20"}:
                victims, _, _ = subject_of(verb)
                return RawEvent(verb, code, [np_head(x) for x in _noun_sources(noun)[:1]], victims,
                                basis="nominal")  # the code is the event noun's (nominals.tsv, curated)
    return None


# Nouns of possibility and risk (WordNet 3.0: likelihood, probability; possibility; chance; risk, danger; threat;
# prospect; fear): "the risk of raids by X", "the threat of an offensive" name an act that may come,
# not one that happened.
POSSIBILITY_NOUNS = {"likelihood", "probability", "possibility", "chance", "risk", "danger", "threat", "prospect",
                     "fear", "spectre", "specter"}


def _possible_act(noun: Token) -> bool:
    """The event noun is the "of" object of a noun of possibility or risk (POSSIBILITY_NOUNS)."""
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return of is not None and of.head.lemma_.lower() in POSSIBILITY_NOUNS


# Prepositions that set a meeting beside the act of the clause it modifies, as its occasion: "Speaking after a
# meeting with X, Y said ...", "Y told reporters during a meeting with X", "in a phone call with X, Y called for
# ...". "before" and "ahead of" are left out: the meeting is still to come.
OCCASION_PREPS = {"after", "following", "during", "in", "at"}


def _occasion_participants(noun: Token) -> list[Token]:
    """The participant of a meeting noun (nominals.tsv, CAMEO 04 "Consult": meeting, talks, phone call, visit)
    that names no party of its own but has a "with" counterpart naming an actor (a name, or a role noun of the
    Phoenix agents table) and is the object of an occasion preposition
    (OCCASION_PREPS) on a clause: the clause's active subject held the meeting with that counterpart. Class
    (issue 16): dev/unlabelled Guardian articles outside the gold set (leaders speaking after, during or in a
    meeting or phone call with another leader; twelve such phrases in nine articles)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPS or noun.head.head.i == noun.head.i:
        return []
    partners = [np_head(p) for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"]
    if not any(p.ent_type_ in NOMINAL_SOURCE_ENTS or AC._actorish(p) for p in partners):
        return []  # a counterpart that names an actor: not "a meeting with his team", "talks with officials"
    verb = noun.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    subj, passive, _ = subject_of(verb)
    return [] if passive else [s for s in subj if s.tag_ not in {"WP", "WDT"}][:1]


def nominal_events(sent: Span, verb_events: list[RawEvent]) -> list[RawEvent]:
    """Event nouns (nominals.tsv) whose actor the noun phrase itself names: "Turkey's offensive against the
    Kurdish enclave", "a US-led attack on Mosul", "Russian airstrikes", "talks between X and Y": the possessor,
    a naming modifier or the first "between" actor is the source; the object of on/against/into (or the second
    "between" actor) the target. A noun already read as a light verb's object is left to that verb's event."""
    table = D.nominals()
    taken = {c.i for e in verb_events for c in e.trigger.children}
    out = []
    for tok in _sentence_tokens(sent, _NOUN):
        if tok.pos_ != "NOUN" or tok.i in taken:
            continue
        code = _nominal_code(tok, table) or _weapon_use(tok)
        if code is None or reports_no_act(tok, tok.lemma_.lower(), []) or _possible_act(tok):
            continue
        sources = _noun_sources(tok)
        targets = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "into", "with"}
                   for p in c.children if p.dep_ == "pobj"]
        between = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj"]
        if between:
            parties = expand_conj(np_head(between[0]))
            sources, targets = sources or parties[:1], targets or parties[1:2]
        if not sources and code.startswith("04"):
            sources = _occasion_participants(tok)  # "speaking after a meeting with X, Y said": Y met X
        if not sources:
            continue  # an event noun with no actor of its own: no identifiable source
        out.append(RawEvent(tok, code, [np_head(x) for x in sources[:1]],
                            [h for x in targets[:1] for h in expand_conj(np_head(x))], basis="nominal"))
    return out


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


# Verbs that make a future act the actor's own announced or decided policy ("announced it would prohibit ...",
# "decided to close the border crossing"), not a warning to someone (CAMEO 13 "Threaten": "all threats, coercive or
# forceful warnings with serious potential repercussions"; PLOVER keeps the act itself, planned). Verbs of warning and
# threatening govern a threat whatever follows.
POLICY_HEADS = {"announce", "decide", "declare", "unveil", "approve", "plan", "intend", "schedule", "vote",
                "agree", "prepare", "set"}
WARNING_HEADS = {"warn", "threaten", "vow", "swear", "pledge", "caution", "insist"}


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


# Withdrawals announced or decided: PLOVER_MANUAL, RETREAT covers "withdraw forces"; a withdrawal the actor announces
# or decides on its own is its planned RETREAT (event-annotation.md: a future act of another type than a threat or
# a promise is planned), not a promise to someone (AGREE, CAMEO 0356 "Express intent to de-escalate military
# engagement", kept for "agreed/pledged/offered to withdraw"). Class (Guardian unscored sample and tune-a):
# "Trump announced American troops would leave Syria soon", "the president decided to withdraw troops from
# Syria", "announcing he was bringing the troops home", "Russia has announced it will withdraw its forces".
WITHDRAWAL_HEADS = {"announce", "decide", "declare", "order", "plan", "intend", "schedule", "say", "tweet"}
PROMISE_LIKE = {"agree", "offer", "promise", "pledge", "vow", "swear", "assure", "guarantee", "accept", "propose"}


def own_withdrawal(ev: RawEvent) -> bool:
    """A planned military withdrawal (CAMEO 087) under a verb of announcing or deciding, with no promise, offer or
    agreement on the way: the actor's own planned RETREAT. Troops must be what leaves (the verb's object or subject
    is a force noun): "announced the US would withdraw from the Iran deal" is no military retreat."""
    args = [c for c in ev.trigger.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    if not any(a.lemma_.lower() in FORCE_NOUNS for a in args):
        return False
    heads = _governing_lemmas(ev.trigger)
    return any(h in WITHDRAWAL_HEADS for h in heads) and not any(h in PROMISE_LIKE for h in heads)


# Meetings planned, announced or expected: event-annotation.md, "a THREATEN or AGREE event is itself the threat or the
# promise"; a future act of another type is that type, planned. CAMEO 036 "Express intent to meet or negotiate" is a
# statement of intent: a promise, offer or agreement to meet (PROMISE_LIKE governing the meeting verb: "agreed to
# hold talks", "offered to meet"), a conditional offer ("would meet X if ...") or the party's own word that it will
# meet ("rebel leaders said they would meet the mediator"). A meeting the outlet reports as scheduled or expected
# ("the EU will hold a reconstruction conference on 24-25 April", "X is expected to hold talks with Turkish officials
# on Tuesday", "the council will meet next Wednesday", "experts will arrive in Syria on Thursday", "will travel to
# Paris for talks", "is planning to talk to Putin") is the planned CONSULT itself. Class: Guardian unscored sample
# (six such clauses in four articles; two judged AGREE -> CONSULT in the random sample's tune half).


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
