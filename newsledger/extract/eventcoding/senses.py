"""Verb senses read from the meaning of the verb's clause (data/events/verb_senses.tsv): "ordered X to appear" is
an order (CAMEO 100) and "summoned the ambassador" a complaint (111), whatever the dictionary's word patterns or
default say. The CAMEO dictionary's patterns are word sequences: they cannot see that the verb governs an
infinitive clause, and its "to" is never the infinitive marker."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from newsledger import nlp, resources
from newsledger.extract.eventcoding import dictionary as D

Frame = tuple[str, tuple[str, ...]]  # kind (KINDS), its words (clause verbs or a word sequence)
KINDS = {"any", "to-clause", "purpose", "words", "joint", "object", "subject", "custody", "convey", "interlocutor",
         "posture", "armed"}
HELD_PRONOUNS = D.word_class("held_pronouns")
NOUN_FRAMES = {"object", "subject", "posture"}  # frames naming a class of nouns: alternatives, "&CLASS" a CAMEO synset
POSTURE_MODIFIERS = D.word_class("posture_modifiers")  # "troop presence", "military presence": an armed force's
ARMED_SECTORS = ("MIL", "REB", "INS", "UAF")  # CAMEO actor sectors of an armed body: armed:'s doers
ARMOUR_NOUNS = D.word_class("armour_nouns")  # "Turkish tanks pushed into ...": the vehicles of an armed force
UNARMED_FORCE_MODIFIERS = D.word_class("unarmed_force_modifiers")  # "labour force", "task force": no armed force
NO_ACT = "-"  # the code of a frame in which the verb reports no act: "paid the price", "shares hit a record"
CLAUSE_DEPS = {"to-clause": frozenset({"xcomp", "ccomp"}), "purpose": frozenset({"advcl"})}  # infinitive frames
JOINT_WORDS = D.word_class("joint_words")
FREE_RELATIVE_HEADS = D.word_class("free_relative_heads")
CLAUSE_WINDOW = 14  # words after the verb a words: frame looks at, as the CAMEO dictionary's own patterns do
# Destinations a convey: frame leaves to the dictionary: "took to the streets" (its "take to street" pattern, 141),
# "took him to court" (a lawsuit), "to task" (a rebuke), and places of custody, the head or a modifier of the
# destination: the CAMEO dictionary's &DETENTION synset ("take into &DETENTION", 173) with "internment" and
# "police" ("taken to an internment camp", "taken to a police station").
CONVEY_EXCEPT = frozenset({"street", "streets", "court", "task", "internment", "police", *D.synsets()["&DETENTION"]})
CUSTODY_DOERS = ("COP", "MIL", "SPY", "GOV", "JUD", "REB", "INS", "UAF")  # the hold/pick_up custody rows' sectors
SECTOR_FRAMES = {"custody", "interlocutor"}  # frames naming CAMEO actor sectors
NAMING_DEPS = {"oprd", "attr", "acomp", "xcomp", "ccomp"}  # "called him a liar", "called it cruel": naming
PERSON_PRONOUNS = {"he", "she", "him", "her"}  # a talk's party by pronoun: its resolved actor decides (filters)
# Particles the parser reads as adverbs ("the girls were taken away": advmod, not prt); a sense row of the phrasal
# verb ("take_away") reads them as its particle.
ADVERB_PARTICLES = frozenset({"away"})


@lru_cache(maxsize=1)
def senses() -> dict[str, list[tuple[Frame, str]]]:
    """lemma -> [(frame, CAMEO code)] from verb_senses.tsv, in file order; an unknown frame is a data error."""
    out: dict[str, list[tuple[Frame, str]]] = {}
    for lemma, frame, code, *_ in resources.rows("events", "verb_senses.tsv", min_fields=3):
        kind, _, arg = frame.partition(":")
        if kind not in KINDS or (kind in {"words", "joint", "armed", *SECTOR_FRAMES, *NOUN_FRAMES} and not arg.strip()):
            raise ValueError(f"verb_senses.tsv: bad frame {frame!r} for {lemma!r} (kinds: {sorted(KINDS)})")
        sep = "|" if kind in CLAUSE_DEPS or kind in NOUN_FRAMES or kind in SECTOR_FRAMES else None  # words: a sequence
        words = tuple(arg.upper().split(sep)) if kind in SECTOR_FRAMES else tuple(arg.lower().split(sep)) if arg else ()
        if kind in NOUN_FRAMES:
            words = _expand_classes(words, lemma)
        out.setdefault(lemma.lower(), []).append(((kind, words), code))
    return out


def _expand_classes(words: tuple[str, ...], lemma: str) -> tuple[str, ...]:
    """The nouns of a noun frame, each "&CLASS" replaced by the words of that CAMEO dictionary synset
    (synsets.json: "&WEAPON", "&PROPOSAL"); an unknown class is a data error."""
    out: list[str] = []
    for w in words:
        if not w.startswith("&"):
            out.append(w)
        elif w.upper() in D.synsets():
            out += sorted(D.synsets()[w.upper()])
        else:
            raise ValueError(f"verb_senses.tsv: unknown noun class {w!r} for {lemma!r}")
    return tuple(out)


def _noun_lemmas(verb: Token, kind: str) -> set[str]:
    """The words and lemmas of the verb's direct object (or of the subject of its passive: "the bill was killed"),
    or of its active subject, as the frame kind asks; a compound noun counts by its head ("weapons inspectors"), a
    part or a number by its "of" noun too ("thousands of protesters", "a third of the market")."""
    deps = {"dobj", "nsubjpass"} if kind == "object" else {"nsubj"}
    nouns = [c for c in verb.children if c.dep_ in deps]
    nouns += [p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    return {n.lemma_.lower() for n in nouns} | {n.lower_ for n in nouns}


def _infinitive_verbs(verb: Token, deps: frozenset[str]) -> list[Token]:
    """The verbs of the infinitive clauses the verb governs by these relations, with "to" before their verb:
    complements (xcomp, ccomp: "ordered X to appear") or purpose clauses (advcl: "sent a team to investigate")."""
    return [c for c in verb.children if c.dep_ in deps and c.i > verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)]


def _clause_after(verb: Token) -> list[Token]:
    """The first words after the verb in its subtree, without the verbs coordinated with it, relative and
    infinitive clauses of its nouns ("a front in Afrin, which has no link to the border", "an attempt to deter
    naval manoeuvres") and their words; a free relative ("whoever kills X") is the verb's own argument and stays."""
    skip = {t.i for c in verb.children if c.dep_ in {"conj", "parataxis"} for t in c.subtree}
    skip |= {t.i for r in verb.subtree if r.i != verb.i and r.head.lower_ not in FREE_RELATIVE_HEADS and (
        r.dep_ == "relcl" or (r.dep_ == "acl" and any(a.lower_ == "to" for a in r.children)))
        for t in r.subtree}
    return [t for t in verb.subtree if t.i > verb.i and t.i not in skip][:CLAUSE_WINDOW]


def _follows(words: tuple[str, ...], toks: list[Token]) -> bool:
    """Every word is found in toks (as written or as lemma), in this order, other words between them allowed; a
    word "a|b" accepts either; a first word "^w" must be the first of toks (right after the verb: "broke with")."""
    pos = 0
    if words and words[0].startswith("^"):
        if not toks or {toks[0].lower_, toks[0].lemma_.lower()}.isdisjoint(words[0][1:].split("|")):
            return False
        words, pos = words[1:], 1
    for w in words:
        accepted = set(w.split("|"))
        while pos < len(toks) and accepted.isdisjoint({toks[pos].lower_, toks[pos].lemma_.lower()}):
            pos += 1
        if pos == len(toks):
            return False
        pos += 1
    return True


def _joint(verb: Token, after: list[Token]) -> bool:
    """The act is done together: a word saying so after the verb ("joint exercises", "exercises with X"), or a
    coordinated subject ("Russia and China held ...", "French and Egyptian warships launched ...")."""
    if any(t.lower_ in JOINT_WORDS for t in after):
        return True
    head = verb
    while head.dep_ in {"xcomp", "conj"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        head = head.head
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.dep_ == "conj" or (c.dep_ in {"amod", "compound"} and any(g.dep_ == "conj" for g in c.children))
               for s in subjects for c in s.children)


def _persons(nouns: list[Token]) -> bool:
    """One of these nouns is a person: a PERSON entity, a personal pronoun, a human noun or a Phoenix agent noun."""
    human, agents = D.non_acts()["human_nouns"], D.agent_codes()
    return any(h.ent_type_ == "PERSON" or h.lower_ in HELD_PRONOUNS
               or any(w in human or w in agents for w in (h.lemma_.lower(), h.lower_)) for h in nouns)


def _convey(verb: Token) -> bool:
    """A person taken somewhere (VerbNet bring-11.3, "take NP to PP-destination"; WordNet 3.0 take v. "take
    somebody somewhere"): the verb's object, or the subject of its passive, is a person and the verb has a "to"
    phrase whose noun, or a modifier of it, is not one of CONVEY_EXCEPT; a doer in custody (police, troops,
    officials: _custody; for a relative clause's "who", the noun it describes: "US commandos, who took her to X")
    is an arrest the dictionary reads, not a conveyance."""
    moved = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj"]
    words = {w.lemma_.lower() for p in places for w in (p, *(c for c in p.children if c.dep_ in {"compound", "amod"}))}
    if not places or not _persons(moved) or not words.isdisjoint(CONVEY_EXCEPT):
        return False
    relative = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"} for c in verb.children)
    return not (_custody(verb, CUSTODY_DOERS) or relative and _in_sectors(verb.head, CUSTODY_DOERS))


def _custody(verb: Token, sectors: tuple[str, ...]) -> bool:
    """The verb's doer (its active subject, or the "by" agent of its passive) is an actor of one of these CAMEO
    sectors (a 3-letter part of its actor code: "police" COP, "Syrian troops" SYRMIL; a head noun of the CAMEO
    dictionary's &MILITARY synset, the "forces" of its "armed forces", counts as MIL) and the one it acts on (its
    object, or the subject of its passive) is a person: "the two men are held by rebel forces",
    "police held two men", "he was picked up by police". A meeting held by the police is no custody."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    if passive:
        doers = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        held = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        held = [c for c in verb.children if c.dep_ == "dobj"]
    if not _persons(held):
        return False
    return any(_in_sectors(d, sectors) for d in doers)


def _interlocutor(verb: Token, sectors: tuple[str, ...]) -> bool:
    """A talk between two parties: the one spoken to (the verb's direct object, "called Erdogan", or the noun of its
    "to" or "with" phrase, "spoke to the Egyptian president", or an appositive of these) and the verb's subject are
    each a party (_party). The verb names no one: no predicate noun, adjective or clause ("called him a liar",
    "called it cruel"; the parser reads a bare name after "called" as a predicate noun, "called Erdogan on
    Wednesday": with no object, that single name is the one called; two are a name and its predicate, "called the
    chief executive, X, 'driven'"; for "call", an indefinite appositive is one too: "called X, a former director, an
    outstanding leader"), no quoted predicate in the object ("called the ruling 'a disgrace'") and no
    particle ("called out", "called off")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    predicates = [c for c in verb.children if c.dep_ in NAMING_DEPS]
    if objects and predicates or len(predicates) > 1 or any(c.dep_ != "oprd" for c in predicates) or any(
            c.dep_ == "prt" for c in verb.children) or any(t.is_quote for o in objects + predicates for t in o.subtree):
        return False
    heads = objects or predicates
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
              for p in c.children if p.dep_ == "pobj"]
    appositives = [a for h in heads for a in h.children if a.dep_ == "appos"]
    if verb.lemma_.lower() == "call" and any(a.pos_ == "NOUN" and any(
            d.lower_ in {"a", "an"} for d in a.children) for a in appositives):
        return False  # "called X, a former director, an outstanding leader": the predicate read as an appositive
    heads += appositives
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_party(h, sectors) for h in heads) and any(_party(d, sectors) for d in doers)


