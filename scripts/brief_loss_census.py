"""Census of the brief's where and why losses by class (round 37, brief37; issue 14), for the pooled census of the
four tune halves (news and Giveme5W1H, tune-a and tune-b).

where: every scored article whose top where gets less than full credit (strict), by
- the top answer's source: the dateline, the title, an adjunct of the main verb (the place hangs on it or on its
  object or subject, `Where._attached`), another phrase of the main clause's sentence, another sentence, the text
  when the main clause is the title's ("main in title", lead sentence or later), none;
- what it answered instead: none; the gold place's phrase cut or extended (partial credit); the dateline's city
  when the gold names another place; a wider or narrower place (the gazetteer's country and first-order division
  of the largest entry each capitalized run of 1-3 words names); another place in the same or another country,
  or one the gazetteer does not hold;
- whether a candidate at rank 2-5 has full credit, and the word the top place hangs on (its preposition, or its
  dependency when it is no prepositional object).
why: every scored article whose top why gets less than full credit, by the mechanism of the top answer (the
  `Why` pattern or the causal marker that produced it) and its sentence, the gold's own opening marker (or
  "unmarked"), and the gold's sentence and cue (the marker before or at its start), and whether a candidate at
  rank 2-5 has full credit.

Item-level output (`-v`) is for tune-a only (CONTRIBUTING.md, measurement discipline); tune-b gives the tallies.
    PYTHONPATH=. python scripts/brief_loss_census.py where news tune-a -v
    PYTHONPATH=. python scripts/brief_loss_census.py why giveme5w1h tune-b
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from newsledger.eval.split import select
from newsledger.eval.suites import brief_giveme5w1h as bg
from newsledger.eval.suites import brief_news as bn
from newsledger.extract.brief import builder, why
from newsledger.extract.brief.where import _DATELINE
from newsledger.resolve import gazetteer

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CAPTURE: dict[str, dict[str, Any]] = {}  # article id -> what the hooks saw
MECHANISM: dict[tuple[str, int], str] = {}  # (source name, start char) -> the why pattern that found it
WHY_PATTERNS = ("_copula_cause", "_cause_word", "_for_doing", "_for_reason", "_attempt_purpose", "_object_purpose",
                "_blame_cause", "_by_doing", "_agent_cause", "_as_circumstance", "_feeling_cause", "_clause_purpose")
GOLD_MARKERS = ("because of", "because", "due to", "as a result of", "in order to", "in response to", "so that",
                "after", "following", "amid", "to", "for", "over", "as", "since", "saying")
CUES = {"because", "after", "following", "amid", "over", "for", "to", "as", "since", "due", "despite", "on",
        "saying", "from", "with", "in"}


# -- where ------------------------------------------------------------------------------------------------------

def _span(bld, cand):
    doc = bld.title.doc if cand.get("in") == "title" and bld.title is not None else bld.doc
    return doc.char_span(cand["start"], cand["end"], alignment_mode="expand")


def where_source(bld, main, cand) -> str:
    if cand is None:
        return "none"
    if cand.get("in") == "title":
        return "title"
    m = _DATELINE.search(bld.record.article.text[:400])
    if m and cand["start"] == m.start("name"):
        return "dateline"
    span = _span(bld, cand)
    if span is None or main is None:
        return "text, no parse or no main clause"
    if main.src is not bld.text:
        return "text, main in title: " + ("lead sentence" if span.sent.start == 0 else "later sentence")
    if bld._attached(span[-1:], main, bld.text) or bld._attached(span, main, bld.text):
        return "adjunct of the main verb"
    sent = main.verb.sent
    return "another phrase of the main sentence" if sent.start <= span.start and span.end <= sent.end \
        else "another sentence"


def where_head(bld, cand) -> str:
    """The preposition the top place hangs on, or its dependency."""
    span = _span(bld, cand)
    if span is None:
        return "?"
    if span[0].pos_ == "ADP":
        return span[0].lower_
    root = span.root
    while root.dep_ in {"compound", "conj", "appos", "amod", "nmod"} and root.head != root:
        root = root.head
    if root.dep_ == "pobj":
        return root.head.lower_
    return "dep " + root.dep_


def _places_in(text: str) -> list:
    """The gazetteer's largest entry for each capitalized run of 1-3 words of a text."""
    gz = gazetteer.get()
    words = re.findall(r"[A-Za-z][\w.'-]*", text)
    out = []
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            if all(w[:1].isupper() for w in run) and run[0] not in {"The", "In", "At", "On"}:
                hits = gz.lookup(" ".join(run))
                if hits:
                    out.append(max(hits, key=lambda e: e.population))
    return out


