"""An outlet's home: the country of its web domain, the town its domain is named after, and the provinces
and countries its other articles place things in (outlet_homes)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsledger import resources
from newsledger.extract.places.near import _LOCAL_KINDS, _near
from newsledger.model import Place
from newsledger.resolve import gazetteer
from newsledger.resolve.gazetteer import normalize


@dataclass(frozen=True)
class OutletHome:
    """Where an outlet's news happens, as its other articles show (outlet_homes): the first-level subdivisions
    (country, name) and the countries that most of them place something in. A local paper's own town is
    rarely named with its state; a reader knows the paper."""
    admin1s: frozenset[tuple[str, str]] = frozenset()
    countries: frozenset[str] = frozenset()
    # the point of the town the outlet's name is made from ("gainesvilleregister.com"), where its articles show
    # which namesake it is (outlet_towns)
    towns: tuple[tuple[float, float], ...] = ()


# An outlet's home is what at least this share of its other articles (and at least this many) place
# something in.
_HOME_SHARE = 0.5

_HOME_MIN_ARTICLES = 2

# ... and a subdivision at least this many of them (LGL tune-a 0.921 -> 0.925, tune-b unchanged)
_HOME_MIN_VOTES = 2


def outlet_homes(articles: list[tuple[str | None, list[Place]]]) -> list[OutletHome | None]:
    """For each (outlet, places) article, its outlet's home as the outlet's other articles show it: the
    subdivisions and countries that at least half of them place something in, and the town its domain names
    (outlet_towns). None without an outlet or with fewer than two other articles from it (then only the
    domain's country and town). An article never counts toward its own home's regions, and the outlet's own
    town's name never counts (a paper's many mentions of its Norfolk would otherwise vouch for whichever
    Norfolk the first pass chose)."""
    own_names = {o: outlet_town_names(o) for o, _ in articles if o}
    regions = [({(p.country, p.admin1) for p in ps if p.country and p.admin1},
                {p.country for p in ps if p.country})
               for ps in (_not_named(ps, own_names.get(o, [])) for o, ps in articles)]
    by_outlet: dict[str, tuple[Counter, Counter, int]] = {}
    for (outlet, _), (admin1s, countries) in zip(articles, regions):
        if outlet:
            a, c, n = by_outlet.get(outlet, (Counter(), Counter(), 0))
            by_outlet[outlet] = (a + Counter(admin1s), c + Counter(countries), n + 1)
    towns = {outlet: outlet_towns(outlet, [ps for o, ps in articles if o == outlet],
                                  {k for k, v in a.items() if v >= _HOME_SHARE * (n - 1)})
             for outlet, (a, _, n) in by_outlet.items()}
    out: list[OutletHome | None] = []
    for (outlet, _), (own_admin1s, own_countries) in zip(articles, regions):
        if not outlet or by_outlet[outlet][2] - 1 < _HOME_MIN_ARTICLES:
            home = outlet_home(outlet)
            if outlet and towns[outlet]:
                home = OutletHome(countries=home.countries if home else frozenset(), towns=towns[outlet])
            out.append(home)
            continue
        a, c, n = by_outlet[outlet]
        need = _HOME_SHARE * (n - 1)
        tld_country = outlet_country(outlet)
        # a subdivision needs two of the other articles at least: with three articles from an outlet, one other
        # article's places are no pattern (philly.com's Camden went to Michigan, post-gazette.com's Scottdale to
        # Georgia, each after a single other article placed something there)
        need_admin1 = max(need, _HOME_MIN_VOTES)
        out.append(OutletHome(
            frozenset(k for k, v in a.items()
                      if v - (k in own_admin1s) >= need_admin1 and tld_country in (None, k[0])),
            frozenset(k for k, v in c.items() if v - (k in own_countries) >= need) if tld_country is None
            else frozenset({tld_country}), towns[outlet]))
    return out


def _not_named(places: list[Place], names: list[str]) -> list[Place]:
    """The places whose mention and entry names hold none of `names` (an outlet's own town names)."""
    return [p for p in places if not any(n in normalize(p.name) or n in normalize(p.text) for n in names)]


_OUTLET_WORDS = sorted(resources.words("outlet_name_words.txt"), key=len, reverse=True)

# Labels of a domain that are no part of an outlet's name.
_DOMAIN_LABELS = {"www", "co", "com", "org", "net", "ac", "gov"}

_MIN_TOWN_CHARS = 4


def outlet_town_names(outlet: str | None) -> list[str]:
    """The town names an outlet's web domain is made from: each label (and each hyphenated part) without the
    nameplate words at either end ("gainesvilleregister.com" -> gainesville, "chronicle.augusta.com" ->
    augusta, "theparisnews.com" -> paris); words listed in outlet_name_words.txt."""
    m = _DOMAIN.match(outlet.strip()) if outlet else None
    if not m or "." not in m.group(1):
        return []
    names = []
    for label in m.group(1).lower().split(".")[:-1]:
        if label in _DOMAIN_LABELS:
            continue
        for piece in re.split(r"[-_]", label):
            name = _strip_nameplate(piece)
            if len(name) >= _MIN_TOWN_CHARS and name.isalpha():
                names.append(name)
    return names


def _strip_nameplate(piece: str) -> str:
    changed = True
    while changed:
        changed = False
        for w in _OUTLET_WORDS:
            if len(piece) > len(w) and piece.startswith(w):
                piece, changed = piece[len(w):], True
            elif len(piece) > len(w) and piece.endswith(w):
                piece, changed = piece[:-len(w)], True
        if piece in _OUTLET_WORDS:
            return ""
    return piece


# A town named by an outlet's domain is the outlet's home when it has at least this many people.
_HOME_TOWN_MIN_POPULATION = 1_000


def outlet_towns(outlet: str | None, articles: list[list[Place]],
                 home_admin1s: set[tuple[str, str]] = frozenset()) -> tuple[tuple[float, float], ...]:
    """The point of the town the outlet's domain names ("norfolkdailynews.com": a Norfolk), choosing among
    namesakes the one that most of the outlet's articles place something near: another town within 150 km or
    its own province named (mentions of the town's own name do not vote), then one in the outlet's home
    provinces (`home_admin1s`, (country, name)); none when neither says which."""
    names = outlet_town_names(outlet)
    if not names:
        return ()
    gaz = gazetteer.get()
    others = [[p for p in _not_named(ps, names) if p.lat is not None] for ps in articles]
    points = [[(p.lat, p.lon) for p in ps if p.kind in _LOCAL_KINDS] for ps in others]
    admin1s = [{(p.country, p.admin1) for p in ps if p.kind == "admin1"} for ps in others]
    out = []
    for name in names:
        cands = [e for e in gaz.lookup(name) if e.primary and e.kind in _LOCAL_KINDS and e.lat is not None
                 and e.population >= _HOME_TOWN_MIN_POPULATION]
        votes = [(sum(_near(e, pts) or (e.country, e.admin1) in a1 for pts, a1 in zip(points, admin1s)),
                  (e.country, e.admin1) in home_admin1s, e.population, -e.pid, e) for e in cands]
        best = max(votes, default=None)
        if best is not None and (best[0] >= 1 or best[1]):
            out.append((best[-1].lat, best[-1].lon))
    return tuple(out)


_DOMAIN = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?([^/:?#\s]+)", re.I)

_GENERIC_CCTLDS = resources.words("generic_cctlds.txt")


def outlet_country(outlet: str | None) -> str | None:
    """The country an outlet's web domain (or its URL) names by its country-code top-level domain
    ("lfpress.ca" is Canadian, "thisisoxfordshire.co.uk" British); None for a generic domain (.com, .tv)."""
    m = _DOMAIN.match(outlet.strip()) if outlet else None
    if not m or "." not in m.group(1):
        return None
    tld = m.group(1).rstrip(".").rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or not tld.isalpha() or tld in _GENERIC_CCTLDS:
        return None
    return "GB" if tld == "uk" else tld.upper()


def outlet_home(outlet: str | None) -> OutletHome | None:
    """What an outlet's name alone says of its home: the country of its domain, if it names one."""
    cc = outlet_country(outlet)
    return OutletHome(countries=frozenset({cc})) if cc else None
