"""Census (issue 16, fifteenth round, evlost7; first version on branch evlost, twelfth round): the required gold events
the record misses on a tune quarter of the Guardian and all-news event sets, and for each the step that lost the
raw events of a gold type the coder made in its sentence.

A thin trace around newsledger.extract.events.extract, not a copy of it: the steps extract calls through its module's
names (`_status`, `_events_of`, the filters, the mention steps) are wrapped to log what each drops and why, and
extract itself runs unchanged. Drop steps, as `fate`:
- status: _status finds the clause asserts no act (status None);
- unplaced: a subject head the resolver leaves without an actor (no source, an act that needs one);
- agentless: no subject head and none found (agent phrase, cue speaker, quoted speaker);
- bare_default / no_counterpart / internal_meeting / contest: the filter of that name (the last that fired);
- duplicate: the same trigger and actors already made an event;
- low_conf: made, under the confidence threshold (the event's confidence is logged);
- one_per_sentence / first_mention / retold / unasserted / described_link: the article-level merging steps;
- recorded: kept in the record, and the miss's type is there (paired with another gold event, or outside the span).
A miss whose sentence holds no raw event of a gold type is `no_raw` (no raw event at all) or `no_raw_other` (raw
events of other types only, listed).
Item-level output (ids, offsets, triggers; no article text): run it on tune-a only (CONTRIBUTING.md). On tune-b use
`--counts`: misses tallied per set and fate (and, for the filter and confidence fates, per raw type), nothing per item
printed or written (round 36, evmiss36). Round 39 (evrecall39): each fate is split by one automatic feature of its
furthest raw events (`mechanism`: another type kept, a pronoun subject, a resolved target, the confidence band with
the verb's class and the source's code), tallied in both modes.

    PYTHONPATH=. python scripts/events_lost_census.py tune-a /tmp/evlost7/census.json
    PYTHONPATH=. python scripts/events_lost_census.py tune-b --counts
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import newsledger.extract.events as E

TRACE: dict[str, list[dict]] = {}  # article id -> one dict per (raw event, source, target) outcome
_state: dict = {"record": None, "hits": None, "status": None, "made": {}, "features": []}

# the fates in the order a raw event goes through extract: a miss is classed by its furthest raw event
ORDER = ["status", "agentless", "unplaced", "bare_default", "contest", "no_counterpart", "internal_meeting",
         "duplicate", "low_conf", "one_per_sentence", "described_link", "first_mention", "retold", "unasserted",
         "recorded"]


def _log(ev, sent, fate: str, **extra) -> dict:
    d = dict(sent=(sent.start_char, sent.end_char), trig=ev.trigger.text, ti=ev.trigger.i, raw=ev.type,
             cameo=ev.cameo, typ=_state["status"][2] if _state["status"] else None, fate=fate,
             subject_heads=[h.text for h in ev.sources], target_heads=[h.text for h in ev.targets], basis=ev.basis,
             **extra)
    TRACE.setdefault(_state["record"].article.id, []).append(d)
    return d


def _filter(name: str):
    orig = getattr(E, name)

    def wrapped(*args, **kwargs):
        hit = orig(*args, **kwargs)
        if hit and _state["hits"] is not None:
            _state["hits"].append(name.strip("_").replace("_verb", ""))
        return hit
    return wrapped


def _status(record, doc, ev):
    _state["status"] = out = _ORIG["_status"](record, doc, ev)
    return out


def _features(record, ev, typ, s, t):
    out = _ORIG["features"](record, ev, typ, s, t)
    _state["features"].append(out)
    return out


def _events_of(index, record, doc, sent, ev, srcs, tgts, codes, pairs, adversary, seen, lent=None, lent_src=None):
    _state.update(record=record, hits=[], status=None, features=[])
    before = len(seen)
    out = _ORIG["_events_of"](index, record, doc, sent, ev, srcs, tgts, codes, pairs, adversary, seen, lent,
                              lent_src)
    hits, _state["hits"] = _state["hits"], None
    if _state["status"] is None or _state["status"][0] is None:
        _log(ev, sent, "status")
    elif not out:
        if hits:
            fate = hits[-1]
        elif len(seen) == before and all(s is None for s in srcs) and not ev.attacker_unknown:
            fate = "unplaced" if ev.sources else "agentless"
        elif len(seen) == before and ev.attacker_unknown:
            fate = "agentless"
        else:
            fate = "duplicate"
        _log(ev, sent, fate, src_actor=[getattr(s, "name", None) for s in srcs],
             tgt_actor=[getattr(t, "name", None) for t in tgts])
    threshold = E.default_min_confidence()
    for e, feats in zip(out, _state["features"]):
        d = _log(ev, sent, "recorded" if e.confidence >= threshold else "low_conf", conf=e.confidence,
                 src=e.source, tgt=e.target, status=e.status, features=[k for k, v in feats.items() if v])
        _state["made"][id(e)] = d
    return out


def _merge_step(name: str, fate: str):
    orig = getattr(E, name)

    def wrapped(*args):
        events = args[-2] if name in {"_retold_acts", "_link_described_persons"} else \
            args[0] if name == "_one_per_sentence_type" else args[-1]
        before = list(events)
        out = orig(*args)
        kept = {id(e) for e in out}
        for e in before:
            d = _state["made"].get(id(e))
            if id(e) not in kept and d is not None and d["fate"] == "recorded":
                d["fate"] = fate
        if name == "_retold_acts":  # extract drops the unasserted and the denied acts right after (a denied act
            # told as a report's content stays: not traced here, so it is logged as unasserted too)
            for e in out:
                d = _state["made"].get(id(e))
                if E.not_an_act(e) and d is not None:
                    d["fate"] = "unasserted"
        return out
    return wrapped


_ORIG = {"_status": E._status, "_events_of": E._events_of, "features": E.features}
_WRAPPED = ("_bare_default", "_contest_verb", "_no_counterpart", "_internal_meeting", "_one_per_sentence_type",
            "_link_described_persons", "_first_mentions", "_retold_acts")
_ORIG.update({name: getattr(E, name) for name in _WRAPPED})


def uninstall() -> None:
    """Put extract's own steps back."""
    for name, fn in _ORIG.items():
        setattr(E, name, fn)
    E._census_traced = False


