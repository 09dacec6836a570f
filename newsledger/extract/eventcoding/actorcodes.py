"""CAMEO-style actor codes for noun phrases and record actors, from the Phoenix dictionaries."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsledger.extract.eventcoding import dictionary as D

# ISO 3166-1 alpha-2 -> alpha-3 for countries the record knows by alpha-2 (filled lazily from the table).
_STOP_DEPS = {"relcl", "acl", "appos", "punct", "cc", "conj", "prep"}


def np_tokens(head: Token) -> list[Token]:
    """The head with its pre-modifiers and compounds (no relative clauses, appositions, conjuncts), plus an
    "of" phrase of a partitive head."""
    toks = [head]
    for c in head.children:
        if c.i < head.i and c.dep_ not in _STOP_DEPS:
            toks.extend(c.subtree)
    return sorted(set(toks), key=lambda t: t.i)


def _raw_code(toks: list[Token]) -> str | None:
    return D.code_for_text(" ".join(t.text for t in toks), [t.lemma_.lower() for t in toks])


def code_in_sectors(code: str | None, sectors) -> bool:
    """Whether a CAMEO actor code holds one of these three-letter sectors in any slot ("USAGOV", "SYRREBMIL")."""
    code = code or ""
    return any(code[k:k + 3] in sectors for k in range(0, len(code), 3))


def countryish(code: str | None) -> bool:
    """Whether a CAMEO actor code opens with a country (or IGO/NGO/IMG) prefix: "USAGOV", not "GOV"."""
    return bool(code) and code[:3] in _country_prefixes()


@lru_cache(maxsize=1)
def _country_prefixes() -> frozenset[str]:
    """Built whole before it is kept: filled in place, an exception mid-fill (an article's time limit) left a
    partial table, agent codes such as MUS or MED taken for countries, for the rest of the process (issue 15)."""
    prefixes = {v[:3] for v in D.actor_codes().values() if len(v) >= 3} - set(D.agent_codes().values())
    return frozenset(prefixes | {"IGO", "NGO", "IMG"})


def _memo(head: Token, name: str) -> dict:
    """The parsed article's answers of one of the functions below (they read nothing but its parse and the
    dictionaries), kept in its user_data so nlp.release drops them with it: each event asks them for its heads
    twice (event_codes, then codes_by_head), and the same heads recur across an article's events."""
    return head.doc.user_data.setdefault(name, {})


def head_code(head: Token, depth: int = 0, pron: bool = True) -> str | None:
    """The actor code of a noun-phrase head: its own words, else a possessor or "of" object ("the president
    of Armenia", "Haiti's efforts"), else, for a pronoun, the nearest coded noun phrase before it."""
    memo, key = _memo(head, "newsledger_head_code"), (head.i, depth, pron)
    if key not in memo:
        memo[key] = _head_code(head, depth, pron)
    return memo[key]


def _head_code(head: Token, depth: int, pron: bool) -> str | None:
    code = _raw_code(np_tokens(head))
    if not countryish(code):
        code = _person_code(np_tokens(head)) or code
    if countryish(code) or depth > 2:
        return code
    for c in head.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of"):
            inner = c if c.dep_ == "poss" else next((p for p in c.children if p.dep_ == "pobj"), None)
            if inner is not None:
                sub = head_code(inner, depth + 1, pron)
                if countryish(sub):
                    return sub[:3] + (code or "") if code and not countryish(code) and len(code) == 3 else sub
    if pron and head.pos_ == "PRON" and head.lower_ in {"it", "they", "he", "she", "we", "its", "their", "them"}:
        for t in reversed([t for t in head.sent if t.i < head.i]):
            if t.pos_ in {"PROPN", "NOUN", "ADJ"} and t.dep_ not in {"poss"}:
                sub = _raw_code([t])
                if countryish(sub):
                    return sub
    return code


# -- person names by surname ------------------------------------------------------------------------

_SURNAMES: dict[str, str | None] = {}


