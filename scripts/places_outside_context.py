"""Census of place resolutions outside an article's country context, on gate-pool records (unscored; issue 19,
round 27): a place whose country no other place of the article shares, in an article whose other places agree on
a country. One line per such place: article id, mention text, chosen name, kind, its country, the article's
leading country and its count, and the sentence around the mention. For reading into classes, not for scoring.

    python scripts/places_outside_context.py RECORDS.jsonl > out.tsv
"""

from __future__ import annotations

import json
import sys
from collections import Counter


def main(path: str) -> None:
    for line in open(path, encoding="utf-8"):
        rec = json.loads(line)
        places = [p for p in rec.get("places", []) if p.get("country")]
        if len(places) < 2:
            continue
        counts = Counter(p["country"] for p in places)
        lead, n = counts.most_common(1)[0]
        if n < 2:
            continue
        for p in places:
            if counts[p["country"]] == 1 and p["country"] != lead:
                sent = next((s["text"] for s in rec["sentences"] if s["start"] <= p["start"] < s["end"]), "")
                print(
                    "\t".join(
                        [
                            rec["article"]["id"],
                            p["text"],
                            str(p.get("name")),
                            str(p.get("kind")),
                            p["country"],
                            f"{lead}:{n}",
                            sent[:200].replace("\t", " "),
                        ]
                    )
                )


if __name__ == "__main__":
    main(sys.argv[1])