def install() -> None:
    """Wrap extract's steps (idempotent)."""
    if getattr(E, "_census_traced", False):
        return
    for name in ("_bare_default", "_contest_verb", "_no_counterpart", "_internal_meeting"):
        setattr(E, name, _filter(name))
    E._status, E._events_of, E.features = _status, _events_of, _features
    for name, fate in (("_one_per_sentence_type", "one_per_sentence"), ("_link_described_persons", "described_link"),
                       ("_first_mentions", "first_mention"), ("_retold_acts", "retold")):
        setattr(E, name, _merge_step(name, fate))
    E._census_traced = True


def classify(trace: list[dict], g, matched_types: list[str]) -> tuple[str, list[dict]]:
    """A miss's fate: the furthest step a raw event of a gold type in its sentence reached."""
    cands = [d for d in trace if d["sent"][0] <= g.start < d["sent"][1]]
    typed = [d for d in cands if d["raw"] in g.types or d["typ"] in g.types]
    if not typed:
        return ("no_raw_other" if cands else "no_raw"), cands
    return max((d["fate"] for d in typed), key=ORDER.index), typed


KEYS = ("trig", "raw", "cameo", "typ", "fate", "conf", "subject_heads", "target_heads", "tgt_actor", "basis",
        "features")


def census(sets, threshold: float) -> list[dict]:
    from newsledger.eval.suites import events_guardian as G

    rows = []
    for name, recs, gold in sets:
        for aid, rec in recs.items():
            events = [e for e in rec.events if G._confidence(e) >= threshold]
            matched = {gi for gi, _ in G.match(rec, gold[aid], events)}
            trace = TRACE.get(rec.article.id, [])
            for gi, g in enumerate(gold[aid]):
                if g.optional or gi in matched:
                    continue
                fate, ds = classify(trace, g, [])
                rows.append(dict(set=name, aid=aid, start=g.start, types=sorted(g.types), fate=fate,
                                 raw=[{k: d.get(k) for k in KEYS} for d in ds]))
    return rows