def _surnames() -> dict[str, str | None]:
    """Last word of a multi-word Phoenix name -> the country prefix all its entries share (None when the
    entries disagree). Only used for tokens the parser marks as person names."""
    if not _SURNAMES:
        agents = D.agent_codes()
        table: dict[str, str | None] = {}
        for name, code in D.actor_codes().items():
            words = name.split()
            if len(words) < 2 or not code or len(code) < 3:
                continue
            last = words[-1].strip(".'")
            if len(last) < 4 or not last.isalpha() or last in agents:
                continue
            pre = code[:3]
            if pre not in _country_prefixes():
                continue
            if last in table and table[last] != pre:
                table[last] = None
            else:
                table.setdefault(last, pre)
        _SURNAMES.update(table)
        _SURNAMES.setdefault("", None)
    return _SURNAMES


def _person_code(toks: list[Token]) -> str | None:
    """A person's country from the Phoenix leaders' names: the surname of a PERSON name in the phrase, with
    the sector of a title noun ("President Bush" -> USAGOV style prefix USA)."""
    names = [t for t in toks if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    if not names:
        return None
    last = names[-1].lower_.strip(".'")
    pre = _surnames().get(last)
    if not pre:
        return None
    sector = _raw_code([t for t in toks if t not in names])
    return pre + sector if sector and len(sector) == 3 and not countryish(sector) else pre


# -- deeper search for a phrase's country ------------------------------------------------------------

_LOC_PREPS = D.word_class("loc_preps")


def deep_code(head: Token, depth: int = 0, pron: bool = True) -> str | None:
    """head_code, else the country of a modifier of the phrase: a place or actor in a prepositional phrase
    ("rebels in the Ivory Coast", "a village in western Cambodia"), a participle's object or phrase ("a group
    based in Trinidad", "refugees fleeing the war in Liberia"), an apposition, or the subject of a clause
    attached to the noun ("its demand that Israel ease ...")."""
    memo, key = _memo(head, "newsledger_deep_code"), (head.i, depth, pron)
    if key not in memo:
        memo[key] = _deep_code(head, depth, pron)
    return memo[key]


def _deep_code(head: Token, depth: int, pron: bool) -> str | None:
    code = head_code(head, pron=pron and depth == 0)
    if countryish(code) or depth > 2:
        return code
    found = None
    for c in sorted(head.children, key=lambda t: t.i):
        if c.i < head.i and c.dep_ not in {"poss"}:
            continue
        subs: list[Token] = []
        if c.dep_ == "prep" and c.lower_ in _LOC_PREPS:
            subs = [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ in {"acl", "relcl", "ccomp"}:
            subs = [x for x in c.children if x.dep_ in {"dobj", "nsubj"} and x.pos_ != "PRON"]
            subs += [p for x in c.children if x.dep_ == "prep" and x.lower_ in _LOC_PREPS
                     for p in x.children if p.dep_ == "pobj"]
        elif c.dep_ == "appos":
            subs = [c]
        for sub in subs:
            if sub.pos_ == "PRON":
                continue
            sc = deep_code(sub, depth + 1, pron)
            if countryish(sc):
                found = sc
                break
        if found:
            break
    if found:
        return found[:3] + code if code and len(code) == 3 and not countryish(code) else found
    return code


def _country(code: str | None) -> str | None:
    return code[:3] if countryish(code) else None


def _split(head: Token, pron: bool = True) -> list[str | None]:
    """Country codes of a head, one per coordinated demonym ("Hungarian and Romanian officials")."""
    mods = [c for c in head.children if c.i < head.i and c.dep_ in {"amod", "compound"}
            and any(x.dep_ == "conj" for x in c.children)]
    if mods:
        codes = [_country(_raw_code([t])) for m in mods for t in [m] + [x for x in m.children if x.dep_ == "conj"]]
        if sum(1 for c in codes if c) > 1:
            return [c for c in codes if c]
    return [_country(deep_code(head, pron=pron))]


def _actorish(head: Token) -> bool:
    """A person, group or organization rather than a thing: a name, or a role noun of the agents table."""
    if head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True
    lemma = head.lemma_.lower()
    return lemma in D.agent_codes() or head.lower_ in D.agent_codes()


def event_codes(ev) -> tuple[list[str | None], list[str | None]]:
    """(source country codes, target country codes) of a coded event, for country-level event data:
    - the coded heads (deep_code); an uncoded source beside a coded target is taken as domestic;
    - without a coded target: the objects of the trigger and of the verbs it governs ("offered to hand over
      to Britain", "threatened to break relations with Russia"), then a place the action happens in;
    - an object that carries no country of its own is taken as the source's compatriot."""
    from newsledger.extract.eventcoding.words import TARGET_PREPS

    srcs = [c for h in ev.sources for c in _split(h)]
    srcs = list(dict.fromkeys(c for c in srcs if c))
    tgts = [c for h in ev.targets for c in _split(h, pron=False)]
    tgts = list(dict.fromkeys(c for c in tgts if c))
    joint = len(srcs) > 1 or any(c.dep_ == "conj" for h in ev.sources for c in h.children)
    if not tgts and not joint:
        verbs = [ev.trigger]
        for v in list(verbs):
            verbs += [c for c in v.children if c.dep_ in {"xcomp", "ccomp", "advcl", "conj"} and c.pos_ == "VERB"
                      and c.i > ev.trigger.i]
        preps = TARGET_PREPS | {"to", "in", "from"}
        for v in verbs:
            cands = [c for c in v.children if c.dep_ in {"dobj", "dative"} and c.pos_ != "PRON"
                     and c.i > ev.trigger.i]
            cands += [p for c in v.children if c.dep_ == "prep" and c.lower_ in preps
                      for p in ([c] if c.dep_ == "dative" else c.children) if p.dep_ == "pobj"]
            cands += [c for c in v.children if c.dep_ == "nsubj" and v is not ev.trigger and c.pos_ != "PRON"]
            for c in sorted(cands, key=lambda t: t.i):
                code = _country(deep_code(c, pron=False))
                if code and code not in srcs:
                    tgts = [code]
                    break
            if tgts:
                break
    if not srcs and ev.sources and tgts and not ev.passive:
        srcs = tgts[:1]
    if joint:
        tgts = [c for c in tgts if c not in srcs]  # a joint action ("X and Y agreed"): no target among them
    elif not tgts and srcs and any(_actorish(h) for h in ev.targets):
        tgts = srcs[:1]
    return srcs or [None], tgts or [None]


def codes_by_head(ev) -> tuple[list[tuple[str | None, bool]], list[tuple[str | None, bool]], str | None, str | None]:
    """The codes event_codes gives each side of a coded event, per coder head (issue 16: the record's events keep
    them): for each source and target head, (code, own) -- the head phrase's own country when event_codes keeps
    it (own=True), else the side's one event-level code (a governed verb's object, the domestic rule; own=False),
    else None. Then each side's first event-level code, for a side the record fills from elsewhere or not at all."""
    srcs, tgts = event_codes(ev)

    def per(heads, side: list[str | None], pron: bool) -> list[tuple[str | None, bool]]:
        out = []
        for h in heads:
            own = next((c for c in _split(h, pron=pron) if c), None)
            if own is not None and own in side:
                out.append((own, True))
            else:
                out.append((side[0] if len(side) == 1 else None, False))
        return out

    return per(ev.sources, srcs, True), per(ev.targets, tgts, False), srcs[0], tgts[0]


def plover_main_type(ev) -> str | None:
    from newsledger.extract.eventcoding.intent import intent_type
    from newsledger.extract.eventcoding.modality import PLANNED

    if ev.modality in PLANNED:
        return intent_type(ev.cameo, ev)[0]
    if ev.modality == "threat":
        return "THREATEN"
    return ev.type


def iso3_for(country_name: str | None) -> str | None:
    if not country_name:
        return None
    code = D.actor_codes().get(" ".join(country_name.lower().split()))
    return code[:3] if code else None
