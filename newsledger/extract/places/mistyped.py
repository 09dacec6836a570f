"""Names the entity layer typed as an organisation, a person or a group (ORG, PERSON, NORP) that the
sentence reads as a known place: after a locative preposition, before a town's noun or a province, in a
dateline, coordinated with a place; and the surnames of the article's people, which are never places."""
from __future__ import annotations

from spacy.tokens import Doc

from newsledger import nlp
from newsledger.extract.places.names import _abbreviated, _clean
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer import Entry, normalize

# The gazetteer indexes a town's alternate names from this population on (its own setting, not a copy).
_ALTERNATE_NAME_MIN_POPULATION = gazetteer.ALT_NAME_MIN_POP

# Prepositions after which a name is where something is or happens ("in Montpellier", "at Snetterton").
_LOCATIVE = {"in", "at", "near", "from", "outside", "around", "across", "toward", "towards", "throughout"}

# A person's title before a name makes it a person ("Mr. Kent").
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "col", "capt", "sgt", "lt", "prof", "judge",
           "president", "mayor", "coach", "officer", "deputy", "detective"}

# What follows a capitalised dateline ("CORSICANA --", "BEIRUT:", "RIDGE FARM, Ill.").
_DATELINE_MARKS = {"-", "–", "—", "--", "---", ",", ":"}

# Nouns a town's name modifies as the town ("Grand Prairie police", "a Camarillo resident", "Fargo Mayor Dennis
# Walaker"), and the plural heads of coordinated divisions ("Jackson and Barrow counties").
_LOCAL_NOUNS = {"police", "mayor", "resident", "residents", "native", "man", "woman", "couple", "officials",
                "firefighters", "sheriff"}

_DIVISION_PLURALS = {"counties", "townships", "parishes", "towns", "cities"}


def _place_taken_for_a_name(ent, gaz: gazetteer.Gazetteer, people: set[str], place_names: set[str]) -> bool:
    """An ORG, PERSON or NORP entity (not a demonym: "Oxford residents") that is wholly the name of a known place
    ("in Montpellier", "Hayward, Calif.", "MANSFIELD --") where the sentence reads it as a place: after a
    locative preposition (not as an owner: "at Zara's headquarters"), before ", <state or country>", before a
    town's noun ("Fargo police", "a Camarillo resident"), coordinated before "counties" ("Jackson and Barrow
    counties"), as a capitalised dateline, or named as a place elsewhere in the article. Not a surname of a
    person named in full, a name after a title, or a short all-capital abbreviation."""
    text = nlp.span_text(ent)
    if len(ent) > 4 or text in people or (len(ent) == 1 and _a_surname(ent[0].text, people)):
        return False
    if text.isupper() and len(text) <= 3:
        return False  # "SEC": an abbreviation, not the town spelled alike
    doc = ent.doc
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and normalize(prev.text) in _TITLES:
        return False
    name, _ = _clean(text)
    entries = _abbreviated(name, gaz.lookup(name)) if name else []  # "E.U." is not Eu, France
    nxt = doc[ent.end:ent.end + 4]
    province_after = len(nxt) >= 2 and nxt[0].text == "," and any(
        e.kind in {"admin1", "country"} for e in gaz.lookup(nxt[1].text))
    if province_after and any(e.kind == "city" and e.population >= _ALTERNATE_NAME_MIN_POPULATION for e in entries):
        return True  # "Matias Romero, Oaxaca": a town's other name, its state after the comma
    if not any(_known_by_name(e) for e in entries):
        return False
    possessive = ent.end < len(doc) and doc[ent.end].tag_ == "POS"
    large = any(e.kind in {"country", "admin1"} for e in entries)
    if _after_a_locative(doc, ent.start, large) and not possessive:
        return True  # "at Zara's headquarters": the place is the headquarters, Zara its owner
    if normalize(text) in place_names or province_after:
        return True
    if len(nxt) >= 1 and (nxt[0].lower_ in _LOCAL_NOUNS and not possessive):
        return True
    if _origin_compound(ent, nxt) or _province_closing_a_name(entries, prev, nxt):
        return True
    if any(t.lower_ in _DIVISION_PLURALS for t in nxt) and ent.root.dep_ in {"conj", "compound", "nmod"}:
        return True
    if _coordinated_with_a_place(ent) or _home_of_a_person(ent, prev) or _destination(prev, possessive):
        return True
    # a dateline's mark stands apart ("OMAHA --"); "NATO-Russia" is a compound
    return (len(text) >= 4 and text.isupper() and len(nxt) >= 1 and nxt[0].text in _DATELINE_MARKS
            and (bool(ent[-1].whitespace_) or nxt[0].text in {",", ":"}))


# The second half of a compound adjective of origin: "the Kent-based outfit", "a Texas-born singer".
_ORIGIN_WORDS = {"based", "born", "headquartered"}


