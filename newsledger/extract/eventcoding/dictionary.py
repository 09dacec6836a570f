"""The event data of newsledger/data/events: the CAMEO verb dictionary (PETRARCH2, MIT), the CAMEO->PLOVER
table, the Phoenix actor and agent tables, and the project's own small override table (built by
scripts/build_event_data.py; see SOURCES.md there)."""
from __future__ import annotations

import json
import re
from functools import lru_cache

from newsledger import resources
from newsledger.model import PLOVER_TYPES  # the event types, defined once with the record

# CAMEO roots without a row of their own in the conversion table.
_ROOT_TYPE = {"02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
              "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
              "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
              "19": "ASSAULT", "20": "ASSAULT"}


@lru_cache(maxsize=1)
def verbs() -> dict[str, dict]:
    # Parsed afresh, not through resources.json_data's shared copy: the override rows are added to this table.
    table = json.loads(resources.data_path("events", "verbs.json").read_text(encoding="utf-8"))
    for lemma, code, pattern in overrides():
        entry = table.setdefault(lemma, {"code": None, "patterns": []})
        if pattern is None:
            entry["code"] = code
        else:
            entry["patterns"].insert(0, [[], pattern, code, True])
    return table


@lru_cache(maxsize=1)
def overrides() -> list[tuple[str, str | None, list[str] | None]]:
    """(lemma, code, post-words or None for the default) from overrides.tsv."""
    out = []
    for ln in resources.lines("events", "overrides.tsv"):
        parts = ln.split("\t")
        lemma, code = parts[0].strip(), parts[1].strip()
        pattern = parts[2].split() if len(parts) > 2 and parts[2].strip() else None
        out.append((lemma, None if code == "-" else code, pattern))
    return out


@lru_cache(maxsize=1)
def curated_verbs() -> frozenset[str]:
    """Lemmas the project's override rows give an event code (overrides.tsv), each backed by a CAMEO code title."""
    return frozenset(lemma.split("_")[0] for lemma, code, _ in overrides() if code)


@lru_cache(maxsize=1)
def non_acts() -> dict[str, frozenset[str]]:
    """Word classes of sentences that report no act and of required arguments (non_acts.json); keys starting
    with "_" are the provenance notes."""
    raw = resources.json_data("events", "non_acts.json")
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """The coder's word classes (word_classes.json: lemmas or word forms, lower case), read once; keys starting
    with "_" are the provenance notes."""
    raw = resources.json_data("events", "word_classes.json")
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def word_class(name: str) -> frozenset[str]:
    """One word class of word_classes.json by name ("asking_verbs"); a missing name is an error at import."""
    return word_classes()[name]


@lru_cache(maxsize=1)
def condemnations() -> dict[str, str]:
    """Predicates that make a statement about another actor's act a condemnation (condemnations.tsv) -> CAMEO code:
    111, or 120 for the judgements that refuse a request or proposal ("unrealistic", "unacceptable")."""
    return _tsv("condemnations.tsv")


@lru_cache(maxsize=1)
def core_verb_roots() -> dict[str, str]:
    """Verbs whose news sense is an act of one CAMEO family (core_verbs.tsv) -> the family's CAMEO root."""
    return _tsv("core_verbs.tsv")


@lru_cache(maxsize=1)
def core_verbs() -> frozenset[str]:
    return frozenset(core_verb_roots())


@lru_cache(maxsize=1)
def nominals() -> dict[str, str]:
    """Event noun (lower case; "hunger strike") -> CAMEO code, from nominals.tsv (project-curated)."""
    return {k: v for k, v, *_ in resources.rows("events", "nominals.tsv", min_fields=2)}


@lru_cache(maxsize=1)
def plover_overrides() -> dict[str, str]:
    """CAMEO code -> PLOVER type where the project follows the PLOVER codebook over the conversion table."""
    return {k: v for k, v, *_ in resources.rows("events", "plover_overrides.tsv", min_fields=2)}


