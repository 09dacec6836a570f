"""Write the near-duplicate evaluation set (see newsledger/eval/suites/dedup_synthetic.py for how it is made)
as JSON Lines, one item a line: {id, group, kind, of, outlet, text}. Items with the same `group` are copies of
one article. The set is built from internal-use texts: write it outside the repository and do not share it.

    python scripts/build_dedup_set.py [--corpus PATH] [--out /tmp/dedup_set.jsonl]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsledger.eval.suites.dedup_synthetic import build_set  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path,
                    default=Path(os.environ.get("NEWSLEDGER_CORPUS", ROOT.parent / "shared" / "corpus")))
    ap.add_argument("--out", type=Path, default=Path("/tmp/dedup_set.jsonl"))
    args = ap.parse_args()
    items = build_set(args.corpus)
    with open(args.out, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    kinds = Counter(it["kind"] for it in items)
    print(f"{len(items)} items -> {args.out}: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))


if __name__ == "__main__":
    main()
