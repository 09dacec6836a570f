"""Draw place mentions at random from the sample pool for hand judgement (issue 19, thirteenth round): run the
extraction on the events sample's pool (`events_sample.pool`, frozen in events_sample/pool.tsv), cache the records,
draw `--n` mentions uniformly from every entry of the records' `places` (seeded), and write them as rows of
`newsledger/eval/annotations/places_sample/judged.tsv` (ids, offsets, the system's GeoNames id and point, empty
labels: no text) and, for the judge, a listing with the sentences to a file outside the repository.

    python scripts/places_sample_draw.py --records /tmp/placesample_records.jsonl --seed 1319 --n 150 \\
        --out /tmp/placesample_rows.tsv --show /tmp/placesample_judge.txt

Mentions already in the hand set (places_sample.matches) are skipped, so a later round draws new ones. With
`--score SPLIT` it draws nothing and scores the cached records against the hand set on that split (the check half:
totals only, at most twice a round). The records cache is the events sample draw's format (`events_sample_draw`).
"""
from __future__ import annotations

import sys
from pathlib import Path

from newsledger.eval.split import half
from newsledger.eval.suites import places_sample as S

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_sample_draw import cell, context, draw_arguments, unjudged_draw  # noqa: E402 (the same cache, options, listing)


def main() -> None:
    args = draw_arguments(__doc__.split("\n")[0], seed=1319, n=150, context=1, item="mention")
    got = unjudged_draw(args, S, S.mentions, "place mentions not yet judged")
    if got is None:
        return
    by_id, drawn = got
    with args.out.open("w", encoding="utf-8") as out, args.show.open("w", encoding="utf-8") as show:
        for k, (aid, p) in enumerate(drawn, 1):
            out.write("\t".join([aid, str(p["start"]), str(p["end"]), cell(p.get("geonames_id")),
                                 cell(p.get("lat")), cell(p.get("lon")), *[""] * 6]) + "\n")
            rec = by_id[aid]
            sents = rec.get("sentences") or []
            sent = next((x for x in sents if x["start"] <= p["start"] < x["end"]), None)
            show.write(f"== {k:03d} {aid} [{half(S.split_id(aid)).value}] {p['text']!r} {p['start']}-{p['end']} -> "
                       f"{p.get('name')!r} kind={p.get('kind')} {p.get('country')}/{p.get('admin1')} "
                       f"({p.get('lat')}, {p.get('lon')}) gid={p.get('geonames_id')} prec={p.get('precision')}\n"
                       f"  published={rec['article'].get('published')} first: "
                       f"{' '.join(sents[0]['text'].split())[:200] if sents else ''}\n")
            if sent is not None:
                before, after = context(rec, sent, args.context)
                show.write(f"  before: {before}\n  >> {' '.join(sent['text'].split())}\n  after: {after}\n")


if __name__ == "__main__":
    main()
