"""Build newsledger/data/pupil_nouns.tsv: the nouns of a person who attends a school (issue 16, round 54, actvenue54),
from WordNet 3.0 (scripts/wordnet30.py; Princeton WordNet licence) and the AP Stylebook.

The noun rows: the one-word lemmas of the hyponym closures of student.n.01 ("a learner who is enrolled in an
educational institution"), schoolchild.n.01 ("a young person attending school"), schoolgirl.n.01 and preschooler.n.01,
kept only where the word's first (most frequent) noun sense lies in those closures (so "scholar", "auditor", "major",
"junior" and "passer", whose first senses are a learned person, an accountant, an officer, a term of address and a
passer-by, are left out), less LEFT_OUT. The AP Stylebook row: its hyphenated noun of a school grade ("grade,
grader": "first-grader", "10th-grader"), read as "grader" after an ordinal and a hyphen.

    python scripts/build_pupil_nouns.py > newsledger/data/pupil_nouns.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet30 import WordNet  # noqa: E402

ROOTS = (("student", 0), ("schoolchild", 0), ("schoolgirl", 0), ("preschooler", 0))
# First senses in the closure but, in news, mostly of another sense WordNet lists later: a team's or ship's captain
# (skipper.n.02, captain), a doctor (medico.n.02).
LEFT_OUT = {"skipper", "medico"}

HEADER = """\
# Nouns of a person who attends a school ("a student at <name> School", "a fifth-grader at <name> School", "pupils
# at <name> academy"): "at" said of one names where the person studies, a place, not an employer
# (actors._pupil_school reads these; the sets' rules: actors_news.md, the eleventh draw's "students at <school> in
# <town>", "a fifth-grader at <school>": the school named as where they study is `none`; actors_guardian.md, the
# second draw's "at Goldsmiths", where someone studied, `none`).
# Columns: kind (noun: the lemma "at" hangs on; after_ordinal: a lemma read only after an ordinal and a hyphen;
# school: a noun that after "the" names any school again, "The school said" after "<name> University", which keeps
# the school's actor: ActorIndex._body_named_again), the word, its provenance. Provenance: WordNet 3.0, the one-word
# lemmas of the hyponym closures of student.n.01, schoolchild.n.01, schoolgirl.n.01 and preschooler.n.01 whose first
# noun sense is in them, less skipper and medico (in news a captain, a doctor); WordNet 3.0 school.n.01; the AP
# Stylebook's "<ordinal>-grader". scripts/build_pupil_nouns.py writes this file.
# The class (round 54, actvenue54): news tune-a "students at <school>", "a fifth-grader at <school>", Guardian
# tune-a "pupils at <name> academy", news tune-b 1 by count; no actor label after such a noun on any tune half.
"""


def nouns() -> list[tuple[str, str]]:
    wn = WordNet()
    closure: dict[int, str] = {}
    for root, sense in ROOTS:
        top = wn.synsets(root, "n")[sense]
        stack = [top]
        while stack:
            o = stack.pop()
            if o in closure:
                continue
            closure[o] = f"{root}.n.{sense + 1:02d}"
            stack += wn.pointers(o, "n", "~")
    out = {}
    for o in closure:
        for w in wn.words(o, "n"):
            if "_" in w or not w.islower() or w in LEFT_OUT or w in out:
                continue
            first = wn.synsets(w, "n")[0]
            if first in closure:
                out[w] = f"WordNet 3.0 {w}'s first sense, in the hyponym closure of {closure[first]}"
    return sorted(out.items())


if __name__ == "__main__":
    rows = [f"noun\t{w}\t{src}\n" for w, src in nouns()]
    rows.append("school\tschool\tWordNet 3.0 school.n.01, \"an educational institution\" (a college or university "
                "too: round 54's judge read \"The school said\" after \"<name> State University\" as the university)\n")
    rows.append("after_ordinal\tgrader\tAP Stylebook, \"grade, grader\": \"first-grader\", \"10th-grader\"\n")
    sys.stdout.write(HEADER + "".join(rows))
