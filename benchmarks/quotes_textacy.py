"""newsledger's quote extractor against textacy's `direct_quotations`, side by side on the same parses.

    pip install textacy   # for this benchmark only; not a newsledger dependency
    python benchmarks/quotes_textacy.py [--corpus ../shared/corpus] [--limit N]

Reference article: direct and partial quotes found (the corpus README's text rule) and with the right speaker
(the gold's actor rule; textacy's speaker tokens are mapped to actors through the same actor index), and
indirect quotes (textacy finds none by design). PolNeAR dev: content-span P/R/F1 at token overlap >= 0.8 and
speaker accuracy on matched quotes, scored by newsledger.eval.suites.quotes_polnear for both systems.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsledger import nlp  # noqa: E402
from newsledger.eval.metrics import prf  # noqa: E402
from newsledger.eval.reference import cases  # noqa: E402
from newsledger.eval.suites import quotes_polnear as qp  # noqa: E402
from newsledger.eval.suites import quotes_reference as qr  # noqa: E402
from newsledger.extract import actors, quotes, times  # noqa: E402
from newsledger.model import Article, Quote, Record  # noqa: E402


BAILED: list[str] = []


def textacy_quotes(doc, rec: Record) -> list[Quote]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy bails out on a text with an unclosed quotation
        BAILED.append(rec.article.id)
        triples = []
    for n, (speaker, cue, content) in enumerate(triples, 1):
        text = content.text
        start, end = content.start_char, content.end_char
        # textacy's content span includes the quotation marks; newsledger's does not
        while text and text[0] in "\"\u201c\u201d'\u2018\u2019":
            text, start = text[1:], start + 1
        while text and text[-1] in "\"\u201c\u201d'\u2018\u2019":
            text, end = text[:-1], end - 1
        actor, sp_text, sp_start, sp_end = None, None, None, None
        if speaker:
            span = doc[min(t.i for t in speaker): max(t.i for t in speaker) + 1]
            sp_text, sp_start, sp_end = span.text, span.start_char, span.end_char
            index = doc._.actor_index
            actor = index.actor_at(sp_start, sp_end) or index.resolve_span(span)
        out.append(Quote(f"t{n}", text, start, end, "direct", actor.id if actor else None, sp_text,
                         " ".join(t.text for t in cue), None, sp_start, sp_end))
    return out


def base_record(article: Article, doc) -> Record:
    rec = Record(article=article)
    actors.extract(doc, rec)
    rec.times = times.extract(doc, rec)
    return rec


def reference(corpus: Path) -> dict:
    out = {}
    for case in cases(corpus):
        doc = nlp.parse(case.article.text)
        for system in ("newsledger", "textacy"):
            rec = base_record(case.article, doc)
            rec.quotes = quotes.extract(doc, rec) if system == "newsledger" else textacy_quotes(doc, rec)
            row = {}
            for label, kinds in (("direct+partial", {"direct", "partial"}), ("indirect", {"indirect"})):
                gold = [g for g in case.gold["quotes"] if g["kind"] in kinds]
                pred = [q for q in rec.quotes if q.kind in kinds]
                rows = qr.match(pred, gold, rec, case.gold["actors"])
                row[label] = {"found": sum(q is not None for _, q, _ in rows),
                              "right_speaker": sum(r for *_, r in rows), "gold": len(gold), "predicted": len(pred)}
            out[f"{case.name}:{system}"] = row
    return out


def polnear(corpus: Path, limit: int | None) -> dict:
    docs = qp.load(corpus, "dev", limit)
    parsed = list(nlp.parse_many([t for _, t, _ in docs]))
    ours, theirs = [], []
    for (_, text, _), doc in zip(docs, parsed):
        rec = base_record(Article(text=text), doc)
        rec.quotes = quotes.extract(doc, rec)
        ours.append(rec)
        rec2 = base_record(Article(text=text), doc)
        rec2.quotes = textacy_quotes(doc, rec2)
        theirs.append(rec2)
    out = {"texts": len(docs), "textacy_bailed_out": len(BAILED)}
    for system, recs in (("newsledger", ours), ("textacy", theirs)):
        for folded in (True, False):
            r = qp.evaluate(docs, recs, do_fold=folded)
            p, rc, f = prf(r["tp"], r["n_pred"], r["n_gold"])
            out[f"{system}{'' if folded else ':raw'}"] = {
                "precision": round(p, 4), "recall": round(rc, 4), "f1": round(f, 4), "gold": r["n_gold"],
                "predicted": r["n_pred"], "matched": r["tp"],
                "speaker_accuracy": round(r["spk_right"] / r["spk_n"], 4) if r["spk_n"] else None,
                "speaker_n": r["spk_n"]}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit", type=int, default=None, help="PolNeAR texts (default: the whole dev split)")
    args = ap.parse_args()
    print(json.dumps({"reference": reference(args.corpus), "polnear_dev": polnear(args.corpus, args.limit)},
                     indent=2))


if __name__ == "__main__":
    main()
