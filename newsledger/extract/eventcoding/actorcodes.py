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


def head_code(head: Token) -> str | None:
    toks = np_tokens(head)
    text = " ".join(t.text for t in toks)
    code = D.code_for_text(text, [t.lemma_.lower() for t in toks])
    if code is None and head.pos_ == "PRON":
        return None
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
