"""The quotes a change moves on the unscored pool (common.md's pool 1: the Guardian tune-half texts outside the
event gold and LGL's 186th-300th, `scripts/brief_unscored.py pool_ids`), for a blind hand judgement.

    PYTHONPATH=<tree> python scripts/quotes_pool_diff.py --dump OUT.json     # in the base tree, then in the branch
    python scripts/quotes_pool_diff.py --diff BASE.json NEW.json [--draw 20]  # changes; a seeded blind draw

Parses are cached by name in $NEWSLEDGER_CACHE_DIR (quotes_polnear_train._docs), so both trees read the same docs.
A change is a quote (kind, outer span) on one side only, or the same span with another speaker; the draw is
`random.seed(12)` over the sorted list of changes (the gate's rule). No text is stored in the repository.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def dump(out: Path) -> None:
    import quotes_polnear_train as qp
    from brief_unscored import CORPUS, pool_ids

    from newsledger.eval.suites.brief_news import _guardian, _lgl

    ids = pool_ids(CORPUS)
    src = {**_guardian(CORPUS, set(ids)), **_lgl(CORPUS, set(ids))}
    ids = [k for k in ids if k in src]
    texts = [src[k][1] for k in ids]
    recs, _ = qp.records(texts, "pool1", cache=True)
    rows = {}
    for k, text, rec in zip(ids, texts, recs):
        rows[k] = {"text": text, "quotes": [
            {"kind": q.kind, "start": q.start, "end": q.end, "cue": q.cue, "speaker": q.speaker_text}
            for q in rec.quotes]}
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(f"{len(ids)} articles -> {out}")


def _span(quote: dict) -> tuple:
    return quote["kind"], quote["start"], quote["end"]


def changes(base: dict, new: dict) -> list[tuple]:
    out = []
    for k in sorted(base):
        b = {_span(q): q for q in base[k]["quotes"]}
        n = {_span(q): q for q in new[k]["quotes"]}
        for s in sorted(set(b) | set(n)):
            if s not in n:
                out.append((k, s, "dropped", b[s]))
            elif s not in b:
                out.append((k, s, "added", n[s]))
            elif b[s]["speaker"] != n[s]["speaker"]:
                out.append((k, s, f"speaker {b[s]['speaker']!r} ->", n[s]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--diff", type=Path, nargs=2)
    ap.add_argument("--draw", type=int, default=20)
    a = ap.parse_args()
    if a.dump:
        dump(a.dump)
        return 0
    base, new = (json.loads(p.read_text(encoding="utf-8")) for p in a.diff)
    ch = changes(base, new)
    random.seed(12)
    drawn = sorted(random.sample(range(len(ch)), min(a.draw, len(ch))))
    print(f"{len(ch)} changes, {len(drawn)} drawn")
    for i in drawn:
        k, (kind, s, e), what, q = ch[i]
        text = new[k]["text"]
        lo = text.rfind(". ", 0, s) + 2 if text.rfind(". ", 0, s) > s - 300 else s - 300
        print(f"--- #{i} {k} {what} {kind} cue={q['cue']!r} speaker={q['speaker']!r}")
        print(f"    ...{text[max(0, lo):s]}[[{text[s:e]}]]{text[e:e + 120]}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
