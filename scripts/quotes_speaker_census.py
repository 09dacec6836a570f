"""Speaker census of cue-less and tweeted quotes (issue 18, thirteenth round) over the Guardian sample
(`dev/unlabelled/Guardian_SDF_sample.csv`, 249 articles, unscored).

    python scripts/quotes_speaker_census.py --out quotes.jsonl [--half tune] [--show CLASS]
    python scripts/quotes_speaker_census.py --diff before.jsonl after.jsonl [--half tune]

Each direct quote is put in one class by how its speaker was chosen:
- `next-sentence`: its speaker is named after the quote, in a sentence that begins after the quote's own
  closing full stop ("A." X disputed the readout): the cue of the next sentence;
- `inherited`: no cue of its own, the previous speaker carried on;
- `own-cue`: a cue in its own sentence; `none`: no speaker.
A quote is also counted `tweet` when its cue or the 80 characters before it name a tweet or post ("tweeted",
"wrote on Twitter", "in a post"). `--show` prints a class's quotes with the words around them, for judging
by reading (tune-half articles only: `newsledger.eval.split.half(id) == "tune"`).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

TWEET = re.compile(r"\b(tweet\w*|twitter|in a post|posted|wrote on)\b", re.IGNORECASE)


def classify(text: str, q: dict) -> str:
    if q["speaker_text"] is None:
        return "none"
    if q["cue"] is None:
        return "inherited"
    s = q.get("speaker_start")
    if s is not None and s > q["end"]:
        between = text[q["end"]:s]
        if re.match(r"""^[.!?]?["'\u201d\u2019]?\s+[A-Z]""", between) and text[q["end"] - 1: q["end"]] in ".!?" \
                or re.match(r"""^[.!?]["'\u201d\u2019]?\s+[A-Z]""", between):
            return "next-sentence"
    return "own-cue"


def run(corpus: Path, out: Path, half: str | None) -> None:
    from newsledger.eval.split import half as half_of
    from newsledger.eval.suites.contradictions_guardian import articles
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    with out.open("w", encoding="utf-8") as fh:
        for aid, (date, text) in articles(corpus).items():
            if half and half_of(aid).value != half:
                continue
            rec = extract_record(Article(text=text, id=aid, published=date))
            for q in rec.quotes:
                d = {k: getattr(q, k) for k in ("start", "end", "kind", "speaker_text", "speaker_start", "cue")}
                d["id"] = aid
                d["class"] = classify(text, d) if q.kind == "direct" else "indirect"
                d["tweet"] = bool(TWEET.search((q.cue or "") + " " + text[max(0, q.start - 80):q.start]))
                fh.write(json.dumps(d) + "\n")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    ap.add_argument("--out", type=Path)
    ap.add_argument("--half")
    ap.add_argument("--show")
    ap.add_argument("--diff", nargs=2, type=Path)
    a = ap.parse_args(argv)
    from newsledger.eval.suites.contradictions_guardian import articles
    texts = articles(a.corpus)
    if a.out and not a.out.exists():
        run(a.corpus, a.out, a.half)
    if a.diff:
        before = {(q["id"], q["start"], q["end"]): q for q in load(a.diff[0])}
        for q in load(a.diff[1]):
            b = before.get((q["id"], q["start"], q["end"]))
            if b is not None and b["speaker_text"] == q["speaker_text"]:
                continue
            t = texts[q["id"]][1]
            print(f"{q['id']} {q['start']}-{q['end']}: {b and b['speaker_text']!r} -> {q['speaker_text']!r}")
            print("   ", t[max(0, q["start"] - 250):q["end"] + 150].replace("\n", " "))
        return
    qs = load(a.out)
    print(Counter(q["class"] for q in qs), "tweet:", Counter(q["class"] for q in qs if q["tweet"]))
    if a.show:
        for q in qs:
            if q["class"] == a.show or (a.show == "tweet" and q["tweet"]):
                t = texts[q["id"]][1]
                print(f"{q['id']} {q['start']}-{q['end']} cue={q['cue']!r} speaker={q['speaker_text']!r}")
                print("   ", t[max(0, q["start"] - 250):q["end"] + 150].replace("\n", " "))


if __name__ == "__main__":
    main(sys.argv[1:])
