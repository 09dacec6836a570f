"""Draw events at random from the sample pool for hand judgement (issues 14/16, tenth round): run the extraction on
the pool (`newsledger.eval.suites.events_sample.pool`: Guardian sample articles not in the events gold, LGL texts
from the 301st of `events_allnews.ranked`), cache the records, draw `--n` events uniformly from all events at the
default confidence threshold (seeded), and write them as rows of
`newsledger/eval/annotations/events_sample/judged.tsv` (ids, trigger offsets, the system's type, empty labels, and
the event's source and target actor names and status that the labels will judge: no text) and, for the judge, a
listing with the sentences to a file outside the repository.

    python scripts/events_sample_draw.py --records /tmp/evsample_records.jsonl --seed 1016 --n 160 \\
        --out /tmp/evsample_rows.tsv --show /tmp/evsample_judge.txt

Events already in the hand set (events_sample.matches) are skipped, so a later round draws new ones. With
`--score SPLIT` it draws nothing and scores the cached records against the hand set on that split (the check half:
totals only, at most twice a round).
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from newsledger.eval.split import half
from newsledger.eval.suites import events_sample as S


def cached(corpus: Path, cache: Path) -> list[dict]:
    if cache.exists():
        return [json.loads(ln) for ln in cache.open(encoding="utf-8")]
    recs = S.records(corpus)
    with cache.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, default=str) + "\n")
    return recs


def context(rec: dict, e: dict, n: int) -> tuple[str, str]:
    """The `n` sentences before the event's sentence and the one after it, from the record's sentence list."""
    sents = rec.get("sentences") or []
    k = next((i for i, x in enumerate(sents) if x["start"] <= e["start"] < x["end"]), None)
    if k is None:
        return "", ""
    return (" ".join(" ".join(x["text"].split()) for x in sents[max(0, k - n):k]),
            " ".join(" ".join(x["text"].split()) for x in sents[k + 1:k + 2]))


def cell(x: object) -> str:
    """A value as a judged.tsv cell: empty for None."""
    return "" if x is None else str(x)


def draw_arguments(description: str, seed: int, n: int, context: int, item: str) -> argparse.Namespace:
    """The options every sample draw takes (this script's and places_sample_draw.py's): the records cache, the
    seed and size of the draw, the judging table and listing to write, or a split to score instead."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--records", type=Path, required=True, help="JSON Lines cache of the pool's records")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--n", type=int, default=n)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", type=Path)
    ap.add_argument("--score", help="score the cached records on this split instead of drawing")
    ap.add_argument("--context", type=int, default=context,
                    help=f"sentences shown before the {item}'s sentence in the listing (one is shown after)")
    args = ap.parse_args()
    if not args.score and not (args.out and args.show):
        ap.error("--out and --show are needed to draw")
    return args


def unjudged_draw(args: argparse.Namespace, suite, items, what: str) -> tuple[dict, list] | None:
    """The cached records by article id and a seeded draw of their items (`items(records)`: (article, item)
    pairs) that no judged row of `suite` matches yet; with --score, the split's figures printed instead (None)."""
    recs = cached(args.corpus, args.records)
    if args.score:
        print(json.dumps(suite.score(recs, args.score), indent=1))
        return None
    old = suite.load() if suite.JUDGED.exists() else []
    fresh = [(a, x) for a, x in items(recs) if not any(suite.matches(a, x, j) for j in old)]
    print(f"{len(recs)} articles, {len(fresh)} {what}")
    return {r["article"]["id"]: r for r in recs}, random.Random(args.seed).sample(fresh, min(args.n, len(fresh)))


def main() -> None:
    args = draw_arguments(__doc__.split("\n")[0], seed=1016, n=160, context=2, item="event")
    got = unjudged_draw(args, S, S.events, "events at the default threshold")
    if got is None:
        return
    by_id, drawn = got
    with args.out.open("w", encoding="utf-8") as out, args.show.open("w", encoding="utf-8") as show:
        for k, (aid, e) in enumerate(drawn, 1):
            s, t = S.trigger_span(e)
            rec = by_id[aid]
            # the labels are judged on this event's actors and status: kept beside them (events_sample.judged_as)
            out.write("\t".join([aid, str(s), str(t), e["type"], *[""] * 8, *S.judged_as(rec, e)]) + "\n")
            actors = {a["id"]: a.get("name") for a in rec.get("actors", [])}
            show.write(f"== {k:03d} {aid} [{half(S.split_id(aid)).value}] {e['type']} {e.get('cameo')} "
                       f"trigger={e.get('trigger')!r} {s}-{t}\n  source={actors.get(e.get('source'))} "
                       f"target={actors.get(e.get('target'))} status={e.get('status')} "
                       f"asserted_by={actors.get(e.get('asserted_by'))} date={e.get('date')} "
                       f"published={rec['article'].get('published')} conf={e.get('confidence')}\n"
                       f"  >> {' '.join(e['sentence'].split())}\n")
            before, after = context(rec, e, args.context)
            if before or after:
                show.write(f"  before: {before}\n  after: {after}\n")


if __name__ == "__main__":
    main()
