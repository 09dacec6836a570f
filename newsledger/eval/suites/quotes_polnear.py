"""Quotes on PolNeAR (dev split): every attribution's Content span against the predicted quotes.

- Texts annotated by several annotators are scored once (the first annotation file by name).
- Headline, the strict rule attribution tools are judged by when boundaries matter: a predicted quote matches
  a gold content when their character spans overlap by at least 0.8 of the longer span (the outer span: first
  character to last, for a gold content in pieces and for a quote interrupted by its cue alike). No
  containment: a three-word fragment inside a forty-word content is not a find.
- Beside it, never instead, `extra["containment"]`: the corpus README's lenient rule (a predicted quote matches
  when one contains the other as a contiguous run of word tokens, so "she has pneumonia" is in "that she has
  pneumonia" but "he" is not in "the", or their token overlap is at least 0.8, metrics.token_overlap; both
  spans must also overlap in the text). Matching is one-to-one, best overlap first.
- Speaker accuracy is over matched quotes whose gold attribution has a Source: right when the predicted
  speaker mention overlaps the gold Source span, or the predicted actor's name or the predicted mention
  matches the Source text (same normalized text, or the same last word of the name heading it: "Clinton" /
  "Hillary Clinton", "McCaskill" / "Sen. Claire McCaskill (D-Mo.)"). A
  Source that is a relative pronoun ("Will Smith, who joked") stands for its antecedent: right when the
  predicted mention ends where the antecedent does, or the predicted name ends with the antecedent's last word
  (or with the last word of the name before the antecedent's apposition: "Harlan Crow, a Texas developer, who").
- PolNeAR annotates one attribution where the record keeps two views: a quoted fragment inside reported
  speech by the same speaker is part of the indirect quote's content, so the adapter drops such fragments
  before matching (`fold`). A direct quote interrupted by its cue is one quote with its `pieces` in the
  record already; `fold` still joins two pieces the extractor left apart (same speaker mention, one
  paragraph). `extra["raw"]` has the unfolded strict figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsledger.eval.metrics import Score, greedy_pairs, normalize, prf_score, token_overlap, tokens
from newsledger.eval.split import select
from newsledger.model import Article, Quote, Record

COMPONENT = "quotes"
DATASET = "polnear-dev"
THRESHOLD = 0.8


@dataclass
class GoldAttr:
    content: str
    spans: list[tuple[int, int]]
    sources: list[tuple[int, int]]
    source_text: str | None
    cue_text: str | None = None
    cues: list[tuple[int, int]] | None = None  # the Cue span's pieces (the miss census reads the cue's words)


def polnear_dir(corpus: Path, split: str = "dev") -> Path:
    return corpus / "dev" / "polnear" / "data" / split


def _spans(field: str) -> list[tuple[int, int]]:
    out = []
    for part in field.split(";"):
        a, b = part.split()[-2:]
        out.append((int(a), int(b)))
    return out


def load(corpus: Path, split: str = "dev", limit: int | None = None) -> list[tuple[str, str, list[GoldAttr]]]:
    """(name, text, gold attributions) per text, each text once."""
    base = polnear_dir(corpus, split)
    by_text: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        by_text.setdefault(name, ann)
    out = []
    for name, ann in sorted(by_text.items())[:limit]:
        text = (base / "text" / f"{name}.txt").read_text(encoding="utf-8")
        spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        rels = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 2:
                label = parts[1].split()[0]
                spans[parts[0]] = (label, _spans(parts[1][len(label):]))
            elif line.startswith("E") and len(parts) >= 2:
                rels.append(dict(a.split(":", 1) for a in parts[1].split()))
        attrs = []
        for rel in rels:
            content = spans.get(rel.get("Content", ""))
            if content is None:
                continue
            src = spans.get(rel.get("Source", ""))
            sources = src[1] if src else []
            parts = sorted(content[1])  # a few discontinuous contents list their pieces out of text order
            cue = spans.get(rel.get("Cue", ""))
            attrs.append(GoldAttr(" ".join(text[a:b] for a, b in parts), parts, sources,
                                  " ".join(text[a:b] for a, b in sources) if sources else None,
                                  " ".join(text[a:b] for a, b in cue[1]) if cue else None,
                                  sorted(cue[1]) if cue else None))
        out.append((name, text, attrs))
    return out


def records(texts: list[str]) -> list[Record]:
    """Records with the parts quotes depend on (entities, actors, times, quotes)."""
    from newsledger import nlp
    from newsledger.extract import actors, quotes, times

    out = []
    for text, doc in zip(texts, nlp.parse_many(texts)):
        rec = Record(article=Article(text=text))
        actors.extract(doc, rec)
        rec.times = times.extract(doc, rec)
        rec.quotes = quotes.extract(doc, rec)
        out.append(rec)
    return out


def fold(quotes: list[Quote], text: str) -> list[Quote]:
    """PolNeAR's shape: drop quoted fragments inside an indirect quote of the same speaker (part of its
    content there)."""
    indirect = [q for q in quotes if q.kind == "indirect"]
    return [q for q in quotes if not (q.kind == "partial" and any(
        i.start <= q.start and q.end <= i.end and i.speaker == q.speaker for i in indirect))]


MARKS = set('"\u201c\u201d\u2018\u2019\u00ab\u00bb\'')


def scored_span(q: Quote, text: str) -> tuple[int, int]:
    """A quote's outer span as PolNeAR counts it: with the quotation marks around it (the record's direct and
    partial quotes start and end inside them)."""
    start, end = q.start, q.end
    if q.kind in {"direct", "partial"}:
        while start > 0 and text[start - 1] in MARKS and start > q.start - 2:
            start -= 1
        while end < len(text) and text[end] in MARKS and end < q.end + 2:
            end += 1
    return start, end


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return 0 < n <= len(long) and any(long[i:i + n] == short for i in range(len(long) - n + 1))


def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters two spans share, relative to the longer span."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(inter, 0) / max(a[1] - a[0], b[1] - b[0], 1)


def _outer(g: GoldAttr) -> tuple[int, int]:
    return g.spans[0][0], max(b for _, b in g.spans)


def match(pred: list[Quote], gold: list[GoldAttr], rule: str = "strict", text: str = ""
          ) -> list[tuple[GoldAttr, Quote]]:
    """One-to-one pairs, best overlap first. rule "strict": character spans overlap >= THRESHOLD of the
    longer; "containment": the corpus README's token rule (containment or token overlap >= THRESHOLD)."""
    pairs = []
    for gi, g in enumerate(gold):
        gspan = _outer(g)
        gt = tokens(g.content) if rule == "containment" else []
        for pi, p in enumerate(pred):
            if p.end <= gspan[0] - 1 or p.start >= gspan[1] + 1:
                continue
            if rule == "strict":
                ov = span_overlap(scored_span(p, text), gspan)
                if ov >= THRESHOLD:
                    pairs.append((ov, gi, pi))
                continue
            ov = token_overlap(p.text, g.content)
            if ov >= THRESHOLD or _contains(tokens(p.text), gt) or _contains(gt, tokens(p.text)):
                pairs.append((ov, gi, pi))
    return [(gold[gi], pred[pi]) for gi, pi in greedy_pairs(pairs)]


