"""A secondary, development figure (dataset "templated"): the headline contradiction figure is the hand-annotated
real pair set (contradictions_guardian). Most claim sentences here are templates written in the vocabulary of
the claim-topic table, so this set measures the rules on the sentences they were written for.

Cross-article contradictions on article pairs built at eval time from the corpus (no corpus text is copied into
the repository; `scripts/build_contradiction_pairs.py` lists the pairs). Every pair is two short "articles" given to
`cross_article`; a pair is *reported* when it returns any contradiction for it.

Where the texts come from:
- REAL: casualty-figure excerpts (the sentence with a figure plus the sentence before it, where the place usually
  is) from the dated Guardian Syria reports (../shared/corpus/dev/unlabelled) and from the giveme5w1h articles
  (../shared/corpus/dev/giveme5w1h); claim excerpts ("X said its forces had captured/seized/taken control of ...",
  with the sentence before) from the Guardian reports.
- EDITED (real text, one figure changed): the figure variants below.
- TEMPLATED (sentences written for this suite, in `CLAIMS`, `DENIALS`, `CONFIRMS`, `RESTATES`, `PERSON`,
  `OWN_SIDE`, `UNCONFIRMED`, `OTHER_ACTION`):
  every templated claim, and every denial, confirmation, restatement and other-action side. Their place names are
  the places the extractor found in the real figure excerpts above (harvested at eval time); the actor names are
  the templates' own (armed groups and monitors of the Syrian war, none of the reference article's).

Pair kinds (label in brackets):
- figures, exact base (a real excerpt with an exact figure N):
  same [agree] the excerpt vs itself with a closing sentence added; bound [agree] vs "at least N";
  +1 [disagree] vs N+1 (the "169 vs 170" case); x2 [disagree] vs 2N+3; unrelated [agree] vs the next base's
  excerpt given the same date (another event).
- figures, lower-bound base (a real excerpt saying "at least N", "more than N", ...):
  lb-higher [agree] vs exactly N+3 (a lower bound agrees with a higher figure); lb-equal [agree] vs exactly N
  ("at least N" holds it; "more than N" bases are left out of this kind); lb-lower [disagree] vs exactly N//2.
- claims (a templated claim "C said its forces captured P", or a real Guardian claim excerpt about P):
  denial [disagree] a rival denies P fell / calls the claim false / rejects reports (templates rotate);
  confirm [agree] a monitor confirms C took P; restate [agree] C's side says it again in other words;
  other-place [agree] the same denial about another place Q, same date; later [agree] the same denial
  `claims.TOPIC_WINDOW_DAYS` + 15 days later (outside the topic claims' date window); other-action [agree] the
  rival denies another action (shelling) in P;
  person-capture [agree] a capture of people near P (denied, or claimed by the rival); own-side [agree] C's own
  side denies that P was lost again; unconfirmed [agree] a monitor cannot confirm who holds P.

Precision: reported pairs that are disagree pairs / reported pairs (target >= 0.8); recall: disagree pairs
reported / disagree pairs. Scored overall and per family (figures exact, figures lower bound, claims), with each
kind's reported/total."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

from newsledger.eval.metrics import Score, prf_score
from newsledger.eval.split import select
from newsledger.extract.claims import TOPIC_WINDOW_DAYS

COMPONENT = "contradictions"
DATASET = "templated"
FIGURE = re.compile(r"\b(?P<bound>(?:at least|more than|over|at least some)\s+)?(\d{1,3}(?:,\d{3})*|\d+)\s+"
                    r"(?:\w+\s+){0,3}?(?:were|have been|had been|was)?\s*(?:killed|dead|died|wounded|injured)\b",
                    re.I)
CLAIM = re.compile(r"\b(?:said|says|announced|claimed)\b.{0,80}\b(?:captured|seized|taken control|took control|"
                   r"taken over|recaptured|overran)\b", re.I)
GUARDIAN = Path("dev") / "unlabelled" / "Guardian_SDF_sample.csv"
GIVEME = Path("dev") / "giveme5w1h" / "data"
SPLIT = re.compile(r"(?<=[.!?\u201d])\s+(?=[A-Z\u201c])")

# -- templated sides (written for this suite) ---------------------------------------------------------
# (claimant, rival who denies, monitor who confirms)
SIDES = [("The Syrian Democratic Forces", "Islamic State", "The Syrian Observatory for Human Rights"),
         ("The Syrian army", "The rebel coalition", "Local officials"),
         ("Turkish-backed rebels", "Kurdish commanders", "The Syrian Observatory for Human Rights"),
         ("Islamic State", "The Iraqi army", "Residents")]
CLAIMS = ["{c} said on {day} that its fighters had captured {p} after days of heavy fighting.",
          "{c} announced on {day} that it had seized {p}.",
          "A spokesman for {c} said its forces had taken control of {p} on {day}."]
DENIALS = ["{z} denied that {p} had fallen, saying its fighters were still defending the town.",
           "A spokesman for {z} said the claim that {p} had been captured was false.",
           "{z} rejected reports that {c_lower} had seized {p}.",
           "{z} said {p} had not fallen and that fighting was continuing.",
           "{z} denied withdrawing from {p} and said its fighters were holding their positions."]
CONFIRMS = ["{w} confirmed on {day} that {c_lower} had taken control of {p}.",
            "{w} said {c_lower} had captured {p} on {day}."]
RESTATES = ["A commander of {c_lower} said on {day} that the group was now in control of {p}.",
            "{c} said its flag had been raised over {p} after the town was seized on {day}."]
PERSON = ["{z} denied that its commander had been captured near {p}.",
          "{z} said its fighters had captured three soldiers of {c_lower} near {p}."]
OWN_SIDE = ["{c} denied reports that {p} had fallen back to {z_lower}.",
            "A spokesman for {c} rejected claims that its fighters had withdrawn from {p}."]
UNCONFIRMED = ["{w} said it could not yet confirm whether {p} had been captured.",
               "{w} said it was unclear who was in control of {p} on {day}."]
OTHER_ACTION = ["{z} denied that its fighters had shelled civilians in {p}.",
                "{z} denied reports that it had used chemical weapons near {p}."]
CLAIM_BASES = 20  # templated claims, at least (one per harvested place)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _paragraphs(text: str) -> list[str]:
    # the texts come without paragraph breaks: sentences stand in for paragraphs
    return [p.strip() for p in SPLIT.split(text) if p.strip()]


def _texts(corpus: Path) -> list[tuple[str, str, str]]:
    """(id, date, text) of the Guardian reports and the giveme5w1h articles."""
    out = []
    if (corpus / GUARDIAN).exists():
        csv.field_size_limit(sys.maxsize)
        with open(corpus / GUARDIAN, encoding="utf-8") as fh:
            for row_i, row in enumerate(csv.DictReader(fh)):
                out.append((f"g{row_i}", row["date"][:10], row["text"]))
    if (corpus / GIVEME).is_dir():
        for f in sorted((corpus / GIVEME).glob("*.json")):
            d = json.loads(f.read_text(encoding="utf-8"))
            text = " ".join(x for x in (d.get("description"), d.get("text")) if x)
            if text and d.get("date_publish"):
                out.append((f"w{d['dId'][:8]}", d["date_publish"][:10], text))
    return out


def excerpts(corpus: Path) -> list[dict[str, Any]]:
    """One excerpt per article with a casualty figure: the paragraph with it and the one before, the figure's
    offsets (with its bound words for a lower bound), its value and the date. Exact figures first in an article;
    an article gives a lower-bound excerpt only when it has no exact one."""
    out = []
    for aid, date, text in _texts(corpus):
        paras = _paragraphs(text)
        found = []
        for k, p in enumerate(paras):
            if len(p) > 700:
                continue
            for m in FIGURE.finditer(p):
                value = int(m.group(2).replace(",", ""))
                if value < 2 or 1900 <= value <= 2100:
                    continue
                prev = paras[k - 1] if k > 0 and len(paras[k - 1]) < 700 else ""
                text2 = (prev + " " + p) if prev else p
                base = len(prev) + 1 if prev else 0
                bound = (m.group("bound") or "").strip().lower()
                s = base + (m.start("bound") if bound else m.start(2))
                found.append({"id": aid, "text": text2, "start": s, "end": base + m.end(2), "value": value,
                              "bound": bound, "date": date})
                break
        exact = [f for f in found if not f["bound"]]
        if exact:
            out.append(exact[0])
        elif found:
            out.append(found[0])
    return out


def claim_excerpts(corpus: Path) -> list[dict[str, Any]]:
    """Guardian sentences where a speaker says a side captured, seized or took control of something, with the
    sentence before (the place is often named there)."""
    out = []
    for aid, date, text in _texts(corpus):
        if not aid.startswith("g"):
            continue
        paras = _paragraphs(text)
        for k, p in enumerate(paras):
            if len(p) < 400 and CLAIM.search(p) and not re.search(r"\b(?:captured|seized) (?:by|in)\b", p):
                prev = paras[k - 1] if k > 0 and len(paras[k - 1]) < 400 else ""
                out.append({"id": aid, "text": (prev + " " + p).strip(), "date": date})
                break
    return out


def variant(base: dict[str, Any], new: str) -> str:
    return base["text"][:base["start"]] + new + base["text"][base["end"]:]


OUTSIDE_WINDOW = TOPIC_WINDOW_DAYS + 15  # days after a claim: a denial then is about another phase of the war


def _later(d: str, days: int) -> str:
    return (dt.date.fromisoformat(d) + dt.timedelta(days=days)).isoformat()


def _lower(actor: str) -> str:
    return actor[0].lower() + actor[1:] if actor.startswith("The ") else actor


def _fill(template: str, c: str, z: str, w: str, p: str, day: str) -> str:
    return template.format(c=c, z=z, w=w, p=p, day=day, c_lower=_lower(c), z_lower=_lower(z))


def _good_place(p: dict[str, Any]) -> bool:
    return p.get("kind") not in {"country", "continent", "region"} and p["text"][:1].isupper() and \
        len(p["text"]) > 3 and p.get("lat") is not None


def build_pairs(corpus: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Pairs with their label, kind and family; `a` and `b` are extracted records. `limit` caps the bases per
    family (figure excerpts with an exact figure, with a lower bound, claims)."""
    limit = limit or 12
    exact, lower, places = _figure_bases(corpus, limit)
    pairs = _figure_pairs(exact, lower)
    pairs += _claim_pairs(_claim_bases(corpus, places, limit), places)
    for p in pairs:
        bid, text, d = p["b"]
        p["b"] = _record(bid, text, d)
    return pairs


