"""CAMEO code of a verb from the verb dictionary: the pattern (words after and before the verb, in its own clause)
with the most words matched, else the verb's default code; light verbs take their event noun's code."""
from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import AUX, PART, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from newsledger import nlp
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding import senses as S
from newsledger.extract.eventcoding.tree import particle, phrasal_lemma
from newsledger.extract.eventcoding.words import ACCUSE_VERBS, LIGHT_VERBS, PROMISE_HEADS

Forms = tuple[frozenset[str], bool]  # a token's word and lemma (lower case), and whether it is a particle


def _tok_forms(tok: Token) -> Forms:
    """Read once per token and kept in the parsed article's user_data (nlp.release drops it with the article): a
    verb's patterns are tried against the same tokens many times, and neighbouring verbs share their words."""
    return _forms_at(tok.doc, (tok.i,))[0]


def _forms_at(doc: Doc, indices) -> list[Forms]:
    """_tok_forms of the tokens at these indices, in order, each read once per article from the document's lower
    case, lemma and part-of-speech columns (newsledger.nlp): a Token is made only for a month's name (_month)."""
    memo = doc.user_data.setdefault(_FORMS_KEY, {})
    out = []
    columns = None
    for i in indices:
        forms = memo.get(i)
        if forms is None:
            if columns is None:
                columns = nlp.column(doc, LOWER), nlp.column(doc, LEMMA), nlp.column(doc, POS)
            forms = memo[i] = _column_forms(doc, i, *columns)
        out.append(forms)
    return out


def _column_forms(doc: Doc, i: int, lower: list[int], lemma: list[int], pos: list[int]) -> Forms:
    """Token i's forms from the columns: its lower-case word and lemma, none for a month's name as a date."""
    strings = doc.vocab.strings
    low = strings[lower[i]]
    words = frozenset() if low in MONTH_NAMES and _month(doc[i]) else frozenset({low, strings[lemma[i]].lower()})
    return words, pos[i] == PART


MONTH_NAMES = frozenset(D.word_class("month_names"))
MONTH_PREPOSITIONS = frozenset(D.word_class("month_prepositions"))


def _month(tok: Token) -> bool:
    """A month's name as a date is no pattern word: capitalised, and in a DATE entity, or next to a day or year
    ("4 March", "March 2010"), or after a preposition of time ("in March", "since May"). The dictionary's "march"
    (141, a protest march; 030) read "detained X in Nairobi in March" as a protest (issue 16, rounds 30-31)."""
    if tok.lower_ not in MONTH_NAMES or not tok.text[:1].isupper():
        return False
    if tok.ent_type_ == "DATE":
        return True
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (any(t is not None and t.text.isdigit() for t in (before, after))
            or (before is not None and before.lower_ in MONTH_PREPOSITIONS))


_FORMS_KEY = "newsledger.eventcoding.forms"


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
        get = words.get
        for forms, _ in toks:
            for form in forms:
                hit = get(form)
                if hit:  # most words open no unit: no empty update
                    found.update(hit)
    units_found: dict[int, int] = {}  # a plain count: Counter over a generator cost more than the test itself
    for i, _ in found:
        units_found[i] = units_found.get(i, 0) + 1
    # the patterns with a unit found, and those with no unit to find (always possible), in order
    return sorted({i for i, n in units_found.items() if n >= needed[i]}.union(_unindexed(patterns, needed)))


_UNINDEXED: dict[int, tuple[list, list[int]]] = {}


def _unindexed(patterns: list, needed: list[int]) -> list[int]:
    """The patterns (by position) with no unit in the index (_pattern_index): none can be ruled out by it."""
    cached = _UNINDEXED.get(id(patterns))
    if cached is None or cached[0] is not patterns:
        cached = _UNINDEXED[id(patterns)] = patterns, [i for i, n in enumerate(needed) if n == 0]
    return cached[1]


def _clause_indices(verb: Token) -> list[int]:
    """The indices of the verb's own clause after it (its first 14 words): its subtree minus coordinated verbs and
    embedded clauses. Walked on the document's parse arrays (newsledger.nlp.arrays)."""
    parse, v = nlp.arrays(verb.doc), verb.i
    out: list[int] = []
    stack = [v]
    while stack:
        t = stack.pop()
        for c in parse.children(t):
            if t == v and (c <= v or parse.dep[c] in _CLAUSE_STOP and parse.pos[c] in _VERBAL):
                continue
            if parse.dep[c] == _RELCL:
                continue
            out.append(c)
            stack.append(c)
    return sorted(i for i in out if i > v)[:14]


