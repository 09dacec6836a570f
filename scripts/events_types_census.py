"""Census (issue 16, thirteenth round, evtypes5): events coded with the wrong type, on the tune-a quarter of the
Guardian and all-news event sets (item-level output: tune-a only, CONTRIBUTING.md's measurement discipline).

For every required gold event the record misses (strict, typed match) it lists the record's events of another type
in the gold sentence (any confidence) and the coder's raw events there (trigger lemma, CAMEO code, the basis that
chose it and the verb_senses.tsv row if one did); and the converse, record events matched to a gold event by span
only (the lenient, any-type match) whose type is wrong. It wraps the coder's entry points, so it follows
newsledger.extract.events.extract without copying it.

    PYTHONPATH=. python scripts/events_types_census.py tune-a /tmp/types.json
"""
import json
import sys
from collections import Counter
from pathlib import Path

import newsledger.extract.events as EV
from newsledger.eval.suites import events_allnews as A
from newsledger.eval.suites import events_guardian as G
from newsledger.extract.eventcoding import senses as S

RAW: dict[str, list[dict]] = {}  # document text -> raw events
_code, _nominal = EV.code_sentence, EV.nominal_events


def _log(sent, evs):
    for ev in evs:
        lemma = ev.trigger.lemma_.lower()
        row = S.sense_row(ev.trigger, lemma) if ev.trigger.pos_ in {"VERB", "AUX"} else None
        RAW.setdefault(sent.doc.text, []).append(dict(
            sent=(sent.start_char, sent.end_char), trig=ev.trigger.text, lemma=lemma, cameo=ev.cameo, type=ev.type,
            basis=ev.basis, mod=ev.modality, sense=f"{row[0][0]}:{'|'.join(row[0][1])[:40]} {row[1]}" if row else None))
    return evs


def code_sentence(sent, speech=frozenset()):
    return _log(sent, _code(sent, speech))


def nominal_events(sent, verb_events):
    return _log(sent, _nominal(sent, verb_events))


EV.code_sentence, EV.nominal_events = code_sentence, nominal_events


def main(split="tune-a", out="/tmp/evt5/types.json"):
    corpus = Path("/work/shared/corpus")
    sets = A.both_sets(corpus, split)
    thr = G.default_threshold()
    res, conf = [], Counter()
    for name, recs, gold in sets:
        for aid, rec in recs.items():
            gs, text = gold[aid], rec.article.text
            kept = [e for e in rec.events if G._confidence(e) >= thr]
            strict = {gi for gi, _ in G.match(rec, gs, kept)}
            lenient = dict(G.match(rec, gs, kept, typed=False))
            raw = RAW.get(text, [])
            for gi, g in enumerate(gs):
                if g.optional or gi in strict:
                    continue
                others = [dict(type=e.type, trig=e.trigger, cameo=e.cameo, conf=e.confidence, kept=e in kept)
                          for e in rec.events if G._in_sentence(e, g, text) and e.type not in g.types]
                raws = [d for d in raw if d["sent"][0] <= g.start < d["sent"][1]]
                if not others and not any(d["type"] and d["type"] not in g.types for d in raws):
                    continue
                sent = next((text[s.start:s.end] for s in rec.sentences if s.start <= g.start < s.end), "")
                le = kept[lenient[gi]] if gi in lenient else None
                item = dict(set=name, aid=aid, gold=text[g.start:g.end], types=sorted(g.types), sentence=sent,
                            lenient=dict(type=le.type, trig=le.trigger, cameo=le.cameo) if le else None,
                            record_other=others, raw=raws)
                res.append(item)
                for d in raws:
                    if d["type"] and d["type"] not in g.types:
                        conf[("|".join(sorted(g.types)), d["type"], d["lemma"], d["cameo"], d["basis"],
                              d["sense"] or "")] += 1
    Path(out).write_text(json.dumps(res, indent=1, default=str))
    print(len(res), "required misses with an event of another type in the sentence;",
          sum(1 for r in res if r["lenient"]), "of them matched by span (lenient)")
    for k, n in conf.most_common():
        print(n, *k, sep="\t")




def converse(split="tune-a"):
    """Record events matched to a gold event by span only (the lenient any-type match), not by the strict one."""
    corpus = Path("/work/shared/corpus")
    sets = A.both_sets(corpus, split)
    thr = G.default_threshold()
    for name, recs, gold in sets:
        for aid, rec in recs.items():
            gs, text = gold[aid], rec.article.text
            kept = [e for e in rec.events if G._confidence(e) >= thr]
            strict = {ei for _, ei in G.match(rec, gs, kept)}
            for gi, ei in G.match(rec, gs, kept, typed=False):
                if ei in strict:
                    continue
                e, g = kept[ei], gs[gi]
                print(name, aid, f"gold={'|'.join(sorted(g.types))}{' (opt)' if g.optional else ''}",
                      f"rec={e.type} {e.trigger} {e.cameo}", "|", text[g.start:g.end][:70].replace("\n", " "),
                      "|", e.sentence[:160].replace("\n", " "), sep="\t")


if __name__ == "__main__":
    converse(*sys.argv[2:]) if sys.argv[1:2] == ["converse"] else main(*sys.argv[1:])
