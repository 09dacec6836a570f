"""A small hand-made database for the web page's tests and screenshots, and a large one for timing it.

The records are written by hand (no NLP): four short articles with every part of the record filled in,
one of them hostile (markup and script in its title, text, actor names and URL). `build(path, copies=n)` writes
n shifted copies of them, for a database of any size: `python -m newsledger.web.demo big.duckdb --copies 2500`
makes 10,000 articles.
"""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from newsledger.model import (Actor, Article, Contradiction, Entity, Event, Place, Quantity, Quote, Record,
                              TimeExpr)

HOSTILE = '<img src=x onerror="window.pwned=1">'

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "panjshir-demo", "title": "Taliban say they have taken Panjshir", "outlet": "Demo Wire",
        "url": "https://example.org/panjshir", "published": "2021-09-06",
        "text": ("Taliban forces captured the Panjshir valley on Monday, the group's spokesman Zabihullah Mujahid "
                 "said on Twitter.\n\n\"Panjshir is now under our control,\" Mujahid wrote. The National Resistance "
                 "Front denied the claim. \"The fight continues,\" said Ali Maisam Nazary, a spokesman for the "
                 "front.\n\nFighting in Bazarak killed at least 20 fighters, local officials said. Pakistan denied "
                 "it had sent drones to support the Taliban offensive."),
        "actors": [("a1", "Taliban", "organization", [], "AF", None, None, "AFGREB"),
                   ("a2", "Zabihullah Mujahid", "person", ["Mujahid"], "AF", "a1", "spokesman", None),
                   ("a3", "National Resistance Front", "organization", ["NRF"], "AF", None, None, None),
                   ("a4", "Ali Maisam Nazary", "person", [], "AF", "a3", "spokesman", None),
                   ("a5", "Pakistan", "country", [], "PK", None, None, "PAK")],
        "entities": [("Taliban", 0, "ORG", "a1"), ("Zabihullah Mujahid", 0, "PERSON", "a2"),
                     ("Twitter", 0, "ORG", None), ("Mujahid", 1, "PERSON", "a2"),
                     ("National Resistance Front", 0, "ORG", "a3"), ("Ali Maisam Nazary", 0, "PERSON", "a4"),
                     ("Bazarak", 0, "GPE", None), ("Pakistan", 0, "GPE", "a5"), ("Taliban", 1, "ORG", "a1")],
        "quotes": [("q1", "Panjshir is now under our control", "direct", "a2", "Mujahid", "wrote", "Twitter"),
                   ("q2", "Taliban forces captured the Panjshir valley on Monday", "indirect", "a2",
                    "Zabihullah Mujahid", "said", "Twitter"),
                   ("q3", "The fight continues", "direct", "a4", "Ali Maisam Nazary", "said", None),
                   ("q4", "it had sent drones to support the Taliban offensive", "indirect", "a5", "Pakistan",
                    "denied", None),
                   ("q5", "Fighting in Bazarak killed at least 20 fighters", "indirect", None, "local officials",
                    "said", None)],
        "times": [("on Monday", "2021-09-06", "day")],
        "places": [("p1", "Panjshir valley", "Panjshir", "admin1", "AF", 35.4, 69.7),
                   ("p2", "Bazarak", "Bazarak", "city", "AF", 35.31, 69.52)],
        "quantities": [("killed at least 20 fighters", 20, "killed", "fighters", True)],
        "events": [("e1", "ASSAULT", "Taliban forces captured the Panjshir valley on Monday", "a1", "a3", "p1",
                    "2021-09-06", "claimed", "a2", None),
                   ("e2", "REJECT", "The National Resistance Front denied the claim.", "a3", "a1", None, None,
                    "reported", None, None),
                   ("e3", "ASSAULT", "Fighting in Bazarak killed at least 20 fighters", None, None, "p2", None,
                    "reported", None, 20),
                   ("e4", "AID", "Pakistan denied it had sent drones to support the Taliban offensive.", "a5", "a1",
                    None, None, "denied", "a5", None)],
        "contradictions": [("The Taliban have taken the Panjshir valley", ["a2"], ["a3", "a4"], ["q1", "q2"],
                            ["q3", "e2"])],
    },
    {
        "id": "kabul-protest-demo", "title": "Taliban fire shots to disperse Kabul protest", "outlet": "Demo Wire",
        "url": None, "published": "2021-09-07",
        "text": ("Protesters gathered in Kabul on Tuesday to demand women's rights, witnesses said. Taliban fighters "
                 "fired shots into the air to disperse the crowd. The United Nations called on the Taliban to respect "
                 "the right to protest. \"We will not be silenced,\" one protester said."),
        "actors": [("a1", "Taliban", "organization", [], "AF", None, None, "AFGREB"),
                   ("a2", "protesters", "group", ["protester"], "AF", None, None, "AFGOPP"),
                   ("a3", "United Nations", "organization", ["UN"], None, None, None, "IGOUNO")],
        "entities": [("Kabul", 0, "GPE", None), ("Taliban", 0, "ORG", "a1"), ("United Nations", 0, "ORG", "a3"),
                     ("Taliban", 1, "ORG", "a1")],
        "quotes": [("q1", "We will not be silenced", "direct", "a2", "one protester", "said", None)],
        "times": [("on Tuesday", "2021-09-07", "day")],
        "places": [("p1", "Kabul", "Kabul", "city", "AF", 34.53, 69.17)],
        "quantities": [],
        "events": [("e1", "PROTEST", "Protesters gathered in Kabul on Tuesday to demand women's rights", "a2", "a1",
                    "p1", "2021-09-07", "reported", None, None),
                   ("e2", "COERCE", "Taliban fighters fired shots into the air to disperse the crowd.", "a1", "a2",
                    "p1", "2021-09-07", "reported", None, None),
                   ("e3", "REQUEST", "The United Nations called on the Taliban to respect the right to protest.",
                    "a3", "a1", None, None, "reported", None, None)],
        "contradictions": [],
    },
    {
        "id": "afrin-demo", "title": "Turkish jets strike near Afrin", "outlet": "Other Times",
        "url": "https://example.org/afrin", "published": "2018-01-21",
        "text": ("Turkish jets struck Kurdish positions near Afrin on 20 January 2018, the Syrian Observatory said. "
                 "The SDF accused Turkey of killing civilians. Ankara said it targeted only militants."),
        "actors": [("a1", "Turkey", "country", ["Ankara", "Turkish"], "TR", None, None, "TUR"),
                   ("a2", "Syrian Democratic Forces", "organization", ["SDF"], "SY", None, None, "SYRREB"),
                   ("a3", "Syrian Observatory", "organization", [], "GB", None, None, None)],
        "entities": [("Turkish", 0, "NORP", "a1"), ("Afrin", 0, "GPE", None), ("Syrian Observatory", 0, "ORG", "a3"),
                     ("SDF", 0, "ORG", "a2"), ("Turkey", 0, "GPE", "a1"), ("Ankara", 0, "GPE", "a1")],
        "quotes": [("q1", "Turkish jets struck Kurdish positions near Afrin on 20 January 2018", "indirect", "a3",
                    "the Syrian Observatory", "said", None),
                   ("q2", "it targeted only militants", "indirect", "a1", "Ankara", "said", None)],
        "times": [("on 20 January 2018", "2018-01-20", "day")],
        "places": [("p1", "Afrin", "Afrin", "city", "SY", 36.51, 36.87)],
        "quantities": [],
        "events": [("e1", "ASSAULT", "Turkish jets struck Kurdish positions near Afrin on 20 January 2018", "a1", "a2",
                    "p1", "2018-01-20", "reported", "a3", None),
                   ("e2", "ACCUSE", "The SDF accused Turkey of killing civilians.", "a2", "a1", None, None, "reported",
                    None, None)],
        "contradictions": [("Turkey killed civilians near Afrin", ["a2"], ["a1"], ["e2"], ["q2"])],
    },
    {
        "id": "hostile-demo", "title": '<script>window.pwned=1</script> Hostile title',
        "outlet": f"Evil{HOSTILE}", "url": "javascript:window.pwned=1", "published": "2021-09-08",
        "text": (f"A man called {HOSTILE} said \"<script>window.pwned=1</script> is fine\" on Wednesday in Kabul. "
                 f"He attacked {HOSTILE} there."),
        "actors": [("a1", HOSTILE, "person", ["<b>bold</b>"], None, None, "<i>role</i>", None),
                   ("a2", "Taliban", "organization", [], "AF", None, None, None)],
        "entities": [(HOSTILE, 0, "PERSON", "a1"), ("Kabul", 0, "GPE", None)],
        "quotes": [("q1", "<script>window.pwned=1</script> is fine", "direct", "a1", HOSTILE, "said", None)],
        "times": [("on Wednesday", "2021-09-08", "day")],
        "places": [("p1", "Kabul", "Kabul", "city", "AF", 34.53, 69.17)],
        "quantities": [],
        "events": [("e1", "ASSAULT", f"He attacked {HOSTILE} there.", "a1", "a2", "p1", "2021-09-08", "reported", None,
                    None)],
        "contradictions": [(f"{HOSTILE} is fine", ["a1"], ["a2"], ["q1"], [])],
    },
]


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def record(spec: dict[str, Any], copy: int = 0) -> Record:
    """One demo article as a record; copy k > 0 shifts its dates by k days and makes its id and text unique."""
    shift = dt.timedelta(days=copy)

    def day(value: str | None) -> str | None:
        return (dt.date.fromisoformat(value) + shift).isoformat() if value else None

    text = spec["text"] + (f"\n\n(Copy {copy}.)" if copy else "")
    art = Article(text=text, id=spec["id"] + (f"-{copy}" if copy else ""), url=spec["url"], title=spec["title"],
                  outlet=spec["outlet"], published=day(spec["published"]), source="demo")
    rec = Record(article=art)
    for aid, name, kind, aliases, country, aff, role, code in spec["actors"]:
        rec.actors.append(Actor(aid, name, kind, list(aliases), country, aff, role, code,
                                mentions=sum(text.count(n) for n in [name, *aliases])))
    for needle, nth, etype, actor in spec["entities"]:
        s, e = _span(text, needle, nth)
        rec.entities.append(Entity(needle, s, e, etype, actor))
    for qid, qtext, kind, speaker, speaker_text, cue, channel in spec["quotes"]:
        s, e = _span(text, qtext)
        ss, se = _span(text, speaker_text) if speaker_text in text else (None, None)
        rec.quotes.append(Quote(qid, qtext, s, e, kind, speaker, speaker_text, cue, channel, ss, se))
    for ttext, value, precision in spec["times"]:
        s, e = _span(text, ttext)
        rec.times.append(TimeExpr(ttext, s, e, day(value), precision))
    for pid, ptext, name, kind, country, lat, lon in spec["places"]:
        s, e = _span(text, ptext)
        rec.places.append(Place(pid, ptext, s, e, name, kind, country, None, lat, lon))
    for qtext, value, kind, of, approx in spec["quantities"]:
        s, e = _span(text, qtext)
        rec.quantities.append(Quantity(qtext, s, e, value, kind, approx, of))
    for eid, etype, sentence, src, tgt, place, date, status, by, killed in spec["events"]:
        s, e = _span(text, sentence)
        rec.events.append(Event(eid, etype, sentence, s, e, source=src, target=tgt, place=place, date=day(date),
                                date_precision="day" if date else None, asserted_by=by, status=status,
                                killed=killed))
    for claim, asserted, disputed, ev_for, ev_against in spec["contradictions"]:
        rec.contradictions.append(Contradiction(claim, list(asserted), list(disputed), list(ev_for), list(ev_against)))
    return rec


def build(path: str | Path, copies: int = 1, batch: int = 500) -> int:
    """Write `copies` copies of the demo articles to a database; returns how many articles it stored."""
    from newsledger.store import Store

    stored = 0
    with Store(path) as store:
        pending: list[Record] = []
        for k in range(copies):
            pending += [record(spec, k) for spec in ARTICLES]
            if len(pending) >= batch:
                stored += store.write(pending)
                pending = []
        if pending:
            stored += store.write(pending)
    return stored


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("db")
    ap.add_argument("--copies", type=int, default=1)
    args = ap.parse_args()
    print(build(args.db, args.copies), "articles stored in", args.db)


if __name__ == "__main__":
    main()
