"""Build newsledger/data/site_heads.txt: the one-word English nouns of a building, a site or a school (issue 16,
round 50, actvenue50), from WordNet 3.0 (scripts/wordnet30.py; Princeton WordNet licence): the lower-case one-word
lemmas of the hyponym closures of structure.n.01 ("a thing constructed; a complex entity constructed of many parts":
building, hall, centre, stadium, plant, church, library ...), facility.n.01 ("a building or place that provides a
particular service or is used for a particular industry": station, airport, installation ...) and
educational_institution.n.01 ("an institution dedicated to education": school, college, university, academy), less
the words of LEFT_OUT, each of which also heads the name of a body that acts wherever it is named (a legislature or
an office of state: house, chamber, assembly, cabinet, ministry, office, embassy, consulate; a court of law; a
church, a club, a foundation, a bank, a market, a broadcaster's channel or network; a paper: post, tribune).

    python scripts/build_site_heads.py > newsledger/data/site_heads.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet30 import WordNet  # noqa: E402

ROOTS = (("structure", 0), ("facility", 0), ("educational_institution", 0))
LEFT_OUT = {"house", "chamber", "assembly", "cabinet", "ministry", "office", "embassy", "consulate", "court",
            "church", "club", "foundation", "bank", "market", "channel", "network", "post", "tribune"}

HEADER = """\
# Heads of the names of buildings, sites and schools ("Kurdish Community Centre", "<name> High School", "<name>
# sports centre", "Stanford University"): such a name the entity model typed ORG, as the object of a locative
# preposition (site_place_preps.tsv) not said of a person ("director at <school>": the employer), is an institution
# named as where something happens, a place, no actor (actors._site_as_a_place; the set's rule: actors_news.md
# "Places of local news" and the sixth draw's tune-a part's second reading, "an institution named as where something
# happens is labelled on its whole name, `none`"; actors_guardian.md, the fourth draw's "at Chatham House", the second
# draw's "at Goldsmiths"). Provenance: WordNet 3.0, the one-word lemmas of the hyponym closures of structure.n.01,
# facility.n.01 and educational_institution.n.01, less house, chamber, assembly, cabinet, ministry, office, embassy,
# consulate, court, church, club, foundation, bank, market, channel, network, post and tribune (they also head the
# names of bodies that act: scripts/build_site_heads.py writes this file). The class (round 50, actvenue50): news
# tune-a and Guardian tune-a institutions named as where something happens made organizations.
"""


def heads() -> list[str]:
    wn = WordNet()
    out: set[str] = set()
    for root, sense in ROOTS:
        stack, seen = [wn.synsets(root, "n")[sense]], set()
        while stack:
            o = stack.pop()
            if o in seen:
                continue
            seen.add(o)
            stack += wn.pointers(o, "n", "~") + wn.pointers(o, "n", "~i")
            out.update(w for w in wn.words(o, "n") if "_" not in w and w.isalpha() and w.islower())
    return sorted(out - LEFT_OUT)


if __name__ == "__main__":
    sys.stdout.write(HEADER + "".join(w + "\n" for w in heads()))
