"""Dump the events newsledger gives on unscored articles (common.md's generalisation gate, twelfth round): Guardian
articles of dev/unlabelled/Guardian_SDF_sample.csv longer than 4,574 characters, not in events_guardian/gold.tsv,
whose newsledger.eval.split.half(id) is the tune half (id = the csv's index column, "719"; 65 articles), and the
186th to 300th LGL texts of events_allnews.ranked (115 texts; the 171st-185th are being annotated). One JSON line
per event (article, offsets, type, status, source and target names, confidence); two dumps are compared with --diff
to list the events a change adds, drops or changes (type, status, source or target), for a hand judgement; --draw N
prints a blind random draw of N of those changes (seeded), not the ones a rule was written for.

    python scripts/events_unscored_dump.py OUT.jsonl
    python scripts/events_unscored_dump.py --diff A.jsonl B.jsonl [--draw 20 --seed 12]"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from newsledger.eval.split import Split, half
from newsledger.eval.suites import events_allnews as N
from newsledger.eval.suites import events_guardian as G
from newsledger.model import Article

GUARDIAN_MIN_CHARS = 4574  # longer than this; 4,340-4,574 are being annotated this round
LGL_RANKS = (185, 300)  # the 186th to 300th of events_allnews.ranked (0-based slice)


def unscored(corpus: Path) -> dict[str, Article]:
    gold = G.load_gold()
    arts = G._articles(corpus)
    out = {f"g{a}": art for a, art in sorted(arts.items(), key=lambda kv: int(kv[0]))
           if a not in gold and len(art.text) > GUARDIAN_MIN_CHARS and half(a) is Split.tune}
    texts = N.texts(corpus)
    for aid in N.ranked(corpus, "lgl-")[LGL_RANKS[0]:LGL_RANKS[1]]:
        out[aid] = Article(text=texts[aid], id=f"unscored-{aid}", published=None)
    return out


def dump(out: Path, corpus: Path) -> None:
    arts = unscored(corpus)
    ids = list(arts)
    recs = G.extract(arts, ids)
    with out.open("w", encoding="utf-8") as fh:
        for aid, rec in recs.items():
            for e in rec.events:
                s, t = rec.actor(e.source) if e.source else None, rec.actor(e.target) if e.target else None
                fh.write(json.dumps({"article": aid, "start": e.start, "end": e.end, "type": e.type,
                                     "trigger": e.trigger, "source": s.name if s else None,
                                     "target": t.name if t else None, "status": e.status,
                                     "confidence": e.confidence}) + "\n")


def _fields(r: dict | None) -> tuple | None:
    return r and (r["type"], r["status"], r["source"], r["target"])


def changes(a: Path, b: Path) -> list[tuple[str, dict | None, dict | None]]:
    """(tag, old, new) for every event added, dropped or changed between two dumps, keyed by article and offset."""
    def load(p: Path) -> dict:
        rows = [json.loads(ln) for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
        out: dict = {}
        for r in rows:
            out.setdefault((r["article"], r["start"]), []).append(r)
        return out

    old, new = load(a), load(b)
    out = []
    for k in sorted(old.keys() | new.keys()):
        os_, ns = old.get(k, []), new.get(k, [])
        for i in range(max(len(os_), len(ns))):
            o = os_[i] if i < len(os_) else None
            n_ = ns[i] if i < len(ns) else None
            if _fields(o) == _fields(n_):
                continue
            out.append(("ADDED" if o is None else "DROPPED" if n_ is None else "CHANGED", o, n_))
    return out


def diff(a: Path, b: Path, corpus: Path, draw: int | None = None, seed: int = 12) -> None:
    rows = changes(a, b)
    print(f"{len(rows)} changes: " + ", ".join(f"{t} {sum(r[0] == t for r in rows)}"
                                               for t in ("ADDED", "DROPPED", "CHANGED")))
    if draw is not None and draw < len(rows):
        rows = sorted(random.Random(seed).sample(rows, draw), key=lambda r: ((r[1] or r[2])["article"],
                                                                             (r[1] or r[2])["start"]))
    texts = N.texts(corpus)
    arts = G._articles(corpus)
    for tag, o, n_ in rows:
        r = n_ or o
        aid = r["article"]
        text = arts[aid[1:]].text if aid.startswith("g") else texts[aid]
        print(f"== {tag} {aid} {r['start']} {r.get('trigger')}: {_fields(o)} -> {_fields(n_)}"
              f" conf {o and o['confidence']} -> {n_ and n_['confidence']}")
        print("   ", text[r["start"]:r["end"]].replace("\n", " ")[:400])


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", nargs="?")
    ap.add_argument("--diff", nargs=2)
    ap.add_argument("--draw", type=int, help="with --diff: print a random draw of this many changes")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--corpus", default="../shared/corpus")
    args = ap.parse_args()
    if args.diff:
        diff(Path(args.diff[0]), Path(args.diff[1]), Path(args.corpus), args.draw, args.seed)
    else:
        dump(Path(args.out), Path(args.corpus))
