"""Dump the events newsledger gives on unscored articles (common.md's generalisation gate, tenth round): Guardian
articles of dev/unlabelled/Guardian_SDF_sample.csv longer than 4,100 characters and not in events_guardian/gold.tsv,
and LGL / GeoWebNews texts beyond the first 170 LGL and 80 GeoWebNews of events_allnews.ranked. One JSON line per
event (article, offsets, type, source and target names); two dumps are compared with --diff to list the events a
change adds, drops or changes, for a hand judgement. `python scripts/events_unscored_dump.py OUT.jsonl [--n 60]`,
`python scripts/events_unscored_dump.py --diff A.jsonl B.jsonl`."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsledger.eval.suites import events_allnews as N
from newsledger.eval.suites import events_guardian as G
from newsledger.model import Article


def unscored(corpus: Path, n: int) -> dict[str, Article]:
    gold = G.load_gold()
    arts = G._articles(corpus)
    out = {f"g{a}": art for a, art in sorted(arts.items(), key=lambda kv: int(kv[0]))
           if a not in gold and len(art.text) > 4100}
    out = dict(list(out.items())[:n])
    texts = N.texts(corpus)
    for prefix, skip in (("lgl-", 170), ("gwn-", 80)):
        for aid in N.ranked(corpus, prefix)[skip: skip + n]:
            out[aid] = Article(text=texts[aid], id=f"unscored-{aid}", published=None)
    return out


def dump(out: Path, corpus: Path, n: int) -> None:
    arts = unscored(corpus, n)
    ids = list(arts)
    recs = G.extract(arts, ids)
    with out.open("w", encoding="utf-8") as fh:
        for aid, rec in recs.items():
            for e in rec.events:
                s, t = rec.actor(e.source) if e.source else None, rec.actor(e.target) if e.target else None
                fh.write(json.dumps({"article": aid, "start": e.start, "end": e.end, "type": e.type,
                                     "source": s.name if s else None, "target": t.name if t else None,
                                     "status": e.status, "confidence": e.confidence}) + "\n")


def diff(a: Path, b: Path, corpus: Path) -> None:
    def load(p: Path) -> dict:
        rows = [json.loads(ln) for ln in p.read_text(encoding="utf-8").splitlines()]
        return {(r["article"], r["start"], r["type"]): r for r in rows}

    old, new = load(a), load(b)
    texts = N.texts(corpus)
    arts = G._articles(corpus)
    for k in sorted(old.keys() | new.keys()):
        o, n_ = old.get(k), new.get(k)
        if o and n_ and (o["source"], o["target"]) == (n_["source"], n_["target"]):
            continue
        aid = k[0]
        text = arts[aid[1:]].text if aid.startswith("g") else texts[aid]
        r = n_ or o
        tag = "ADDED" if o is None else "DROPPED" if n_ is None else "CHANGED"
        print(f"== {tag} {aid} {k[1]} {k[2]}: {o and (o['source'], o['target'])} -> "
              f"{n_ and (n_['source'], n_['target'])}")
        print("   ", text[r["start"]:r["end"]].replace("\n", " ")[:300])


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", nargs="?")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--diff", nargs=2)
    ap.add_argument("--corpus", default="../shared/corpus")
    args = ap.parse_args()
    if args.diff:
        diff(Path(args.diff[0]), Path(args.diff[1]), Path(args.corpus))
    else:
        dump(Path(args.out), Path(args.corpus), args.n)
