"""Build newsledger/data/demonym_plurals_two_peoples.txt from WordNet 3.0 (scripts/wordnet30.py; Debian
wordnet-base, Princeton WordNet licence) for the places extractor (issue 19, round 31).

A plural demonym ("the Afghans", "two Palestinians") names the country's people and stands for the country
(demonyms._names_its_people). Where WordNet gives the singular noun two or more senses in noun.person, the plural
can name another people than the demonym table's country ("Indians": American Indians and natives of India;
"Georgians": of the US state and of the country; "Dominicans": friars), and it is left out. The plurals checked are
the demonym rows of places_extra.tsv and country_aliases.tsv ending in "s".

    python scripts/build_people_plurals.py          # rewrites the list in place
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet30 import WordNet  # noqa: E402

from newsledger import resources  # noqa: E402

OUT = "demonym_plurals_two_peoples.txt"
HEADER = """# Plural demonyms that name more than one people (issue 19, round 31): WordNet 3.0 gives the
# singular noun two or more noun.person senses ("Indian": American Indian, native of India). Written by
# scripts/build_people_plurals.py from the plural demonym rows of places_extra.tsv and country_aliases.tsv;
# demonyms._names_its_people leaves these out (a plural demonym naming people otherwise stands for its
# country). Lower case."""


def plurals() -> set[str]:
    out = {r[0] for r in resources.rows("places_extra.tsv", min_fields=4) if r[2] == "demonym" and r[0].endswith("s")}
    for r in resources.rows("country_aliases.tsv", min_fields=3):
        out.update(d for d in r[2].split("|") if d.endswith("s"))
    return out


def singulars(wn: WordNet, plural: str) -> list[str]:
    word = plural.lower()
    forms = wn.base_forms(word, "n")
    if forms != [word]:
        return forms
    guesses = [word[:-3] + "y"] if word.endswith("ies") else [word[:-1], word[:-2]]
    return [g for g in guesses if wn.synsets(g, "n")]


def two_peoples(wn: WordNet) -> list[str]:
    out = set()
    for p in plurals():
        for s in singulars(wn, p):
            if sum(wn.lexfile(o, "n") == "noun.person" for o in wn.synsets(s, "n")) > 1:
                out.add(p.lower())
    return sorted(out)


def main() -> None:
    rows = two_peoples(WordNet())
    resources.data_path(OUT).write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} plurals", file=sys.stderr)


if __name__ == "__main__":
    main()
