"""The article's context for a candidate: the countries, provinces and towns the other mentions' current
choices name (never the mention's own name, under any spelling), and the features it gives a candidate."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsledger.extract.places.generation import Candidate
from newsledger.extract.places.names import Mention
from newsledger.extract.places.near import _LOCAL_KINDS, _cell, _near
from newsledger.extract.places.outlets import OutletHome
from newsledger.resolve.gazetteer import normalize


@dataclass
class Context:
    """What the article's other mentions say: the share of each country among their places, the first-level
    subdivisions they name outright or lie in, and the points of the towns among them."""
    countries: dict[str, float] = field(default_factory=dict)
    # grid cells holding a town or county candidate of another mention (see _cells)
    other_cells: set[tuple[int, int]] = field(default_factory=set)
    admin1s_named: set[str] = field(default_factory=set)
    admin1s: set[str] = field(default_factory=set)
    points: list[tuple[float, float]] = field(default_factory=list)
    home: OutletHome | None = None
    # the counties (admin1 code, county name) among another name's candidates, and those holding a town among
    # another name's candidates ("Maryville" and "Madison County": Maryville, Illinois lies in Madison County,
    # Illinois)
    # (each as the names it is a candidate of, looked up when a candidate asks: `same` are this name's own)
    counties: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    counties_of_towns: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    same: frozenset[str] = frozenset()


def context_features(c: Candidate, ctx: Context) -> dict[str, float]:
    """The article's context for candidate `c`: the share of its country among the other mentions' places, a
    subdivision named or holding another mention's town, a candidate of another name a grid cell away, another
    mention's town within 150 km; then the same-name rules (the capital's depends on the context)."""
    e = c.entry
    f: dict[str, float] = {}
    if e.country and ctx.countries:
        f["ctx_country_share"] = ctx.countries.get(e.country, 0.0)
        f["ctx_country_absent"] = float(e.country not in ctx.countries)
    if e.kind in {"city", "admin2"} and e.admin1_code:
        if e.admin1_code in ctx.admin1s_named:
            f["ctx_in_named_admin1"] = 1.0
        elif e.admin1_code in ctx.admin1s:
            f["ctx_in_admin1_of_others"] = 1.0
    if e.kind == "admin1" and e.admin1_code in ctx.admin1s:
        f["ctx_admin1_self"] = 1.0
    if ctx.other_cells and c.cells and any(cell in ctx.other_cells for cell in c.cells):
        f["near_a_candidate_of_another_mention"] = 1.0
    if ctx.points and e.lat is not None and e.kind in {"city", "admin2", "landform"} and _near(e, ctx.points):
        f["ctx_near_town"] = 1.0
    if ctx.home is not None:
        if e.kind in {"city", "admin2"} and (e.country, e.admin1) in ctx.home.admin1s:
            f["outlet_home_admin1"] = 1.0
        if e.country in ctx.home.countries:
            f["outlet_home_country"] = 1.0
        if ctx.home.towns and e.lat is not None and e.kind in {"city", "admin2", "landform"} \
                and _near(e, ctx.home.towns):
            f["outlet_home_town_near"] = 1.0
    if e.kind == "city" and e.admin2 and not ctx.counties.get((e.admin1_code, e.admin2), ctx.same) <= ctx.same:
        f["town_in_a_named_county"] = 1.0
    elif e.kind == "admin2" and not ctx.counties_of_towns.get((e.admin1_code, e.admin2), ctx.same) <= ctx.same:
        f["county_holding_a_named_town"] = 1.0
    if c.same_name:
        f[c.same_name] = 1.0
    if c.namesake_admin1s and any(code not in ctx.admin1s for code in c.namesake_admin1s):
        f["capital_over_same_name_state"] = 1.0
    return f


def _candidate_cells(mentions: list[Mention]) -> dict[str, set[tuple[int, int]]]:
    """Per mention name, the grid cells of its town and county candidates: two names with candidates a cell
    apart most likely mean those two neighbours ("Athens" and "Henderson County" in Texas), whichever each
    mention's prior prefers alone."""
    out: dict[str, set[tuple[int, int]]] = {}
    for m in mentions:
        cells = out.setdefault(normalize(m.key_text), set())
        for e in [] if m.people else m.candidates or []:
            if e.kind in _LOCAL_KINDS and e.lat is not None:
                cells.add(_cell(e.lat, e.lon))
    return out


def _same_places(mentions: list[Mention]) -> dict[str, set[str]]:
    """Per mention name, the other names whose candidates hold all of its own or lie all among them: one name
    spelled or cut otherwise ("ST. PAUL" / "St. Paul", "Logan-Rogersville" / "Logan-" / "Logan", "southeast
    Greene County" / "Greene County"), which must not vouch for itself any more than a repeated mention does
    (as "Athens County" and "Athens" are one name already)."""
    cands: dict[str, set[int]] = {}
    for m in mentions:
        if m.candidates:
            cands.setdefault(normalize(m.key_text), set()).update(e.pid for e in m.candidates)
    keys = list(cands)
    out: dict[str, set[str]] = {k: set() for k in keys}
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if cands[a] <= cands[b] or cands[b] <= cands[a]:
                out[a].add(b)
                out[b].add(a)
    return out


def contexts_by_name(mentions: list[Mention], home: OutletHome | None = None) -> dict[str, Context]:
    """The context of each mention name: the current choices of the mentions with other names (a place cannot
    vouch for itself, under another spelling neither), once per distinct name."""
    chosen = []
    for m in mentions:
        # a people's plural gives no country nor province: it names no place of the story's towns (Mention.people)
        c = None if m.people else m.choice
        chosen.append((normalize(m.key_text), None if m.people else c.country if c else m.demonym,
                       # a subdivision named by its border is the edge of the story's ground, not the ground: it
                       # names no province for the other names ("from the Kentucky border to the Georgia state
                       # line" is a Tennessee co-operative's area; "near the New York border" a Massachusetts road)
                       c.admin1_code if c and c.kind != "country" and not m.border else None,
                       bool(c and c.kind == "admin1"),
                       (c.lat, c.lon) if c and c.kind in {"city", "admin2"} and c.lat is not None else None))
    cells = _candidate_cells(mentions)
    alike = _same_places(mentions)
    counties, towns = _county_keys(mentions)
    out: dict[str, Context] = {}
    for key in dict.fromkeys(c[0] for c in chosen):
        same = alike.get(key, set()) | {key}
        others = [c for c in chosen if c[0] not in same]
        counts = Counter(c[1] for c in others if c[1])
        total = sum(counts.values())
        out[key] = Context(countries={cc: n / total for cc, n in counts.items()} if total else {},
                           admin1s_named={c[2] for c in others if c[2] and c[3]},
                           admin1s={c[2] for c in others if c[2]},
                           points=list(dict.fromkeys(c[4] for c in others if c[4])),
                           other_cells=set().union(*(v for k, v in cells.items() if k not in same)), home=home,
                           counties=counties, counties_of_towns=towns, same=frozenset(same))
    return out


def _county_keys(mentions: list[Mention]) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], set[str]]]:
    """The county candidates (admin1 code, county name) of the mentions, and the counties holding their town
    candidates, each with the mention names it comes from."""
    counties: dict[tuple[str, str], set[str]] = {}
    towns: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        key = normalize(m.key_text)
        for e in [] if m.people else m.candidates or []:
            if e.admin2 and e.admin1_code and e.kind in _LOCAL_KINDS:
                (counties if e.kind == "admin2" else towns).setdefault((e.admin1_code, e.admin2), set()).add(key)
    return counties, towns
