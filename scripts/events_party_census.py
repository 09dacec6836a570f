"""Census of the event's own parties (issue 16, round 50, evbiz50): every event of the tune halves of the Guardian,
all-news and events-sample sets with its label and the kinds and codes of its source and target, tallied by the
parties' face (a state or political side, a commercial party with no political side, neither), by type family and by
the verb's class. The question: does one pattern of parties (a company, a club, a private person, a thing, none on
both sides) separate the false events on news of every topic from the right ones? The check half is never read.

    PYTHONPATH=. python scripts/events_party_census.py collect tune-a OUT.jsonl [--sets allnews,sample,guardian]
    PYTHONPATH=. python scripts/events_party_census.py tally OUT.jsonl [--items]

`collect` extracts every event (NEWSLEDGER_EVENT_MIN_CONFIDENCE=0, through the calibration script's import) and
writes one JSON line per event: set, article, label (guardian / allnews: right, right-optional or false by the
Guardian scorer's typed match; sample: the judged act and kind, "unjudged" when no row matches), confidence, type,
CAMEO code, trigger, the evidence features, and source and target actors (name, kind, code, code_source). `tally`
counts the events kept at the default threshold (confidence >= 0.5), wrong (false, no-act, wrong-type) against right,
per set; `--items` lists the tune-a events with a commercial party and no political side (tune-b is read by counts
only, so its rows are never listed).

Party kinds (`party`): none; political (the code holds a sector of POLITICAL_SECTORS); commercial (the code holds
BUS or MNC, Phoenix's business sectors, or the name's last word is a firm noun of data/firm_nouns.txt or a company
suffix); state (a country actor, or a code that is a country or IGO prefix alone); other-coded (any other code: CVL,
MED, EDU, REL, HLH, NGO ...); uncoded-<kind>.

Round 50's result (tune-a read by hand, tune-b by these counts; MISSES.md "Round 50: evbiz50"): no pattern of the
event's parties separates. Kept events with a commercial party and no political side (this automatic face): tune-a
sample 1 wrong / 1 right, all-news and Guardian none; tune-b sample 2 / 0, all-news 0 / 1, Guardian none. Read by
hand on tune-a, a company, club or commercial deal with no political side: 3 wrong (a law firm's press release, a
film deal, a lawsuit's second mention), 8 right (robberies of a bank and a store, a lawsuit, a prison company's lease,
a magazine's attack on defectors, customers' accusations, an Olympic committee's visit, a news agency's report) and 2
more beside a local body; no sport. No political side
at all: tune-a sample 30 wrong / 71 right, all-news 4 / 25, Guardian 14 / 50; tune-b sample 22 / 44, all-news 19 / 28,
Guardian 7 / 19 (crime news, whose police and courts the event names by no actor, war victims, and political persons
the record leaves uncoded).
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsledger.extract.eventcoding import actorcodes  # noqa: E402
from newsledger.resolve.actors import firm_nouns  # noqa: E402

# The CAMEO actor codebook's (1.1b3) state and political role codes and its armed sectors (non_acts.json
# armed_sectors: MIL, REB, INS, COP, SPY, UAF, IMG, SEP), with elites, diplomats, parties, opposition and
# international bodies: the actors PLOVER's and CAMEO's events are between.
POLITICAL_SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "PTY", "REB", "INS", "SEP", "UAF", "ELI", "DIP",
                     "IGO", "IMG", "MOD", "RAD")
COMMERCIAL_SECTORS = ("BUS", "MNC")  # Phoenix agents dictionary: company, business, firm -> BUS; multinationals MNC
COMPANY_SUFFIX = re.compile(r"\b(inc|corp|corporation|co|llc|ltd|plc|company|securities|bank|holdings|enterprises"
                            r"|airlines?|motors|club|fc)\.?$", re.I)
FORCE = {"ASSAULT", "COERCE"}
NONE = {"name": "-", "kind": "-", "code": "", "cs": ""}


def party(a: dict) -> str:
    """The kind of an event's source or target (an `actor` dict of the collected rows)."""
    if a["name"] == "-":
        return "none"
    code = a.get("code") or ""
    if actorcodes.code_in_sectors(code, POLITICAL_SECTORS):
        return "political"
    if commercial(a):
        return "commercial"
    if a["kind"] == "country" or (len(code) == 3 and actorcodes.countryish(code)):
        return "state"
    if code:
        return "other-coded"
    return "uncoded-" + a["kind"]


def commercial(a: dict) -> bool:
    """A company or club: a business code, a firm noun as the name's last word, or a company suffix."""
    if a["name"] == "-":
        return False
    if actorcodes.code_in_sectors(a.get("code") or "", COMMERCIAL_SECTORS):
        return True
    words = a["name"].strip().split()
    return bool(words) and (bool(COMPANY_SUFFIX.search(a["name"].strip())) or words[-1].lower() in firm_nouns())


def face(row: dict) -> str:
    """The event's parties together: a state or political side; else a commercial party; else no party; else other."""
    kinds = (party(row["src"]), party(row["tgt"]))
    if any(k in ("state", "political") for k in kinds):
        return "a political or state side"
    if "commercial" in kinds:
        return "no political side, a commercial party"
    if kinds == ("none", "none"):
        return "no party"
    return "no political side, other"