def _party(noun: Token, sectors: tuple[str, ...]) -> bool:
    """The noun names a party: a common noun whose own word is a Phoenix agent of one of these sectors ("the
    president", "the foreign minister"; not through a possessor: "Obama's ignorance" is no one), a name coded in
    one of these sectors ("Erdogan"), a name the parser reads as a person's and no news medium's, or a personal
    pronoun ("he spoke with ..."; whether that person is a political actor is the resolved actor's code:
    events.filters._unofficial_talk). Reporters,
    newspapers, troops, the public or a plural name (an organisation or a group spoken to, an audience: "spoke to
    the X Ministries") are no party."""
    from newsledger.extract.eventcoding import actorcodes as AC

    if noun.tag_ == "NNPS":  # a plural name is a group's or an organisation's, an audience ("X Ministries")
        return False
    if noun.lower_ in PERSON_PRONOUNS:
        return True  # "he spoke with the Egyptian president": the person it resolves to must be political
    if noun.pos_ != "PROPN":
        own = [D.agent_codes().get(w, "") for w in (noun.lower_, noun.lemma_.lower())]
    else:  # a name by its actor code
        own = [AC.head_code(noun, pron=False) or ""]
    coded = any(AC.code_in_sectors(code, sectors) for code in own)
    return coded or (noun.ent_type_ == "PERSON" and not _in_sectors(noun, ("MED",)))


