"""The command line: python -m newsledger.resolve.gazetteer build [PATH] | stats | lookup NAME."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from newsledger.resolve.gazetteer.builder import build
from newsledger.resolve.gazetteer.lookup import Gazetteer, get


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"build", "stats", "lookup"}:
        print("usage: python -m newsledger.resolve.gazetteer build [PATH] | stats | lookup NAME", file=sys.stderr)
        return 2
    if argv[0] == "build":
        path = build(Path(argv[1]) if len(argv) > 1 else None)
        print(json.dumps(Gazetteer(path).stats()))
    elif argv[0] == "stats":
        print(json.dumps(get().stats()))
    else:
        for e in get().lookup(" ".join(argv[1:])):
            print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
