"""Events on the PLOVER gold-standard dev sentences (../shared/corpus/dev/plover, CC BY-SA 4.0): the event
type of each sentence's main event (macro-F1 over the types, 2016 draft names mapped to the current ones) and
(source country, type, target country) triple F1, codes compared on their first three letters.

The headline runs each sentence through the same path as `newsledger extract` (the pipeline's record: actors
resolved, the status and intent rules of newsledger.extract.events, events below the default confidence
threshold left out), so the figure measures what users get (issue 16). Beside it: the same path keeping every
event whatever its confidence ("plover:extract_all_confidence": the rules before the confidence model, fitted on
whole articles, drops the single-sentence events it is unsure of), and the coder alone
(eventcoding.coder.code_sentence with the coder-level actor codes, every candidate kept: "plover:coder_path", the
figure earlier rounds reported as the headline)."""
from __future__ import annotations

import json
import os
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, prf, prf_score
from newsledger.eval.split import select

COMPONENT = "events"
DATASET = "plover"

DRAFT_NAMES = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}


def load(corpus: Path) -> list[dict[str, Any]]:
    return json.loads((corpus / "dev" / "plover" / "plover_gsr_dev.json").read_text(encoding="utf-8"))


def gold_type(rec: dict[str, Any]) -> str:
    return DRAFT_NAMES.get(rec["event"], rec["event"])


# The gold's codes are ISO 3166 alpha-3 with a few older variants; Phoenix has a few codes of its own. Both
# sides are compared on one spelling per country.
SAME_COUNTRY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD"}


def norm(code: str | None) -> str | None:
    return SAME_COUNTRY.get(code, code) if code else None


def _codes(actors: Any) -> list[str | None]:
    if not isinstance(actors, list) or not actors:
        return [None]
    out = [norm((a.get("code") or "")[:3] or None) for a in actors if isinstance(a, dict)]
    return out or [None]


def gold_triples(rec: dict[str, Any]) -> set[tuple]:
    t = gold_type(rec)
    return {(s, t, g) for s in _codes(rec.get("source")) for g in _codes(rec.get("target"))}


PUBLISHED = "2000-01-01"  # the date every GSR record carries


def predict(texts: list[str], min_confidence: float | None = None) -> list[list[tuple[str | None, set[tuple]]]]:
    """Per text, the events `newsledger extract` stores for it: (type, triples) of the main event (the trigger
    nearest the root of its sentence's parse, then the earliest), then of the events of verbs coordinated with
    its trigger that have another type. `min_confidence`: the threshold (default: the stored default, as
    `extract` applies it)."""
    return predict_extracted(extracted(texts), min_confidence)


@contextmanager
def _all_events():
    """Extraction keeping every event whatever its confidence (the threshold is applied afterwards)."""
    old = os.environ.get("NEWSLEDGER_EVENT_MIN_CONFIDENCE")
    os.environ["NEWSLEDGER_EVENT_MIN_CONFIDENCE"] = "0"
    try:
        yield
    finally:
        if old is None:
            del os.environ["NEWSLEDGER_EVENT_MIN_CONFIDENCE"]
        else:
            os.environ["NEWSLEDGER_EVENT_MIN_CONFIDENCE"] = old


def extracted(texts: list[str]) -> list[tuple[Any, list[tuple[Any, Any]]]]:
    """Per text, its record (as `newsledger extract` builds it, every event kept) and (event, trigger token)."""
    from newsledger import nlp
    from newsledger.model import Article
    from newsledger.pipeline import build_record

    out = []
    with _all_events():
        for text, (doc, title) in zip(texts, nlp.parse_many_titled([(t, None) for t in texts])):
            record = build_record(Article(text=text, published=PUBLISHED), doc, title)
            found = [(e, _trigger_token(doc, e)) for e in record.events]
            out.append((record, [(e, t) for e, t in found if t is not None]))
    return out


def predict_extracted(items: list[tuple[Any, list[tuple[Any, Any]]]], min_confidence: float | None = None
                      ) -> list[list[tuple[str | None, set[tuple]]]]:
    from newsledger.extract.events import default_min_confidence

    threshold = default_min_confidence() if min_confidence is None else min_confidence
    out = []
    for record, all_found in items:
        found = [(e, t) for e, t in all_found if (e.confidence if e.confidence is not None else 1.0) >= threshold]
        if not found:
            out.append([(None, set())])
            continue
        main, main_tok = min(found, key=lambda et: (_depth(et[1]), et[1].i))
        preds, types = [], set()
        for e, tok in [(main, main_tok), *sorted(((e, t) for e, t in found if e is not main),
                                                   key=lambda et: et[1].i)]:
            if e.type in types or (e is not main and not _coordinated(tok, main_tok)):
                continue
            types.add(e.type)
            srcs, tgts = [_event_code(record, e, "source")], [_event_code(record, e, "target")]
            preds.append((e.type, {(s, e.type, t) for s in srcs for t in tgts}))
        out.append(preds)
    return out


