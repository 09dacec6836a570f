"""Quotes drawn at random from real articles, judged by hand where they were drawn: how precise the quotes table is
on the articles a reader meets (issue 18, round 37), beside PolNeAR's figures (quotes_polnear: politics news of
2016, whole annotated articles, which give recall; this set gives precision only).

The hand set (`newsledger/eval/annotations/quotes_sample/judged.tsv`, INSTRUCTIONS.md beside it) holds quote entries
drawn uniformly at random (seeded, `scripts/quotes_sample_draw.py`) from the records' `quotes` on the events sample's
pool (`events_sample.pool`, frozen in events_sample/pool.tsv), judged by PolNeAR's convention as newsledger's quotes
follow it. A row keeps the article id, the quote's offsets, its kind, speaker mention offsets and speaker actor's
name when drawn, and the labels: `attribution` (yes, no), `content` (exact, partial, wrong, -), `speaker` (right,
wrong, none, -) and the judge's reason; for rows read twice, `first` and `second` keep each judge's own labels
(`agreement`). No text.

A predicted quote is *judged* when a row has the same article and the same offsets (of two entries on one span, the
one with the row's speaker mention); a row whose offsets today's system no longer gives is `gone` when no prediction
overlaps it by 0.8 of the longer span, `changed` when one does (a boundary moved: its content label no longer holds;
left out). A judged quote whose speaker mention moved is left
out of the speaker figures and of the strict one (`speaker_moved`), and so is one whose mention stayed while its
actor's name changed (`actor_moved`: the speaker label was judged on that actor). Strict precision = attribution yes,
content exact, speaker right (or `-`: an attribution whose text names no source, given none) / judged; lenient =
attribution yes, content exact or partial / judged; speaker accuracy = right / attributions with a speaker label
(right, wrong, none); beside strict, the same without the quoted fragments PolNeAR's adapter folds into an indirect
quote of the same speaker (`precision_strict_folded`). Share produced = rows found with their offsets / rows.
Halves by `newsledger.eval.split` on `events_sample.split_id`.

`newsledger eval --component quotes --dataset sample` (opt-in: it extracts the pool).
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, agreement_kappa
from newsledger.eval.split import select
from newsledger.eval.suites.events_sample import pool, records, split_id  # the same pool, read the same way

COMPONENT = "quotes"
DATASET = "sample"
OPT_IN = True  # extracts about 260 articles: run only when named (`--dataset sample`)
FOLDER = Path(__file__).resolve().parents[1] / "annotations" / "quotes_sample"
JUDGED = FOLDER / "judged.tsv"
COLUMNS = ["article", "start", "end", "kind", "speaker_start", "speaker_end", "speaker_actor", "attribution", "content",
           "speaker", "reason", "first", "second"]
# `first`, `second`: each judge's own labels before adjudication as attribution/content/speaker ("yes/exact/right",
# "no/-/-"; the label columns hold the final ones), so the inter-judge agreement can be recomputed (`agreement`);
# empty for rows judged once.
LABELS = ("attribution", "content", "speaker")
ATTRIBUTION = {"yes", "no"}
CONTENT = {"exact", "partial", "wrong", "-"}
SPEAKER = {"right", "wrong", "none", "-"}
CHANGED = 0.8  # a prediction overlapping a row by this share of the longer span is the row's quote, moved


def _int(s: str | None) -> int | None:
    return int(s) if s not in (None, "", "-") else None


@dataclass(frozen=True)
class Judged:
    article: str
    start: int
    end: int
    kind: str  # the system's kind when drawn: direct, partial, indirect
    speaker_start: int | None
    speaker_end: int | None
    attribution: str  # yes, no
    content: str  # exact, partial, wrong, "-" (not an attribution)
    speaker: str  # right, wrong, none, "-"
    reason: str = ""
    speaker_actor: str = ""  # the name of the speaker's actor when drawn, the one the speaker label judged; "" for none

    @property
    def strict_right(self) -> bool:
        """An attribution with its whole content and its speaker right (or none named by the text)."""
        return self.attribution == "yes" and self.content == "exact" and self.speaker in {"right", "-"}


def _check(attribution: str, content: str, speaker: str, where: str) -> None:
    if attribution not in ATTRIBUTION or content not in CONTENT or speaker not in SPEAKER:
        raise ValueError(f"{where}: bad labels {attribution!r} {content!r} {speaker!r}")
    if (attribution == "yes") == (content == "-"):
        raise ValueError(f"{where}: an attribution needs a content label, a non-attribution none")
    if attribution == "no" and speaker != "-":
        raise ValueError(f"{where}: a non-attribution has no speaker label")


def reading(cell: str | None, where: str = "") -> tuple[str, str, str] | None:
    """One judge's own labels from a `first` or `second` cell ("yes/exact/right"); None when empty."""
    if not cell:
        return None
    parts = cell.split("/")
    if len(parts) != 3:
        raise ValueError(f"{where}: a reading is attribution/content/speaker, not {cell!r}")
    _check(*parts, where)
    return parts[0], parts[1], parts[2]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


