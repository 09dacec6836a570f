"""Near-duplicate detection on a synthetic set built from the Guardian articles of dev/unlabelled/.

The set (`build_set`, deterministic; scripts/build_dedup_set.py writes it out for reading):
- each of the 249 articles once, as published (they are all on Syria, the SDF and Isis, so any two of them
  are distinct articles on the same topic: the hard negatives). None of them is a near-duplicate of another
  (highest estimated 5-shingle Jaccard between two of them: 0.16);
- for 80 of them, 1 to 3 copies, each made by one of these edits, each with a new headline line on top:
  `boilerplate` (a wire dateline in front, "Reporting by ...; Editing by ..." and a copyright or newsletter line
  at the end, the last sentence dropped), `headline` (only the headline and a byline), `trimmed` (the first 35 to
  70 % of the sentences: a shortened syndicated copy), `rewrite` (a fifth of the sentences reworded: said/told,
  Isis/Islamic State, numbers, two neighbouring sentences swapped), `combo` (trimmed + rewrite + boilerplate);
- 30 `follow-up` negatives: another article, not among the 80, with two or three background sentences of one
  of the 80 pasted in; it replaces that article in the set (a story that reuses a paragraph is not a copy).

Items come in a shuffled order, so a copy is sometimes seen before its original. Scoring is pairwise: a pair is
predicted a duplicate when both items fall in one predicted cluster (items joined to the canonical item they
duplicate), and it is right when both come from the same original (follow-ups belong to their own article).
"""
from __future__ import annotations

import random
import re
from itertools import combinations
from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, prf_score
from newsledger.eval.split import select

COMPONENT = "dedup"
DATASET = "synthetic"

SOURCE = Path("dev") / "unlabelled"
N_ORIGINALS = 80
N_FOLLOWUPS = 30
SEED = 8

_SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘A-Z0-9])")
_DATELINES = ["BEIRUT (Wire) - ", "DAMASCUS, Syria (AP) — ", "QAMISHLI, Syria (Reuters) - ",
              "ISTANBUL — ", "BAGHDAD (AFP) - "]
_TRAILERS = ["Reporting by Ellen Francis; Editing by Kevin Liffey.",
             "(Reporting by Tom Perry and Dominic Evans; Writing by Angus McDowall; Editing by Peter Graff)",
             "Copyright 2019 The Associated Press. All rights reserved. This material may not be published, "
             "broadcast, rewritten or redistributed.",
             "Sign up for our daily Middle East newsletter and follow us on Twitter for the latest updates.",
             "This article was amended on 12 April 2019 to correct a spelling."]
_BYLINES = ["By Martin Chulov in Beirut", "By staff and agencies", "From our correspondent in Erbil",
            "By Bethan McKernan, Istanbul"]
_SWAPS = [(r"\bsaid\b", "told reporters"), (r"\bIsis\b", "Islamic State"), (r"\bIslamic State\b", "IS"),
          (r"\bSyrian Democratic Forces\b", "SDF"), (r"\bhowever\b", "though"), (r"\bthousands\b", "many thousands"),
          (r"\bkilled\b", "left dead"), (r"\bUS\b", "American"), (r"\btwo\b", "2"), (r"\bthree\b", "3"),
          (r"\bon Monday\b", "Monday"), (r"\bofficials\b", "authorities")]


def sentences(text: str) -> list[str]:
    return [s for s in _SENT.split(text.strip()) if s.strip()]


def _headline(rng: random.Random, text: str) -> str:
    words = re.findall(r"[A-Za-z']+", " ".join(sentences(text)[1:3]) or text)
    pick = sorted(rng.sample(range(len(words)), min(7, len(words))))
    return (rng.choice(["Syria: ", "Exclusive: ", "", "Analysis: "]) + " ".join(words[i] for i in pick)).strip()


def _reword(rng: random.Random, sents: list[str], share: float = 0.2) -> list[str]:
    out = list(sents)
    for i in rng.sample(range(len(out)), max(1, int(len(out) * share))):
        for pat, rep in rng.sample(_SWAPS, len(_SWAPS)):
            new = re.sub(pat, rep, out[i], count=1)
            if new != out[i]:
                out[i] = new
                break
        else:
            out[i] = "Meanwhile, " + out[i][:1].lower() + out[i][1:]
    if len(out) > 3:
        j = rng.randrange(1, len(out) - 1)
        out[j], out[j + 1] = out[j + 1], out[j]
    return out


