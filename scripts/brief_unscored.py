"""Re-score the brief against the hand judgement of 30 unscored articles (newsledger/eval/annotations/brief_unscored/).

    PYTHONPATH=. python scripts/brief_unscored.py          # tally per question: right / partial / wrong / none
    PYTHONPATH=. python scripts/brief_unscored.py --ids    # the 30 article ids only (the selection rule)
    PYTHONPATH=. python scripts/brief_unscored.py --pool OUT.json   # top why/how on the whole unscored pool
    python scripts/brief_unscored.py --diff BASE.json NEW.json      # the answers a change moves (to judge)

The pool (common.md's unscored articles of the twelfth round): the Guardian texts of more than 4,574 characters in
neither events_guardian's nor brief_news's gold and in the tune half of `newsledger.eval.split.half`, and LGL's
186th-300th of events_allnews `ranked("lgl-")` not in brief_news's gold (the 30 above are no longer added: some
may be among the texts being annotated this round). Run `--pool` in a
tree without the change (a `git worktree`) and in the tree with it, then `--diff`: a rule that moves no answer
there is no evidence of a class.

An answer is judged when its (in, start, end) equals a judged row of the same article and question; other answers
are counted as "unjudged" and listed (to judge and append, by the README's codebook). No text is stored.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from newsledger.eval.giveme5w1h import QUESTIONS, Item
from newsledger.eval.suites.brief_giveme5w1h import predict
from newsledger.eval.suites.brief_news import GUARDIAN, LGL, _guardian, _lgl, gold_rows

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSLEDGER_CORPUS") or ROOT.parent / "shared" / "corpus")  # a tree outside /work
JUDGED = ROOT / "newsledger" / "eval" / "annotations" / "brief_unscored" / "judgement.tsv"
PER_SOURCE = 15
GUARDIAN_MIN = 4574  # the twelfth round: Guardian texts of 4,340-4,574 characters are being annotated (events gold)
LGL_FROM = 185  # the twelfth round: LGL's 171st-185th are being annotated (events_allnews gold)
SCORE = {"R": 1.0, "P": 0.5, "W": 0.0}


def _h(x: str) -> str:
    return hashlib.sha256(("newsledger-brief-gold/1:" + x).encode()).hexdigest()


def article_ids(corpus: Path = CORPUS) -> list[str]:
    """The LAST 15 Guardian and the LAST 15 LGL articles in brief_news's hash orders (its size limits), none in its
    gold: the next gold rounds take the first ones, which stay unseen."""
    gold = set(gold_rows())
    csv.field_size_limit(10_000_000)
    with (corpus / GUARDIAN).open(encoding="utf-8", newline="") as fh:
        g = sorted(("guardian:" + r[""] for r in csv.DictReader(fh) if len(r["text"]) <= 4500), key=_h)
    lgl = [a for a in ET.parse(corpus / LGL).getroot().iter("article") if 600 <= len(a.findtext("text") or "") <= 4000]
    x = sorted(("lgl:" + a.get("docid", "") for a in lgl), key=_h)
    return [k for k in g if k not in gold][-PER_SOURCE:] + [k for k in x if k not in gold][-PER_SOURCE:]


def pool_ids(corpus: Path = CORPUS) -> list[str]:
    """The unscored pool (the module doc), in a fixed order."""
    from newsledger.eval.split import half
    from newsledger.eval.suites.events_allnews import ranked

    gold = set(gold_rows())
    ev_gold = ROOT / "newsledger" / "eval" / "annotations" / "events_guardian" / "gold.tsv"
    events = {ln.split("\t")[0] for ln in ev_gold.open(encoding="utf-8") if not ln.startswith("#")}
    csv.field_size_limit(10_000_000)
    with (corpus / GUARDIAN).open(encoding="utf-8", newline="") as fh:
        g = ["guardian:" + r[""] for r in csv.DictReader(fh) if len(r["text"]) > GUARDIAN_MIN and r[""] not in events
             and "guardian:" + r[""] not in gold and half(r[""]).value == "tune"]
    lgl = ["lgl:" + a[len("lgl-"):] for a in ranked(corpus, "lgl-")[LGL_FROM:300]]
    return list(dict.fromkeys(g + [k for k in lgl if k not in gold]))


def pool(out: Path) -> None:
    ids = pool_ids()
    src = {**_guardian(CORPUS, set(ids)), **_lgl(CORPUS, set(ids))}
    ids = [k for k in ids if k in src]
    items = [Item(k, src[k][0], {q: [] for q in QUESTIONS}) for k in ids]
    tops = {k: {q: ((b or {}).get(q) or [None])[0] for q in QUESTIONS} for k, b in zip(ids, predict(items))}
    out.write_text(json.dumps(tops, ensure_ascii=False, default=str), encoding="utf-8")
    print(f"{len(ids)} articles -> {out}")


def diff(base: Path, new: Path) -> None:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (base, new))
    for k in a:
        for q in QUESTIONS:
            x, y = a[k].get(q), (b.get(k) or {}).get(q)
            kx, ky = ((t.get("in", "text"), t["start"], t["end"]) if t else None for t in (x, y))
            if kx != ky:
                print(k, q, repr(x and x["text"]), "->", repr(y and y["text"]), ky)


def main() -> None:
    if "--pool" in sys.argv:
        pool(Path(sys.argv[sys.argv.index("--pool") + 1]))
        return
    if "--diff" in sys.argv:
        i = sys.argv.index("--diff")
        diff(Path(sys.argv[i + 1]), Path(sys.argv[i + 2]))
        return
    ids = article_ids()
    if "--ids" in sys.argv:
        print("\n".join(ids))
        return
    judged: dict[tuple[str, str, str, str, str], str] = {}
    with JUDGED.open(encoding="utf-8") as fh:
        for r in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            judged[(r["article"], r["question"], r["in"], r["start"], r["end"])] = r["verdict"]
    src = {**_guardian(CORPUS, set(ids)), **_lgl(CORPUS, set(ids))}
    items = [Item(k, src[k][0], {q: [] for q in QUESTIONS}) for k in ids]
    tally: dict[str, Counter] = {q: Counter() for q in QUESTIONS}
    unjudged = []
    for k, brief in zip(ids, predict(items)):
        for q in QUESTIONS:
            a = ((brief or {}).get(q) or [None])[0]
            key = (k, q, "-", "-", "-") if a is None else (k, q, a.get("in", "text"), str(a["start"]), str(a["end"]))
            v = judged.get(key)
            if v is None:
                unjudged.append(f"{k} {q} {a and a['text']!r}")
                v = "?"
            tally[q][v] += 1
    print("question  R  P  W  N  M  ?   graded (R=1, P=0.5, over R+P+W+M)")
    for q in QUESTIONS:
        t = tally[q]
        scored = sum(t[v] for v in "RPWM")
        graded = sum(SCORE.get(v, 0.0) * t[v] for v in "RPW") / scored if scored else 0.0
        print(f"{q:8s} " + " ".join(f"{t[v]:2d}" for v in "RPWNM?") + f"   {graded:.3f}")
    for u in unjudged:
        print("unjudged:", u)


if __name__ == "__main__":
    main()
