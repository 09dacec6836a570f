"""A person's given name the NER took for a place ("Patrick is a senior at ...", "his daughter, Danielle, to
Santa Clara", "Peter, Paul and Mary"): a bare one-word GPE or LOC that is a frequent given name (US Census 1990,
`given_names.txt`) or the first name of a person the article names in full, read nowhere in the article as a
place, is the person. Issue 19, round 15 (places15): LGL tune-a held 6 such predictions in 4 articles (a county
or town of the name: Patrick County, Paul, Idaho), GeoWebNews tune-a one ("robbing Peter to pay Paul")."""
from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc

from newsledger import resources
from newsledger.extract.places.mistyped import (
    _DIVISION_PLURALS,
    _LOCAL_NOUNS,
    _after_a_locative,
    _destination,
    _home_of_a_person,
)
from newsledger.nlp import orths
from newsledger.resolve import gazetteer

# A place this large is named bare as itself ("Charlotte", "Austin", "Jackson", "Virginia", "Victoria"): the rule
# leaves it alone, as it leaves countries ("Georgia"). A small province of the name (Patrick and Michael, parishes of
# the Isle of Man; Paul, Cape Verde) does not protect it.
_LARGE_PLACE = 100_000


def given_names() -> frozenset[str]:
    """The frequent given names (title case)."""
    return resources.words("given_names.txt")


def _name_suffixes() -> frozenset[str]:
    """The generational suffixes that close a person's full name (name_suffixes.txt)."""
    return resources.words("name_suffixes.txt")


def _a_suffixed_full_name(ent) -> bool:
    """"Clayborn Shelby III", "Robert Moore, Jr.": capitalised words (a given name and a surname at least) closed
    by a generational suffix name a person, whatever label the NER gave them; a place's name takes no such
    suffix (a numbered district is one word and a numeral: "District IV")."""
    words = [t for t in ent if t.text != ","]
    return len(words) >= 3 and words[-1].text.rstrip(".") in _name_suffixes() \
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words[:-1])


def _first_names(ents) -> set[str]:
    """The first words of the article's full person names ("Mary Travers" -> Mary)."""
    return {ent[0].text for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].is_alpha
            and ent[0].text[:1].isupper() and not ent[0].text.isupper()}


def _read_as_a_place(doc: Doc, i: int, gaz: gazetteer.Gazetteer) -> bool:
    """The word at token i sits where a sentence names a place: after a locative preposition ("in Patrick"),
    before ", <state or country>", before a town's noun ("Marion police") or the plural of a division ("Henderson
    and Ellis counties"), after "of" closing a person's name or age ("Jo Smith, 19, of Marion"), after a verb of
    going's "to"."""
    if _after_a_locative(doc, i, False):
        return True
    nxt = doc[i + 1:i + 5]
    if len(nxt) >= 2 and nxt[0].text == "," and any(e.kind in {"admin1", "country"} for e in gaz.lookup(nxt[1].text)):
        return True
    if len(nxt) >= 1 and nxt[0].lower_ in _LOCAL_NOUNS:
        return True
    if any(t.lower_ in _DIVISION_PLURALS for t in nxt):
        return True
    prev = doc[i - 1] if i > 0 else None
    possessive = len(nxt) >= 1 and nxt[0].tag_ == "POS"
    return _home_of_a_person(doc[i:i + 1], prev) or _destination(prev, possessive)


def _a_given_name(ent, gaz: gazetteer.Gazetteer, names: frozenset[str] | set[str]) -> bool:
    """`ent` (a GPE or LOC entity) is a person's given name: one title-case word among `names` (the frequent given
    names and the article's first names), no country nor place of 100,000 people bears it, and no
    mention of the word in the article (itself included) is read as a place, nor is it a capitalised dateline."""
    if len(ent) != 1 or ent.label_ not in {"GPE", "LOC"}:
        return False
    word = ent[0].text
    if word not in names or word.isupper():
        return False
    if any(e.kind == "country" or e.population >= _LARGE_PLACE for e in gaz.lookup(word)):
        return False
    return not _named_as_a_place(ent.doc, word, gaz)


def _named_as_a_place(doc: Doc, word: str, gaz: gazetteer.Gazetteer, also=()) -> bool:
    """Some mention of `word` in the article is read as a place (one sense per discourse: `_read_as_a_place`, or
    any of the predicates `also`, each called as f(doc, i)), or the word stands capitalised as a dateline
    ("PATRICK --" names the town)."""
    upper = word.upper()
    if upper != word and get_string_id(upper) in orths(doc):
        return True
    word_id = get_string_id(word)
    # the word's own tokens found by their ids: a pass over Token objects cost more than the tests
    return any(_read_as_a_place(doc, i, gaz) or any(f(doc, i) for f in also)
               for i, orth in enumerate(orths(doc)) if orth == word_id)


