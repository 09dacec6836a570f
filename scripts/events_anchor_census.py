"""Census (issue 16, round 36, evanchor36): false events that are another mention of a missed gold event.

A kept event that matches no gold event (strict typed match) is an ANCHOR miss when its article holds an unmatched
gold event of the same PLOVER type whose source or target is the event's (the scorer's actor_right) at a span
outside the event's sentence: the pipeline coded the act at one mention, the gold at another (event-annotation.md:
"once per event (its first clear mention)"). Each such pair is tallied by
- where the gold span sits against the event: "earlier" or "later" sentence, and "lead" when it is in the article's
  first two sentences (headline and standfirst);
- the gold span's head word: "verb" or "noun" (the span's syntactic root in the pipeline's own parse);
- what the pipeline made at the gold span's sentence (it wraps newsledger.extract.events._events_of, so it follows
  the extraction without copying it): "merged" (a raw event of the type kept over the threshold, then dropped by the
  article-level merging: one_per_sentence, first_mentions, retold_acts), "low_conf" (made, under the threshold),
  "no_act" (a raw event of the type that gave no event: status, actor or filter), "other_type" (raw events of other
  types only), "none" (no raw event in that sentence);
- how the gold span names the act against the event's trigger (`_bridge`): the same lemma, a word of its
  retelling_families.tsv family, a word the CAMEO dictionary codes with the event's type by itself, or another word.
Beside it ("word_pair"), the pairs found by the act's word (same lemma or family) whatever their parties.
For any split but tune-a the script prints AGGREGATE COUNTS ONLY (CONTRIBUTING.md's measurement discipline); for
tune-a `--items` also prints every pair for reading (refused on any other split).

    PYTHONPATH=. python scripts/events_anchor_census.py tune-a [--items]
    PYTHONPATH=. python scripts/events_anchor_census.py tune-b
"""
import sys
from collections import Counter
from pathlib import Path

import newsledger.extract.events as EV
from newsledger.eval.suites import events_allnews as A
from newsledger.eval.suites import events_guardian as G
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.events.dates import _retelling_families

_events_of = EV._events_of
RAW: dict[str, list[tuple]] = {}  # article id -> (sentence start, end, raw type, trigger, [(event, confidence)])
DOCS: dict[str, object] = {}


def _events_of_logged(index, record, doc, sent, ev, *args, **kw):
    evs = _events_of(index, record, doc, sent, ev, *args, **kw)
    RAW.setdefault(record.article.id, []).append((sent.start_char, sent.end_char, ev.type, ev.trigger,
                                                  [(e.type, e.confidence) for e in evs]))
    DOCS[record.article.id] = doc
    return evs


EV._events_of = _events_of_logged


def _sentence_of(doc, start: int):
    """The sentence of the doc holding character `start`."""
    return next((s for s in doc.sents if s.start_char <= start < s.end_char), None)


def _head_kind(doc, g) -> str:
    """The gold span's root word class: "verb", "noun" or the root's part of speech."""
    span = doc.char_span(g.start, g.end, alignment_mode="expand")
    if span is None or not len(span):
        return "?"
    return "verb" if span.root.pos_ in {"VERB", "AUX"} else "noun" if span.root.pos_ in {"NOUN", "PROPN"} else \
        span.root.pos_.lower()


def _made(raws: list[tuple], sent, typ: str, thr: float) -> str:
    """What the pipeline made of act type `typ` in the gold span's sentence (see the module docstring)."""
    here = [r for r in raws if sent is not None and r[0] == sent.start_char]
    events = [c for r in here for t, c in r[4] if t == typ]
    if any(c >= thr for c in events):
        return "merged"
    if events:
        return "low_conf"
    if any(r[2] == typ for r in here):
        return "no_act"
    return "other_type" if here else "none"


def _unmatched(rec, gold, thr):
    """(false event, the unmatched gold events of its type outside its sentence) for every kept event that matches
    no gold event."""
    kept = [e for e in rec.events if G._confidence(e) >= thr]
    matched = G.match(rec, gold, kept)
    used_g, used_e = {gi for gi, _ in matched}, {ei for _, ei in matched}
    for ei, e in enumerate(kept):
        if ei not in used_e:
            yield e, [g for gi, g in enumerate(gold) if gi not in used_g and e.type in g.types
                      and not G._in_sentence(e, g, rec.article.text)]


def _pairs(rec, gold, thr):
    """(false event, gold event, party) anchor pairs of one article, each false event once (its first candidate)."""
    for e, others in _unmatched(rec, gold, thr):
        for g in others:
            src, tgt = G.actor_right(rec, e.source, g.sources), G.actor_right(rec, e.target, g.targets)
            party = (e.source is not None and src) or (e.target is not None and tgt)
            if party:
                yield e, g, ("both" if src and tgt else "source" if src else "target")
                break


