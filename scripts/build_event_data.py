"""Builds newsledger/data/events/ from the MIT-licensed PETRARCH2 / Phoenix dictionaries and the CC BY-SA
CAMEO->PLOVER table in ../shared/corpus/dev (see newsledger/data/events/SOURCES.md).

    python scripts/build_event_data.py [--corpus ../shared/corpus]

Outputs (all plain data, reproducible from the sources):
- verbs.json: verb lemma (phrasal verbs joined with "_") -> {"code": default CAMEO code or null,
  "patterns": [[pre-words, post-words, code], ...]}; words are lower-case, synonym sets expanded to "&NAME".
- synsets.json: "&NAME" -> list of words (lower case, multi-word joined with " ").
- cameo_plover.tsv: CAMEO code -> PLOVER type, mode, context.
- actors.tsv: name (lower case words joined by " ") -> CAMEO-style actor code (Phoenix country, international
  and non-state actor dictionaries; of a dated entry, the latest code that carries a country or IGO prefix).
- agents.tsv: role noun (lower case) -> sector code (Phoenix agents dictionary).
"""
from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "newsledger" / "data" / "events"


def _words(text: str) -> str:
    return " ".join(w for w in text.replace("_", " ").lower().split())


def parse_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    cur = None
    for ln in lines:
        if ln.startswith("####### VERB PATTERNS"):
            break
        s = ln.split("#")[0].rstrip()
        if s.startswith("&"):
            cur = s.strip()
            sets[cur] = []
        elif s.startswith("+") and cur:
            sets[cur].append(_words(s[1:]))
        elif not s.strip():
            cur = None
    return sets


_CODE = re.compile(r"\[([^\]]*)\]")


def _code(raw: str | None) -> str | None:
    if raw is None:
        return None
    raw = raw.strip().split(":")[0].strip()
    return raw if raw and raw != "---" and re.fullmatch(r"\d{2,4}", raw) else None


def _pattern_words(text: str) -> list[str]:
    """Pattern text -> word list: parentheses and markers dropped, {A B} kept as "a b", &SET kept."""
    text = text.replace("(", " ").replace(")", " ")
    out: list[str] = []
    for m in re.finditer(r"\{([^}]*)\}|(\S+)", text):
        if m.group(1) is not None:
            out.append(_words(m.group(1)))
        else:
            w = m.group(2)
            if w in {"$", "+", "^", "%", "*"} or w.startswith("$") or w.startswith("+"):
                continue
            out.append(w if w.startswith("&") else _words(w))
    return [w for w in out if w]


def parse_verbs(lines: list[str]) -> dict[str, dict]:
    verbs: dict[str, dict] = {}
    in_patterns = False
    block_code = None
    members: list[str] = []
    for ln in lines:
        if ln.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if not in_patterns:
            continue
        body = ln.split("#")[0].rstrip()
        if not body.strip():
            continue
        if body.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", body)
            block_code = _code(m.group(2)) if m else None
            members = []
            continue
        if body.startswith("-"):
            m = _CODE.search(body)
            if not m or "*" not in body:
                continue
            code = m.group(1).strip().split(":")[0].strip()
            code = code if re.fullmatch(r"\d{2,4}", code) else None  # "---" = explicitly no event
            pat = body[1:m.start()]
            pre, post = pat.split("*", 1)
            entry = [_pattern_words(pre), _pattern_words(post), code]
            for v in members:
                verbs[v]["patterns"].append(entry)
            continue
        # a member verb: VERB {forms} [code] or +PHRASAL_VERB {forms} [code]
        m = re.match(r"\s*\+?([A-Z][A-Z_'\-]*)", body)
        if not m:
            continue
        name = m.group(1).strip("_").lower()
        cm = _CODE.search(body)
        code = _code(cm.group(1)) if cm else block_code
        if cm and cm.group(1).strip().startswith("---"):
            code = None
        if name not in verbs:
            verbs[name] = {"code": code, "patterns": []}
        elif code and not verbs[name]["code"]:
            verbs[name]["code"] = code
        members.append(name)
    for v in verbs.values():  # longest patterns first, duplicates dropped
        seen, pats = set(), []
        for p in v["patterns"]:
            key = json.dumps(p)
            if key not in seen:
                seen.add(key)
                pats.append(p)
        v["patterns"] = sorted(pats, key=lambda p: -(len(p[0]) + len(p[1])))
    return verbs


