"""Census (issue 16, round 36, evmech36): every kept event of the Guardian and all-news event sets tallied by the
MECHANISM that made it, and whether it matches a gold event (strict typed match and the lenient any-type match).

The mechanism is read off the coder's raw event (it wraps newsledger.extract.events._events_of, so it follows the
extraction without copying it):
- path: "noun" (an event noun, nominal.py), "light" (a light verb's event noun, basis nominal), "special"
  (special.py's constructions), "sense:<frame kind>" (a verb_senses.tsv row decided the code), "pattern" (a CAMEO
  dictionary pattern with words), "default" (the verb's bare default code);
- the trigger lemma, the PLOVER type, and "statement" when the trigger is a speech verb (quotes' speech verbs).
For tune-b (and any split other than tune-a) the script prints and writes AGGREGATE COUNTS ONLY (CONTRIBUTING.md's
measurement discipline); for tune-a it also writes every kept event (article@offset, right or FALSE, trigger,
sentence) to the item file, for reading. Further dimensions: the pattern's relation to the verb's default type
(shift), where its words lie (pattern_side), whether they only name persons (words), the trigger's clause,
governor, status, modality and whether the event has a source and a target; since round 48 (evsense48) the
argument that made it an act: `obj_lex` (the object's or "on/against" noun's WordNet lexicographer file, first sense,
or "name", "pronoun", "-"), `aspect` (noun, modal, perfect, progressive, present, past, nonfinite) and `coded`
(whether source and target carry CAMEO codes); in `sample` mode also `kind` (the judges' kind label by mechanism key).

    PYTHONPATH=. python scripts/events_mechanism_census.py tune-a /tmp/mech_tune-a.json [/tmp/items.tsv]
    PYTHONPATH=. python scripts/events_mechanism_census.py tune-b /tmp/mech_tune-b.json
    python scripts/events_mechanism_census.py rank path /tmp/mech_tune-a.json /tmp/mech_tune-b.json [top]
    python scripts/events_mechanism_census.py transfer key /tmp/mech_tune-a.json /tmp/mech_tune-b.json \
        [/tmp/mech_sample_a.json /tmp/mech_sample_b.json]
    PYTHONPATH=. python scripts/events_mechanism_census.py sample tune-a /tmp/mech_sample_a.json [/tmp/items.tsv]

`sample` (round 37, evpattern37): the same tallies over the events sample's pool (events_sample.py), one half's
articles; an event counts only when a judged row matches it (pred = judged, strict = act right, lenient = a real act
of any type); the unjudged events are tallied apart (measure "unjudged"). Tune-b: counts only, as above.
"""
import json
import sys
from collections import Counter
from pathlib import Path

import newsledger.extract.events as EV
from newsledger import resources
from newsledger.eval.suites import events_allnews as A
from newsledger.eval.suites import events_guardian as G
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding import matching as M
from newsledger.extract.eventcoding import senses as S

_events_of = EV._events_of
SPEECH: set[str] = set()


def _path(ev) -> str:
    """The coder path that made the raw event (see the module docstring)."""
    if ev.trigger.pos_ not in {"VERB", "AUX"}:
        return "noun"
    if ev.basis == "nominal":
        return "light"
    if ev.basis == "special":
        return "special"
    if ev.basis == "pattern":
        row = S.sense_row(ev.trigger, ev.trigger.lemma_.lower())
        return f"sense:{row[0][0]}" if row else "pattern"
    return ev.basis


def _matched(verb, units) -> list:
    """The clause tokens the post-verb units matched (M._match_seq's walk, positions kept)."""
    toks = [verb.doc[i] for i in M._clause_indices(verb)]
    forms = [M._tok_forms(t) for t in toks]
    pos, out = 0, []
    for unit in units:
        matchers = M._unit_matchers(unit)
        width = len(matchers)
        while pos + width <= len(forms):
            f, is_particle = forms[pos]
            first, first_is_to = matchers[0]
            if not (first_is_to and is_particle) and not first.isdisjoint(f) and all(
                    not (is_to and forms[pos + k][1]) and not acc.isdisjoint(forms[pos + k][0])
                    for k, (acc, is_to) in enumerate(matchers[1:], 1)):
                break
            pos += 1
        out += toks[pos:pos + width]
        pos += width
    return out


