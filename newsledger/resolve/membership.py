"""A person's membership of an organization, where the grammar of the person's own phrase states it (issue 16).

A person the text ties to a named organization takes it as their affiliation, so its code (PETRARCH and Phoenix
code an agent noun of a group with the group; actors_guardian.md, "Membership read for codes"). The shapes
(apposition, relative clauses, subject predication and subject control, Quirk et al. 1985):
- a membership noun the name is apposed to or premodified by: "the Isis recruit X", "X, a member of al-Shabaab";
- a relative or participle clause on the name or on its appositive noun: "X, who joined Isis", "X, who left for
  Syria to join Isis", "X, who is suspected of joining Isis", "X, the first of the girls to join Isis";
- the name, or the first name of a coordination, as subject: "X joined Isis", "X and Y were members of Isis",
  "X is thought to have joined Isis";
with the joining verbs and membership nouns of data/membership.tsv, reached from the person's clause through its
bridge verbs only (complements whose unstated subject is the person). Never by proximity: the organization is the
joining verb's object or the membership noun's own modifier. A negated clause, a former member ("former", "ex-"),
an opponent ("anti-Isis fighter", "a fighter against Isis") and a person who fought, left or was killed by the
group state no membership.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsledger import resources

# token -> the id of the organization actor named at that token, or None
OrgAt = Callable[[Token], "str | None"]

# Prepositions that tie a membership noun to its organization ("a member of", "a fighter for", "a commander in").
MEMBER_PREPS = {"of", "for", "with", "in"}
# Words on a membership noun that deny the membership now: a former member, an opponent ("anti-Isis fighter").
NOT_MEMBER_WORDS = {"former", "ex", "anti", "counter", "non"}
# Verb classes walked through: joining is said of the person only through their own bridges, at most this deep.
MAX_DEPTH = 4
SUBJECTS = {"nsubj", "nsubjpass"}
VERB_POS = {"VERB", "AUX"}
# Heads of an appositive that renames a person: a noun, or a nominal adjective or numeral ("the first", "one").
NOMINAL_POS = {"NOUN", "ADJ", "NUM", "PRON"}


def words() -> dict[str, frozenset[str]]:
    """data/membership.tsv by kind: noun, verb, bridge, motion, bridge_noun."""
    return resources.words_by_kind("membership.tsv")


def first_conjunct(tok: Token) -> Token:
    """The first name of a coordination of names ("Elsheikh" of "Kotey and Elsheikh" -> "Kotey")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.ent_type_ == "PERSON":
        tok = tok.head
    return tok


def stated_organization(name: Token, org_at: OrgAt) -> str | None:
    """The organization actor id whose membership the text states of the person named at `name` (its root)."""
    for noun in appositive_nouns(name):
        found = member_noun_organization(noun, org_at) or _relative_clauses(noun, org_at)
        if found:
            return found
    found = _relative_clauses(name, org_at)
    if found:
        return found
    subject = first_conjunct(name)
    if subject.dep_ in SUBJECTS and subject.head.pos_ in VERB_POS:
        return _clause_organization(subject.head, org_at, 0)
    return None


def appositive_nouns(name: Token) -> list[Token]:
    """The phrases that rename the person: the title the name is apposed to ("the Isis recruit, X"; the parser
    also apposes "recruit X"), an appositive after it ("X, a member of Y", "X, the first ... to join Y", "X, one
    of ..."; not another name), a premodifying noun ("fighter X")."""
    nouns = [c for c in name.children if (c.dep_ == "appos" and c.i > name.i and c.pos_ in NOMINAL_POS)
             or (c.dep_ == "compound" and c.i < name.i and c.pos_ == "NOUN")]
    if name.dep_ == "appos" and name.head.pos_ == "NOUN" and name.head.i < name.i:
        nouns.insert(0, name.head)
    return nouns