def load(path: Path = JUDGED) -> list[Judged]:
    out = []
    for r in _rows(path):
        if not r["attribution"]:
            continue  # drawn, not judged yet
        where = f"{path.name} ({r['article']} {r['start']})"
        _check(r["attribution"], r["content"], r["speaker"], where)
        reading(r.get("first"), where)
        reading(r.get("second"), where)
        out.append(Judged(r["article"], int(r["start"]), int(r["end"]), r["kind"], _int(r["speaker_start"]),
                          _int(r["speaker_end"]), r["attribution"], r["content"], r["speaker"],
                          r.get("reason") or "", r.get("speaker_actor") or ""))
    return out


def _strict(labels: tuple[str, str, str]) -> str:
    return str(labels[0] == "yes" and labels[1] == "exact" and labels[2] in {"right", "-"})


def agreement(path: Path = JUDGED, split: str = "all") -> dict[str, Any]:
    """Raw agreement and Cohen's kappa of the two judges' own labels (`first`, `second`) over the rows read twice:
    per column (attribution, content, speaker) and on the strict outcome (attribution yes, content exact, speaker
    right or `-`)."""
    rows = select(_rows(path), lambda r: split_id(r["article"]), split)
    pairs = [(reading(r.get("first")), reading(r.get("second"))) for r in rows if r.get("first") and r.get("second")]
    out = {col: agreement_kappa([(a[k], b[k]) for a, b in pairs]) for k, col in enumerate(LABELS)}
    out["strict"] = agreement_kappa([(_strict(a), _strict(b)) for a, b in pairs])
    return out