def _reach(verb, pattern) -> str:
    """How far the post-verb pattern's content words lie from the verb in the parse: "own" (its objects, particles,
    prepositional objects, their modifiers and conjuncts), "np" (inside a noun's own prepositional phrase or
    clause), "clause" (inside another verb's clause)."""
    worst = "own"
    for t in _matched(verb, pattern[1]):
        if t.pos_ in {"ADP", "PART", "DET"}:
            continue
        x = t
        while x.i != verb.i and x.head.i != x.i:
            h = x.head
            if h.i != verb.i and h.pos_ in {"VERB", "AUX"}:
                return "clause"
            if x.dep_ == "pobj" and h.head.i != verb.i and h.head.pos_ in {"NOUN", "PROPN", "PRON"}:
                worst = "np"
            if x.dep_ in {"acl", "relcl"}:
                worst = "np"
            x = h
        if x.i != verb.i:
            return "outside"
    return worst


def _word_kind(verb, pattern) -> str:
    """"persons" when every content word the post-verb pattern matched names persons or forces (person_nouns.txt,
    word class force_nouns), "other" otherwise, "none" for a pattern with no content word after the verb."""
    words = [t for t in _matched(verb, pattern[1]) if t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"}]
    if not words:
        return "none"
    persons = PERSONS | set(D.word_class("force_nouns"))
    return "persons" if all(t.lemma_.lower() in persons for t in words) else "other"


PERSONS = {w.strip() for w in resources.data_path("events", "person_nouns.txt").read_text().splitlines()
           if w.strip() and not w.startswith("#")}


def _verb_class(lemma: str, cameo: str) -> str:
    """core (core_verbs.tsv) with its root the code's or another, curated (curated verbs), or generic."""
    root = D.core_verb_roots().get(lemma)
    if root:
        return "core:same-root" if cameo.startswith(root) else "core:other-root"
    return "curated" if lemma in D.curated_verbs() else "generic"


def _governor(trigger) -> str:
    """The trigger's dependency, with the governing word for a complement or adverbial clause ("xcomp<vow")."""
    if trigger.dep_ in {"xcomp", "advcl", "ccomp"}:
        return f"{trigger.dep_}<{trigger.head.lemma_.lower()}"
    return trigger.dep_


def _mechanism(ev) -> dict:
    lemma = ev.trigger.lemma_.lower()
    path = _path(ev)
    out = {"path": path, "lemma": lemma, "statement": lemma in SPEECH, "cameo": ev.cameo, "default": None,
           "clause": f"{ev.trigger.dep_}|{ev.trigger.tag_}", "modality": str(ev.modality),
           "quoted": ev.speech_head is not None,
           "governor": _governor(ev.trigger), "verb_class": _verb_class(lemma, ev.cameo)}
    out["obj_lex"] = _object_lex(ev.trigger)  # round 48 (evsense48): the argument that made it an act
    out["aspect"] = _aspect(ev.trigger)
    if path == "pattern":
        entry = M._verb_entry(ev.trigger, lemma)[1]
        out["default"] = D.plover(entry["code"])[0] if entry and entry["code"] else None
        pats = entry["patterns"] if entry else []
        best = M._best_pattern(ev.trigger, M._custody_patterns(lemma, pats) if lemma in M.CUSTODY_VERBS else pats)
        out["pattern"] = f"{' '.join(best[0])} _ {' '.join(best[1])} = {best[2]}" if best else "none"
        out["reach"] = _reach(ev.trigger, best) if best else "none"
        out["words"] = _word_kind(ev.trigger, best) if best else "none"
        out["pattern_side"] = ("pre" if best[0] else "") + ("post" if best[1] else "") if best else "none"
        out["ambiguity"] = _ambiguity(best, pats) if best else "none"
    return out


def _object_noun(trigger):
    """The trigger's object: its direct object, else the noun of its "on"/"against"/"at" phrase, else (an event
    noun) the noun of its "of"/"on"/"against" phrase; None when it has none."""
    kids = list(trigger.children)
    for c in kids:
        if c.dep_ in {"dobj", "obj"}:
            return c
    preps = {"on", "against", "at"} if trigger.pos_ in {"VERB", "AUX"} else {"of", "on", "against"}
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


_WORDNET = []


def _lexname(lemma: str) -> str:
    """The WordNet 3.0 lexicographer file of the noun's first sense (scripts/wordnet30.py over the Debian
    wordnet-base files), "not-in-wordnet", or "no-wordnet" on a machine without the files."""
    if not _WORDNET:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from wordnet30 import WordNet
        wn = WordNet()
        _WORDNET.append(wn if (wn.root / "data.noun").exists() else None)
    wn = _WORDNET[0]
    if wn is None:
        return "no-wordnet"
    senses = wn.synsets(lemma, "n")
    return wn.lexfile(senses[0], "n") if senses else "not-in-wordnet"


def _object_lex(trigger) -> str:
    """What the act is done to: "-" (no object), "name" (a proper name or named entity: a party the actor index
    may code), "pronoun", or the WordNet lexicographer file of the object noun's first sense (noun.person,
    noun.group, noun.location: parties; noun.act, noun.artifact, noun.phenomenon, ...: things, round 48's class of
    a conflict verb whose object is no party)."""
    o = _object_noun(trigger)
    if o is None:
        return "-"
    if o.pos_ == "PROPN" or o.ent_type_:
        return "name"
    if o.pos_ == "PRON":
        return "pronoun"
    return _lexname(o.lemma_.lower())


def _aspect(trigger) -> str:
    """The trigger's tense and aspect (Quirk 4.5-4.7: a perfect or a present tells of a state or a habit more often
    than a past): "noun", "modal" (will, would, could ...), "perfect" (has/have/had), "progressive" (a participle
    with a form of be), "present" (VBZ/VBP), "past" (VBD), "nonfinite" (bare, to-infinitive, other participles)."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return "noun"
    aux = [c for c in trigger.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" for c in aux):
        return "modal"
    if any(c.lemma_.lower() == "have" for c in aux):
        return "perfect"
    if trigger.tag_ == "VBG" and any(c.lemma_.lower() == "be" for c in aux):
        return "progressive"
    if trigger.tag_ in {"VBZ", "VBP"} or any(c.tag_ in {"VBZ", "VBP"} for c in aux):
        return "present"
    if trigger.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "past"
    return "nonfinite"


def _ambiguity(best, patterns) -> str:
    """"several-types" when the verb's entry gives the pattern's very words another code of another PLOVER type (a
    synonym block's rows written for different member verbs: "send &MILITARY" 062, 072 and 154), else "one-type"."""
    typ = D.plover(best[2])[0] if best[2] else None
    return "several-types" if any(
        p[0] == best[0] and p[1] == best[1] and (D.plover(p[2])[0] if p[2] else None) != typ
        for p in patterns) else "one-type"


def _events_of_logged(*args, **kw):
    evs = _events_of(*args, **kw)
    for e in evs:
        e.mech = _mechanism(args[4])  # (index, record, doc, sent, ev, ...): the raw event
    return evs


EV._events_of = _events_of_logged


def _default_fits(rec, gold, e) -> str:
    """For a pattern-coded event whose type differs from its verb's default type: "default-fits" when a gold event of
    its sentence has the default's type, else "no-fit" (aggregate counts only)."""
    m = getattr(e, "mech", {})
    if m.get("path") != "pattern":
        return "n/a"
    if m["default"] == e.type:
        return "same-as-default"
    if m["default"] is None:
        return "no-default"
    text = rec.article.text
    return "shift:default-fits" if any(m["default"] in g.types and G._in_sentence(e, g, text) for g in gold) \
        else "shift:no-fit"


def _rows(name, recs, gold, thr):
    """(set, article, event, strict, lenient, pattern shift) for every kept event."""
    for aid, rec in recs.items():
        kept = [e for e in rec.events if G._confidence(e) >= thr]
        strict = {ei for _, ei in G.match(rec, gold[aid], kept)}
        lenient = {ei for _, ei in G.match(rec, gold[aid], kept, typed=False)}
        for ei, e in enumerate(kept):
            yield name, aid, e, ei in strict, ei in lenient, _default_fits(rec, gold[aid], e)


DIMENSIONS = ("path", "lemma", "type", "path_type", "path_cameo", "statement", "shift", "shift_lemma", "clause",
              "status", "args", "args_type", "args_lemma", "modality", "governor", "pattern_side", "words",
              "verb_class", "class_modality", "ambiguity", "pattern_class", "key", "row", "obj_lex", "aspect", "coded")


def _keys(m: dict, e, shift: str) -> dict[str, str]:
    """The event's key in every tallied dimension."""
    default = "no-default" if m.get("default") is None else "default"
    return {
        "path": m["path"], "lemma": f"{m['path']}|{m['lemma']}", "type": e.type, "path_type": f"{m['path']}|{e.type}",
        "path_cameo": f"{m['path']}|{m.get('cameo', '?')}|{e.type}", "statement": f"statement={m['statement']}",
        "shift": shift, "shift_lemma": f"{shift}|{m['lemma']}|{m.get('cameo')}|{e.type}",
        "clause": m.get("clause"), "status": e.status,
        "args": f"src={e.source is not None} tgt={e.target is not None}",
        "args_type": f"tgt={e.target is not None}|{e.type}",
        "args_lemma": f"tgt={e.target is not None}|{m['path']}|{m['lemma']}|{e.type}",
        "modality": f"{m.get('modality')} speech={m.get('quoted')}", "governor": m.get("governor"),
        "pattern_side": f"{m['path']}|{m.get('pattern_side')}|{m.get('reach')}",
        "words": f"{m['path']}|{default}|{m.get('words')}",
        "verb_class": f"{m['path']}|{m.get('verb_class')}|{e.type}",
        "class_modality": f"{m['path']}|{m.get('verb_class')}|{m.get('modality')}|{e.status}",
        "ambiguity": f"{m['path']}|{default}|{m.get('ambiguity')}",
        "pattern_class": f"{m['path']}|{default}|{m.get('words')}|{m.get('reach')}|{m.get('ambiguity')}|"
                         f"{str(m.get('cameo'))[:2]}",
        # round 47 (evprune47): the mechanism key and the data row that made the event (a pattern's words and code)
        "key": f"{m['path']}|{m['lemma']}|{m.get('cameo')}",
        "row": f"{m['path']}|{m['lemma']}|{m.get('cameo')}|{m.get('pattern', '')}",
        # round 48 (evsense48): the object's WordNet class by the code's PLOVER type, the verb's tense and aspect,
        # and whether the source and the target carry a CAMEO actor code
        "obj_lex": f"{m.get('obj_lex', '?')}|{e.type}", "aspect": f"{m.get('aspect', '?')}|{e.type}",
        "coded": f"src={bool(getattr(e, 'source_code', None))} tgt={bool(getattr(e, 'target_code', None))}",
    }


def _item(sname: str, aid: str, e, m: dict, strict: bool, lenient: bool, shift: str) -> tuple:
    """One tune-a event for reading: where, right or FALSE, its mechanism and its sentence."""
    return (sname, f"{aid}@{e.start}", "right" if strict else "FALSE", m["path"], m.get("clause"), m.get("modality"),
            m["lemma"], e.type, e.cameo, "lenient" if lenient else "-", shift, m.get("pattern", ""), m.get("reach"),
            m.get("ambiguity"), e.trigger, e.sentence.replace("\n", " ")[:300])


def main(split: str = "tune-a", out: str = "/tmp/mech.json", items: str | None = None) -> None:
    from newsledger.extract.quotes import speech_verbs

    SPEECH.update(speech_verbs())
    thr = G.default_threshold()
    tally: dict[str, Counter] = {k: Counter() for k in DIMENSIONS}
    rows = []
    for name, recs, gold in A.both_sets(Path("/work/shared/corpus"), split):
        for sname, aid, e, strict, lenient, shift in _rows(name, recs, gold, thr):
            m = getattr(e, "mech", {"path": "?", "lemma": "?", "statement": False})
            for dim, k in _keys(m, e, shift).items():
                tally[dim][(sname, k, "pred")] += 1
                tally[dim][(sname, k, "strict")] += strict
                tally[dim][(sname, k, "lenient")] += lenient
            if split == "tune-a":
                rows.append(_item(sname, aid, e, m, strict, lenient, shift))
    Path(out).write_text(json.dumps({dim: [[*k, n] for k, n in sorted(c.items())] for dim, c in tally.items()}))
    if items and split == "tune-a":
        Path(items).write_text("".join("\t".join(map(str, r)) + "\n" for r in rows))


def _sample_rows(split: str, thr: float):
    """("sample", article, event, strict, lenient, kind) for every kept event of the sample pool's half: strict and
    lenient from the judged row that matches it (events_sample.matches), kind the row's `kind` label (the judges'
    class of a wrong row, "-" for none), None when no row matches."""
    from dataclasses import asdict

    from newsledger.eval.split import select
    from newsledger.eval.suites import events_sample as SM
    from newsledger.model import Article
    from newsledger.pipeline import extract_records

    arts = SM.pool(Path("/work/shared/corpus"))
    ids = select(sorted(arts), SM.split_id, split)
    judged = select(SM.load(), lambda j: SM.split_id(j.article), split)
    for aid, rec in zip(ids, extract_records([Article(text=arts[a][1], id=a, published=arts[a][0]) for a in ids])):
        for e in getattr(rec, "events", []):
            if (1.0 if e.confidence is None else e.confidence) < thr:
                continue
            hit = next((j for j in judged if SM.matches(aid, asdict(e), j)), None)
            yield ("sample", aid, e, hit is not None and hit.act == "right",
                   hit is not None and hit.act != "no-act", (hit.kind or "-") if hit is not None else None)


def sample(split: str = "tune-a", out: str = "/tmp/mech_sample.json", items: str | None = None) -> None:
    """The mechanism tallies of the events sample's judged events on one half (see the module docstring)."""
    from newsledger.extract.quotes import speech_verbs

    SPEECH.update(speech_verbs())
    tally: dict[str, Counter] = {k: Counter() for k in (*DIMENSIONS, "kind")}
    rows = []
    for sname, aid, e, strict, lenient, judged in _sample_rows(split, G.default_threshold()):
        m = getattr(e, "mech", {"path": "?", "lemma": "?", "statement": False})
        # round 48 (evsense48): the judges' kind label by the mechanism key (which mechanisms make which class)
        keys = _keys(m, e, "n/a")
        if judged:
            keys["kind"] = f"{judged}|{m['path']}|{m['lemma']}|{m.get('cameo')}"
        for dim, k in keys.items():
            if not judged:
                tally[dim][(sname, k, "unjudged")] += 1
                continue
            tally[dim][(sname, k, "pred")] += 1
            tally[dim][(sname, k, "strict")] += strict
            tally[dim][(sname, k, "lenient")] += lenient
        if split == "tune-a" and judged:
            rows.append(_item(sname, aid, e, m, strict, lenient, "n/a"))
    Path(out).write_text(json.dumps({dim: [[*k, n] for k, n in sorted(c.items())] for dim, c in tally.items()}))
    if items and split == "tune-a":
        Path(items).write_text("".join("\t".join(map(str, r)) + "\n" for r in rows))


SETS = ("guardian:a", "guardian:b", "allnews:a", "allnews:b", "sample:a", "sample:b")


def rank(dim: str, tune_a: str, tune_b: str, top: str = "25", *samples: str) -> None:
    """The mechanisms of one dimension ranked by false events pooled over the sets, with each set's false /
    predicted, strict precision and lenient precision (counts only); the sample's tallies (tune-a, tune-b files)
    when given after `top`."""
    cells: dict[str, Counter] = {}
    for half, path in (("a", tune_a), ("b", tune_b), *zip("ab", samples)):
        for sname, key, measure, n in json.loads(Path(path).read_text())[dim]:
            cells.setdefault(key, Counter())[(f"{sname}:{half}", measure)] += n
    pooled = sorted(cells.items(), key=lambda kc: -sum(kc[1][(s, "pred")] - kc[1][(s, "strict")] for s in SETS))
    print(f"{'mechanism':36s} false | " + " | ".join(f"{s:>20s}" for s in SETS))
    for key, c in pooled[:int(top)]:
        false = sum(c[(s, "pred")] - c[(s, "strict")] for s in SETS)
        row = [f"{c[(s, 'pred')] - c[(s, 'strict')]:3d}/{c[(s, 'pred')]:3d} P{c[(s, 'strict')] / c[(s, 'pred')]:.2f}"
               f" L{c[(s, 'lenient')] / c[(s, 'pred')]:.2f}" if c[(s, "pred")] else f"{'-':>20s}" for s in SETS]
        print(f"{str(key)[:36]:36s} {false:5d} | " + " | ".join(row))


def _half_cells(dim: str, files: dict[str, list[str]]) -> dict[str, Counter]:
    """key -> Counter[(half, measure)] pooled over the sets of each half's tally files."""
    cells: dict[str, Counter] = {}
    for half, paths in files.items():
        for path in paths:
            for _sname, key, measure, n in json.loads(Path(path).read_text())[dim]:
                cells.setdefault(key, Counter())[(half, measure)] += n
    return cells


def bands(cells: dict[str, Counter], min_n: int = 3) -> Counter:
    """Round 47 (evprune47): the false and right events of tune-b by what tune-a says of their mechanism key (absent
    on tune-a; fewer than `min_n` tune-a events; tune-a precision < .5, .5-.8, >= .8), tune-a's own beside them: how
    much of tune-b's loss a row pruned on tune-a's evidence could reach. Counts only."""
    out: Counter = Counter()
    for c in cells.values():
        pa, ra = c[("a", "pred")], c[("a", "strict")]
        band = ("absent" if pa == 0 else f"n<{min_n}" if pa < min_n else
                "P<.5" if ra < .5 * pa else "P.5-.8" if ra < .8 * pa else "P>=.8")
        for half in "ab":
            out[(band, half, "false")] += c[(half, "pred")] - c[(half, "strict")]
            out[(band, half, "right")] += c[(half, "strict")]
    return out


def prune(cells: dict[str, Counter], min_n: int, below: float) -> dict[str, tuple[int, int, int, int]]:
    """Round 47: the keys a pruning chosen on tune-a would remove (>= min_n tune-a events, tune-a precision < below)
    and, per half, (predicted, right) before and after: (pred, right, pred_after, right_after)."""
    gone = {k for k, c in cells.items() if c[("a", "pred")] >= min_n and c[("a", "strict")] < below * c[("a", "pred")]}
    out = {}
    for half in "ab":
        pred = sum(c[(half, "pred")] for c in cells.values())
        right = sum(c[(half, "strict")] for c in cells.values())
        out[half] = (pred, right, pred - sum(cells[k][(half, "pred")] for k in gone),
                     right - sum(cells[k][(half, "strict")] for k in gone))
    return out


def transfer(dim: str, tune_a: str, tune_b: str, *samples: str) -> None:
    """Round 47 (evprune47): does a row pruned on tune-a's evidence carry to tune-b? Pooled over the sets (and the
    sample's judged events when its two tally files follow): tune-b's false events by tune-a band of their key, then
    the pruning ceiling (keys with >= n tune-a events and tune-a precision < p removed). Counts only."""
    files = {"a": [tune_a, *samples[:1]], "b": [tune_b, *samples[1:2]]}
    cells = _half_cells(dim, files)
    b = bands(cells)
    for band in ("absent", "n<3", "P<.5", "P.5-.8", "P>=.8"):
        print(f"{dim} {band:8s} tune-a false/right {b[(band, 'a', 'false')]}/{b[(band, 'a', 'right')]}"
              f"  tune-b false/right {b[(band, 'b', 'false')]}/{b[(band, 'b', 'right')]}")
    for n in (2, 3, 5):
        for p in (.34, .5):
            r = prune(cells, n, p)
            print(f"prune n>={n} P<{p}: " + " | ".join(
                f"{h}: -{(pr - pa) - (ri - ra)} false -{ri - ra} right, P {ri / pr:.3f} -> {ra / max(1, pa):.3f}"
                for h, (pr, ri, pa, ra) in r.items()))


if __name__ == "__main__":
    if sys.argv[1] == "transfer":
        transfer(*sys.argv[2:])
    elif sys.argv[1] == "rank":
        rank(*sys.argv[2:])
    elif sys.argv[1] == "sample":
        sample(*sys.argv[2:])
    else:
        main(*sys.argv[1:])