def _last(s: str) -> str:
    words = re.findall(r"\w+", normalize(s))
    return words[-1] if words else ""


RELATIVE = {"who", "which", "that", "whom"}


def _antecedent(g: GoldAttr, text: str) -> tuple[int, str] | None:
    """For a Source that is a relative pronoun ("Will Smith, who joked ..."): where its antecedent ends and the
    antecedent's words (up to the clause boundary before it)."""
    if normalize(g.source_text or "") not in RELATIVE or not g.sources:
        return None
    a = g.sources[0][0]
    before = text[max(0, a - 80):a].rstrip(" ,")
    head = re.split(r"[.;:!?\n\u2014(]|--", before)[-1].strip()
    return a - (len(text[max(0, a - 80):a]) - len(before)), head


def speaker_right(g: GoldAttr, q: Quote, rec: Record, text: str = "") -> bool:
    if q.speaker_start is not None and any(q.speaker_start < b and a < q.speaker_end for a, b in g.sources):
        return True
    names = [q.speaker_text or ""]
    actor = rec.actor(q.speaker)
    if actor is not None:
        names += [actor.name, *actor.aliases]
    ante = _antecedent(g, text) if text else None
    if ante is not None:
        # the relative pronoun stands for its antecedent: right when the predicted mention ends there, or the
        # predicted actor's name ends with the antecedent's last word; an antecedent with an apposition ("Harlan
        # Crow, a Texas developer, who had supported") is the name before it as much as the apposition
        if q.speaker_end is not None and q.speaker_end == ante[0]:
            return True
        parts = re.split(r",\s+", ante[1])
        lasts = {_last(parts[-1])}
        if len(parts) > 1 and re.match(r"(?:a|an|the|[a-z])", parts[-1]):
            lasts.add(_last(parts[-2]))
        lasts.discard("")
        return any(_last(normalize(n)) in lasts for n in names if n)
    gold = normalize(g.source_text or "")
    # the name heading the Source, before an apposition or a party label: "Sen. Claire McCaskill (D-Mo.)"
    gl = _last(re.split(r"[,(]", gold)[0])
    for n in names:
        n = normalize(n)
        if n and (n == gold or (gl and _last(n) == gl and gl not in {"he", "she", "they", "it", "i", "we"})):
            return True
    return False


def evaluate(docs, recs, do_fold: bool = True, rule: str = "strict") -> dict:
    tp = n_pred = n_gold = spk_n = spk_right = 0
    for (_, text, gold), rec in zip(docs, recs):
        pred = fold(rec.quotes, text) if do_fold else rec.quotes
        pairs = match(pred, gold, rule, text)
        tp += len(pairs)
        n_pred += len(pred)
        n_gold += len(gold)
        for g, q in pairs:
            if g.sources:
                spk_n += 1
                spk_right += speaker_right(g, q, rec, text)
    return {"tp": tp, "n_pred": n_pred, "n_gold": n_gold, "spk_n": spk_n, "spk_right": spk_right}


def _figures(r: dict) -> dict:
    p = prf_score(COMPONENT, DATASET, r["tp"], r["n_pred"], r["n_gold"])
    return {"precision": p.precision, "recall": p.recall, "f1": p.f1,
            "speaker_accuracy": round(r["spk_right"] / r["spk_n"], 4) if r["spk_n"] else None}


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    docs = select(load(corpus, "dev"), lambda d: d[0], split, limit)
    recs = records([t for _, t, _ in docs])
    strict = evaluate(docs, recs)
    lenient = evaluate(docs, recs, rule="containment")
    raw = evaluate(docs, recs, do_fold=False)
    return [
        prf_score(COMPONENT, DATASET, strict["tp"], strict["n_pred"], strict["n_gold"], texts=len(docs),
                  rule="strict: character spans overlap >= 0.8 of the longer", threshold=THRESHOLD,
                  containment=_figures(lenient), raw=_figures(raw)),
        Score(COMPONENT, DATASET, "speaker_accuracy",
              value=round(strict["spk_right"] / strict["spk_n"], 4) if strict["spk_n"] else None,
              n=strict["spk_n"], extra={"right": strict["spk_right"], "rule": "strict",
                                        "containment": _figures(lenient)["speaker_accuracy"]}),
    ]
