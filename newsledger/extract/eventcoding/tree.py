"""Dependency-parse navigation the coder's steps share: noun-phrase heads, coordination, a sentence's tokens by part
of speech, phrasal lemmas, named heads."""
from __future__ import annotations

import weakref

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsledger import nlp
from newsledger.extract.eventcoding import actorcodes as AC
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.words import NOMINAL_SOURCE_ENTS, PLACE_NOUNS

PARTITIVE = D.word_class("partitive")


def in_words(tok: Token, words) -> bool:
    """The token's text or its lemma, lower-cased, is one of `words` (a word class of the event data)."""
    return tok.lower_ in words or tok.lemma_.lower() in words


def first_conjunct(tok: Token) -> Token:
    """The first of the coordination `tok` is a later conjunct of (itself when it is none): the one that carries
    the coordination's relation to its head ("sent troops and militia": troops, the object)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


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


def _aux_words(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


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


def phrasal_lemma(verb: Token, lemma: str) -> str:
    """The dictionary key of a verb with its particle ("carry_out", "win_back"), else the lemma itself."""
    prt = particle(verb)
    return f"{lemma}_{prt}" if prt else lemma


_PRT = get_string_id("prt")


def particle(verb: Token) -> str | None:
    """The lower-cased text of the verb's first particle ("out" of "carried out"), or None: its children read on
    the document's parse arrays (newsledger.nlp.arrays), not made as Tokens on each of the coder's many asks."""
    parse = nlp.arrays(verb.doc)
    for c in parse.children(verb.i):
        if parse.dep[c] == _PRT:
            return verb.doc[c].lower_
    return None


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
