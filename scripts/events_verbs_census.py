"""Census (issue 16, thirteenth round, evverbs): the required gold events the record misses on a tune quarter of the
Guardian and all-news event sets whose sentence has **no raw event at all** (code_sentence and nominal_events make
nothing there), and for each the gold trigger (the highest verb of the gold span, else its root), its lemma and
POS, whether the CAMEO verb dictionary knows it (verbs.json with the override rows, core_verbs.tsv,
verb_senses.tsv, nominals.tsv), whether it parses as a verb with a subject, which coder step passes it over, and
its WordNet 3.0 first sense (lexicographer file; dictionary verbs in the same synset or a hypernym synset, with
their default CAMEO code). Round 36 (evverbs36) adds, for every dictionary verb of the gold span, the pattern
that nearly matched (one of the entry's patterns names the verb's object noun, or a WordNet 3.0 synonym of it in the
noun's first two senses) and a verb class per miss. Item-level output: run it on tune-a only (CONTRIBUTING.md,
measurement discipline); on tune-b use `--counts` (tallies by step, class, default, lexicographer file; no item).

    PYTHONPATH=. python scripts/events_verbs_census.py tune-a /tmp/evverbs/census.json
    PYTHONPATH=. python scripts/events_verbs_census.py tune-b --counts
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wordnet30 import WordNet  # noqa: E402

import newsledger.extract.events as E  # noqa: E402
from newsledger import resources  # noqa: E402
from newsledger.eval.suites import events_allnews as A  # noqa: E402
from newsledger.eval.suites import events_guardian as G  # noqa: E402
from newsledger.extract.eventcoding import dictionary as D  # noqa: E402
from newsledger.extract.eventcoding import special as SP  # noqa: E402
from newsledger.extract.eventcoding.descriptions import _in_description, _participle_noun  # noqa: E402
from newsledger.extract.eventcoding.matching import coded_verb  # noqa: E402
from newsledger.extract.eventcoding.non_acts import _naming, reports_no_act  # noqa: E402
from newsledger.extract.eventcoding.tree import phrasal_lemma  # noqa: E402
from newsledger.extract.eventcoding.words import ATTEMPT_HEADS, INTENT_HEADS, PURE_SPEECH, THREAT_HEADS  # noqa: E402

DESCR: list[dict] = []  # every coded verb of a missed gold span that the description filter silences
SENTS: dict[str, list] = {}  # document text -> [(sentence span, number of raw events)]
_code, _nominal = E.code_sentence, E.nominal_events
_LAST: dict = {}


def _code_logged(sent, speech=frozenset()):
    out = _code(sent, speech)
    _LAST["n"] = len(out)
    return out


def _nominal_logged(sent, verb_events):
    out = _nominal(sent, verb_events)
    SENTS.setdefault(sent.doc.text, []).append((sent, _LAST.get("n", 0) + len(out)))
    return out


E.code_sentence, E.nominal_events = _code_logged, _nominal_logged


def _senses_lemmas() -> set[str]:
    return {ln.split("\t")[0].strip() for ln in resources.lines("events", "verb_senses.tsv") if "\t" in ln}


def trigger_of(sent, start: int, end: int):
    toks = [t for t in sent if start <= t.idx < end]
    if not toks:
        return None
    def depth(t):
        d = 0
        while t.head.i != t.i and d < 50:
            t, d = t.head, d + 1
        return d
    verbs = [t for t in toks if t.pos_ in {"VERB", "AUX"} and t.lemma_ != "be"]
    pool = verbs or [t for t in toks if t.pos_ in {"NOUN", "PROPN", "ADJ"}] or toks
    return min(pool, key=lambda t: (depth(t), t.i))


def description_path(tok) -> str:
    """The chain of dependencies _in_description climbs from the token to the label that makes it a description
    ("acl<-pobj(with)" ...), mirroring its walk: the parse class that silences the verb."""
    from newsledger.extract.eventcoding.arguments import _speech_noun_clause, decision_owner
    t, path = tok, []
    for _ in range(6):
        if _speech_noun_clause(t):
            t = t.head.head
            continue
        if decision_owner(t) is not None:
            t = t.head
            continue
        path.append(f"{t.dep_}:{t.tag_}({t.head.lower_})")
        if t.dep_ in {"acl", "relcl", "amod", "pcomp"}:
            break
        t = t.head
    return " > ".join(path)


def coder_step(tok) -> str:
    """Which step of coder._code_tokens passes the token over (a mirror of its tests, in order)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" and not (tok.pos_ == "AUX" and tok.dep_ == "ROOT" and lemma != "be"):
        return f"not a verb ({tok.pos_})"
    if _in_description(tok):
        return "description (_in_description): " + description_path(tok)
    if _participle_noun(tok):
        return "participle noun"
    if SP._demanded_act(tok):
        return "demanded act"
    if lemma in INTENT_HEADS | ATTEMPT_HEADS | THREAT_HEADS - {"threaten"} and any(
            c.dep_ == "xcomp" for c in tok.children):
        return "intent head (deferred)"
    if SP._special(tok, lemma) is not None:
        return "special (coded)"
    if lemma in PURE_SPEECH:
        return "pure speech"
    code, basis = coded_verb(tok, lemma)
    if not code:
        if lemma not in D.verbs():
            return "no code (not in dictionary or sense NO_ACT)"
        return "no code (entry without default)"
    if code.startswith("01"):
        return f"code {code} (01: statement, skipped)"
    if _naming(tok, lemma):
        return "naming"
    if reports_no_act(tok, lemma, [], basis):
        return f"non_acts (code {code})"
    return f"would code {code} ({basis})"