@lru_cache(maxsize=1)
def synsets() -> dict[str, frozenset[str]]:
    raw = resources.json_data("events", "synsets.json")
    return {k.upper(): frozenset(v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def plover_table() -> dict[str, tuple[str, str | None, str | None]]:
    out = {}
    for ln in resources.lines("events", "cameo_plover.tsv"):
        code, typ, mode, ctx = (ln.split("\t") + ["", "", ""])[:4]
        out.setdefault(code, (typ, mode.strip() or None, ctx.strip() or None))
    return out


def plover(code: str | None) -> tuple[str | None, str | None]:
    """(PLOVER type, mode) for a CAMEO code: the code's own row, else its parents', else the root's type."""
    if not code:
        return None, None
    table = plover_table()
    if code in plover_overrides():
        return plover_overrides()[code], (table.get(code) or (None, None))[1]
    for n in range(len(code), 1, -1):
        row = table.get(code[:n])
        if row and row[0] in PLOVER_TYPES:
            return row[0], row[1]
    return _ROOT_TYPE.get(code[:2]), None


@lru_cache(maxsize=1)
def actor_codes() -> dict[str, str]:
    """Name -> actor code: the Phoenix dictionaries, then the project's curated international.tsv for the
    organisations and country names they lack."""
    table = _tsv("actors.tsv")
    for k, v in _tsv("international.tsv").items():
        table.setdefault(k, v)
    return table


@lru_cache(maxsize=1)
def agent_codes() -> dict[str, str]:
    return _tsv("agents.tsv")


def _tsv(name: str) -> dict[str, str]:
    """First field (as written) -> the rest of the line, stripped; lines without a tab are skipped."""
    return dict((k, v.strip()) for k, v in (ln.split("\t", 1) for ln in resources.lines("events", name) if "\t" in ln))


_WORD = re.compile(r"[\w.'-]+")


def code_for_text(text: str, lemmas: list[str] | None = None) -> str | None:
    """A CAMEO-style code for a noun phrase: the longest Phoenix actor name in it (country, IGO, non-state
    group), then a sector from an agent noun ("officials" -> GOV, "rebels" -> REB) when the actor code has
    none. "Senior Hungarian officials" -> HUNGOV; "Taliban fighters" -> AFGREB."""
    return _code_for_text(text, tuple(lemmas or ()))


@lru_cache(maxsize=65536)  # the same phrases are coded again and again: every head of an event, on both sides
def _code_for_text(text: str, lemmas: tuple[str, ...]) -> str | None:
    words = [w.lower().strip(".'") if w not in {"U.S.", "U.N.", "U.K."} else w.lower() for w in _WORD.findall(text)]
    words = [w for w in words if w]
    actors = actor_codes()
    code = None
    i = 0
    while i < len(words) and code is None:
        for j in range(min(len(words), i + 6), i, -1):
            key = " ".join(words[i:j])
            hit = actors.get(key)
            if hit is None and j == i + 1 and key.endswith("s"):
                hit = actors.get(key[:-1])
            if hit and key not in {"the", "a", "an", "s", "us"} or (hit and key == "us" and "U.S." not in text
                                                                    and " US" in f" {text}"):
                code = hit
                break
        i += 1
    agents = agent_codes()
    sector = None
    cands = list(lemmas) + words
    for n in (3, 2, 1):
        for k in range(len(cands) - n + 1):
            key = " ".join(cands[k:k + n])
            if key in agents:
                sector = agents[key]
                break
            if n == 1 and key.endswith("s") and key[:-1] in agents:
                sector = agents[key[:-1]]
                break
        if sector:
            break
    if code and sector and len(code) == 3:
        return code + sector
    return code or sector


@lru_cache(maxsize=1)
def confidence_settings() -> dict:
    """The event confidence model and the default threshold (confidence.json; see its "_about")."""
    return resources.json_data("events", "confidence.json")
