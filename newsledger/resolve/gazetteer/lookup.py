"""Looking places up: the Entry type, the Gazetteer over the index (rebuilt first when its fingerprint is not
this checkout's), the shared instance (get) and great-circle distances."""
from __future__ import annotations

import fcntl
import math
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsledger.resolve.gazetteer.builder import ALT_NAME_MIN_POP, build
from newsledger.resolve.gazetteer.index import _fingerprint, index_path
from newsledger.resolve.gazetteer.keys import _other_spelling, normalize


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
# The most answers a Gazetteer keeps per kind of question before it starts again.
_KEPT = 50_000


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
        self._by_gid: dict[int, Entry | None] = {}
        self._countries: dict[str, Entry | None] = {}
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
        if len(self._cache) > _KEPT:
            self._cache.clear()
        self._cache[key] = out
        return out

    def by_geonames_id(self, gid: int) -> Entry | None:
        return self._first(self._by_gid, gid, f"SELECT {self._COLS} FROM place p WHERE p.gid = ? ORDER BY p.pid "
                                              "LIMIT 1")

    def country(self, cc: str) -> Entry | None:
        return self._first(self._countries, cc, f"SELECT {self._COLS} FROM place p WHERE p.country = ? AND "
                                                "p.kind = 'country' ORDER BY p.pid LIMIT 1")

    def _first(self, kept: dict, key, query: str) -> Entry | None:
        """The entry of the query's first row for `key` (its one parameter), or None; the answers kept in `kept`
        for the process (entries are immutable), emptied when it holds more than _KEPT."""
        if key in kept:
            return kept[key]
        with _lock:
            row = self.con.execute(query, (key,)).fetchone()
        if len(kept) > _KEPT:
            kept.clear()
        found = kept[key] = self._entry(row) if row else None
        return found

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


def names_a_sizable_town(entries: list[Entry]) -> bool:
    """Whether one of `entries` is a town of at least ALT_NAME_MIN_POP people (large enough for the index to carry
    its alternate names) bearing the looked-up name as its own (GeoNames primary) name."""
    return any(e.primary and e.kind == "city" and e.population >= ALT_NAME_MIN_POP for e in entries)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
