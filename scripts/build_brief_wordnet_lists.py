"""Build the brief's WordNet word lists (issue 14, rounds 25 and 35) from WordNet 3.0 (scripts/wordnet30.py; Princeton
WordNet licence): newsledger/data/brief/thing_nouns.txt, the one-word nouns every sense of which lies in a
lexicographer file of things (THING_FILES: no person, group, animal or artifact sense),
newsledger/data/brief/experiencer_verbs.txt, the one-word verbs whose first sense is one of perception or emotion,
and newsledger/data/brief/group_nouns.txt, the one-word nouns whose first sense is a group (noun.group).

    python scripts/build_brief_wordnet_lists.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet30 import WordNet  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "newsledger" / "data" / "brief"
THING_FILES = {"noun.act", "noun.attribute", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
               "noun.location", "noun.motive", "noun.phenomenon", "noun.process", "noun.relation", "noun.shape",
               "noun.state", "noun.time"}
EXPERIENCER_FILES = {"verb.perception", "verb.emotion"}

THING_HEADER = """\
# Nouns none of whose WordNet 3.0 senses names an actor: every sense in the lexicographer files act, attribute,
# cognition, communication, event, feeling, location, motive, phenomenon, process, relation, shape, state, time
# (no noun.person, noun.group, noun.animal, noun.Tops, nor any artifact/object sense). Built from the WordNet 3.0
# data files (Princeton WordNet licence) by scripts/build_brief_wordnet_lists.py (brief25, round 25). A subject
# headed by one of them is a thing that does not act (the news gold's INSTRUCTIONS.md: a subject that only
# undergoes the event is not a who; Giveme5W1H's who is the actor of the event).
"""

EXPERIENCER_HEADER = """\
# Verbs whose first WordNet 3.0 sense is in the lexicographer files verb.perception or verb.emotion (see, hear,
# sense, feel, fear, love, ...): their subject is an experiencer, not an agent (Quirk et al. 1985, 10.19: the
# recipient/experiencer role of perception and emotion verbs), so it names no actor of the event. Built from the
# WordNet 3.0 data files (Princeton WordNet licence) by scripts/build_brief_wordnet_lists.py (brief25, round 25).
"""

GROUP_HEADER = """\
# Nouns whose first WordNet 3.0 sense is in the lexicographer file noun.group (council, committee, board, police,
# team, ...): a group that acts. With data/events/person_nouns.txt (first sense a person) they name an actor, so a
# headline "Council to vote on X" is the headline future of block language (Quirk et al. 1985, p. 845: newspaper
# headlines), not an event noun with an infinitive of purpose ("Two events to aid X"). Built from the WordNet 3.0
# data files (Princeton WordNet licence) by scripts/build_brief_wordnet_lists.py (briefwhy35, round 35).
"""


def thing_nouns(wn: WordNet) -> list[str]:
    return sorted(w for w in wn.lemmas("n") if w.isalpha() and wn.synsets(w, "n")
                  and all(wn.lexfile(o, "n") in THING_FILES for o in wn.synsets(w, "n")))


def experiencer_verbs(wn: WordNet) -> list[str]:
    return sorted(w for w in wn.lemmas("v") if w.isalpha() and wn.synsets(w, "v")
                  and wn.lexfile(wn.synsets(w, "v")[0], "v") in EXPERIENCER_FILES)


def group_nouns(wn: WordNet) -> list[str]:
    return sorted(w for w in wn.lemmas("n") if w.isalpha() and wn.synsets(w, "n")
                  and wn.lexfile(wn.synsets(w, "n")[0], "n") == "noun.group")


if __name__ == "__main__":
    wn = WordNet()
    (DATA / "thing_nouns.txt").write_text(THING_HEADER + "".join(w + "\n" for w in thing_nouns(wn)))
    (DATA / "experiencer_verbs.txt").write_text(EXPERIENCER_HEADER + "".join(w + "\n" for w in experiencer_verbs(wn)))
    (DATA / "group_nouns.txt").write_text(GROUP_HEADER + "".join(w + "\n" for w in group_nouns(wn)))