def _record(aid: str, text: str, date: str) -> dict[str, Any]:
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    return extract_record(Article(text=text, id=aid, published=date)).to_dict()


def _pair(label: str, kind: str, family: str, a: dict[str, Any], b: tuple[str, str, str],
          **extra: Any) -> dict[str, Any]:
    """A pair whose second side is still (id, text, date), extracted at the end."""
    return {"label": label, "type": kind, "family": family, "a": a, "b": b, **extra}


def _figure_bases(corpus: Path, limit: int) -> tuple[list, list, list[str]]:
    """Figure excerpts the extractor reads as a casualty figure with a place (only those can test the
    cross-article rule), exact and lower bounds apart, up to `limit` each; and the places their records name
    (the claim templates' places)."""
    from newsledger.extract.claims import claims_of

    exact, lower = [], []
    places: list[str] = []
    for ex in excerpts(corpus):
        pool = lower if ex["bound"] else exact
        if len(pool) >= limit:
            if len(exact) >= limit and len(lower) >= limit:
                break
            continue
        r = _record(ex["id"], ex["text"], ex["date"])
        for p in r.get("places", []):
            if _good_place(p) and p["text"] not in places and "'" not in p["text"] and "\u2019" not in p["text"]:
                places.append(p["text"])
        figs = [c for c in claims_of(r) if c.topic.startswith("figure:") and c.place and c.value == ex["value"]
                and c.approximate == bool(ex["bound"])]
        if figs:
            pool.append((ex, r))
    return exact, lower, places


