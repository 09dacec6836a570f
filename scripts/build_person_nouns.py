"""Build newsledger/data/events/person_nouns.txt: the one-word nouns whose first (most frequent) WordNet 3.0 sense is
a person (lexicographer file noun.person), read from the WordNet data files (Debian package wordnet-base:
/usr/share/wordnet/index.noun and data.noun). Used by newsledger.extract.events.described._described_person (issue 16,
twelfth round): a person an agentless act of force falls on, described and not named ("drug dealer arrested").

    python scripts/build_person_nouns.py [/usr/share/wordnet]
"""
from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "newsledger" / "data" / "events" / "person_nouns.txt"
NOUN_PERSON = 18  # WordNet lexicographer file number of noun.person


def person_nouns(wordnet: Path) -> list[str]:
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
        if int(data[first:first + 40].split()[1]) == NOUN_PERSON:
            out.append(lemma)
    return sorted(set(out))


def main(wordnet: str = "/usr/share/wordnet") -> None:
    words = person_nouns(Path(wordnet))
    header = ("# Nouns whose first WordNet 3.0 sense is a person (lexicographer file noun.person), one word each;\n"
              "# built by scripts/build_person_nouns.py from the WordNet 3.0 data files (Princeton WordNet licence).\n")
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(len(words), "nouns ->", OUT)


if __name__ == "__main__":
    main(*sys.argv[1:])
