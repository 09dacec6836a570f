"""Builds newsledger/data/events/actor_roles.tsv: the date-bounded codes of the Phoenix actor dictionaries
(Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt; MIT, (c) 2014
Open Event Data Alliance), which actors.tsv flattens to one code per name.

Each row: name (lower case words), code, from, to (ISO dates; empty = open), entry (the first name of the
Phoenix entry: every synonym of one person shares it). A Phoenix entry "[TURGOV >030314]"
is a role from 2003-03-14 on; "[AUSGOVENV 070901-071231]" a bounded one; an undated code line of a dated entry
("[TURELI]" after the dated posts) is kept undated and only used when no dated role covers the article's date.

    python scripts/build_actor_roles.py [PATH_TO_PETRARCH_DICTIONARIES]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from build_event_data import actor_blocks  # the one reader of the dictionaries' entry blocks (run from scripts/)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newsledger" / "data" / "events" / "actor_roles.tsv"
DEFAULT_DICTS = ROOT.parent / "shared" / "corpus" / "dev" / "petrarch" / "dictionaries"
FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
def _date(yymmdd: str) -> str:
    yy, mm, dd = int(yymmdd[:2]), yymmdd[2:4], yymmdd[4:6]
    return f"{1900 + yy if yy >= 30 else 2000 + yy}-{mm}-{dd}"


def _span(text: str) -> tuple[str, str] | None:
    """(from, to) of "<d", ">d", "d-d"; None for an undated code."""
    text = text.strip()
    if not text:
        return None
    if m := re.fullmatch(r">\s*(\d{6})", text):
        return _date(m.group(1)), ""
    if m := re.fullmatch(r"<\s*(\d{6})", text):
        return "", _date(m.group(1))
    if m := re.fullmatch(r"(\d{6})\s*-\s*(\d{6})", text):
        return _date(m.group(1)), _date(m.group(2))
    return None


def parse(path: Path) -> list[tuple[str, str, str, str, str]]:
    """(name, code, from, to, entry) for every code of the entries that carry a dated code."""
    rows: list[tuple[str, str, str, str, str]] = []
    for names, codes in actor_blocks(path):
        spans = [(code, _span(raw)) for code, raw in codes]
        if names and any(span for _, span in spans):
            for name in names:
                for code, span in spans:
                    rows.append((name, code, *(span or ("", "undated")), names[0]))
    return rows


def main(argv: list[str]) -> int:
    dicts = Path(argv[1]) if len(argv) > 1 else DEFAULT_DICTS
    rows = [r for f in FILES for r in parse(dicts / f)]
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# name\tcode\tfrom\tto\tentry  (date-bounded codes of the Phoenix actor dictionaries, MIT, "
                 "(c) 2014 Open Event Data Alliance; built by scripts/build_actor_roles.py; to = 'undated' for a "
                 "code line without dates in a dated entry)\n")
        for r in sorted(set(rows)):
            fh.write("\t".join(r) + "\n")
    print(f"{len(set(rows))} rows -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