def quotes(recs: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Every quote entry of the records, in record order, as (article, quote entry)."""
    return [(r["article"]["id"], q) for r in recs for q in r.get("quotes", [])]


def matches(article: str, q: dict[str, Any], j: Judged) -> bool:
    """Same article, same offsets."""
    return article == j.article and q["start"] == j.start and q["end"] == j.end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(inter, 0) / max(a[1] - a[0], b[1] - b[0], 1)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    if not n:
        return None
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return round(c - h, 3), round(c + h, 3)


def score(recs: list[dict[str, Any]], split: str = "check", judged: list[Judged] | None = None) -> dict[str, Any]:
    """Strict and lenient precision, speaker accuracy and the share of the draw still produced, over one half."""
    judged = select(judged if judged is not None else load(), lambda j: split_id(j.article), split)
    names = {(r["article"]["id"], a["id"]): a.get("name") or "" for r in recs for a in r.get("actors", [])}
    preds = select(quotes(recs), lambda m: split_id(m[0]), split)
    by_article: dict[str, list[dict[str, Any]]] = {}
    for aid, q in preds:
        by_article.setdefault(aid, []).append(q)
    found: dict[Judged, dict[str, Any]] = {}
    changed = 0
    for j in judged:
        here = by_article.get(j.article, [])
        same = [q for q in here if matches(j.article, q, j)]
        # two entries can share a span (a quote with its speech cue and its according-to cue, round 48): the row is
        # the one with its speaker mention when there is one, else the first
        mention = (j.speaker_start, j.speaker_end)
        hit = next((q for q in same if (q.get("speaker_start"), q.get("speaker_end")) == mention),
                   same[0] if same else None)
        if hit is not None:
            found[j] = hit
        elif any(_overlap((q["start"], q["end"]), (j.start, j.end)) >= CHANGED for q in here):
            changed += 1
    n = len(found)
    attributions = [j for j in found if j.attribution == "yes"]
    lenient = sum(j.content in {"exact", "partial"} for j in attributions)
    exact = sum(j.content == "exact" for j in attributions)

    def same_mention(j: Judged) -> bool:
        q = found[j]
        return (q.get("speaker_start"), q.get("speaker_end")) == (j.speaker_start, j.speaker_end)

    def same_speaker(j: Judged) -> bool:
        return same_mention(j) and names.get((j.article, found[j].get("speaker")), "") == j.speaker_actor

    moved = sum(not same_mention(j) for j in found)
    actor_moved = sum(same_mention(j) and not same_speaker(j) for j in found)
    strict_base = [j for j in found if same_speaker(j)]
    strict = sum(j.strict_right for j in strict_base)
    spk = [j for j in attributions if j.speaker in {"right", "wrong", "none"} and same_speaker(j)]
    spk_right = sum(j.speaker == "right" for j in spk)
    # PolNeAR's shape (quotes_polnear.fold): a quoted fragment inside an indirect quote of the same speaker is part of
    # that quote's content there, so the PolNeAR adapter drops it; the strict figure without such rows beside
    folded = {j for j, q in found.items() if q.get("kind") == "partial" and any(
        i.get("kind") == "indirect" and i["start"] <= q["start"] and q["end"] <= i["end"]
        and i.get("speaker") == q.get("speaker") for i in by_article.get(j.article, []))}
    unfolded = [j for j in strict_base if j not in folded]
    strict_unfolded = sum(j.strict_right for j in unfolded)

    def share(k: int, d: int) -> float | None:
        return round(k / d, 4) if d else None

    return {"predicted": len(preds), "judged_rows": len(judged), "judged_found": n,
            "share_produced": share(n, len(judged)), "changed": changed, "gone": len(judged) - n - changed,
            "attributions": len(attributions), "attribution_precision": share(len(attributions), n),
            "exact": exact, "lenient": lenient, "precision_lenient": share(lenient, n),
            "strict_n": len(strict_base), "strict": strict, "precision_strict": share(strict, len(strict_base)),
            "precision_strict_wilson": wilson(strict, len(strict_base)),
            "speaker_n": len(spk), "speaker_right": spk_right, "speaker_accuracy": share(spk_right, len(spk)),
            "speaker_moved": moved, "actor_moved": actor_moved, "folded": len(folded),
            "strict_n_folded": len(unfolded),
            "precision_strict_folded": share(strict_unfolded, len(unfolded)),
            "by_kind": {k: {"rows": sum(j.kind == k for j in found),
                            "strict": sum(j.kind == k and j.strict_right for j in strict_base)}
                        for k in ("direct", "partial", "indirect")}}


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    if not JUDGED.exists() or not (corpus / "dev" / "unlabelled").exists():
        return []
    ids = select(sorted(pool(corpus)), split_id, split, limit)
    s = score(records(corpus, ids), split)
    extra = {k: s[k] for k in ("predicted", "judged_rows", "judged_found", "changed", "gone", "attributions",
                               "attribution_precision", "exact", "lenient", "strict", "speaker_moved",
                               "actor_moved", "precision_strict_wilson", "folded", "precision_strict_folded")}
    return [Score(COMPONENT, DATASET, "precision_strict", precision=s["precision_strict"],
                  value=s["precision_strict"], n=s["strict_n"], split=split,
                  extra={**extra, "rule": "attribution yes, content exact, speaker right (hand-judged)"}),
            Score(COMPONENT, DATASET, "precision_lenient", precision=s["precision_lenient"],
                  value=s["precision_lenient"], n=s["judged_found"], split=split),
            Score(COMPONENT, DATASET, "speaker_accuracy", value=s["speaker_accuracy"], n=s["speaker_n"], split=split),
            Score(COMPONENT, DATASET, "share_produced", value=s["share_produced"], n=s["judged_rows"], split=split)]