def _contains(wide, fine) -> bool:
    if wide.name == fine.name:
        return False
    if wide.kind == "country":
        return fine.kind != "country" and fine.country == wide.country
    return wide.kind == "admin1" and fine.kind in {"admin2", "city"} and (fine.country, fine.admin1) == (
        wide.country, wide.admin1)


def where_instead(grade: float, top: str | None, golds: list[str], source: str) -> str:
    if top is None:
        return "none"
    if grade == 0.5:
        low = top.lower()
        if any(low in g.lower() for g in golds):
            return "partial: the phrase cut (inside the gold)"
        if any(g.lower() in low for g in golds):
            return "partial: the phrase extended (holds the gold)"
        return "partial: overlapping"
    if source == "dateline":
        return "the dateline's city, the event elsewhere"
    answer, gold = _places_in(top), [e for g in golds for e in _places_in(g)]
    if not answer or not gold:
        return "another place, the " + ("answer" if not answer else "gold") + " not in the gazetteer"
    if any(_contains(a, g) for a in answer for g in gold):
        return "a wider place"
    if any(_contains(g, a) for a in answer for g in gold):
        return "a narrower place"
    return "another place, " + ("same" if any(a.country == g.country for a in answer for g in gold) else "other") \
        + " country"


def _hook_where(self, main):
    out = _WHERE(self, main)
    cap = CAPTURE.setdefault(self.record.article.id, {})
    cap["where"] = [(c["text"], where_source(self, main, c)) for c in out]
    cap["where_source"] = where_source(self, main, out[0] if out else None)
    cap["where_head"] = where_head(self, out[0]) if out else "none"
    return out


# -- why --------------------------------------------------------------------------------------------------------

def _hook_pattern(name: str):
    found_by = getattr(why.Why, name)

    def hooked(self, src, tok):
        found = found_by(self, src, tok)
        if found:
            MECHANISM[(src.name, src.doc[found[0][0]:found[0][1]].start_char)] = name[1:]
        return found
    return hooked


def _hook_marked(self, src, rank, sent, min_strength=0.0):
    out = _MARKED(self, src, rank, sent, min_strength)
    for c in out:
        MECHANISM.setdefault((src.name, c["start"]), "marker" if rank <= 4 else "later-sentence marker")
    return out


def why_source(bld, cand) -> str:
    src = "title" if cand.get("in") == "title" else "text"
    span = _span(bld, cand)
    where = src if span is None or src == "title" else \
        "sentence " + str(min(3, sum(1 for s in bld.doc.sents if s.end <= span.start)))
    mechanism = MECHANISM.get((src, cand["start"]), "?")
    if mechanism.endswith("marker") and span is not None and span.start > 0:  # the marker's last word: "after",
        mechanism += " " + span.doc[span.start - 1].lower_  # "following", "of" ("because of"), "to" ("due to")
    return f"{mechanism}, {where}"


def _hook_why(self, main):
    MECHANISM.clear()
    out = _WHY(self, main)
    cap = CAPTURE.setdefault(self.record.article.id, {})
    cap["why"] = [(c["text"], why_source(self, c)) for c in out]
    cap["docs"] = (self.doc, self.title.doc if self.title is not None else None)
    return out


def gold_marker(text: str) -> str:
    low = text.lower().strip()
    return next((m for m in GOLD_MARKERS if low.startswith(m + " ")), "unmarked")


def gold_place(docs, gold: str) -> str:
    """The gold why's sentence (title, sentence 0-4, 5+) and its cue: a causal word right before it or opening it."""
    doc, title = docs
    if title is not None and gold in title.text:
        return "title"
    at = doc.text.find(gold) if doc is not None else -1
    span = doc.char_span(at, at + len(gold), alignment_mode="expand") if at >= 0 else None
    if span is None:
        return "not found in the text"
    k = sum(1 for s in doc.sents if s.end <= span.start)
    before = [doc[span.start - 1].lower_] if span.start > 0 else []
    cue = next((w for w in before + [t.lower_ for t in span[:2]] if w in CUES), "no cue")
    return f"sentence {min(k, 5)}{'+' if k >= 5 else ''}, cue {cue}"


