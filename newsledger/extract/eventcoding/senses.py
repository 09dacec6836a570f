"""Verb senses read from the sentence's structure (data/events/verb_senses.tsv): "ordered X to appear" is an
order (CAMEO 100) whatever words follow the verb. The CAMEO dictionary's patterns are word sequences and cannot
see that the verb governs an infinitive clause."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsledger import resources

FRAMES = {"to-clause"}


@lru_cache(maxsize=1)
def senses() -> dict[str, list[tuple[str, str]]]:
    """lemma -> [(frame, CAMEO code)] from verb_senses.tsv; an unknown frame is an error in the data file."""
    out: dict[str, list[tuple[str, str]]] = {}
    for lemma, frame, code, *_ in resources.rows("events", "verb_senses.tsv", min_fields=3):
        if frame not in FRAMES:
            raise ValueError(f"verb_senses.tsv: unknown frame {frame!r} for {lemma!r} (known: {sorted(FRAMES)})")
        out.setdefault(lemma.lower(), []).append((frame, code))
    return out


def _to_clause(verb: Token) -> bool:
    """The verb governs an infinitive clause: a clausal complement with the marker "to" before its verb."""
    return any(c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children) for c in verb.children)


def sense_code(verb: Token, lemma: str) -> str | None:
    """The CAMEO code of the first sense row of this lemma whose frame the verb's sentence shows, else None."""
    for frame, code in senses().get(lemma, ()):
        if frame == "to-clause" and _to_clause(verb):
            return code
    return None
