"""Actor census of the event gold (issue 16, tenth round): matched events whose source or target is wrong, and gold
events the system missed, listed per item with the predicted and gold actors, for one split (tune-a by default;
never the check half: common.md). `python scripts/events_actor_census.py [--split tune-a] [--dataset guardian]`.
Prints one block per item; the sentence text is printed for the reader only, never stored."""
from __future__ import annotations

import argparse
from pathlib import Path

from newsledger.eval.split import select
from newsledger.eval.suites import events_allnews as N
from newsledger.eval.suites import events_guardian as G


def describe(rec, aid_: str | None) -> str:
    a = rec.actor(aid_) if aid_ else None
    return "-" if a is None else f"{a.name} [{a.kind} {a.code or ''}]"


def census(dataset: str, split: str, corpus: Path) -> None:
    if dataset == "guardian":
        gold = G.load_gold()
        ids = select(sorted(gold, key=int), lambda i: i, split, None)
        recs = G.records(corpus, ids)
    else:
        listed = N.load_articles()
        gold = {a: [] for a in listed}
        gold.update(G.load_gold(N.GOLD))
        ids = select(list(listed), lambda a: a, split, None)
        recs = N.records(corpus, ids)
    thr = G.default_threshold()
    for aid, rec in recs.items():
        text = rec.article.text
        gs = gold[aid]
        events = [e for e in rec.events if G._confidence(e) >= thr]
        pairs = G.match(rec, gs, events)
        matched_g = {gi for gi, _ in pairs}
        for gi, ei in pairs:
            g, e = gs[gi], events[ei]
            src = G.actor_right(rec, e.source, g.sources)
            tgt = G.actor_right(rec, e.target, g.targets)
            if src and tgt:
                continue
            print(f"== {dataset} {aid} {g.start} MATCHED {e.type} src={'ok' if src else 'WRONG'} "
                  f"tgt={'ok' if tgt else 'WRONG'}")
            print("   sent:", text[e.start:e.end].replace("\n", " ")[:400])
            print("   gold mention:", text[g.start:g.end][:120].replace("\n", " "))
            print("   pred src:", describe(rec, e.source), "| gold src:", "|".join(g.sources))
            print("   pred tgt:", describe(rec, e.target), "| gold tgt:", "|".join(g.targets))
        for gi, g in enumerate(gs):
            if gi in matched_g or g.optional:
                continue
            near = [e for e in rec.events if G._in_sentence(e, g, text)]
            print(f"== {dataset} {aid} {g.start} MISSED {'|'.join(sorted(g.types))} "
                  f"src={'|'.join(g.sources)} tgt={'|'.join(g.targets)}")
            print("   gold mention:", text[g.start:g.end][:160].replace("\n", " "))
            for e in near:
                print(f"   near: {e.type} conf={G._confidence(e):.2f} src={describe(rec, e.source)} "
                      f"tgt={describe(rec, e.target)}")


def actor_census(split: str, corpus: Path) -> None:
    """The actors suite's wrong items (newsledger.eval.suites.actors_guardian) on `split`."""
    from newsledger import nlp
    from newsledger.eval.suites import actors_guardian as A
    from newsledger.pipeline import build_record

    by_article = A.labels()
    ids = select(sorted(by_article, key=int), lambda a: a, split, None)
    chosen = A.articles(corpus, set(ids))
    for article, (doc, title) in zip(chosen, nlp.parse_many_titled([(a.text, a.title) for a in chosen])):
        record = build_record(article, doc, title)
        for label in by_article[record.article.id]:
            actor = A.predicted_actor(record, doc._.actor_index, label.start, label.end)
            if label.kind == "none":
                if actor is not None:
                    print(f"== actors {article.id} {label.start} NOT-AN-ACTOR given {actor.name} [{actor.kind}]")
                continue
            j = A.judge(label, actor)
            if not j["full"]:
                bad = ",".join(k for k, v in j.items() if not v)
                got = "-" if actor is None else f"{actor.name} [{actor.kind} {actor.code or '-'}]"
                print(f"== actors {article.id} {label.start} {bad}: mention "
                      f"{article.text[label.start:label.end]!r} got {got} gold {'|'.join(label.names)} "
                      f"[{label.kind} {'|'.join(label.codes)}]")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="tune-a", choices=["tune-a", "tune-b", "tune"])
    ap.add_argument("--dataset", action="append", choices=["guardian", "allnews", "actors"])
    ap.add_argument("--corpus", default="../shared/corpus")
    args = ap.parse_args()
    for ds in args.dataset or ["guardian", "allnews"]:
        if ds == "actors":
            actor_census(args.split, Path(args.corpus))
        else:
            census(ds, args.split, Path(args.corpus))
