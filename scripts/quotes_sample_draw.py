"""Draw quotes at random from the sample pool for hand judgement (issue 18, round 37): run the extraction on the
events sample's pool (`events_sample.pool`, frozen in events_sample/pool.tsv), cache the records, draw `--n` quote
entries uniformly from every entry of the records' `quotes` in record order (`random.Random(seed).sample`), and
write them as rows of `newsledger/eval/annotations/quotes_sample/judged.tsv` (ids, offsets, the system's kind,
speaker mention offsets and speaker actor's name, empty labels: no text) and, for the judge, a listing with the
sentences to a file outside the repository.

    python scripts/quotes_sample_draw.py --records /tmp/quotesample_records.jsonl --seed 1037 --n 120 \\
        --out /tmp/quotesample_rows.tsv --show /tmp/quotesample_judge.txt

Quotes already in the hand set (quotes_sample.matches) are skipped, so a later round draws new ones. With
`--score SPLIT` it draws nothing and scores the cached records against the hand set on that split (the check half:
totals only, at most twice a round). The records cache is the events sample draw's format (`events_sample_draw`).
"""
from __future__ import annotations

import sys
from pathlib import Path

from newsledger.eval.split import half
from newsledger.eval.suites import quotes_sample as S

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_sample_draw import cell, draw_arguments, unjudged_draw  # noqa: E402 (the same cache, options, listing)


def _flat(s: str) -> str:
    return " ".join(s.split())


def listing(rec: dict, q: dict, n_before: int) -> str:
    """The sentences holding the quote (its span in [[ ]], the speaker mention in {{ }}), `n_before` sentences
    before them and one after."""
    sents = rec.get("sentences") or []
    ks = [i for i, x in enumerate(sents) if x["start"] < q["end"] and q["start"] < x["end"]]
    ss, se = q.get("speaker_start"), q.get("speaker_end")
    if ss is not None:
        ks += [i for i, x in enumerate(sents) if x["start"] <= ss < x["end"]]
    if not ks:
        return "  (no sentence)\n"
    lo, hi = min(ks), max(ks)
    base = sents[lo]["start"]
    # rebuild the stretch from the sentences' own texts at their offsets (the record keeps no article text)
    end = sents[hi]["end"]
    buf = [" "] * (end - base)
    for x in sents[lo:hi + 1]:
        for k, ch in enumerate(x["text"]):
            if 0 <= x["start"] - base + k < len(buf):
                buf[x["start"] - base + k] = ch
    marks = [(q["start"], "[["), (q["end"], "]]")]
    if ss is not None and base <= ss and se <= end:
        marks += [(ss, "{{"), (se, "}}")]
    for off, m in sorted(marks, key=lambda t: -t[0]):
        k = min(max(off - base, 0), len(buf))
        buf[k:k] = [m]
    mid = _flat("".join(buf))
    before = " ".join(_flat(x["text"]) for x in sents[max(0, lo - n_before):lo])
    after = " ".join(_flat(x["text"]) for x in sents[hi + 1:hi + 2])
    return f"  before: {before}\n  >> {mid}\n  after: {after}\n"


def main() -> None:
    args = draw_arguments(__doc__.split("\n")[0], seed=1037, n=120, context=1, item="quote")
    got = unjudged_draw(args, S, S.quotes, "quote entries not yet judged")
    if got is None:
        return
    by_id, drawn = got
    with args.out.open("w", encoding="utf-8") as out, args.show.open("w", encoding="utf-8") as show:
        for k, (aid, q) in enumerate(drawn, 1):
            rec = by_id[aid]
            actors = {a["id"]: a.get("name") for a in rec.get("actors", [])}
            out.write("\t".join([aid, str(q["start"]), str(q["end"]), q.get("kind") or "",
                                 cell(q.get("speaker_start")), cell(q.get("speaker_end")),
                                 cell(actors.get(q.get("speaker"))), *[""] * (len(S.COLUMNS) - 7)]) + "\n")
            show.write(f"== {k:03d} {aid} [{half(S.split_id(aid)).value}] {q['start']}-{q['end']} "
                       f"kind={q.get('kind')} cue={q.get('cue')!r} speaker_text={q.get('speaker_text')!r} "
                       f"actor={actors.get(q.get('speaker'))!r} pieces={q.get('pieces')}\n"
                       f"  span: {_flat(q['text'])}\n")
            show.write(listing(rec, q, args.context))


if __name__ == "__main__":
    main()
