"""Count the contradictions the 249-article Guardian sample yields: within each article and across every pair of
articles (`claims.cross_article`), by kind. A figure on unscored text, beside the pair set's: how many pairings a
change adds or removes there (issue 14). Prints counts only; `--list FILE` writes one line per contradiction (kind,
articles, the claim and the evidence against, cut short) to FILE, outside the repository, for hand judgement.

Extracting the 249 articles takes several minutes on two cores; `--records FILE` keeps their records (JSON Lines) and
reads them back on the next run, so that a change to the claim rules (which read records only) is counted in seconds.

    python scripts/contradictions_corpus_count.py [--records /tmp/guardian_records.jsonl] [--list /tmp/pairs.tsv]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsledger.eval.suites.contradictions_guardian import articles
from newsledger.extract.claims import contradictions_in, cross_article


def records(corpus: Path, cache: Path | None) -> list[dict]:
    if cache and cache.exists():
        return [json.loads(line) for line in cache.open(encoding="utf-8")]
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    out = [extract_record(Article(text=text, id=aid, published=date)).to_dict()
           for aid, (date, text) in articles(corpus).items()]
    if cache:
        with cache.open("w", encoding="utf-8") as fh:
            for rec in out:
                fh.write(json.dumps(rec, default=str) + "\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--records", type=Path, help="JSON Lines cache of the articles' records")
    ap.add_argument("--list", type=Path, help="write one line per contradiction here (outside the repository)")
    ap.add_argument("--split", help="with --judged: one split only (check: totals, at most twice a round)")
    ap.add_argument("--judged", action="store_true",
                    help="also score the hand-judged corpus pairs (corpus_pairs.tsv) on each split")
    args = ap.parse_args()
    recs = records(args.corpus, args.records)
    within = [(r["article"]["id"], c) for r in recs for c in contradictions_in(r)]
    cross = cross_article(recs)
    print(f"{len(recs)} articles: {len(within)} within one article, {len(cross)} across two")
    for scope, items in (("within", [c for _a, c in within]), ("cross", cross)):
        print(scope, dict(sorted(Counter(c["kind"] for c in items).items())))
    if args.judged:
        from newsledger.eval.suites.contradictions_corpus import score
        for split in ("tune-a", "tune-b") if not args.split else (args.split,):
            res = score(recs, split)
            for scope, s in res["by_scope"].items():
                print(f"judged {split:6} {scope:6} P {s['precision']} ({s['right']}/{s['judged_found']} judged found, "
                      f"{s['judged_pairs']} judged in half, {len(s['gone'])} no longer predicted"
                      f"{': ' + ' '.join(s['gone']) if split == 'tune-a' else ''})")
    if args.list:
        with args.list.open("w", encoding="utf-8") as fh:
            for aid, c in within:
                fh.write(f"W\t{aid}\t{c['kind']}\t{c.get('claim', '')[:150]}\n")
            for c in cross:
                against = " ## ".join(e["text"][:200] for e in c["evidence_against"])
                fh.write(f"X\t{','.join(c['articles'])}\t{c['kind']}\t{c.get('claim', '')[:150]}\t|| {against}\n"
                         .replace("\r", " "))


if __name__ == "__main__":
    main()
