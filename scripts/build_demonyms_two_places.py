"""Build newsledger/data/demonyms_two_places.txt from WordNet 3.0 (scripts/wordnet30.py; Debian wordnet-base,
Princeton WordNet licence) for the places extractor (issue 19, round 33).

A demonym inside a body's name after its "of" ("the Culture Department of the Armenian Embassy") stands for its
country (organisations._demonym_after_of). Where WordNet gives the demonym two senses that point to different places
the country is a guess: "American" a.01 pertains to the United States, a.02 to America, the continents ("the
Organization of American States"). Checked for every key of the gazetteer's demonym table (curated rows and round
30's WordNet rows; a plural by its singular): the adjective's senses, each with the places its own pertainym ("\\")
and derivation ("+") pointers reach, and the noun's noun.person senses, each with the places of its member-holonym
("#m") pointers; a place is a noun synset of noun.location or noun.object. A demonym is listed when two senses of
the adjective, or two of the noun, share no place. One sense pointing to two synsets of one place (Barbados the
island and the state) is no doubt.

    python scripts/build_demonyms_two_places.py          # rewrites the list in place
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet30 import WordNet  # noqa: E402

from newsledger import resources  # noqa: E402
from newsledger.resolve import gazetteer  # noqa: E402

OUT = "demonyms_two_places.txt"
PLACE_FILES = {"noun.location", "noun.object"}
HEADER = """# Demonyms whose WordNet 3.0 senses point to more than one place (issue 19, round 33): two senses of the
# adjective, or two noun.person senses of the noun, with no place in common ("American" a.01 the United States,
# a.02 America, the continents: "the Organization of American States"). Written by
# scripts/build_demonyms_two_places.py from the keys of the gazetteer's demonym table (Princeton WordNet licence);
# organisations._demonym_after_of leaves these out. Normalised keys; each with its senses' places."""


def forms(wn: WordNet, key: str) -> list[str]:
    """WordNet lemmas for a demonym key: itself, and a plural's singular ("americans" -> "american")."""
    word = key.replace(" ", "_")
    out = [word]
    if word.endswith("s") and not wn.synsets(word, "a"):
        out += [f for f in wn.base_forms(word, "n") if f != word] + [word[:-1]]
    return out


def sense_places(wn: WordNet, word: str) -> dict[str, list[tuple[int, frozenset[int]]]]:
    """Per part of speech, each sense of `word` that points to a place, with the places it points to."""
    out: dict[str, list[tuple[int, frozenset[int]]]] = {"a": [], "n": []}
    for adj in wn.synsets(word, "a"):
        places = frozenset(t for sym in ("\\", "+") for src, t, _ in wn.links(adj, "a", sym, "n")
                           if (src is None or src.lower() == word) and wn.lexfile(t, "n") in PLACE_FILES)
        if places:
            out["a"].append((adj, places))
    for noun in wn.synsets(word, "n"):
        if wn.lexfile(noun, "n") != "noun.person":
            continue
        places = frozenset(t for t in wn.pointers(noun, "n", "#m") if wn.lexfile(t, "n") in PLACE_FILES)
        if places:
            out["n"].append((noun, places))
    return out


def place_name(wn: WordNet, noun: int) -> str:
    """The place's first lemma and what WordNet says it is ("Georgia (American_state)")."""
    kinds = wn.instance_hypernyms(noun) + wn.hypernyms(noun, "n")
    return wn.cased_words(noun, "n")[0] + (f" ({wn.cased_words(kinds[0], 'n')[0]})" if kinds else "")


def two_places(wn: WordNet, keys: list[str]) -> list[str]:
    rows = []
    for key in sorted(keys):
        for word in forms(wn, key):
            found = None
            for pos, senses in sense_places(wn, word).items():
                if any(not (a[1] & b[1]) for i, a in enumerate(senses) for b in senses[i + 1:]):
                    found = "; ".join(f"{word}.{pos} {o:08d}: " + "/".join(sorted(place_name(wn, t) for t in p))
                                      for o, p in senses)
                    break
            if found:
                rows.append(f"{key}\t{found}")
                break
    return rows


def main() -> None:
    gaz = gazetteer.get()
    keys = [k for (k,) in gaz.con.execute("SELECT key FROM demonym").fetchall()]
    rows = two_places(WordNet(), keys)
    resources.data_path(OUT).write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} of {len(keys)} demonyms", file=sys.stderr)


if __name__ == "__main__":
    main()
