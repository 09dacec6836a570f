"""Records of a gate pool: the unscored texts a candidate rule is judged on blind (README, "The generalisation gate").

    NEWSLEDGER_ARTICLE_SECONDS=900 PYTHONPATH=<tree> python scripts/gate_pools.py <pool> OUT.jsonl

Run once in a tree of main (the base) and once in the candidate's tree; diff the two files per component and draw
the blind sample with `random.seed(12)` (common.md's rule). The 900 s limit keeps an article that is slow under load
from dropping out of one side of a diff. Pools:
  polnear  PolNeAR train, 840 texts (published = the date in the file name). No set scores their events, briefs or
           places; their quotes are PolNeAR's train gold, which no rule is tuned on.
  pool6    1,200 NGEC synthetic stories, `random.Random(18).sample` of the 4,500 (internal evaluation only: never
           used to write a rule; their label columns are never read).
  pool7    LGL tune-half texts outside the events_allnews gold, then GeoWebNews tune-half texts outside it (unscored
           for events, quotes and the brief; SCORED for places, so places rules are gated on polnear and pool6).
An input the pipeline refuses is reported on stderr in one line and the rest are written.
"""
from __future__ import annotations

import csv
import io
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brief_unscored import CORPUS, ROOT  # noqa: E402

from newsledger.eval.split import Split, half  # noqa: E402
from newsledger.model import Article  # noqa: E402
from newsledger.pipeline import extract_records  # noqa: E402

NGEC_ZIP = "dev/ngec_synthetic/gpt_synthetic_events_2023-10-19_19.csv.zip"
NGEC_SEED, NGEC_SIZE = 18, 1200
ALLNEWS = ROOT / "newsledger" / "eval" / "annotations" / "events_allnews" / "articles.tsv"


def polnear(corpus: Path = CORPUS) -> Iterator[Article]:
    for p in sorted((corpus / "dev/polnear/data/train/text").glob("*.txt")):
        m = re.search(r"_(\d{4}-\d{2}-\d{2})_", p.name)
        yield Article(text=p.read_text(), id="pn:" + p.stem, published=m.group(1) if m else None,
                      outlet=p.name.split("_")[0])


def pool6(corpus: Path = CORPUS) -> Iterator[Article]:
    with zipfile.ZipFile(corpus / NGEC_ZIP) as z:
        rows = list(csv.DictReader(io.TextIOWrapper(z.open(z.namelist()[0]))))
    for i in sorted(random.Random(NGEC_SEED).sample(range(len(rows)), NGEC_SIZE)):
        yield Article(text=rows[i]["text"], id=f"ngec:{i}", title=rows[i]["title"] or None)


def pool7(corpus: Path = CORPUS) -> Iterator[Article]:
    allnews = {ln.split("\t")[0] for ln in ALLNEWS.read_text().splitlines() if ln and not ln.startswith("#")}
    root = ET.parse(corpus / "dev/geoparsing/lgl.xml").getroot()
    for k, art in enumerate(root.findall("article")):
        docid = art.get("docid") or str(k)
        if half(docid) is Split.tune and f"lgl-{docid}" not in allnews:
            yield Article(text=art.findtext("text") or "", id=f"lgl-{docid}", outlet=art.findtext("domain"))
    for p in sorted((corpus / "dev/geoparsing/GeoWebNews").glob("*.txt"), key=lambda p: int(p.stem)):
        if half(p.stem) is Split.tune and f"gwn-{p.stem}" not in allnews:
            yield Article(text=p.read_text(), id=f"gwn-{p.stem}")


POOLS = {"polnear": polnear, "pool6": pool6, "pool7": pool7}


def write(pool: str, out: Path) -> int:
    """Write the pool's records to `out` (JSON lines); return how many were written."""
    n = 0
    with open(out, "w") as f:
        for rec in extract_records(POOLS[pool]()):
            if hasattr(rec, "to_dict"):
                f.write(json.dumps(rec.to_dict(), default=str) + "\n")
                n += 1
            else:
                print(f"{pool}: input refused: {rec}", file=sys.stderr)
    return n


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in POOLS:
        sys.exit(f"usage: gate_pools.py {{{'|'.join(POOLS)}}} OUT.jsonl")
    print(sys.argv[1], write(sys.argv[1], Path(sys.argv[2])), "records ->", sys.argv[2], file=sys.stderr)