def wordnet_info(wn: WordNet, lemma: str, pos: str) -> dict:
    table = D.verbs()
    syns = wn.synsets(lemma, pos)
    if not syns:
        return {"wn": None}
    first = syns[0]
    out = {"wn_first": wn.lexfile(first, pos), "wn_senses": len(syns), "wn_words": list(wn.words(first, pos))}
    if pos == "v":
        out["synonyms_in_dict"] = {w: (table[w]["code"]) for w in wn.words(first, "v") if w in table and w != lemma}
        out["hypernyms_in_dict"] = {w: table[w]["code"] for h in wn.hypernyms(first, "v") for w in wn.words(h, "v")
                                    if w in table}
    return out


def _object_nouns(tok) -> list:
    """The verb's object nouns: direct object or attribute, and the passive's subject ("was handed sentences")."""
    return [c for c in tok.children if c.dep_ in {"dobj", "attr", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]


def near_pattern(wn: WordNet, tok) -> dict:
    """A pattern of the verb's entry that names its object noun (by itself: "near", the match failed elsewhere) or a
    WordNet synonym of it in the noun's first two senses ("synonym": the dictionary lacks the word)."""
    entry = D.verbs().get(tok.lemma_.lower())
    if entry is None:
        return {}
    units = {}
    for pat in entry["patterns"]:
        if len(pat[1]) == 1 and not pat[0] and pat[2]:
            units.setdefault(pat[1][0], pat[2])
    out = {}
    for obj in _object_nouns(tok):
        lem = obj.lemma_.lower()
        named = {u: c for u, c in units.items() if lem in u.split() or obj.lower_ in u.split()}
        if named:
            out["near"] = (lem, named)
        syn = {w for o in wn.synsets(lem, "n")[:2] for w in wn.words(o, "n")} - {lem}
        hit = {w: units[w] for w in syn if w in units}
        if hit:
            out["synonym"] = (lem, hit)
    return out


def verb_class(row: dict) -> str:
    """A coarse class of the miss by its trigger and the span's verbs (for the automatic tally)."""
    step, lemma = row["step"], row["lemma"]
    if any(v[-1].get("synonym") for v in row["span_near"]):
        return "object a synonym of a pattern noun"
    if any(v[-1].get("near") for v in row["span_near"]):
        return "object named by a pattern, no match"
    if step.startswith("pure speech") or "(01:" in step:
        return "speech"
    if step.startswith("not a verb"):
        return "noun or adjective"
    if step.startswith("description"):
        return "description"
    if lemma in ASPECTUAL:
        return "aspectual head"
    if step.startswith("no code (entry without default)"):
        return "entry without default: " + (row.get("wn_first") or "?")
    return step.split(" (")[0]


def group_root(lemma: str) -> str:
    """The CAMEO root of the verb's dictionary group when one root holds at least 60 % of its coded patterns (01
    statements and no-event rows aside): "a group with a clear code"; else "no clear root" or "not in dictionary"."""
    entry = D.verbs().get(lemma)
    if entry is None:
        return "not in dictionary"
    roots = Counter(p[2][:2] for p in entry["patterns"] if p[2] and not p[2].startswith("01"))
    if roots:
        root, n = roots.most_common(1)[0]
        if n / sum(roots.values()) >= 0.6:
            return f"clear root {root}"
    return "no clear root"


ASPECTUAL = {"begin", "start", "continue", "keep", "resume", "stop", "cease", "finish", "end"}  # Quirk 3.49


def counts(res: list[dict]) -> None:
    """Tallies only (tune-b): by step, by class, by default code and lexicographer file."""
    tallies = {k: Counter() for k in ("class", "step", "default", "group of a no-code trigger", "lexfile", "near",
                                      "lemma", "span verb")}
    for r in res:
        tallies["class"][verb_class(r)] += 1
        tallies["step"][r["step"].split(":")[0].split(" (")[0]] += 1
        tallies["default"]["in dictionary, default" if r["verb_code"] else
                           "in dictionary, no default" if r["in_verbs"] else "not in dictionary"] += 1
        tallies["lexfile"][r.get("wn_first") or "-"] += 1
        if r["step"].startswith("no code"):
            tallies["group of a no-code trigger"][group_root(r["lemma"])] += 1
        tallies["lemma"][f'{r["lemma"]} ({r["step"].split(":")[0].split(" (")[0]})'] += 1
        for v in r["span_verbs"]:
            tallies["span verb"][f"{v[1]} ({v[-1].split(':')[0].split(' (')[0]})"] += 1
        for v in r["span_near"]:
            for kind, (_, codes) in v[-1].items():
                tallies["near"][kind + " " + "/".join(sorted({c[:2] for c in codes.values()}))] += 1
    for name, c in tallies.items():
        print(f"## {name}")
        for k, n in c.most_common():
            print(f"{n}\t{k}")


def main(split: str = "tune-a", out: str = "/tmp/evverbs/census.json") -> None:
    if split != "tune-a" and out != "--counts":
        raise SystemExit("item-level output is for tune-a only: add --counts")
    corpus = Path("/work/shared/corpus")
    wn = WordNet()
    core, senses, noms = D.core_verbs(), _senses_lemmas(), D.nominals()
    sets = A.both_sets(corpus, split)
    thr = G.default_threshold()
    res, tallies = [], Counter()
    for name, recs, gold_ in sets:
        for aid, rec in recs.items():
            gs = gold_[aid]
            events = [e for e in rec.events if G._confidence(e) >= thr]
            matched = {gi for gi, _ in G.match(rec, gs, events)}
            sents = SENTS.get(rec.article.text, [])
            for gi, g in enumerate(gs):
                if g.optional or gi in matched:
                    continue
                tallies[name, "missed"] += 1
                hit = next(((s, n) for s, n in sents if s.start_char <= g.start < s.end_char), None)
                if hit is None:
                    tallies[name, "no sentence"] += 1
                    continue
                sent, n = hit
                for t in sent:
                    if g.start <= t.idx < g.end and t.pos_ == "VERB" and _in_description(t):
                        code, _ = coded_verb(t, t.lemma_.lower())
                        if code and not code.startswith("01"):
                            DESCR.append(dict(set=name, aid=aid, start=g.start, types=sorted(g.types), raw=n,
                                              lemma=t.lemma_.lower(), code=code, path=description_path(t)))
                if n:
                    continue
                tallies[name, "no raw event"] += 1
                tok = trigger_of(sent, g.start, g.end)
                if tok is None:
                    continue
                lemma = tok.lemma_.lower()
                pos = "v" if tok.pos_ in {"VERB", "AUX"} else "n" if tok.pos_ in {"NOUN", "PROPN"} else "a"
                row = dict(set=name, aid=aid, start=g.start, types=sorted(g.types), lemma=lemma,
                           phrasal=phrasal_lemma(tok, lemma), pos=tok.pos_, tag=tok.tag_, dep=tok.dep_,
                           head_lemma=tok.head.lemma_.lower(),
                           subject=[c.dep_ for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}],
                           in_verbs=lemma in D.verbs(), verb_code=(D.verbs().get(lemma) or {}).get("code"),
                           in_core=lemma in core, in_senses=lemma in senses, in_nominals=lemma in noms,
                           step=coder_step(tok) if tok.pos_ in {"VERB", "AUX"} else f"not a verb ({tok.pos_})",
                           **wordnet_info(wn, lemma, pos))
                row["span_verbs"] = [(t.lower_, t.lemma_.lower(), t.pos_, t.dep_, t.head.lower_,
                                      (D.verbs().get(t.lemma_.lower()) or {}).get("code", "absent")
                                      if t.lemma_.lower() in D.verbs() else "absent", coder_step(t))
                                     for t in sent if g.start <= t.idx < g.end and t.pos_ in {"VERB", "AUX"}
                                     and t.lemma_ != "be"]
                row["span_near"] = [(t.lemma_.lower(), near_pattern(wn, t)) for t in sent
                                    if g.start <= t.idx < g.end and t.pos_ == "VERB"]
                row["class"] = verb_class(row)
                res.append(row)
    if out == "--counts":
        counts(res)
        return
    Path(out).write_text(json.dumps(res, indent=1, default=str))
    Path(out).with_suffix(".descriptions.json").write_text(json.dumps(DESCR, indent=1))
    for k, v in sorted(tallies.items()):
        print(k, v)
    print(len(res), "misses with no raw event ->", out)
    counts(res)


if __name__ == "__main__":
    main(*sys.argv[1:])