def verb_class(f: dict) -> str:
    """The verb's class as the confidence features read it."""
    if f.get("core_verb"):
        return "core"
    if f.get("curated_verb"):
        return "curated"
    return "generic_default" if f.get("generic_default") else "generic_pattern"


def outcome(label: str) -> str:
    """right / wrong / unjudged from a collected label."""
    act = label.split("|")[0]
    if act.startswith("right"):
        return "right"
    return "unjudged" if act == "unjudged" else "wrong"


def tally(rows: list[dict], threshold: float = 0.5) -> dict[str, collections.Counter]:
    """Kept events by (set, face), (set, face, force or other types) and (set, face, verb class) and outcome."""
    out = {"face": collections.Counter(), "force": collections.Counter(), "verb": collections.Counter()}
    for r in rows:
        if r.get("conf") is None or r["conf"] < threshold:
            continue
        o, fc = outcome(r["label"]), face(r)
        out["face"][(r["set"], fc, o)] += 1
        out["force"][(r["set"], fc, "force" if r["type"] in FORCE else "other types", o)] += 1
        out["verb"][(r["set"], fc, verb_class(r.get("f", {})), o)] += 1
    return out


def _actor(rec, aid) -> dict:
    a = rec.actor(aid) if aid else None
    if a is None:
        return dict(NONE)
    return {"name": a.name, "kind": a.kind, "code": a.code or "", "cs": a.code_source or ""}


def collect(half: str, out: Path, sets: list[str]) -> None:
    sys.argv = sys.argv[:1]
    sys.path.insert(0, str(ROOT / "scripts"))
    import calibrate_event_confidence as C  # sets NEWSLEDGER_EVENT_MIN_CONFIDENCE=0

    from newsledger.eval.split import select
    from newsledger.eval.suites import events_allnews as A
    from newsledger.eval.suites import events_guardian as G
    from newsledger.eval.suites import events_sample as S

    with out.open("w") as fh, C._Recorder() as recorder:
        def emit(name, aid, label, e, rec):
            fh.write(json.dumps({
                "set": name, "half": half, "art": aid, "label": label, "conf": e.confidence, "type": e.type,
                "cameo": e.cameo, "trigger": e.trigger, "start": e.start, "end": e.end, "status": e.status,
                "src": _actor(rec, e.source), "tgt": _actor(rec, e.target), "f": recorder.features_of(e),
                "sentence": e.sentence[:400].replace("\n", " ")}) + "\n")

        golds = {}
        if "guardian" in sets:
            gold = G.load_gold()
            golds["guardian"] = (lambda: G.records(C.CORPUS, select(sorted(gold, key=int), lambda i: i, half)), gold)
        if "allnews" in sets:
            listed = A.load_articles()
            news = {a: [] for a in listed}
            news.update(G.load_gold(A.GOLD))
            golds["allnews"] = (lambda: A.records(C.CORPUS, select(list(listed), lambda a: a, half)), news)
        for name, (records, gold) in golds.items():
            for aid, rec in records().items():
                pairs = {ei: gi for gi, ei in G.match(rec, gold[aid], rec.events)}
                for i, e in enumerate(rec.events):
                    label = "false" if i not in pairs else (
                        "right-optional" if gold[aid][pairs[i]].optional else "right")
                    emit(name, aid, label, e, rec)
        if "sample" in sets:
            from newsledger.model import Article
            from newsledger.pipeline import extract_records

            texts = S.pool(C.CORPUS)
            ids = select(sorted(texts), S.split_id, half)
            judged = select(S.load(), lambda j: S.split_id(j.article), half)
            articles = [Article(text=texts[a][1], id=a, published=texts[a][0]) for a in ids]
            found = set()
            for aid, rec in zip(ids, extract_records(articles)):
                for e in rec.events:
                    hit = next((j for j in judged if S.matches(aid, asdict(e), j)), None)
                    if hit is None or hit in found:
                        emit("sample", aid, "unjudged", e, rec)
                        continue
                    found.add(hit)
                    act = hit.act + ("/" + hit.act_type if hit.act == "wrong-type" else "")
                    emit("sample", aid, f"{act}|{hit.kind}", e, rec)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    c = sub.add_parser("collect")
    c.add_argument("half", choices=["tune-a", "tune-b"])
    c.add_argument("out", type=Path)
    c.add_argument("--sets", default="allnews,sample,guardian")
    t = sub.add_parser("tally")
    t.add_argument("file", type=Path)
    t.add_argument("--items", action="store_true")
    args = ap.parse_args()
    if args.mode == "collect":
        collect(args.half, args.out, args.sets.split(","))
        return
    rows = [json.loads(ln) for ln in args.file.open()]
    tables = tally(rows)
    for dim, counts in tables.items():
        print(f"### by {dim}")
        for key in sorted({k[:-1] for k in counts}):
            print(" | ".join(key), " ".join(f"{o} {counts[key + (o,)]}" for o in ("wrong", "right", "unjudged")))
    if args.items:
        for r in rows:
            if (r.get("half") == "tune-a" and r.get("conf") is not None and r["conf"] >= 0.5
                    and face(r) == "no political side, a commercial party"):  # items of tune-a only: tune-b by counts
                print(r["set"], r["art"], outcome(r["label"]), r["type"], r["trigger"], r["src"]["name"], "->",
                      r["tgt"]["name"])


if __name__ == "__main__":
    main()
