"""Census (issue 16, round 39, evfull39): the matched events of the right type that are NOT fully right (source,
target and status all right, events_guardian's scorer), tallied by the field wrong and by automatic keys of the
mechanism, for one split of a gold set; and the events sample's judged rows of the right type that are not fully
right, tallied by their judges' field labels.

Keys of a gold-set event (each event counts once per key it has):
- `fields S/T/Z`: which of source (S), target (T), status (Z) is wrong ("ST": source and target);
- `target <class>`: events_target_census.classify (empty / wrong / gold-empty, and where the gold's party stands:
  actor, place, unread, discourse, naming);
- `source <class>`: the same classes for the source;
- `status <pred>-><gold>`: the status given and the gold's alternatives;
- `anchor elsewhere`: the trigger is not inside the gold mention (the scorer matched the gold event by sentence
  overlap; the event's fields are those of another act of the sentence);
- `required` / `optional`: the gold event's weight (fully right of gold counts the required ones only).
For any split but tune-a the script prints AGGREGATE COUNTS ONLY (CONTRIBUTING.md's measurement discipline);
`--items` (tune-a only) also lists every event with its keys. `sample` reads only judged.tsv's labels (no text), so
it may tally any tune half; never the check half (common rules).

    PYTHONPATH=. python scripts/events_fullright_census.py guardian tune-a [--items]
    PYTHONPATH=. python scripts/events_fullright_census.py guardian tune-b
    PYTHONPATH=. python scripts/events_fullright_census.py sample tune-b
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from newsledger.eval.split import select
from newsledger.eval.suites import events_guardian as G
from newsledger.eval.suites import events_sample as S

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_target_census import _where, _words, matched_pairs  # noqa: E402 (a sibling script)

TUNE = {"tune-a", "tune-b"}


def fields(src_ok: bool, tgt_ok: bool, status_ok: bool) -> str:
    """"S", "T", "Z" for each wrong field, in that order ("" when the event is fully right)."""
    return ("" if src_ok else "S") + ("" if tgt_ok else "T") + ("" if status_ok else "Z")


def anchored(text: str, trigger: str | None, start: int, end: int) -> bool:
    """The trigger stands as a whole word inside the gold mention text[start:end]."""
    return bool(trigger) and re.search(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", text[start:end]) is not None


def actor_class(rec, e, actor_id: str | None, gold: list[str]) -> str:
    """empty / gold-empty / wrong, with where the gold's party stands in the event's sentence (naming: the predicted
    actor shares a content word with a gold alternative)."""
    names = [g for g in gold if g != "-"]
    if actor_id is None:
        return "empty/" + _where(rec, e, names)
    if not names:
        return "gold-empty"
    a = rec.actor(actor_id)
    if a is not None and _words([a.name, *a.aliases]) & _words(names):
        return "wrong/naming"
    return "wrong/" + _where(rec, e, names)


def keys(rec, e, g) -> list[str]:
    src = G.actor_right(rec, e.source, g.sources)
    tgt = G.actor_right(rec, e.target, g.targets)
    status = e.status in g.statuses
    if src and tgt and status:
        return []
    out = [f"fields {fields(src, tgt, status)}", "optional" if g.optional else "required"]
    if not src:
        out.append("source " + actor_class(rec, e, e.source, g.sources))
    if not tgt:
        out.append("target " + actor_class(rec, e, e.target, g.targets))
    if not status:
        out.append(f"status {e.status}->{'|'.join(sorted(g.statuses))}")
    if not anchored(rec.article.text, e.trigger, g.start, g.end):
        out.append("anchor elsewhere")
    return out


def census(dataset: str, split: str, corpus: Path, items: bool) -> Counter:
    if items and split != "tune-a":
        raise SystemExit("--items lists tune-a only")
    counts = Counter()
    for aid, rec, g, e in matched_pairs(dataset, split, corpus):
        counts["matched"] += 1
        found = keys(rec, e, g)
        counts["fully right" if not found else "not fully right"] += 1
        counts.update(found)
        if items and found:
            print(f"   {dataset} {aid}@{g.start} {e.type} {e.trigger!r}: {'; '.join(found)}")
    return counts


def sample_counts(split: str, judged: list | None = None) -> Counter:
    """The judged rows of one tune half whose act is right but not fully right, by field label and `kind`."""
    if split not in TUNE:
        raise SystemExit("tune halves only")
    rows = select(judged if judged is not None else S.load(), lambda j: S.split_id(j.article), split)
    counts = Counter()
    for j in rows:
        if j.act != "right":
            continue
        counts["right act"] += 1
        if j.fully_right:
            counts["fully right"] += 1
            continue
        wrong = [f"{name} {label}" for name, label in (("source", j.source), ("target", j.target))
                 if label not in {"right", "none"}] + (["status wrong"] if j.status != "right" else [])
        counts["fields " + fields(j.source in {"right", "none"}, j.target in {"right", "none"},
                                  j.status == "right")] += 1
        counts.update(wrong)
        counts[f"kind {j.kind}"] += 1
    return counts


def main(argv: list[str]) -> None:
    dataset, split = argv[0], argv[1]
    if split not in TUNE:
        raise SystemExit("tune halves only: never the check half")
    if dataset == "sample":
        counts = sample_counts(split)
    else:
        counts = census(dataset, split, Path("../shared/corpus"), "--items" in argv)
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
