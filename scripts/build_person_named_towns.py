"""Build newsledger/data/person_named_towns.txt (issue 19, round 32b): the one-word names that WordNet 3.0 gives a
person as their first (most frequent) noun sense ("Lincoln": Abraham Lincoln before Lincoln, Nebraska; "Jackson",
"Madison", "Jefferson", "Reagan") and that also name a town of the gazetteer. A town's name of this list opening a
name of an honour or a celebration ("Lincoln Day Dinner", "Lincoln Club Hall of Fame", "Jackson Day Dinner",
"Reagan Award") names the person, not the town (organisations._an_honour_of_a_person). WordNet 3.0 via
scripts/wordnet30.py (Princeton WordNet licence); the towns from the project's gazetteer (GeoNames, CC BY 4.0).

    python scripts/build_person_named_towns.py > newsledger/data/person_named_towns.txt
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet30 import WordNet  # noqa: E402

from newsledger.resolve import gazetteer  # noqa: E402

HEADER = """\
# One-word names whose first (most frequent) noun sense in WordNet 3.0 is a person (noun.person: "Lincoln",
# "Jackson", "Madison", "Jefferson") and that also name a town of the gazetteer (GeoNames). Such a town's name
# opening a name of an honour or a celebration ("Lincoln Day Dinner", "Lincoln Club Hall of Fame") names the
# person (organisations._an_honour_of_a_person). Written by scripts/build_person_named_towns.py; do not edit.
"""


def names() -> list[str]:
    wn = WordNet()
    gaz = gazetteer.get()
    out: set[str] = set()
    for lemma in wn.lemmas("n"):
        if "_" in lemma or not lemma.isalpha():
            continue
        offsets = wn.synsets(lemma, "n")
        if not offsets or wn.lexfile(offsets[0], "n") != "noun.person":
            continue
        cased = [w for w in wn.cased_words(offsets[0], "n") if w.lower() == lemma and w[:1].isupper()]
        if not cased:
            continue
        word = cased[0]
        if any(e.kind == "city" for e in gaz.lookup(word)):
            out.add(word)
    return sorted(out)


if __name__ == "__main__":
    sys.stdout.write(HEADER + "".join(w + "\n" for w in names()))