def _bridge(doc, g, e) -> str:
    """How the gold span names the act against the event's trigger: "same" (the trigger's lemma), "family" (a word of
    its retelling_families.tsv family), "type" (a word the CAMEO dictionary codes with the event's PLOVER type by
    itself: a verb's default, an event noun), "other" (none of these)."""
    span = doc.char_span(g.start, g.end, alignment_mode="expand")
    trigger = next((t for t in doc if t.idx >= e.start and t.text == e.trigger), None)
    if span is None or trigger is None:
        return "?"
    lemma = trigger.lemma_.lower()
    lemmas = {t.lemma_.lower() for t in span}
    if lemma in lemmas:
        return "same"
    if lemmas & _retelling_families().get(lemma, frozenset()):
        return "family"
    return "type" if any(_word_type(w) == e.type for w in lemmas) else "other"


def _word_type(lemma: str) -> str | None:
    """The PLOVER type the CAMEO dictionary codes a word with by itself: a verb's default code, an event noun's."""
    code = (D.verbs().get(lemma) or {}).get("code") or D.nominals().get(lemma)
    return D.plover(code)[0] if code else None


def _bridged(rec, gold, thr, doc, c: Counter, items: bool, name: str, aid: str) -> None:
    """The same pairs found by the act's word instead of its party: a false event and an unmatched gold event of its
    type in another sentence whose span names the act by the trigger's lemma or family (`_bridge`), whatever
    their parties; tallied by bridge, the party agreement and what the pipeline made at the gold span."""
    for e, others in _unmatched(rec, gold, thr):
        for g in others:
            bridge = _bridge(doc, g, e)
            if bridge in {"other", "type"}:
                continue
            src, tgt = G.actor_right(rec, e.source, g.sources), G.actor_right(rec, e.target, g.targets)
            made = _made(RAW.get(rec.article.id, []), _sentence_of(doc, g.start), e.type, thr)
            side = "earlier" if g.start < e.start else "later"
            c["word_pair"] += 1
            c[f"word_pair:{bridge}|src={src}|tgt={tgt}"] += 1
            c[f"word_pair:{side}|{made}"] += 1
            if items:
                print(f"WORD\t{name}\t{aid}@{e.start}\t{e.type}\t{e.trigger}\t{side}\t{made}\t{bridge}\t"
                      f"src={src} tgt={tgt}\tgold {g.start}:{rec.article.text[g.start:g.end]!r}\topt={g.optional}")
            break


def _lead(doc, start: int) -> bool:
    """The character lies in the article's first two sentences (headline and standfirst)."""
    sents = list(doc.sents)[:2]
    return any(s.start_char <= start < s.end_char for s in sents)


def census(split: str, items: bool) -> None:
    if items and split != "tune-a":
        raise SystemExit("items are read on tune-a only; other splits give counts")
    thr = G.default_threshold()
    tally: dict[str, Counter] = {}
    for name, recs, gold in A.both_sets(Path("/work/shared/corpus"), split):
        c = tally.setdefault(name, Counter())
        for aid, rec in recs.items():
            kept = [e for e in rec.events if G._confidence(e) >= thr]
            c["predicted"] += len(kept)
            c["false"] += len(kept) - len(G.match(rec, gold[aid], kept))
            doc = DOCS.get(rec.article.id)
            for e, g, party in _pairs(rec, gold[aid], thr):
                side = "earlier" if g.start < e.start else "later"
                sent = _sentence_of(doc, g.start) if doc is not None else None
                made = _made(RAW.get(rec.article.id, []), sent, e.type, thr)
                head = _head_kind(doc, g) if doc is not None else "?"
                lead = "lead" if doc is not None and _lead(doc, g.start) else "body"
                bridge = _bridge(doc, g, e) if doc is not None else "?"
                c["anchor"] += 1
                c[f"required={not g.optional}"] += 1
                for key in (f"side:{side}", f"lead:{lead}", f"head:{head}", f"made:{made}", f"party:{party}",
                            f"type:{e.type}", f"side+made:{side}|{made}", f"side+head:{side}|{head}",
                            f"bridge:{bridge}", f"bridge+made:{bridge}|{made}"):
                    c[key] += 1
                if items:
                    print(f"ITEM\t{name}\t{aid}@{e.start}\t{e.type}\t{e.trigger}\t{side}\t{lead}\t{head}\t{made}\t"
                          f"{party}\t{bridge}\tgold {g.start}:{rec.article.text[g.start:g.end]!r}\topt={g.optional}")
            if doc is not None:
                _bridged(rec, gold[aid], thr, doc, c, items, name, aid)
    for name, c in tally.items():
        print(f"== {name} {split}")
        for k, n in sorted(c.items()):
            print(f"  {k:32s} {n}")


if __name__ == "__main__":
    census(sys.argv[1], "--items" in sys.argv[2:])
