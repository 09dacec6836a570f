"""Build newsledger/data/site_heads.txt: the one-word English nouns of a building, a site or a school (issue 16,
round 50, actvenue50), from WordNet 3.0 (scripts/wordnet30.py; Princeton WordNet licence): the lower-case one-word
lemmas of the hyponym closures (hyponyms only, no instances) of building.n.01 ("a structure that has a roof and walls
and stands more or less permanently in one place": hall, centre, school, library, museum, hospital, theatre ...),
facility.n.01 ("a building or place that provides a particular service or is used for a particular industry":
station, airport, plant ...), educational_institution.n.01 ("an institution dedicated to education": school,
college, university, academy), building_complex.n.01 ("a collection of buildings": plant, works) and stadium.n.01
("a large structure for open-air sports or entertainments": arena), less the words of LEFT_OUT.

    python scripts/build_site_heads.py > newsledger/data/site_heads.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet30 import WordNet  # noqa: E402

ROOTS = (("building", 0), ("facility", 0), ("educational_institution", 0), ("building_complex", 0), ("stadium", 0))
# Words that also head the name of a body that acts wherever it is named: a legislature, a government's seat or
# office ("House", "Assembly", "Ministry", "Treasury", "Mint", "Chancellery", "Commons", "Embassy", "Consulate",
# "Headquarters"), a court of law, a church, a club, a bank, a broadcaster's channel or network, a paper ("Post",
# "Magazine"), a co-op, a forum, a firm ("Oracle"), a military post ("base", "garrison", "outpost"); and words of
# other senses that close names of other things ("Department of Transportation", "Public Works", "Water",
# "Utility", "Transit", "Field", "Front", "Range", "Course", "Track", "Strip", "Circuit", "Grid", "Source").
LEFT_OUT = {"house", "assembly", "ministry", "treasury", "mint", "chancellery", "chancery", "common", "commons",
            "green", "embassy", "consulate", "headquarters", "hq", "ghq", "court", "church", "club", "bank", "channel",
            "network", "post", "magazine", "coop", "forum", "oracle", "base", "firebase", "garrison", "outpost",
            "transportation", "transit", "works", "water", "utility", "field", "front", "range", "course", "track",
            "strip", "circuit", "grid", "source", "deposit", "drop", "heat", "heating", "plumbing", "storage",
            "sampler", "still", "ice", "land", "lap", "crib", "nest", "realm", "kingdom", "province", "sphere",
            "orbit", "domain", "area", "responsibility", "golconda", "lotusland", "fots", "distaff", "jakes",
            "garner", "preserve", "ritz", "battery", "bowl", "complex", "capitol", "statehouse", "dump", "cathode",
            "architecture", "telferage", "telpherage", "shambles", "bedlam", "mailbox", "maildrop", "postbox"}

HEADER = """\
# Heads of the names of buildings, sites and schools ("Kurdish Community Centre", "<name> High School", "<name>
# sports centre", "Stanford University"): such a name the entity model typed ORG, as the object of a preposition of
# position (site_place_preps.tsv) said of no person ("director at <school>": the employer) nor of a verb of holding a
# job (employer_words.tsv), is an institution named as where something happens, a place, no actor
# (actors._site_as_a_place; the set's rule: actors_news.md "Places of local news" and the sixth draw's tune-a part's
# second reading, "an institution named as where something happens is labelled on its whole name, `none`";
# actors_guardian.md, the fourth draw's "at Chatham House", the second draw's "at Goldsmiths"). Provenance: WordNet
# 3.0, the one-word lemmas of the hyponym closures (no instances) of building.n.01, facility.n.01,
# educational_institution.n.01, building_complex.n.01 and stadium.n.01, less the words that also head the names of
# bodies that act (house, assembly, ministry, treasury, embassy, headquarters, court, church, club, bank, network,
# post, base ...) or close names of other things (transportation, works, water, field, front, range ...):
# scripts/build_site_heads.py lists them and writes this file. The class (round 50, actvenue50): news tune-a and
# Guardian tune-a institutions named as where something happens made organizations.
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
            stack += wn.pointers(o, "n", "~")
            out.update(w for w in wn.words(o, "n") if "_" not in w and w.isalpha() and w.islower())
    return sorted(out - LEFT_OUT)


if __name__ == "__main__":
    sys.stdout.write(HEADER + "".join(w + "\n" for w in heads()))
