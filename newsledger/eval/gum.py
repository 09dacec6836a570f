"""GUM news (CoNLL-U with Entity= brackets): the text rebuilt with character offsets, and the named mentions
(a Wikipedia identity link and proper-noun tokens) as gold entities with their identity for clustering."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

COARSE = {"person": "PER", "organization": "ORG", "place": "LOC"}
MODEL_TO_COARSE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
_OPEN = re.compile(r"\((\d+)-([^()]*?)(\)?)(?=\(|$|\d+\))")


@dataclass
class GumMention:
    start: int
    end: int
    type: str
    identity: str
    text: str
    chain: str = ""  # GUM's entity id: every mention of one coreference chain shares it
    upos: tuple[str, ...] = ()
    minspan: tuple[int, ...] = ()  # GUM's minimal span: 1-based token positions inside the mention (its head words)
    min_start: int = 0  # the first word of the minimal span
    min_end: int = 0


@dataclass
class GumDoc:
    name: str
    text: str
    published: str | None
    mentions: list[GumMention] = field(default_factory=list)
    chains: list[GumMention] = field(default_factory=list)  # every mention of any type, with its chain id


def _parse_entity_field(value: str):
    """Yields ("open", id, fields, closes_here) and ("close", id) in order for one token's Entity= value."""
    i = 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            body = value[i + 1:j]
            eid, _, rest = body.partition("-")
            closes = j < len(value) and value[j] == ")"
            yield ("open", eid, rest, closes)
            i = j + 1 if closes else j
        elif value[i].isdigit():
            j = i
            while j < len(value) and value[j].isdigit():
                j += 1
            if j < len(value) and value[j] == ")":
                yield ("close", value[i:j], "", False)
                i = j + 1
            else:
                i = j
        else:
            i += 1


def load(path: Path) -> GumDoc:
    text_parts: list[str] = []
    pos = 0
    published = None
    open_stack: dict[str, list[tuple[int, str, list[str]]]] = {}
    mentions: list[GumMention] = []
    sent_tokens: list[tuple[int, int, str]] = []
    doc_upos: dict[int, str] = {}
    form_at: dict[int, str] = {}
    new_par = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# meta::dateCreated"):
            published = line.split("=", 1)[1].strip()
        if line.startswith("# newpar"):
            new_par = True
        if line.startswith("#") or not line.strip():
            if not line.strip() and sent_tokens:
                text_parts.append("\n")
                pos += 1
                sent_tokens = []
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        if new_par and pos:
            text_parts.append("\n")
            pos += 1
        new_par = False
        form, upos, misc = cols[1], cols[3], cols[9]
        start = pos
        text_parts.append(form)
        pos += len(form)
        doc_upos[start] = upos
        form_at[start] = form
        space = "SpaceAfter=No" not in misc
        sent_tokens.append((start, pos, upos))
        ent = next((m[len("Entity="):] for m in misc.split("|") if m.startswith("Entity=")), None)
        if ent:
            for kind, eid, rest, closes in _parse_entity_field(ent):
                if kind == "open":
                    open_stack.setdefault(eid, []).append((start, rest, []))
                    if closes:
                        _close(open_stack, eid, pos, mentions)
                else:
                    _close(open_stack, eid, pos, mentions)
        if space:
            text_parts.append(" ")
            pos += 1
    text = "".join(text_parts)
    named = _named_mentions(mentions, text, doc_upos, form_at)
    return GumDoc(path.stem, text, published, [m for m in named if m.type], mentions)


def _named_mentions(mentions: list[GumMention], text: str, doc_upos: dict[int, str], form_at: dict[int, str]
                    ) -> list[GumMention]:
    """The mentions that name their entity (every content word a proper noun), each given its text, its words'
    parts of speech and its first head word's span."""
    named = []
    for m in mentions:
        m.text = text[m.start:m.end]
        toks = [(s, doc_upos[s]) for s in doc_upos if m.start <= s < m.end]
        m.upos = tuple(u for _, u in sorted(toks))
        heads = [sorted(toks)[k - 1][0] for k in m.minspan if 0 < k <= len(toks)] or [m.start]
        m.min_start = heads[0]  # the first head word: "Comic" of "Comic Corps of Canada", not "Canada"
        m.min_end = heads[0] + len(form_at[heads[0]])
        content = [u for _, u in toks if u not in {"DET", "PUNCT", "ADP", "CCONJ", "PART"}]
        if m.identity and content and all(u == "PROPN" for u in content):
            named.append(m)
    return named


def _close(stack, eid, end, mentions) -> None:
    if not stack.get(eid):
        return
    start, rest, _ = stack[eid].pop()
    parts = rest.split("-", 6)
    etype = parts[0] if parts else ""
    identity = parts[6] if len(parts) > 6 else ""
    # Mentions of other types (abstract, event, object ...) are kept for coreference with an empty type.
    minspan = tuple(int(k) for k in parts[4].split(",") if k.isdigit()) if len(parts) > 4 else ()
    mentions.append(GumMention(start, end, COARSE.get(etype, ""), identity, "", eid, minspan=minspan))


def docs(corpus: Path, limit: int | None = None) -> list[GumDoc]:
    files = sorted((corpus / "dev" / "gum" / "dep").glob("*.conllu"))[:limit]
    return [load(f) for f in files]