def parse_plover(path: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    for ln in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?", ln)
        if m:
            rows.append((m.group(1), m.group(2), (m.group(3) or "").strip(), (m.group(4) or "").strip()))
    return rows


_ACTOR_CODE = re.compile(r"\[~?([A-Z]+)([^\]]*)\]")


def choose_code(codes: list[tuple[str, str]], sectors: set[str]) -> str:
    """The code of an entry from its (code, date span) lines: the last code that carries a country or IGO prefix,
    else the last code. A bare sector code ("[ELI]" after "[IGOUNO 970101-061231]") says only that the person is
    no longer in office: the prefix of the last post still places them."""
    prefixed = [(c, d) for c, d in codes if c[:3] not in sectors]
    if prefixed:
        return prefixed[-1][0]
    return codes[-1][0]


def actor_blocks(path: Path) -> Iterator[tuple[list[str], list[tuple[str, str]]]]:
    """The entries of a CAMEO/Phoenix actor dictionary, in file order: (names, codes) per block of a name line,
    its "+" synonyms and its code lines ("[AFGMIL]", "\t[AFGGOV 791227-861124]"; codes on the name line belong to
    the block). A code is (code, its date span as written, or "")."""
    names: list[str] = []
    codes: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = raw.split("#")[0].rstrip()
        if not body.strip():
            continue
        stripped = body.strip()
        if stripped.startswith("["):
            codes += [(m.group(1), m.group(2)) for m in _ACTOR_CODE.finditer(stripped)]
            continue
        if stripped.startswith("+"):
            name = _words(re.sub(r"\[.*", "", stripped[1:]))
            if name:
                names.append(name)
            continue
        yield names, codes
        names, codes = [], []
        name = _words(re.sub(r"\[.*", "", stripped))
        if name:
            names.append(name)
        codes += [(m.group(1), m.group(2)) for m in _ACTOR_CODE.finditer(stripped)]
    yield names, codes


def parse_actors(paths: list[Path], sectors: set[str] | None = None) -> dict[str, str]:
    """Name -> code, the first entry naming it winning. Of an entry's several codes, choose_code keeps the one
    that places the actor (sectors: the agent codes, which place no one)."""
    sectors = sectors or set()
    out: dict[str, str] = {}
    for path in paths:
        for names, codes in actor_blocks(path):
            if names and codes:
                code = choose_code(codes, sectors)
                for n in names:
                    out.setdefault(n, code)
    return out


def parse_agents(path: Path) -> dict[str, str]:
    macros: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = raw.split("#")[0].strip()
        if not body:
            continue
        m = re.match(r"(!\w+!)\s*=\s*(.*)", body)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"(.+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)\]", body)
        if not m:
            continue
        forms = [m.group(1).strip()]
        if m.group(2):
            forms += m.group(2).strip("{}").split()
        for form in forms:
            expanded = [form]
            for mac, words in macros.items():
                expanded = [e.replace(mac, w) for e in expanded for w in (words if mac in e else [""])] \
                    if any(mac in e for e in expanded) else expanded
            for e in expanded:
                name = _words(e)
                if name:
                    out.setdefault(name, m.group(3))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    dicts = corpus / "dev" / "petrarch" / "dictionaries"
    OUT.mkdir(parents=True, exist_ok=True)
    lines = (dicts / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = parse_synsets(lines)
    verbs = parse_verbs(lines)
    (OUT / "synsets.json").write_text(json.dumps(synsets, indent=0, sort_keys=True), encoding="utf-8")
    (OUT / "verbs.json").write_text(json.dumps(verbs, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    rows = parse_plover(corpus / "dev" / "plover" / "CAMEO2PLOVER-2021.txt")
    with (OUT / "cameo_plover.tsv").open("w", encoding="utf-8") as f:
        f.write("# cameo\tplover\tmode\tcontext  (from CAMEO2PLOVER-2021.txt, CC BY-SA 4.0)\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    agents = parse_agents(dicts / "Phoenix.agents.txt")
    actors = parse_actors([dicts / "Phoenix.Countries.actors.txt", dicts / "Phoenix.International.actors.txt",
                           dicts / "Phoenix.MilNonState.actors.txt"], set(agents.values()))
    with (OUT / "actors.tsv").open("w", encoding="utf-8") as f:
        f.write("# name\tcode  (Phoenix actor dictionaries, MIT)\n")
        for k in sorted(actors):
            f.write(f"{k}\t{actors[k]}\n")
    with (OUT / "agents.tsv").open("w", encoding="utf-8") as f:
        f.write("# noun\tsector  (Phoenix agents dictionary, MIT)\n")
        for k in sorted(agents):
            f.write(f"{k}\t{agents[k]}\n")
    print(f"verbs {len(verbs)} synsets {len(synsets)} plover rows {len(rows)} actors {len(actors)} "
          f"agents {len(agents)}")


if __name__ == "__main__":
    main()
