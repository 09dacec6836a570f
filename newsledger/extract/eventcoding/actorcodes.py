"""CAMEO-style actor codes for noun phrases and record actors, from the Phoenix dictionaries."""
from __future__ import annotations

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


def _countryish(code: str | None) -> bool:
    return bool(code) and code[:3] in _country_prefixes()


_PREFIXES: set[str] = set()


def _country_prefixes() -> set[str]:
    if not _PREFIXES:
        _PREFIXES.update(v[:3] for v in D.actor_codes().values() if len(v) >= 3)
        _PREFIXES.difference_update(set(D.agent_codes().values()))
        _PREFIXES.update({"IGO", "NGO", "IMG"})
    return _PREFIXES


def head_code(head: Token, depth: int = 0) -> str | None:
    """The actor code of a noun-phrase head: its own words, else a possessor or "of" object ("the president
    of Armenia", "Haiti's efforts"), else, for a pronoun, the nearest coded noun phrase before it."""
    code = _raw_code(np_tokens(head))
    if _countryish(code) or depth > 2:
        return code
    for c in head.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of"):
            inner = c if c.dep_ == "poss" else next((p for p in c.children if p.dep_ == "pobj"), None)
            if inner is not None:
                sub = head_code(inner, depth + 1)
                if _countryish(sub):
                    return sub[:3] + (code or "") if code and not _countryish(code) and len(code) == 3 else sub
    if head.pos_ == "PRON" and head.lower_ in {"it", "they", "he", "she", "we", "its", "their", "them"}:
        for t in reversed([t for t in head.sent if t.i < head.i]):
            if t.pos_ in {"PROPN", "NOUN", "ADJ"} and t.dep_ not in {"poss"}:
                sub = _raw_code([t])
                if _countryish(sub):
                    return sub
    return code


def plover_main_type(ev) -> str | None:
    from newsledger.extract.eventcoding.coder import intent_type

    if ev.modality in {"future", "intent", "conditional"}:
        return intent_type(ev.cameo)[0]
    if ev.modality == "threat":
        return "THREATEN"
    return ev.type


def iso3_for(country_name: str | None) -> str | None:
    if not country_name:
        return None
    code = D.actor_codes().get(" ".join(country_name.lower().split()))
    return code[:3] if code else None
