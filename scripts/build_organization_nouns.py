"""Build newsledger/data/organization_nouns.txt from WordNet 3.0 (scripts/wordnet30.py; Princeton WordNet licence):
the one-word nouns one of whose senses lies under organization.n.01 ("a group of people who work together": band,
agency, alliance, firm, party's first sense ...) and none of whose senses is a person (noun.person: not "company",
"family", "party", "publisher", "man"). A name in apposition to such a noun names a body (actors.py
`_classified_as_a_body`; round 44, actkind44).

    python scripts/build_organization_nouns.py
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet30 import WordNet  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "newsledger" / "data" / "organization_nouns.txt"
FIRMS = OUT.with_name("firm_nouns.txt")
HEADER = """\
# Nouns one of whose WordNet 3.0 senses lies under organization.n.01 ("a group of people who work together") and none
# of whose senses is in noun.person (band, agency, alliance, firm, coalition, militia; not company, family, party,
# publisher, man). A name the model typed PERSON in apposition to one of them names a body: appositives corefer and
# share their kind of referent (Quirk et al. 1985, 17.65-17.93: "the rock band X", "an extremist alliance, X").
# Built from the WordNet 3.0 data files (Princeton WordNet licence) by scripts/build_organization_nouns.py
# (actkind44, round 44).
"""


def _under(wn: WordNet, root: int):
    """Whether a noun synset is `root` or below it by hypernym or instance hypernym links (cached per synset)."""
    @lru_cache(maxsize=None)
    def under(o: int) -> bool:
        return o == root or any(under(h) for h in wn.hypernyms(o, "n") + wn.instance_hypernyms(o))
    return under


def organization_nouns(wn: WordNet) -> list[str]:
    org = next(o for o in wn.synsets("organization", "n") if wn.lexfile(o, "n") == "noun.group")
    under = _under(wn, org)

    out = []
    for w in wn.lemmas("n"):
        senses = wn.synsets(w, "n")
        if not w.isalpha() or not w.islower() or not senses:
            continue
        if any(wn.lexfile(o, "n") == "noun.person" for o in senses):
            continue
        # a common noun, not an organization's own name (instance senses: "nato", "hamas")
        if any(under(o) for o in senses if not wn.instance_hypernyms(o)):
            out.append(w)
    return sorted(out)


FIRMS_HEADER = """\
# The nouns of organization_nouns.txt whose first WordNet 3.0 sense is a noun.group synset under business.n.01 ("a
# commercial or industrial enterprise and the people who constitute it": firm, corporation, partnership, carmaker),
# abbreviations left out (FDIC, FNMA: a body's own name, cased in capitals). A name the model typed PERSON
# in apposition to one of them is a firm, coded as actors_guardian.md codes a firm named by its trade: the country
# the phrase names and BUS (Phoenix's agents dictionary: company BUS). Built by scripts/build_organization_nouns.py
# (actkind44b, round 44).
# Then the one-word nouns whose first WordNet 3.0 sense is company.n.01 ("an institution created to conduct business")
# or a hyponym of it: company, pharma, telco (round 52, actfirmctx52; not in organization_nouns.txt, "company" having a
# person sense, so read only for a name the model typed as a body: a name set in apposition to one of them, or the
# subject of a copula with one as its predicate, "<name>, a <place> software company", "<name> is a company", is a
# firm: actors._firm_phrase_reads). Not utility and waterworks: a public utility may be a public body (a municipal
# utility is a local government's department).
"""


def firm_nouns(wn: WordNet, nouns: list[str]) -> list[str]:
    business = wn.synsets("business", "n")[0]

    @lru_cache(maxsize=None)
    def under(o: int) -> bool:
        return o == business or any(under(h) for h in wn.hypernyms(o, "n") + wn.instance_hypernyms(o))

    def abbreviation(w: str, o: int) -> bool:
        return w.upper() in wn.cased_words(o, "n")  # "FDIC": a body's own name, written in capitals

    out = []
    for w in nouns:
        first = wn.synsets(w, "n")[0]
        if wn.lexfile(first, "n") == "noun.group" and under(first) and not abbreviation(w, first):
            out.append(w)
    return out


NOT_FIRMS = {"utility", "waterworks"}  # a public utility may be a public body (a municipal utility)


def company_nouns(wn: WordNet) -> list[str]:
    """The one-word lower-case nouns whose first sense is company.n.01 or a hyponym of it, less NOT_FIRMS."""
    under = _under(wn, wn.synsets("company", "n")[0])

    out = []
    for w in wn.lemmas("n"):
        senses = wn.synsets(w, "n")
        if w.isalpha() and w.islower() and senses and wn.lexfile(senses[0], "n") == "noun.group" \
                and not wn.instance_hypernyms(senses[0]) and under(senses[0]) and w not in NOT_FIRMS:
            out.append(w)
    return sorted(out)


if __name__ == "__main__":
    wn = WordNet()
    words = organization_nouns(wn)
    OUT.write_text(HEADER + "".join(w + "\n" for w in words), encoding="utf-8")
    print(len(words), "nouns ->", OUT)
    firms = firm_nouns(wn, words)
    firms += [w for w in company_nouns(wn) if w not in firms]
    FIRMS.write_text(FIRMS_HEADER + "".join(w + "\n" for w in firms), encoding="utf-8")
    print(len(firms), "firm nouns ->", FIRMS)
