"""Near-duplicate detection on real article pairs, reported apart from the synthetic set (dedup/synthetic).

The pairs are annotated by hand in newsledger/data/dedup/real_pairs.tsv (instructions in ANNOTATION.md beside
it): ids only, the texts are read from the corpus at eval time.
- duplicate: two versions of one article as the corpus stores them (PolNeAR keeps web and print editions,
  retitled next-day editions and snapshots of a rolling wire file);
- distinct: one story told by several outlets (every pair of articles on one event in the Giveme5W1H set),
  follow-ups that reuse background paragraphs (a same-outlet report three days later; Guardian reports on the
  same person weeks apart), and other close pairs found by searching the corpora for shared 5-word shingles.

A pair is predicted a duplicate when `newsledger.corpus.dedup.is_duplicate` says so for the two texts'
signatures (the rule `ingest` applies). Precision and recall of "duplicate", and the false positives by kind.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from newsledger.eval.metrics import Score, prf_score
from newsledger.eval.split import select

COMPONENT = "dedup"
DATASET = "real"
PAIRS = Path(__file__).resolve().parents[2] / "data" / "dedup" / "real_pairs.tsv"
GUARDIAN = Path("dev") / "unlabelled" / "Guardian_SDF_sample.csv"
GIVEME = Path("dev") / "giveme5w1h" / "data"
POLNEAR = Path("dev") / "polnear" / "data"


def load_pairs(path: Path = PAIRS) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for r in rows:
        if r["label"] not in {"duplicate", "distinct"}:
            raise ValueError(f"{path}: pair {r['pair']}: label must be duplicate or distinct, not {r['label']!r}")
    return rows


class Texts:
    """Article texts by the pair file's ids: "guardian:<csv index>", "g5w1h:<original file name>",
    "polnear:<path under dev/polnear/data>"."""

    def __init__(self, corpus: Path):
        self.corpus = corpus
        self._guardian: dict[str, str] | None = None
        self._giveme: dict[str, str] | None = None

    def __call__(self, key: str) -> str:
        source, name = key.split(":", 1)
        if source == "guardian":
            if self._guardian is None:
                csv.field_size_limit(sys.maxsize)
                with open(self.corpus / GUARDIAN, encoding="utf-8") as fh:
                    self._guardian = {row[""]: row["text"] for row in csv.DictReader(fh)}
            return self._guardian[name]
        if source == "g5w1h":
            if self._giveme is None:
                from newsledger.eval.giveme5w1h import _body

                self._giveme = {}
                for f in sorted((self.corpus / GIVEME).glob("*.json")):
                    d = json.loads(f.read_text(encoding="utf-8"))
                    self._giveme[d.get("originalFilename") or f.stem] = _body(d)
            return self._giveme[name]
        if source == "polnear":
            return (self.corpus / POLNEAR / name).read_text(encoding="utf-8", errors="replace")
        raise ValueError(f"unknown text source in pair id {key!r}")


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    from newsledger.corpus.dedup import is_duplicate, signature

    if not (corpus / GIVEME).is_dir():
        return []
    texts = Texts(corpus)
    pairs = select(load_pairs(), lambda p: p["pair"], split, limit)
    tp = pred = gold = 0
    false_pos, missed, by_kind = [], [], {}
    for p in pairs:
        dup = is_duplicate(signature(texts(p["a"])), signature(texts(p["b"])))[0]
        want = p["label"] == "duplicate"
        tp += dup and want
        pred += dup
        gold += want
        k = by_kind.setdefault(p["kind"], [0, 0])
        k[0] += dup
        k[1] += 1
        if dup and not want:
            false_pos.append(f"{p['pair']} ({p['kind']})")
        if want and not dup:
            missed.append(f"{p['pair']} ({p['kind']})")
    if not pairs:
        return []
    return [prf_score(COMPONENT, DATASET, tp, pred, gold, pairs=len(pairs), false_positives=false_pos, missed=missed,
                      predicted_duplicate_by_kind={k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())})]