def _figure_pairs(exact: list, lower: list) -> list[dict[str, Any]]:
    """Each exact figure: the same text, a lower bound, +1, doubled, and an unrelated excerpt of the same date;
    each lower bound: higher, equal ("at least" only) and lower figures."""
    pairs = []
    for i, (ex, r) in enumerate(exact):
        n, d, rid = ex["value"], ex["date"], ex["id"]
        pairs.append(_pair("agree", "same", "figures", r, (rid + "-same", ex["text"] + "\n\nFurther details were "
                                                           "not immediately available.", d)))
        pairs.append(_pair("agree", "bound", "figures", r, (rid + "-bound", variant(ex, f"at least {n}"), d)))
        pairs.append(_pair("disagree", "+1", "figures", r, (rid + "-plus1", variant(ex, str(n + 1)), d)))
        pairs.append(_pair("disagree", "x2", "figures", r, (rid + "-double", variant(ex, str(2 * n + 3)), d)))
        if len(exact) > 1:
            ex2, _ = exact[(i + 1) % len(exact)]
            pairs.append(_pair("agree", "unrelated", "figures", r, (f"{ex2['id']}-samedate", ex2["text"], d)))
    for ex, r in lower:
        n, d, rid = ex["value"], ex["date"], ex["id"]
        pairs.append(_pair("agree", "lb-higher", "figures-bound", r, (rid + "-higher", variant(ex, str(n + 3)), d)))
        if ex["bound"] == "at least":
            pairs.append(_pair("agree", "lb-equal", "figures-bound", r, (rid + "-equal", variant(ex, str(n)), d)))
        if n >= 4:
            pairs.append(_pair("disagree", "lb-lower", "figures-bound", r,
                               (rid + "-lower", variant(ex, str(n // 2)), d)))
    return pairs


def _claim_bases(corpus: Path, places: list[str], limit: int) -> list[tuple[dict[str, Any], str, int, str]]:
    """(record, place, sides index, date): claims templated over the harvested places, then the real Guardian
    claim excerpts with a control claim and a place (up to `limit`)."""
    from newsledger.extract.claims import claims_of

    bases: list[tuple[dict[str, Any], str, int, str]] = []
    for k, p in enumerate(places[:max(limit, CLAIM_BASES)]):
        c, z, w = SIDES[k % len(SIDES)]
        day = DAYS[k % len(DAYS)]
        date = f"2019-0{1 + k % 9}-{10 + k % 15}"
        text = _fill(CLAIMS[k % len(CLAIMS)], c, z, w, p, day)
        bases.append((_record(f"t{k}-claim", text, date), p, k, date))
    for ex in claim_excerpts(corpus):
        if len([b for b in bases if b[0]["article"]["id"].startswith("g")]) >= limit:
            break
        r = _record(ex["id"] + "-claim", ex["text"], ex["date"])
        pro = [c for c in claims_of(r) if c.topic == "control" and c.polarity > 0 and c.speaker]
        objs = [p["text"] for p in r.get("places", []) if _good_place(p)]
        if not pro or not objs:
            continue
        names = {a["name"].lower() for a in r.get("actors", [])}
        side = next(i for i, s in enumerate(SIDES) if not any(w.lower() in " ".join(names) for w in s[1].split()[-2:]))
        bases.append((r, objs[0], side, ex["date"]))
    return bases


def _claim_pairs(bases: list[tuple[dict[str, Any], str, int, str]], places: list[str]) -> list[dict[str, Any]]:
    """Each claim base against a denial (disagree) and the answers that agree: a confirmation, a restatement
    (templated claimants only), a denial about another place or outside the window, a person's capture, the
    claimant's own side (templated only), an unconfirmed report, another action."""
    pairs = []
    for k, (r, p, side, date) in enumerate(bases):
        c, z, w = SIDES[side % len(SIDES)]
        day = DAYS[k % len(DAYS)]
        other = next((q for q in places if q != p and q.lower() not in p.lower() and p.lower() not in q.lower()),
                     None)
        rid = r["article"]["id"]
        real = rid.startswith("g")

        answers = [("disagree", "denial", "-denial", DENIALS, p, _later(date, 1)),
                   ("agree", "confirm", "-confirm", CONFIRMS, p, date)]
        if not real:  # a restatement by the claimant's side: only where the claimant is a templated actor
            answers.append(("agree", "restate", "-restate", RESTATES, p, _later(date, 1)))
        if other:
            answers.append(("agree", "other-place", "-other", DENIALS, other, date))
        answers += [("agree", "later", "-later", DENIALS, p, _later(date, OUTSIDE_WINDOW)),
                    ("agree", "person-capture", "-person", PERSON, p, date)]
        if not real:
            answers.append(("agree", "own-side", "-own", OWN_SIDE, p, _later(date, 1)))
        answers += [("agree", "unconfirmed", "-unconfirmed", UNCONFIRMED, p, date),
                    ("agree", "other-action", "-action", OTHER_ACTION, p, date)]
        for label, kind, suffix, templates, place, when in answers:
            text = _fill(templates[k % len(templates)], c, z, w, place, day)
            pairs.append(_pair(label, kind, "claims", r, (rid + suffix, text, when), real=real))
    return pairs


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    from newsledger.extract.claims import cross_article

    if not (corpus / GUARDIAN).exists():
        return []
    pairs = select(build_pairs(corpus, limit), lambda p: f"{p['a']['article']['id']}|{p['b']['article']['id']}", split)
    by_type: dict[str, list[int]] = {}
    fams: dict[str, list[int]] = {}  # family -> [tp, reported, disagree]
    false_pos, missed = [], []
    for p in pairs:
        found = bool(cross_article([p["a"], p["b"]]))
        dis = p["label"] == "disagree"
        by_type.setdefault(p["type"], [0, 0])
        by_type[p["type"]][0] += found
        by_type[p["type"]][1] += 1
        for fam in (p["family"], "all"):
            f = fams.setdefault(fam, [0, 0, 0])
            f[0] += found and dis
            f[1] += found
            f[2] += dis
        name = f"{p['a']['article']['id']} vs {p['b']['article']['id']} ({p['type']})"
        if found and not dis:
            false_pos.append(name)
        if dis and not found:
            missed.append(name)
    out = [prf_score(COMPONENT, DATASET, *fams["all"], pairs=len(pairs),
                     reported_by_type={k: f"{v[0]}/{v[1]}" for k, v in by_type.items()},
                     false_positives=false_pos, missed=missed)]
    for fam in ("figures", "figures-bound", "claims"):
        if fam in fams:
            out.append(prf_score(COMPONENT, f"{DATASET}:{fam}", *fams[fam],
                                 pairs=sum(p["family"] == fam for p in pairs)))
    return out