def _copy(rng: random.Random, text: str, kind: str) -> str:
    sents = sentences(text)
    head = [_headline(rng, text)]
    if kind == "boilerplate":
        body = sents[:-1] if len(sents) > 4 else sents
        body = [rng.choice(_DATELINES) + body[0]] + body[1:]
        return "\n\n".join(head + [" ".join(body), rng.choice(_TRAILERS), rng.choice(_TRAILERS)])
    if kind == "headline":
        return "\n\n".join(head + [rng.choice(_BYLINES), " ".join(sents)])
    if kind == "trimmed":
        keep = max(3, int(len(sents) * rng.uniform(0.35, 0.7)))
        return "\n\n".join(head + [" ".join(sents[:keep])])
    if kind == "rewrite":
        return "\n\n".join(head + [" ".join(_reword(rng, sents))])
    if kind == "combo":
        keep = max(3, int(len(sents) * rng.uniform(0.5, 0.8)))
        body = _reword(rng, sents[:keep])
        body = [rng.choice(_DATELINES) + body[0]] + body[1:]
        return "\n\n".join(head + [" ".join(body), rng.choice(_TRAILERS)])
    raise ValueError(kind)


KINDS = ("boilerplate", "headline", "trimmed", "rewrite", "combo")


def build_set(corpus: Path) -> list[dict[str, Any]]:
    """Items {id, group, kind, of, outlet, text}: `group` is the original's id (same group = duplicates)."""
    from newsledger.ingest import read_paths
    from newsledger.model import Article

    arts = [a for a in read_paths([corpus / SOURCE]) if isinstance(a, Article)]
    arts.sort(key=lambda a: a.id)
    rng = random.Random(SEED)
    items = [{"id": a.id, "group": a.id, "kind": "original", "of": None, "outlet": "Guardian", "text": a.text}
             for a in arts]
    chosen = rng.sample(range(len(arts)), N_ORIGINALS)
    for n, i in enumerate(chosen):
        kinds = rng.sample(KINDS, rng.choice((1, 2, 2, 3)))
        for m, kind in enumerate(kinds):
            items.append({"id": f"{arts[i].id}~{kind}", "group": arts[i].id, "kind": kind, "of": arts[i].id,
                          "outlet": f"outlet-{(n + m) % 7}", "text": _copy(rng, arts[i].text, kind)})
    others = [i for i in range(len(arts)) if i not in set(chosen)]
    hosts = {arts[others[n]].id for n in range(N_FOLLOWUPS)}
    items = [it for it in items if it["id"] not in hosts]  # each host article appears only as its follow-up
    for n in range(N_FOLLOWUPS):
        host, donor = arts[others[n]], arts[chosen[n]]
        ds = sentences(donor.text)
        k = rng.choice((2, 3))
        at = rng.randrange(0, max(1, len(ds) - k))
        hs = sentences(host.text)
        cut = rng.randrange(1, max(2, len(hs)))
        text = " ".join(hs[:cut] + ds[at:at + k] + hs[cut:])
        items.append({"id": f"{host.id}~follow-up", "group": f"{host.id}~follow-up", "kind": "follow-up",
                      "of": donor.id, "outlet": "outlet-f", "text": text})
    rng.shuffle(items)
    return items


def _pairs(labels: list[str]) -> set[tuple[int, int]]:
    by: dict[str, list[int]] = {}
    for i, g in enumerate(labels):
        by.setdefault(g, []).append(i)
    return {p for members in by.values() for p in combinations(members, 2)}


def evaluate(items: list[dict[str, Any]]) -> dict[str, Any]:
    from newsledger.corpus.dedup import clusters

    canon = clusters([it["text"] for it in items])
    pred = _pairs([str(c) for c in canon])
    gold = _pairs([it["group"] for it in items])
    tp = len(pred & gold)
    by_kind: dict[str, list[int]] = {}
    index = {it["id"]: i for i, it in enumerate(items)}
    for i, it in enumerate(items):
        if it["kind"] in KINDS:
            j = index[it["of"]]
            by_kind.setdefault(it["kind"], []).append(int(canon[i] == canon[j]))
        elif it["kind"] == "follow-up":
            j = index[it["of"]]
            by_kind.setdefault("follow-up (kept apart)", []).append(int(canon[i] != canon[j]))
    return {"tp": tp, "pred": len(pred), "gold": len(gold),
            "by_kind": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(by_kind.items())}}


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    # an item's half follows the article it is made from, so a follow-up stays with the article it borrows from
    def key(it: dict[str, Any]) -> str:
        return it["of"] or it["group"]

    everything = build_set(corpus)
    keys = set(select(sorted({key(it) for it in everything}), str, split))
    items = [it for it in everything if key(it) in keys]
    if limit:
        keep = {key(it) for it in items[:limit]}
        items = [it for it in items if key(it) in keep]
    r = evaluate(items)
    return [prf_score(COMPONENT, DATASET, r["tp"], r["pred"], r["gold"], items=len(items), **r["by_kind"])]
