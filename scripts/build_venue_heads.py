"""Build newsledger/data/venue_heads.txt: the one-word English nouns of a business's or a dwelling's premises
(issue 19, round 21), from WordNet 3.0 (scripts/wordnet30.py; Princeton WordNet licence): the lower-case one-word
lemmas of the hyponym closures of restaurant.n.01 ("a building where people go to eat"), hotel.n.01, shop.n.01
("a mercantile establishment for the retail sale of goods or services"), bar.n.01 ("a room or establishment where
alcoholic drinks are served"), apartment.n.01, casino.n.01 ("a public building for gambling and entertainment") and
nightclub.n.01 ("cabaret, nightclub, club, nightspot"), less the words of LEFT_OUT.

    python scripts/build_venue_heads.py > newsledger/data/venue_heads.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet30 import WordNet  # noqa: E402

ROOTS = ("restaurant", "hotel", "shop", "bar", "apartment", "casino", "nightclub")
# court: a court of law before a motel court ("Litchfield Superior Court"); stand, stall, booth: they open other
# names; khan (a title and a surname), px (an abbreviation); flat (a landform: "Salt Flats"); lodge, studio, rooms,
# suite: a fraternal lodge, a film studio, a hotel's rooms are named after their own town; bar: a bar association
# ("the Ohio State Bar") or a sandbar before a drinking place
LEFT_OUT = {"bar", "court", "stand", "stall", "booth", "khan", "px", "flat", "lodge", "studio", "rooms", "suite"}

HEADER = """\
# Heads of the names of businesses and dwellings ("Blossom Deli", "Cascade Motel", "Yokohama Japanese Restaurant",
# "Williamsburg Apartments"): a place's name opening such a name is the business's name, often after a town
# elsewhere, so the namesake town is kept only where the article's context puts it near its other places
# (generation._inner_name, organisations._embedded; ranking._drop_distant_namesakes). Provenance: WordNet 3.0, the
# one-word lemmas of the hyponyms of restaurant.n.01, hotel.n.01, shop.n.01, bar.n.01, apartment.n.01, casino.n.01
# and nightclub.n.01 (a casino or club named after a town: "Atlantic Club", an Atlantic City casino), less
# bar itself, court, stand, stall, booth, khan, px, flat, lodge, studio, rooms and suite (scripts/build_venue_heads.py
# writes this file). The class: LGL tune-a's business names opened by a namesake's name ("Blossom Deli" at Blossom,
# Texas; "Bo Kong Vegetarian Restaurant" at Bo, Sierra Leone; "Williamsburg Apartment" at Williamsburg, New York).
"""


def heads() -> list[str]:
    wn = WordNet()
    out: set[str] = set()
    for root in ROOTS:
        stack, seen = [wn.synsets(root, "n")[0]], set()
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