def _origin_compound(ent, nxt) -> bool:
    """The name opens a hyphenated adjective of origin ("Kent-based", "Ohio-born"): where something is based or
    someone born, a place whatever label the NER gave the name."""
    return (len(nxt) >= 2 and nxt[0].text in {"-", "\u2013"} and not ent[-1].whitespace_
            and not nxt[0].whitespace_ and nxt[1].lower_ in _ORIGIN_WORDS)


def _province_closing_a_name(entries: list[Entry], prev, nxt) -> bool:
    """A county's or province's own name after a capitalised name and a comma, closing the sentence or clause:
    "Brands Hatch GP, Kent.", "Knockhill, Fife;" (a venue or town and its county, as in datelines, fixture
    lists and letter signatures). Not in a list of names ("Smith, Jackson and Kent"): the name must close it."""
    if prev is None or prev.text != "," or prev.i == 0:
        return False
    before = prev.doc[prev.i - 1]
    if not (before.text[:1].isupper() and before.is_alpha):
        return False
    if nxt and nxt[0].text not in {".", ";", ")"} and not nxt[0].is_space:
        return False
    return any(e.kind == "admin1" or (e.kind == "admin2" and e.primary) for e in entries)


def _known_by_name(e: Entry) -> bool:
    """A place known by this name of it: a country's or subdivision's name or alternate ("Holy See"), a county's
    own name, a town's own name (of at least 1,000 people)."""
    if e.kind in {"country", "admin1"}:
        return True
    return e.primary and (e.kind == "admin2" or (e.kind == "city" and e.population >= 1_000))


def _after_a_locative(doc: Doc, start: int, with_article: bool) -> bool:
    """A locative preposition right before the name ("in Montpellier"), or, for a country's or province's name
    (`with_article`), before its article ("in the Holy See", "in the Netherlands"; a town's name after "at the"
    is a building's: "at the White House")."""
    i = start - 1
    if with_article and i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in _LOCATIVE


def _coordinated_with_a_place(ent) -> bool:
    """"in Hilversum and Almelo", "Bicester and Kidlington", "Clarke and Oconee": a name coordinated with a
    place the NER tagged as one, or with a name after a locative preposition, is a place of the same list."""
    root = ent.root
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != root.i and first.dep_ == "pobj" and first.head.lower_ in _LOCATIVE:
        return True  # "stops in Hilversum and Almelo", both typed PERSON
    others = [first] + [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ in {"GPE", "LOC"} and not (ent.start <= t.i < ent.end) for t in others)


def _home_of_a_person(ent, prev) -> bool:
    """"David and Jodi Mahler of Bellmore", "Christopher Bowers, 19, of Martinez": "of" after a person's name
    (or after the commas of an age) gives where the person lives."""
    if prev is None or prev.lower_ != "of":
        return False
    before = ent.doc[prev.i - 1] if prev.i > 0 else None
    return before is not None and (before.ent_type_ == "PERSON" or before.text == ",")


# Verbs of going whose "to" names a destination ("driving to Castlegar", "moved back to Khayelitsha"); a bare
# "to" also names a recipient ("sold to Wegmans").
_MOTION_VERBS = {"go", "move", "drive", "travel", "return", "head", "fly", "walk", "ride", "relocate", "commute",
                 "flee", "sail", "come", "evacuate", "transfer", "deport", "run"}


def _destination(prev, possessive: bool) -> bool:
    """"to" after a verb of going: the name is where the subject went."""
    if prev is None or prev.lower_ != "to" or possessive:
        return False
    verb = prev.head if prev.head.pos_ == "VERB" else prev.head.head
    return verb.pos_ == "VERB" and verb.lemma_ in _MOTION_VERBS


_POSSESSIVE_ENDINGS = {"'s", "\u2019s", "'", "\u2019"}


def _person_name_words(doc: Doc) -> set[str]:
    """The surnames of the article's full person names ("Narendra Modi", "Chris Paul", and in the possessive:
    "Marco Rubio's", whose last token is the "'s"): one alone is the person again, even where the NER calls it a
    place."""
    out = set()
    for ent in nlp.ents(doc):
        if ent.label_ != "PERSON":
            continue
        toks = list(ent)
        if len(toks) >= 3 and (toks[-1].tag_ == "POS" or toks[-1].text in _POSSESSIVE_ENDINGS):
            toks = toks[:-1]  # "Marco Rubio's": the entity holds the possessive ending
        if len(toks) >= 2 and toks[-1].text[:1].isupper() and toks[-1].is_alpha:
            out.add(toks[-1].text)
    return out


def _a_surname(word: str, people: set[str]) -> bool:
    """A surname of the article's full person names (`people`, _person_name_words), or its plural, the family
    ("the Murdochs" beside "Rupert Murdoch", "the Clintons"): the people, never a place."""
    return word in people or (word.endswith("s") and (word[:-1] in people or (word.endswith("es")
                                                                              and word[:-2] in people)))