def _in_sectors(doer: Token, sectors: tuple[str, ...]) -> bool:
    """The noun names an actor of one of these CAMEO sectors (its actor code, its Phoenix agent code, or a head noun
    of the dictionary's &MILITARY synset as MIL)."""
    from newsledger.extract.eventcoding import actorcodes as AC

    military = {w.split()[-1] for w in D.synsets().get("&MILITARY", ())}  # "troops", "forces" ("armed forces")
    head = doer.lower_
    codes = [AC.head_code(doer, pron=False) or "", D.agent_codes().get(head, ""),
             D.agent_codes().get(head[:-1] if head.endswith("s") else head, ""),
             "MIL" if head in military else ""]
    return any(AC.code_in_sectors(code, sectors) for code in codes)


def _posture(verb: Token, nouns: tuple[str, ...]) -> bool:
    """A state's or an armed body's force posture: the verb's object (or the subject of its passive) is one of these
    nouns and names an armed force, by a military word on it ("the US troop presence", "its military presence"),
    by its own word (troop, soldier, army, militia; a "force" that is no labour or task force: "raise a border
    force"), or by the verb's doer, a state's name (a GPE) or an armed body (CAMEO sector MIL), also the doer of
    the verb an infinitive or coordinated verb hangs from ("Washington is drawing down its presence", "the US plans
    to halve its presence"). A firm's or a campaign's presence is none: "the bank built up its presence in Asia",
    "the senator expanded her presence in Iowa"."""
    held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
            and (c.lemma_.lower() in nouns or c.lower_ in nouns)]
    if not held:
        return False
    for noun in held:
        mods = {m.lower_ for m in noun.children if m.dep_ in {"amod", "compound", "nmod"}}
        mods |= {g.lower_ for m in noun.children if m.dep_ == "compound" for g in m.children if g.dep_ == "compound"}
        if mods & POSTURE_MODIFIERS:
            return True
        if noun.lemma_.lower() in POSTURE_MODIFIERS or (
                noun.lemma_.lower() == "force" and not mods & UNARMED_FORCE_MODIFIERS and mods):
            return True
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    head = verb
    while head.dep_ in {"xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head
    return any(s.ent_type_ == "GPE" or (s.pos_ != "PRON" and _in_sectors(s, ("MIL",)))
               for s in head.children if s.dep_ == "nsubj")


def _armed_doer(verb: Token) -> bool:
    """The verb's doer is an armed force: its active subject (or that of the verb an infinitive or coordinated verb
    hangs from: "troops began to push into"), or a subject coordinated with it ("tanks and armoured vehicles"), is
    an actor of a CAMEO armed sector (MIL, REB, INS, UAF: "Syrian troops", "rebel fighters", "Kurdish forces") or
    an armoured vehicle ("Turkish tanks"). A pronoun is left to its antecedent: no doer here."""
    head = verb
    while head.dep_ in {"xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    doers += [g for d in doers for g in d.children if g.dep_ == "conj"]
    return any(d.pos_ != "PRON" and (d.lemma_.lower() in ARMOUR_NOUNS or _in_sectors(d, ARMED_SECTORS))
               for d in doers)


def _shows(verb: Token, frame: Frame, after: Callable[[], list[Token]]) -> bool:
    """The verb's sentence shows this frame (see verb_senses.tsv's header for the kinds); after() gives the words
    after the verb (_clause_after), read once for all of a verb's rows."""
    kind, words = frame
    if kind == "any":
        return True
    if kind in CLAUSE_DEPS:
        return any(not words or c.lemma_.lower() in words for c in _infinitive_verbs(verb, CLAUSE_DEPS[kind]))
    if kind == "posture":
        return _posture(verb, words)
    if kind in NOUN_FRAMES:
        return not _noun_lemmas(verb, kind).isdisjoint(words)
    if kind == "joint":
        return _follows(words, after()) and _joint(verb, after())
    if kind == "armed":
        return _follows(words, after()) and _armed_doer(verb)
    if kind == "custody":
        return _custody(verb, words)
    if kind == "convey":
        return _convey(verb)
    if kind == "interlocutor":
        return _interlocutor(verb, words)
    return _follows(words, after())


def sense_row(verb: Token, lemma: str) -> tuple[Frame, str] | None:
    """The first sense row (frame, CAMEO code) of this lemma (phrasal verbs as "call_in") whose frame the verb's
    sentence shows, else None. Found once per verb and lemma of a document (kept in its user_data): the coder, the
    event filters and the confidence ask again."""
    return nlp.kept(verb.doc, (_SENSE_ROW_KEY, verb.i, lemma), lambda _: _sense_row(verb, lemma))


_SENSE_ROW_KEY = "newsledger.sense_row"


def _sense_row(verb: Token, lemma: str) -> tuple[Frame, str] | None:
    """sense_row, worked out."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in
                ADVERB_PARTICLES), None)
    rows = senses().get(f"{lemma}_{prt}", []) if prt else []
    rows = rows + senses().get(lemma, [])
    if not rows:
        return None
    read: list[list[Token]] = []

    def after() -> list[Token]:
        if not read:
            read.append(_clause_after(verb))
        return read[0]

    return next(((frame, code) for frame, code in rows if _shows(verb, frame, after)), None)


def sense_code(verb: Token, lemma: str) -> str | None:
    """The CAMEO code of the first sense row of this lemma whose frame the verb's sentence shows (NO_ACT when that
    frame reports no act), else None."""
    row = sense_row(verb, lemma)
    return row[1] if row else None