# What ends the verb's own clause (_clause_indices): a coordinated or embedded verb, a relative clause anywhere.
_CLAUSE_STOP = frozenset(get_string_id(d) for d in ("conj", "parataxis", "relcl"))
_VERBAL = frozenset({VERB, AUX})
_RELCL = get_string_id("relcl")


def code_verb(verb: Token, lemma: str | None = None) -> str | None:
    return coded_verb(verb, lemma)[0]


def coded_verb(verb: Token, lemma: str | None = None) -> tuple[str | None, str]:
    """(CAMEO code, basis): basis "pattern" when a dictionary pattern with words decided the code, "nominal"
    for a light verb's event noun, "default" for the verb's bare default code (the weakest evidence)."""
    lemma, entry = _verb_entry(verb, lemma or verb.lemma_.lower())
    sense = S.sense_code(verb, lemma)  # a sense the sentence's structure shows (verb_senses.tsv): "ordered X to"
    if sense:
        return (None if sense == S.NO_ACT else sense), "pattern"  # NO_ACT: "paid the price", "hit a record"
    if entry is None:
        return None, "default"
    best = _best_pattern(verb, _custody_patterns(lemma, entry["patterns"]) if lemma in CUSTODY_VERBS
                         else entry["patterns"])
    light = _nominal_object(verb, lemma)
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


CUSTODY_VERBS = frozenset(D.word_class("custody_verbs"))
CUSTODY_CODES = ("17", "18")  # CAMEO 17 Coerce (173 arrest, 172 restrict) and 18 Assault (181 abduct, hostage)
_CUSTODY_PATTERNS: dict[str, list] = {}


def _custody_patterns(lemma: str, patterns: list) -> list:
    """A custody verb's dictionary patterns without the senses of "hold", "gather" and "take" its synonym block
    carries ("hold talks" 046, "hold a rally" 141, "hold elections" 0341, "take part in protest" 141): only its
    coercion and assault patterns and its no-event ones (None) stay. "Police detained him during a rally" is an
    arrest (CAMEO 173), never a protest (issue 16, rounds 30-31); memoised per lemma (matching's pattern index is
    kept per list)."""
    kept = _CUSTODY_PATTERNS.get(lemma)
    if kept is None:
        kept = _CUSTODY_PATTERNS[lemma] = [p for p in patterns if p[2] is None or p[2].startswith(CUSTODY_CODES)]
    return kept


def _verb_entry(verb: Token, lemma: str) -> tuple[str, dict | None]:
    """The verb's lemma as the dictionary spells it and its entry (a phrasal verb's own entry first), or None."""
    table = D.verbs()
    if lemma not in table and verb.lower_.endswith(("ed", "es")):  # a lemmatizer slip ("staged" -> "stag")
        lemma = next((c for c in (verb.lower_[:-1], verb.lower_[:-2]) if c in table), lemma)
    entry = None
    prt = particle(verb)
    if prt is not None:
        entry = table.get(f"{lemma}_{prt}")
    return lemma, entry or table.get(lemma)


def _best_pattern(verb: Token, patterns: list) -> tuple | None:
    """The entry's pattern matching most words around the verb (its clause after it, up to 8 words before it),
    or None."""
    post = _forms_at(verb.doc, _clause_indices(verb))
    # the (at most 8) words of its sentence before the verb, by index: not every token of the sentence
    pre = _forms_at(verb.doc, range(max(verb.sent.start, verb.i - 8), verb.i))
    best, best_n = None, 0
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
    return best


def _that_clause(verb: Token) -> bool:
    """The verb states a clause of its own ("charged that X lied", "charged X lied"): its content is what is said,
    a legal-action pattern matched inside that clause ("... lied over the war") is no arrest: the act is the
    accusation (CAMEO 112 "Accuse")."""
    return any(c.dep_ == "ccomp" for c in verb.children)


SELF_NOUNS = D.word_class("self_nouns")

WEAPON_NOUNS = D.word_class("weapon_nouns")


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


DEMAND_VERBS = D.word_class("demand_verbs")

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
