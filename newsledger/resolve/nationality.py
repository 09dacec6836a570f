"""A person's nationality, where the grammar of the person's own phrase states it by a demonym (issue 16).

A person the text describes by a noun premodified by a country's demonym ("Yago Riedijk, a Dutch convert";
"an Australian jihadist, Abdullah Elmir") is a national of that country: CAMEO and Phoenix code a national whose
sector the text does not give by the country code alone (actor_codes: the last source of a person's code). The nouns
that describe the person (Quirk et al. 1985: apposition, 17.65; object predicative, 16.48; subject complement, 10.8):
- an appositive after the name, the title the name is apposed to, a premodifying noun (membership's shapes);
- a plural noun apposed to a coordination of names holds for each name ("two other British men - X and Y");
- the object of an identifying verb whose "as" complement is the name ("A British soldier ... has been named as X");
- the complement of a copula whose subject is the name or a relative pronoun standing for it ("X is a Spanish
  citizen", "X, who is a French national").
Only a demonym that premodifies that noun itself counts ("a critic of the Syrian regime", "a pro-Russian activist",
"a Syria expert" state no nationality); a country's name is not taken (a topic: "a Syria expert").
"""
from __future__ import annotations

from spacy.tokens import Token

from newsledger import resources
from newsledger.resolve import lexicon, membership

PREMODIFIERS = {"amod", "compound", "nmod"}
# A demonym after one of these words and a hyphen is a stance, not a nationality ("pro-Russian", "anti-American");
# one before a hyphen and a participle is an origin or a sponsor ("Syrian-born", "Russian-backed").
STANCE_PREFIXES = {"pro", "anti", "non"}
SUBJECTS = {"nsubj", "nsubjpass"}


def words() -> dict[str, frozenset[str]]:
    """data/nationality.tsv by kind: identify, copula."""
    return resources.words_by_kind("nationality.tsv")


def described_nouns(name: Token) -> list[Token]:
    """The nouns the grammar says the person named at `name` (its root) is."""
    first = membership.first_conjunct(name)
    coordinated = first.i != name.i or any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in name.children)
    nouns = [n for n in membership.appositive_nouns(name) if _renames(n, name, coordinated)]
    if first.i != name.i:
        nouns += [n for n in membership.appositive_nouns(first) if n.tag_ == "NNS" and _renames(n, first, True)]
    identified = _identified_noun(name)
    if identified is not None:
        nouns.append(identified)
    return nouns + _complements(name)


def _renames(noun: Token, name: Token, coordinated: bool) -> bool:
    """Whether an appositive noun the parse gives the name is the person's own: not one after another name, which
    it renames ("X, a middleman for Gazprom, the Russian gas giant"); a plural one only for a coordination of names
    and set off by punctuation ("two British men - X and Y"; "the Syrian refugees President Obama wants" is a
    relative clause, not an apposition)."""
    if noun.pos_ != "NOUN":
        return False
    doc = noun.doc
    if noun.i > name.i:
        between = doc[name.i + 1: noun.left_edge.i]
        return not any(t.pos_ == "PROPN" and t.ent_type_ for t in between)
    if noun.tag_ != "NNS":
        return True
    return coordinated and any(t.is_punct for t in doc[noun.i + 1: name.left_edge.i])


def _identified_noun(name: Token) -> Token | None:
    """"the man" of "police named the man as X" and of "the man has been named as X"."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in words()["identify"]:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    role = "nsubjpass" if passive else "dobj"
    return next((c for c in verb.children if c.dep_ == role and c.pos_ == "NOUN"), None)


def _complements(name: Token) -> list[Token]:
    """The copula complements said of the person: as its subject, or through a relative pronoun."""
    copulas = [c for c in name.children if c.dep_ == "relcl" and c.lemma_.lower() in words()["copula"]
               and any(s.dep_ in SUBJECTS and s.tag_ in {"WP", "WDT"} for s in c.children)]
    if name.dep_ in SUBJECTS and name.head.lemma_.lower() in words()["copula"]:
        copulas.append(name.head)
    return [c for v in copulas if not any(x.dep_ == "neg" for x in v.children)
            for c in v.children if c.dep_ == "attr" and c.pos_ == "NOUN"]


def demonym_country(noun: Token) -> str | None:
    """ISO2 of the country whose demonym premodifies the noun ("Dutch" of "a Dutch convert")."""
    for child in noun.children:
        if child.dep_ not in PREMODIFIERS or child.i > noun.i or not child.text[:1].isupper():
            continue
        if child.pos_ != "ADJ" and child.ent_type_ != "NORP":
            continue  # a country's name premodifying a noun is a topic ("a Syria expert"), not a nationality
        if _stance_or_origin(child):
            continue
        iso2 = lexicon.country_of_name().get(child.lower_)
        if iso2:
            return iso2
    return None


def _stance_or_origin(demonym: Token) -> bool:
    """"pro-Russian", "anti-American": a stance; "Syrian-born", "Russian-backed": an origin or a sponsor."""
    doc = demonym.doc
    before = doc[demonym.i - 2: demonym.i] if demonym.i >= 2 else []
    after = doc[demonym.i + 1: demonym.i + 3]
    return (len(before) == 2 and before[1].text == "-" and before[0].lower_ in STANCE_PREFIXES) \
        or (len(after) == 2 and after[0].text == "-" and after[1].pos_ == "VERB")


def stated_country(name: Token) -> tuple[str | None, Token | None]:
    """(ISO2, the noun stating it) of the nationality the grammar states of the person named at `name`."""
    for noun in described_nouns(name):
        iso2 = demonym_country(noun)
        if iso2:
            return iso2, noun
    return None, None
