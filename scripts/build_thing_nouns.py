"""Build newsledger/data/events/thing_nouns.txt: the one-word nouns whose first (most frequent) WordNet 3.0 sense is
a thing or an idea, not a party: its lexicographer file is none of noun.person, noun.group, noun.location (the
parties the CAMEO and PLOVER codebooks code acts between: persons, bodies, states and places standing for them) and
noun.Tops (the top nodes, "entity", "person", "group", which tell nothing). Read from the WordNet data files (Debian
package wordnet-base: /usr/share/wordnet/index.noun and data.noun). Used by
newsledger.extract.events.confidence (round 48, evarg48: the `object_thing` feature, what the act is done to).

    python scripts/build_thing_nouns.py [/usr/share/wordnet]
"""
from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "newsledger" / "data" / "events" / "thing_nouns.txt"
# WordNet lexicographer file numbers: noun.Tops 3, noun.group 14, noun.location 15, noun.person 18
PARTY_FILES = {3, 14, 15, 18}


def thing_nouns(wordnet: Path) -> list[str]:
    data = (wordnet / "data.noun").read_bytes()
    out = []
    for ln in (wordnet / "index.noun").read_text(encoding="utf-8").splitlines():
        if ln.startswith(" "):
            continue  # the licence header
        f = ln.split()
        lemma, n_ptr = f[0], int(f[3])
        if "_" in lemma or not lemma.isalpha():
            continue
        first = int(f[4 + n_ptr + 2])  # synset offsets follow the pointer symbols, sense and tagsense counts
        if int(data[first:first + 40].split()[1]) not in PARTY_FILES:
            out.append(lemma)
    return sorted(set(out))


def main(wordnet: str = "/usr/share/wordnet") -> None:
    words = thing_nouns(Path(wordnet))
    header = ("# Nouns whose first WordNet 3.0 sense is a thing or an idea, not a party (lexicographer file none of\n"
              "# noun.person, noun.group, noun.location, noun.Tops), one word each; built by\n"
              "# scripts/build_thing_nouns.py from the WordNet 3.0 data files (Princeton WordNet licence).\n")
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(len(words), "nouns ->", OUT)


if __name__ == "__main__":
    main(*sys.argv[1:])