_WHERE, _WHY, _MARKED = builder.BriefBuilder.where, builder.BriefBuilder.why, why.Why._marked_causes


def install_hooks() -> None:
    for name in WHY_PATTERNS:
        setattr(why.Why, name, _hook_pattern(name))
    why.Why._marked_causes = _hook_marked
    builder.BriefBuilder.where, builder.BriefBuilder.why = _hook_where, _hook_why


# -- tallies ----------------------------------------------------------------------------------------------------

def _golds(item, q: str) -> list[str]:
    chosen = [p["text"] for p in item.answers[q] if p.get("count", 0) >= 1]
    return chosen or [p["text"] for p in item.answers[q]]


def _right_rank(item, q: str, cands: list[tuple[str, str]]) -> str:
    for k, (text, source) in enumerate(cands[1:5], 2):
        if bg.grade(text, item.answers[q]) == 1.0:
            return f"full credit at rank {k} ({source})"
    return "no full-credit candidate at ranks 2-5"


def _what_grade(row: dict[str, Any]) -> str:
    """Whether the brief took the main event the gold takes: a place or cause of another event follows a wrong what."""
    if "what" not in row:
        return "what unscored"
    return {1.0: "what full", 0.5: "what partial"}.get(row["what"], "what zero")


def tally(q: str, item, row: dict[str, Any], cap: dict[str, Any], out: dict[str, Counter], verbose: bool) -> None:
    top, cands = row.get(q + "_top"), cap.get(q, [])
    first = cands[0][1] if cands else "none"
    if not item.answers.get(q):
        out["gold none"]["answered by " + first if top is not None else "none given"] += 1
        return
    grade, golds = row[q], _golds(item, q)
    out["scored"]["full" if grade >= 1 else "lost"] += 1
    if q == "where":
        out["top hangs on (full / lost)"][("full: " if grade >= 1 else "lost: ") + cap.get("where_head", "?")] += 1
    if grade >= 1:
        out["full by"][first] += 1
        return
    lost = 1 - grade
    if q == "where":
        classes = {"source": cap.get("where_source", "?"),
                   "instead": where_instead(grade, top, golds, cap.get("where_source", ""))}
    else:
        classes = {"source": first, "gold marker": "+".join(sorted({gold_marker(g) for g in golds})),
                   "gold sentence and cue": gold_place(cap["docs"], golds[0]) if "docs" in cap else "?"}
    classes["right answer lower"] = _right_rank(item, q, cands)
    classes["the what's grade"] = _what_grade(row)
    for key, cls in classes.items():
        out[key + " (items)"][cls] += 1
        out[key + " (points lost)"][cls] += lost
    if q == "where":
        out["source | instead (items)"][classes["source"] + " | " + classes["instead"]] += 1
    if verbose:
        print(q, item.name, grade, "|", " | ".join(classes.values()), "|", repr(top), golds[:3], cands[:4])


def main(q: str, dataset: str, split: str, verbose: bool) -> None:
    install_hooks()
    items = bn.load(CORPUS) if dataset == "news" else bg.load(CORPUS)
    items = select(items, lambda it: it.name, split)
    out: dict[str, Counter] = defaultdict(Counter)
    for item, brief in zip(items, bg.predict(items)):
        tally(q, item, bg.score_item(item, brief), CAPTURE.get(item.article.id, {}), out, verbose)
    print(f"== {q} {dataset} {split}: {len(items)} items")
    print(json.dumps({k: dict(sorted(v.items())) for k, v in sorted(out.items())}, indent=1))


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in {"where", "why"}:
        sys.exit(__doc__)
    if "-v" in sys.argv[4:] and sys.argv[3] != "tune-a":
        sys.exit("item lines (-v) are for tune-a only")
    main(sys.argv[1], sys.argv[2], sys.argv[3], "-v" in sys.argv[4:])
