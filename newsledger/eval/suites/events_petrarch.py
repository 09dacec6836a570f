"""Events on the PETRARCH2 unit-test and validation records (../shared/corpus/dev/petrarch, MIT): CAMEO
root-code agreement. Most unit-test sentences use fictional actors (Arnor, Gondor) known only to the test
dictionaries, so actor codes are not scored; per sentence, a gold coding agrees when a predicted event has its
two-digit CAMEO root (recall), and a predicted root agrees when some gold coding has it (precision).
Sentences coded "noevents" count predictions as false positives."""
from __future__ import annotations

import re
from pathlib import Path

from newsledger.eval.metrics import Score
from newsledger.eval.split import select

COMPONENT = "events"
DATASET = "petrarch"

FILES = ("text/PETR.UnitTest.records.xml", "universalpetrarch/PETR2_GSR_validation.xml")


def load(corpus: Path) -> list[tuple[str, str, list[str]]]:
    """(file, text, gold event codes) per sentence record."""
    out = []
    for name in FILES:
        xml = (corpus / "dev" / "petrarch" / name).read_text(encoding="utf-8", errors="replace")
        for block in re.split(r"<Sentence\b", xml)[1:]:
            m = re.search(r"<Text>(.*?)</Text>", block, re.S)
            if not m:
                continue
            text = " ".join(m.group(1).split())
            codes = re.findall(r'eventcode="(\d+)"', block)
            out.append((name.split("/")[0], text, codes))
    return out


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    from newsledger import nlp
    from newsledger.extract.eventcoding.coder import code_sentence
    from newsledger.extract.quotes import speech_verbs

    records = select(load(corpus), lambda r: r[1], split, limit)
    scores = []
    for part in sorted({r[0] for r in records}):
        rows = [r for r in records if r[0] == part]
        tp_r = n_gold = tp_p = n_pred = 0
        for (_, _, gold), doc in zip(rows, nlp.parse_many([r[1] for r in rows])):
            pred = {e.cameo[:2] for s in doc.sents for e in code_sentence(s, speech_verbs()) if not e.negated}
            roots = [c[:2] for c in gold]
            n_gold += len(roots)
            tp_r += sum(1 for c in roots if c in pred)
            n_pred += len(pred)
            tp_p += sum(1 for c in pred if c in roots)
        p = tp_p / n_pred if n_pred else 0.0
        r = tp_r / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        scores.append(Score(COMPONENT, f"{DATASET}:{part}", "root_code_agreement", round(p, 4), round(r, 4),
                            round(f, 4), value=round(r, 4), n=len(rows),
                            extra={"gold_codings": n_gold, "predicted_roots": n_pred}))
    return scores
