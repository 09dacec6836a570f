"""The changes a candidate rule makes on a gate pool, and the gate's blind draw (README, "The generalisation gate").

    python scripts/gate_diff.py <component> BASE.jsonl NEW.jsonl [--draw 20] [--exclude EARLIER_DRAW.txt]

BASE and NEW are `scripts/gate_pools.py` outputs of main and of the candidate. component: events | quotes | places |
brief | actors | contradictions. Only articles present on both sides with the same text are compared (one that timed
out on one side is skipped and counted on stderr). One change per line, sorted as plain strings:
  <article id>\t<offset, 6 digits>\t<kind>\t<old> -> <new>\t<sentence>
kind is added / dropped / changed. Items are matched by an anchor (events: sentence span + trigger; quotes: content
span, else an overlapping span; places: mention span; brief: the question) and compared on
  events: type, source name, target name, status, date
  quotes: span, kind, speaker (actor name, else ~speaker_text)
  places: span, resolved name, kind, country, GeoNames id
  brief: each question's top answer text (with its link target's name)
  actors (anchor: the name): kind, code, and whether an event, a quote or a brief answer uses it (a rule that makes
    actors can leave some nobody uses, which the other components do not show)
  contradictions (anchor: kind and the evidence ids for and against; the within-article ones): the claim and the
    two sides' names; the sentence column holds the evidence texts for and against
--draw N: after the full list, the gate draw: random.seed(12); random.sample(sorted changes, min(N, len)).
--exclude FILE: a revision is judged only on changes not drawn before: leave out the lines of an earlier draw.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict


def load(path):
    out = {}
    with open(path) as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                out[rec["article"]["id"]] = rec
    return out


def sentence_at(rec, offset):
    for s in rec.get("sentences") or []:
        if s["start"] <= offset < s["end"]:
            return s["text"]
    return ""


def clean(s, n=400):
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[:n] + "..."


def actor_name(rec, aid):
    if aid is None:
        return None
    for a in rec.get("actors") or []:
        if a["id"] == aid:
            return a["name"]
    return aid


def place_name(rec, pid):
    for p in rec.get("places") or []:
        if p["id"] == pid:
            return p["name"]
    return pid


def events(rec):
    items = []
    for e in rec.get("events") or []:
        anchor = (e["start"], e["end"], e.get("trigger"))
        val = (e["type"], actor_name(rec, e.get("source")), actor_name(rec, e.get("target")), e.get("status"),
               e.get("date"))
        items.append((anchor, val, e["start"], e["sentence"]))
    return items


def fmt_event(v):
    return "%s src=%s tgt=%s %s %s" % v if v else "-"


def quotes(rec):
    items = []
    for q in rec.get("quotes") or []:
        spk = actor_name(rec, q.get("speaker")) if q.get("speaker") else None
        val = (q["start"], q["end"], q.get("kind"), spk or (q.get("speaker_text") and "~" + q["speaker_text"]))
        items.append(((q["start"], q["end"]), val, q["start"], sentence_at(rec, q["start"])))
    return items


def fmt_quote(v):
    return "[%s:%s] %s speaker=%s" % v if v else "-"


def places(rec):
    items = []
    for p in rec.get("places") or []:
        val = (p["start"], p["end"], p.get("text"), p.get("name"), p.get("kind"), p.get("country"),
               p.get("geonames_id"))
        items.append(((p["start"], p["end"]), val, p["start"], sentence_at(rec, p["start"])))
    return items


def fmt_place(v):
    return "'%s'[%s:%s] -> %s (%s, %s, gn %s)" % (v[2], v[0], v[1], v[3], v[4], v[5], v[6]) if v else "-"


def brief(rec):
    items = []
    b = rec.get("brief") or {}
    for q in ("who", "what", "when", "where", "why", "how"):
        ans = b.get(q) or []
        if not ans:
            continue
        a = ans[0]
        link = None
        if a.get("actor"):
            link = actor_name(rec, a["actor"])
        elif a.get("place"):
            link = place_name(rec, a["place"])
        elif a.get("value"):
            link = a["value"]
        intitle = a.get("in") == "title"
        sent = (rec["article"].get("title") or "") if intitle else sentence_at(rec, a.get("start") or 0)
        val = (q, a.get("text"), link, "title" if intitle else "text")
        items.append(((q,), val, a.get("start") or 0, sent))
    return items


def fmt_brief(v):
    return "%s: %r (%s; %s)" % v if v else "-"


def _used_actor_ids(rec) -> set:
    used = {e.get(k) for e in rec.get("events") or [] for k in ("source", "target")}
    used |= {q.get("speaker") for q in rec.get("quotes") or []}
    used |= {a.get("actor") for answers in (rec.get("brief") or {}).values() if isinstance(answers, list)
             for a in answers if isinstance(a, dict)}
    return used - {None}


def actors(rec):
    used = _used_actor_ids(rec)
    title = rec["article"].get("title") or ""
    return [((a["name"].lower(),), (a["name"], a.get("kind"), a.get("code"), "used" if a["id"] in used else "unused"),
             0, title) for a in rec.get("actors") or []]


def fmt_actor(v):
    return "%s (%s, %s, %s)" % v if v else "-"


def _evidence_start(rec, item_id) -> int:
    """Where an evidence id of a contradiction starts in its article: a quote (q), event (e), sentence (s<index>)
    or figure (n<index>); 0 when the record does not hold it."""
    for key in ("quotes", "events"):
        hit = next((x for x in rec.get(key) or [] if x["id"] == item_id), None)
        if hit:
            return hit["start"]
    kind, index = item_id[:1], item_id[1:]
    rows = {"s": rec.get("sentences") or [], "n": rec.get("quantities") or []}.get(kind, [])
    return rows[int(index)]["start"] if index.isdigit() and int(index) < len(rows) else 0


def contradictions(rec):
    """The record's within-article contradictions, anchored by kind and evidence; the text is the two sides'."""
    from newsledger.extract.claims import evidence_texts

    out = []
    for c in rec.get("contradictions") or []:
        anchor = (c.get("kind"), tuple(c["evidence_for"]), tuple(c["evidence_against"]))
        value = (c.get("kind"), clean(c["claim"], 120), tuple(actor_name(rec, a) for a in c["asserted_by"]),
                 tuple(actor_name(rec, a) for a in c["disputed_by"]))
        start = _evidence_start(rec, c["evidence_against"][0]) if c["evidence_against"] else 0
        pro, con = (" / ".join(evidence_texts(rec, c[key])) for key in ("evidence_for", "evidence_against"))
        out.append((anchor, value, start, f"FOR: {clean(pro, 190)} AGAINST: {clean(con, 190)}"))
    return out


def fmt_contradiction(v):
    kind, claim, pro, con = v
    return f"{kind}: {claim} [for {', '.join(map(str, pro)) or 'the article'}; against {', '.join(map(str, con))}]"


COMPONENTS = {"events": (events, fmt_event), "quotes": (quotes, fmt_quote), "places": (places, fmt_place),
              "brief": (brief, fmt_brief), "actors": (actors, fmt_actor),
              "contradictions": (contradictions, fmt_contradiction)}


def overlaps(a, b):
    return len(a) == 2 and len(b) == 2 and a[0] < b[1] and b[0] < a[1]


def diff_article(aid, old, new, comp):
    get, fmt = COMPONENTS[comp]
    o, n = get(old), get(new)
    # multiset difference on (anchor, value)
    ocount = defaultdict(list)
    for it in o:
        ocount[(it[0], it[1])].append(it)
    left_new = []
    for it in n:
        k = (it[0], it[1])
        if ocount[k]:
            ocount[k].pop()
        else:
            left_new.append(it)
    left_old = [it for v in ocount.values() for it in v]
    changes = []
    # pair leftovers: same anchor first, then (quotes/places) overlapping spans
    for pass_ in ("same", "overlap"):
        if pass_ == "overlap" and comp not in ("quotes", "places"):
            break
        for it in list(left_new):
            match = next((x for x in left_old if (x[0] == it[0] if pass_ == "same" else overlaps(x[0], it[0]))),
                         None)
            if match is not None:
                left_old.remove(match)
                left_new.remove(it)
                changes.append(("changed", aid, it[2], fmt(match[1]) + " -> " + fmt(it[1]), clean(it[3])))
    for it in left_new:
        changes.append(("added", aid, it[2], "- -> " + fmt(it[1]), clean(it[3])))
    for it in left_old:
        changes.append(("dropped", aid, it[2], fmt(it[1]) + " -> -", clean(it[3])))
    return changes


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="changes between two gate-pool record files, and the blind draw")
    ap.add_argument("component", choices=sorted(COMPONENTS))
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--draw", type=int, default=0)
    ap.add_argument("--exclude", help="an earlier draw's lines: a revision is judged on the rest")
    args = ap.parse_args(argv)
    comp, draw = args.component, args.draw
    old, new = load(args.base), load(args.new)
    both = sorted(set(old) & set(new))
    only = (set(old) ^ set(new))
    changes = []
    for aid in both:
        if old[aid]["article"].get("text_sha256") != new[aid]["article"].get("text_sha256"):
            print("text differs, skipped:", aid, file=sys.stderr)
            continue
        changes.extend(diff_article(aid, old[aid], new[aid], comp))
    lines = sorted(f"{c[1]}\t{c[2]:06d}\t{c[0]}\t{c[3]}\t{c[4]}" for c in changes)
    if args.exclude:  # lines of an earlier draw, "Dn\t" prefix optional
        seen = set()
        for ln in open(args.exclude):
            f = ln.rstrip("\n").split("\t")
            f = f[1:] if f and f[0].startswith("D") and f[0][1:].isdigit() else f
            if len(f) >= 4:
                seen.add(tuple(f[:4]))
        before = len(lines)
        lines = [ln for ln in lines if tuple(ln.split("\t")[:4]) not in seen]
        print(f"excluded {before - len(lines)} changes drawn before", file=sys.stderr)
    print(f"{comp}: {len(both)} articles on both sides, {len(only)} on one side only, {len(lines)} changes "
          f"(added {sum(c[0] == 'added' for c in changes)}, dropped {sum(c[0] == 'dropped' for c in changes)}, "
          f"changed {sum(c[0] == 'changed' for c in changes)})", file=sys.stderr)
    for ln in lines:
        print(ln)
    if draw:
        random.seed(12)
        picked = random.sample(lines, min(draw, len(lines)))
        print("\n# DRAW (random.seed(12), random.sample over the sorted list):")
        for i, ln in enumerate(picked, 1):
            print(f"D{i}\t{ln}")


if __name__ == "__main__":
    main()