def member_noun_organization(noun: Token, org_at: OrgAt) -> str | None:
    """"Isis recruit", "member of al-Shabaab", "fighter with the YPG": the organization a membership noun names as
    its own modifier, not a former or opposed one."""
    if noun.lemma_.lower() not in words()["noun"] and noun.lower_ not in words()["noun"]:
        return None
    if any(t.lower_ in NOT_MEMBER_WORDS for t in noun.doc[noun.left_edge.i: noun.i]):
        return None
    for child in noun.children:
        if child.dep_ in {"compound", "nmod", "poss"} and child.i < noun.i:
            found = org_at(child)
        elif child.dep_ == "prep" and child.lower_ in MEMBER_PREPS:
            found = next((_organization_or_unit(g, org_at) for g in child.children if g.dep_ == "pobj"), None)
        else:
            continue
        if found:
            return found
    return None


def _organization_or_unit(obj: Token, org_at: OrgAt) -> str | None:
    """The organization a membership noun's object names: itself ("a member of Isis"), or the organization that
    premodifies a unit of it ("a member of an Islamic State cell"), not an opposed one ("the anti-Isis coalition")."""
    found = org_at(obj)
    if found or any(t.lower_ in NOT_MEMBER_WORDS for t in obj.doc[obj.left_edge.i: obj.i]):
        return found
    return next((f for c in obj.children if c.dep_ == "compound" and c.i < obj.i and (f := org_at(c))), None)


def _relative_clauses(head: Token, org_at: OrgAt) -> str | None:
    """A relative or participle clause whose subject is the head ("who joined Isis", "suspected of joining Isis",
    "the first ... to join Isis"), not one with a subject of its own ("whom Isis recruited")."""
    for clause in head.children:
        if clause.dep_ not in {"relcl", "acl"} or clause.pos_ not in VERB_POS or clause.i < head.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.tag_ not in {"WP", "WDT"}:
            continue
        found = _clause_organization(clause, org_at, 0)
        if found:
            return found
    return None


def _clause_organization(verb: Token, org_at: OrgAt, depth: int) -> str | None:
    """The organization a clause whose subject is the person says they belong to: a joining verb's object, a
    copula's membership noun, or either in a complement of a bridge verb the person also is the subject of."""
    if depth > MAX_DEPTH or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma in words()["verb"]:
        return _joined(verb, org_at)
    if lemma == "be":
        found = next((f for c in verb.children if c.dep_ == "attr" and (f := member_noun_organization(c, org_at))),
                     None)
        if found:
            return found
    if lemma not in words()["bridge"] | words()["motion"]:
        return None
    for complement in _complements(verb):
        found = _clause_organization(complement, org_at, depth + 1)
        if found:
            return found
    return None


def _complements(verb: Token) -> list[Token]:
    """The verbs under a bridge whose subject is the bridge's: an infinitive ("thought to have joined", "left ...
    to join"), an "of"-gerund ("suspected of joining"), an accusation noun's ("on suspicion of being")."""
    out = []
    for child in verb.children:
        if child.pos_ in VERB_POS and (child.dep_ == "xcomp" or (
                child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))):
            if _controlled(child, verb):
                out.append(child)
        elif child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pcomp" and obj.pos_ in VERB_POS:
                    out.append(obj)
                elif obj.dep_ == "pobj" and obj.lemma_.lower() in words()["bridge_noun"]:
                    out += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children if g.dep_ == "pcomp" and g.pos_ in VERB_POS]
    return out


def _controlled(complement: Token, verb: Token) -> bool:
    """Whether the complement has no subject of its own, so the bridge's subject is its subject. "left for Syria to
    join Isis" is parsed as a for-to clause with Syria its subject: after a motion verb, a place there is the
    destination, not a subject."""
    subject = next((c for c in complement.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return True
    return verb.lemma_.lower() in words()["motion"] and subject.ent_type_ in {"GPE", "LOC"} and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in complement.children)


def _joined(verb: Token, org_at: OrgAt) -> str | None:
    """The organization a joining verb takes: "joined Isis", "joined the ranks of Isis", "enlisted in the YPG"."""
    for child in verb.children:
        if child.dep_ == "dobj":
            found = org_at(child) or next(
                (org_at(g) for p in child.children if child.lemma_.lower() == "rank" and p.dep_ == "prep"
                 and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        elif child.dep_ == "prep" and child.lower_ in {"in", "with"} and verb.lemma_.lower() == "enlist":
            found = next((org_at(g) for g in child.children if g.dep_ == "pobj"), None)
        else:
            continue
        if found:
            return found
    return None
