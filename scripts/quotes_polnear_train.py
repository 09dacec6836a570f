"""Score the quote extractor on PolNeAR's train split (issue 18, round 5): the measuring set for classes of
quote rules, ~840 texts beside the dev split's small tune quarters. Same adapter and strict rule as the
`quotes_polnear` suite (character overlap >= 0.8 of the longer span; lenient containment beside it).

    python scripts/quotes_polnear_train.py [--set train|tune-a|tune-b] [--limit N] [--every K] [--cache]
                                           [--misses FILE]

--set train scores the train split (every text; --every K keeps every K-th text, a fixed sample); tune-a and
tune-b score those quarters of the dev split (never the check half: this script refuses it).
--cache keeps the parsed docs in $NEWSLEDGER_CACHE_DIR (default /tmp)/newsledger-quotes-<set>.spacy (parse once,
re-run the rules many times; delete it after changing the spaCy pipeline or its entity rules).
--misses FILE writes one line per missed gold content and per unmatched prediction, with the best-overlapping
partner on the other side, for sorting errors into classes (train and tune-a only).

Rules are never fitted to this set by counting (PolNeAR's terms): it measures classes found by reading.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin

from newsledger import nlp
from newsledger.eval.split import select
from newsledger.eval.suites import quotes_polnear as suite
from newsledger.extract import actors, quotes, times
from newsledger.model import Article, Record

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PACKAGE = Path(nlp.__file__).resolve().parent
# several worktrees share /tmp: NEWSLEDGER_CACHE_DIR keeps one tree's parses apart from another's
CACHE_DIR = os.environ.get("NEWSLEDGER_CACHE_DIR", "/tmp")


def fingerprint() -> str:
    """The code and data this run reads (every file under the package: path, size, modification time). A full
    train run parses for minutes before the extractors load their data files (speech_verbs.txt and the rest load
    on first use), so a file edited meanwhile would be measured half old, half new: main() refuses such a run
    (issue 15: a first fresh 840-text run once gave F1 0.216 against 0.605, never reproduced from a still tree)."""
    h = hashlib.sha1()
    for f in sorted(PACKAGE.rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            st = f.stat()
            h.update(f"{f.relative_to(PACKAGE)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def warm_up() -> None:
    """Every extractor's data loaded before the long parse, beside the code imported at start."""
    text = 'Officials said on Monday that talks would resume. "We are ready," the minister told reporters.'
    records([text], "warm-up", cache=False)


def _docs(texts: list[str], name: str, cache: bool):
    path = Path(f"{CACHE_DIR}/newsledger-quotes-{name}.spacy") if cache else None
    if path is not None and path.exists():
        pipe = nlp.load()
        docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(pipe.vocab))
        if [d.text for d in docs] == texts:
            return [nlp.sentence_index(d) for d in docs]
    docs = list(nlp.parse_many(texts))
    if path is not None:
        path.write_bytes(DocBin(store_user_data=True, docs=[nlp.storable(d) for d in docs]).to_bytes())
        return _docs(texts, name, cache)  # the first run reads what later runs read
    return docs


def records(texts: list[str], name: str, cache: bool) -> tuple[list[Record], float]:
    docs = _docs(texts, name, cache)
    t0 = time.process_time()
    out = []
    for text, doc in zip(texts, docs):
        rec = Record(article=Article(text=text))
        actors.extract(doc, rec)
        rec.times = times.extract(doc, rec)
        rec.quotes = quotes.extract(doc, rec)
        out.append(rec)
    return out, time.process_time() - t0


def census_inputs(set_name: str, corpus: Path, every: int, cache: bool,
                  limit: int | None = None) -> tuple[list, list, list[Record]]:
    """The censuses' inputs (scripts/quotes_census.py): PolNeAR train (every `every`-th text, the first `limit`) or
    the dev tune-a quarter, as (docs, parsed texts, records)."""
    if set_name == "train":
        docs = suite.load(corpus, "train")[::every][:limit]
    else:
        docs = select(suite.load(corpus, "dev"), lambda d: d[0], set_name, limit)
    name = f"{set_name}-{every}-{limit}"
    texts = [t for _, t, _ in docs]
    return docs, _docs(texts, name, cache), records(texts, name, cache)[0]


def unmatched_gold(text: str, gold: list, rec: Record):
    """The gold contents of one text that no prediction matches under the strict rule: (content, its outer span,
    the most-overlapping prediction as (overlap, span, quote) or None); the census scripts share it."""
    pred = suite.fold(rec.quotes, text)
    hit = {id(g) for g, _ in suite.match(pred, gold, "strict", text)}
    spans = [suite.scored_span(q, text) for q in pred]
    for g in gold:
        if id(g) not in hit:
            gs = suite._outer(g)
            yield g, gs, max(((suite.span_overlap(s, gs), s, q) for s, q in zip(spans, pred)), default=None,
                             key=lambda t: t[0])


def misses(docs, recs) -> list[dict]:
    out = []
    for (name, text, gold), rec in zip(docs, recs):
        pred = suite.fold(rec.quotes, text)
        hit_p = {id(q) for _, q in suite.match(pred, gold, "strict", text)}
        spans = [suite.scored_span(q, text) for q in pred]
        for g, gs, best in unmatched_gold(text, gold, rec):
            out.append({"text": name, "kind": "miss", "gold": text[gs[0]:gs[1]], "cue": g.cue_text,
                        "source": g.source_text, "span": gs,
                        "best": text[best[1][0]:best[1][1]] if best and best[0] > 0 else None,
                        "best_span": best[1] if best and best[0] > 0 else None,
                        "overlap": round(best[0], 3) if best else 0})
        for s, q in zip(spans, pred):
            if id(q) in hit_p:
                continue
            best = max(((suite.span_overlap(s, suite._outer(g)), g) for g in gold), default=None,
                       key=lambda t: t[0])
            out.append({"text": name, "kind": "extra", "pred": text[s[0]:s[1]], "qkind": q.kind, "cue": q.cue,
                        "speaker": q.speaker_text, "span": s,
                        "best": " | ".join(text[a:b] for a, b in best[1].spans) if best and best[0] > 0 else None,
                        "overlap": round(best[0], 3) if best else 0})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="train", choices=["train", "tune-a", "tune-b"])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--cache", action="store_true")
    ap.add_argument("--misses", type=Path)
    args = ap.parse_args(argv)
    if args.set == "train":
        docs = suite.load(args.corpus, "train")[::args.every][:args.limit]
    else:
        docs = select(suite.load(args.corpus, "dev"), lambda d: d[0], args.set, args.limit)
    name = f"{args.set}-{args.every}-{args.limit}"
    before = fingerprint()
    warm_up()
    recs, cpu = records([t for _, t, _ in docs], name, args.cache)
    if fingerprint() != before:
        print(f"{PACKAGE} changed during the run: figures not printed; run again on a still tree", file=sys.stderr)
        return 3
    strict = suite.evaluate(docs, recs)
    lenient = suite.evaluate(docs, recs, rule="containment")
    print(json.dumps({"set": args.set, "texts": len(docs), "strict": suite._figures(strict),
                      "counts": strict, "containment": suite._figures(lenient), "extract_cpu_s": round(cpu, 2)}))
    if args.misses:
        if args.set == "tune-b":
            print("--misses: tune-b items are not listed while rules are written", file=sys.stderr)
            return 2
        with args.misses.open("w", encoding="utf-8") as f:
            for m in misses(docs, recs):
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