def _trigger_token(doc, e):
    """The token of the event's trigger: the word `e.trigger` inside the event's sentence."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    toks = [t for t in (span if span is not None else doc) if t.text == e.trigger]
    return toks[0] if toks else None


def _depth(t) -> int:
    d = 0
    while t.head.i != t.i and d < 50:
        t, d = t.head, d + 1
    return d


def _coordinated(tok, main_tok) -> bool:
    """tok's verb is coordinated with the main trigger's (up to four conj links), as coder.coordinated_events."""
    t = tok
    for _ in range(4):
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head
        if t.i == main_tok.i:
            return True
    return False


def _event_code(record, e, side: str) -> str | None:
    """The country code the record's event carries for one side (Event.source_code / target_code: the coder's, as
    the coder path scores them), else its actor's code (an event built before those fields)."""
    code = getattr(e, f"{side}_code", None)
    return norm(code[:3]) if code else _actor_code(record, getattr(e, side))


def _actor_code(record, actor_id: str | None) -> str | None:
    a = record.actor(actor_id) if actor_id else None
    return norm((a.code or "")[:3] or None) if a is not None else None


def predict_coder(texts: list[str]) -> list[list[tuple[str | None, set[tuple]]]]:
    """Per text, the coder's events without the extraction path (code_sentence, coder-level actor codes, no
    confidence threshold): (type, triples) of the main event, then of the events coordinated with it."""
    from newsledger import nlp
    from newsledger.extract.eventcoding.actorcodes import event_codes, plover_main_type
    from newsledger.extract.eventcoding.coder import code_sentence, coordinated_events, main_event
    from newsledger.extract.quotes import speech_verbs

    out = []
    for doc in nlp.parse_many(texts):
        events = [e for s in doc.sents for e in code_sentence(s, speech_verbs())]
        events = [e for e in events if not (e.negated and not e.type == "REJECT")]
        ev = main_event(events)
        if ev is None:
            out.append([(None, set())])
            continue
        preds = []
        for e in coordinated_events(events, ev):
            typ = plover_main_type(e)
            srcs, tgts = event_codes(e)
            srcs, tgts = [norm(c) for c in srcs], [norm(c) for c in tgts]
            preds.append((typ, {(s, typ, t) for s in srcs for t in tgts}))
        out.append(preds)
    return out


def assign(records: list[dict[str, Any]], preds: list[list[tuple]]) -> tuple[list[tuple], int]:
    """One prediction per gold record: the records of one sentence (a sentence coded for several events appears
    once per event) take its predicted events one-to-one, a record of the same type first. Returns the assigned
    (type, triples) per record and the number of predicted events left unassigned (false positives)."""
    by_text: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        by_text.setdefault(r["text"], []).append(i)
    out: list[tuple] = [(None, set())] * len(records)
    extra = []
    for idxs in by_text.values():
        pool = list(preds[idxs[0]])
        for i in idxs:
            g = gold_type(records[i])
            k = next((j for j, p in enumerate(pool) if p[0] == g), 0 if pool else None)
            if k is not None:
                out[i] = pool.pop(k)
        extra += [p for p in pool if p[0] is not None]
    return out, extra


def score(records: list[dict[str, Any]], preds: list[list[tuple]]) -> dict[str, Any]:
    assigned, extra = assign(records, preds)
    gold = [gold_type(r) for r in records]
    types = sorted(set(gold))
    per_type = {}
    for t in types:
        tp = sum(1 for g, (p, _) in zip(gold, assigned) if g == t and p == t)
        n_pred = sum(1 for _, (p, _) in zip(gold, assigned) if p == t) + sum(1 for p, _ in extra if p == t)
        n_gold = sum(1 for g in gold if g == t)
        per_type[t] = round(prf(tp, n_pred, n_gold)[2], 3)
    macro = sum(per_type.values()) / len(per_type) if per_type else 0.0
    acc = sum(1 for g, (p, _) in zip(gold, assigned) if g == p) / len(gold) if gold else 0.0
    tp = n_pred = n_gold = 0
    for r, (_, triples) in zip(records, assigned):
        gt = gold_triples(r)
        tp += len(gt & triples)
        n_pred += len(triples)
        n_gold += len(gt)
    n_pred += sum(len(t) for _, t in extra)
    confusion = Counter((g, p) for g, (p, _) in zip(gold, assigned) if g != p)
    return {"macro_f1": round(macro, 4), "accuracy": round(acc, 4), "per_type": per_type,
            "triple": (tp, n_pred, n_gold), "confusion": confusion.most_common(12), "extra_events": len(extra)}


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    records = select(load(corpus), lambda r: str(r["id"]), split, limit)
    texts = [r["text"] for r in records]
    out = []
    items = extracted(texts)
    for name, preds in ((DATASET, predict_extracted(items)),
                        (f"{DATASET}:extract_all_confidence", predict_extracted(items, 0.0)),
                        (f"{DATASET}:coder_path", predict_coder(texts))):
        s = score(records, preds)
        tp, n_pred, n_gold = s["triple"]
        out += [Score(COMPONENT, name, "type_macro_f1", value=s["macro_f1"], n=len(records),
                      extra={"accuracy": s["accuracy"], "per_type": s["per_type"], "confusion": s["confusion"]}),
                prf_score(COMPONENT, f"{name}:triples", tp, n_pred, n_gold)]
    return out