# subjects the resolver cannot place by themselves: pronouns, relatives, quantifiers (round 39, evrecall39)
PRONOUN_HEADS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these", "those",
                 "some", "others", "another", "all", "both"}


def mechanism(row: dict) -> str:
    """A miss's fate split by one automatic feature of its furthest raw events (round 39, evrecall39): a raw event
    of another type kept (a wrong type: a miss and, unless it pairs with another gold event, a false event), an
    unplaced pronoun subject, an agentless act with or without a resolved target, and for the confidence cut its
    band and whether the verb is core or curated and the source coded (the features the model weighs most)."""
    fate, raws = row["fate"], row["raw"]
    typed = [d for d in raws if d["fate"] == fate]
    if fate == "no_raw_other":
        return "other type kept" if any(d["fate"] == "recorded" for d in raws) else "other type not kept"
    if fate == "unplaced":
        heads = {h.lower() for d in typed for h in d["subject_heads"]}
        return "pronoun subject" if heads & PRONOUN_HEADS else "noun subject"
    if fate == "agentless":
        return "target resolved" if any(any(d.get("tgt_actor") or []) for d in typed) else "no target"
    if fate == "low_conf" and typed:
        best = max(typed, key=lambda d: d["conf"] or 0)
        feats = set(best["features"] or [])
        band = "0.45-0.50" if (best["conf"] or 0) >= 0.45 else "< 0.45"
        verb = "core/curated verb" if feats & {"core_verb", "curated_verb"} else "generic verb"
        source = "source coded" if "source_coded" in feats else "source uncoded"
        return f"{band}, {verb}, {source}"
    return ""


def counts(rows: list[dict]) -> None:
    """Aggregate tallies only (the tune-b mode): misses per set and fate, per fate and mechanism, then per fate and
    gold type."""
    by_set = Counter((r["set"], r["fate"]) for r in rows)
    print(len(rows), "required misses;", dict(Counter(r["set"] for r in rows)))
    print("fate\tguardian\tallnews\ttotal")
    for fate in ["no_raw", "no_raw_other", *ORDER]:
        g, a = by_set[("guardian", fate)], by_set[("allnews", fate)]
        if g or a:
            print(f"{fate}\t{g}\t{a}\t{g + a}")
    by_mech = Counter((r["set"], r["fate"], mechanism(r)) for r in rows)
    print("set\tfate\tmechanism\tcount")
    for (name, fate, mech), n in sorted(by_mech.items()):
        if mech:
            print(f"{name}\t{fate}\t{mech}\t{n}")
    by_type = Counter((r["fate"], "/".join(r["types"])) for r in rows)
    print("fate / gold type\tcount")
    for (fate, typ), n in sorted(by_type.items(), key=lambda kv: (ORDER.index(kv[0][0]) if kv[0][0] in ORDER else -1,
                                                                   -kv[1])):
        print(f"{fate} / {typ}\t{n}")


def main(split: str = "tune-a", out: str = "/tmp/evlost7/census.json") -> None:
    from newsledger.eval.suites import events_allnews as A
    from newsledger.eval.suites import events_guardian as G

    if split in {"check", "all"}:
        raise SystemExit("the census reads the tune halves only")
    install()
    rows = census(A.both_sets(Path("/work/shared/corpus"), split), G.default_threshold())
    if out == "--counts":
        counts(rows)
        return
    if split != "tune-a":
        raise SystemExit("item-level output is for tune-a only: add --counts")
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(rows, indent=1, default=str))
    by = defaultdict(list)
    for r in rows:
        by[r["fate"]].append(r)
    print(len(rows), "required misses;", dict(Counter(r["set"] for r in rows)))
    for fate in ["no_raw", "no_raw_other", *ORDER]:
        rs = by.get(fate, [])
        if rs:
            arts = {(r["set"], r["aid"]) for r in rs}
            print(f"{fate}\t{len(rs)}\t{len(arts)} articles\t" + " ".join(f"{r['aid']}/{r['start']}" for r in rs))
    counts(rows)


if __name__ == "__main__":
    main(*sys.argv[1:])
