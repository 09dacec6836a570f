"""A small reader of the WordNet 3.0 data files (Debian package wordnet-base: /usr/share/wordnet index.* and data.*),
for the project's build and census scripts (no NLTK in the environment). Princeton WordNet licence.

    from wordnet30 import WordNet
    wn = WordNet()
    wn.synsets("attack", "v")      # synset offsets, most frequent sense first
    wn.lexfile(offset, "v")        # "verb.competition"
    wn.words(offset, "v")          # the synset's lemmas ("attack", "assail")
    wn.hypernyms(offset, "v")      # a verb's hypernyms: the verb is their troponym
    wn.targets(offset, "a", "\\", "n")  # pointers to another part of speech: an adjective's pertainym nouns
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LEXNAMES = ["adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
            "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
            "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
            "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
            "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change", "verb.cognition",
            "verb.communication", "verb.competition", "verb.consumption", "verb.contact", "verb.creation",
            "verb.emotion", "verb.motion", "verb.perception", "verb.possession", "verb.social", "verb.stative",
            "verb.weather", "adj.ppl"]
POS_FILE = {"v": "verb", "n": "noun", "a": "adj", "r": "adv"}


class WordNet:
    def __init__(self, root: str | Path = "/usr/share/wordnet") -> None:
        self.root = Path(root)
        self._index: dict[str, dict[str, list[int]]] = {}
        self._data: dict[str, bytes] = {}
        self._exc: dict[str, dict[str, list[str]]] = {}

    def _load(self, pos: str) -> None:
        if pos in self._index:
            return
        name = POS_FILE[pos]
        idx = {}
        for ln in (self.root / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if ln.startswith(" "):
                continue  # the licence header
            f = ln.split()
            n_ptr = int(f[3])
            n_syn = int(f[2])
            idx[f[0]] = [int(x) for x in f[4 + n_ptr + 2:4 + n_ptr + 2 + n_syn]]
        self._index[pos] = idx
        self._data[pos] = (self.root / f"data.{name}").read_bytes()
        exc = {}
        for ln in (self.root / f"{name}.exc").read_text(encoding="utf-8").splitlines():
            f = ln.split()
            if len(f) >= 2:
                exc.setdefault(f[0], []).extend(f[1:])
        self._exc[pos] = exc

    def lemmas(self, pos: str) -> list[str]:
        self._load(pos)
        return list(self._index[pos])

    def synsets(self, lemma: str, pos: str) -> list[int]:
        """Synset offsets of a lemma (lower case, "_" for spaces), in WordNet's sense order (most frequent first)."""
        self._load(pos)
        return self._index[pos].get(lemma.lower().replace(" ", "_"), [])

    def base_forms(self, word: str, pos: str) -> list[str]:
        """The word's lemmas by the exception list, else itself."""
        self._load(pos)
        return self._exc[pos].get(word.lower(), []) or [word.lower()]

    @lru_cache(maxsize=None)  # noqa: B019 - one reader per script run
    def _record(self, offset: int, pos: str) -> tuple[int, tuple[str, ...], tuple[tuple[str, int, str], ...], str]:
        self._load(pos)
        data = self._data[pos]
        end = data.index(b"\n", offset)
        line = data[offset:end].decode("utf-8")
        body, _, gloss = line.partition(" | ")
        f = body.split()
        lexfile = int(f[1])
        n_words = int(f[3], 16)
        words = tuple(f[4 + 2 * k].lower() for k in range(n_words))
        k = 4 + 2 * n_words
        n_ptr = int(f[k])
        ptrs = tuple((f[k + 1 + 4 * j], int(f[k + 2 + 4 * j]), f[k + 3 + 4 * j]) for j in range(n_ptr))
        return lexfile, words, ptrs, gloss.strip()

    def offsets(self, pos: str) -> list[int]:
        """Every synset of the part of speech (the index's lemmas' synsets), in file order."""
        self._load(pos)
        return sorted({o for offs in self._index[pos].values() for o in offs})

    def cased_words(self, offset: int, pos: str) -> tuple[str, ...]:
        """The synset's lemmas as WordNet writes them ("Sierra_Leonean"), syntactic marker removed."""
        self._load(pos)
        data = self._data[pos]
        f = data[offset:data.index(b"\n", offset)].decode("utf-8").split()
        return tuple(f[4 + 2 * k].split("(")[0] for k in range(int(f[3], 16)))

    def lexfile(self, offset: int, pos: str) -> str:
        return LEXNAMES[self._record(offset, pos)[0]]

    def words(self, offset: int, pos: str) -> tuple[str, ...]:
        """The synset's lemmas; an adjective's syntactic marker ("(p)") removed."""
        return tuple(w.split("(")[0] for w in self._record(offset, pos)[1])

    def gloss(self, offset: int, pos: str) -> str:
        return self._record(offset, pos)[3]

    def pointers(self, offset: int, pos: str, symbol: str) -> list[int]:
        """Offsets the synset points to by `symbol` ("@" hypernym, "~" hyponym/troponym), same part of speech."""
        return [o for s, o, p in self._record(offset, pos)[2] if s == symbol and p == pos]

    def hypernyms(self, offset: int, pos: str) -> list[int]:
        return self.pointers(offset, pos, "@")

    def targets(self, offset: int, pos: str, symbol: str, target_pos: str) -> list[int]:
        """Offsets the synset points to by `symbol` in part of speech `target_pos` (pointers() keeps the synset's
        own part of speech): "\\" an adjective's pertainym, "+" a derivationally related form ("Canadian" ->
        the noun Canada). Lexical pointers count for the whole synset."""
        return [o for s, o, p in self._record(offset, pos)[2] if s == symbol and p == target_pos]

    def instance_hypernyms(self, offset: int) -> list[int]:
        """A noun's "@i" pointers: the classes the named thing is an instance of (Canada -> North American
        country)."""
        return self.pointers(offset, "n", "@i")

    def links(self, offset: int, pos: str, symbol: str, target_pos: str) -> list[tuple[str | None, int, str | None]]:
        """(source lemma, target offset, target lemma) of the synset's `symbol` pointers into `target_pos`, as
        WordNet writes the lemmas; a lexical pointer ("\\", "+") names its two words (source/target field
        "0102": the source's first word to the target's second), a semantic one ("0000") neither (None)."""
        self._load(pos)
        data = self._data[pos]
        f = data[offset:data.index(b"\n", offset)].decode("utf-8").partition(" | ")[0].split()
        n_words = int(f[3], 16)
        own = [f[4 + 2 * k].split("(")[0] for k in range(n_words)]
        k = 4 + 2 * n_words
        out = []
        for j in range(int(f[k])):
            sym, off, p, st = f[k + 1 + 4 * j:k + 5 + 4 * j]
            if sym != symbol or p != target_pos:
                continue
            src, tgt = int(st[:2], 16), int(st[2:], 16)
            out.append((own[src - 1] if src else None, int(off),
                        self.cased_words(int(off), target_pos)[tgt - 1] if tgt else None))
        return out
