"""Across articles: near-duplicate bookkeeping and one event from many reports, kept in the store.

Tables (created here, next to the store's own; all SQL parameterised):
- `article_signatures`: each canonical article's MinHash signature and shingle count (the dedup index).
- `duplicates`: an article that was not extracted because it is a near-copy of a stored one (`canonical_id`),
  with its own outlet, url, title and date, so the copy's outlet still counts as a source.
- `event_members`: which merged event each per-article event (article_id, event_id) belongs to.
- `merged_events`: one row per real-world event: type, actors, place, dates, and GDELT-style counts
  (`num_mentions`: per-article events merged; `num_articles`: reports, copies included; `num_sources`: distinct
  outlets), plus `contradictions` (JSON) where the reports disagree.
- `event_sources`: one row per (merged event, report): the article, its outlet, and for a copy the article it
  copies (`via_duplicate_of`).

Two events are the same event when they have the same type, days at most `WINDOW_DAYS` apart (over the whole
merged event, so it cannot drift), no conflict between
their source actors, target actors or places, and at least one of those three positively agrees (a shared
actor name, alias or full CAMEO code; a shared place below country level, by name or GeoNames id, or places
within `NEAR_KM`). A country and a place inside it are compatible, but a shared country is no evidence. An event
without a date, or with a coarser date that holds the publication date, takes the publication date; a past
event of unknown day (a coarse date elsewhere, a historical event without a date) is never merged. Events are
merged greedily in a fixed order (publication date, article, position), each into the best-agreeing earlier
merged event, so a run is deterministic, and a later `ingest` merges new events into the stored ones the same way.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from unidecode import unidecode

from newsledger.corpus.dedup import DedupIndex, Signature, signature
from newsledger.model import Article
from newsledger.store import Store

WINDOW_DAYS = 2
NEAR_KM = 50.0
COUNTRY_LEVEL = "kind:country"  # in a merged event's place keys: one of its places is a whole country

SCHEMA = [
    "CREATE TABLE IF NOT EXISTS article_signatures (article_id VARCHAR, text_sha256 VARCHAR PRIMARY KEY, "
    "shingles BIGINT, signature BLOB)",
    "CREATE TABLE IF NOT EXISTS duplicates (article_id VARCHAR, text_sha256 VARCHAR PRIMARY KEY, "
    "canonical_id VARCHAR, jaccard DOUBLE, containment DOUBLE, url VARCHAR, title VARCHAR, outlet VARCHAR, "
    "published DATE, source VARCHAR, chars BIGINT)",
    "CREATE TABLE IF NOT EXISTS event_members (merged_id VARCHAR, article_id VARCHAR, event_id VARCHAR, "
    "PRIMARY KEY (article_id, event_id))",
    "CREATE TABLE IF NOT EXISTS merged_events (id VARCHAR PRIMARY KEY, type VARCHAR, cameo VARCHAR, "
    "source_name VARCHAR, target_name VARCHAR, place_name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, "
    "date_first DATE, date_last DATE, num_mentions BIGINT, num_articles BIGINT, num_sources BIGINT, "
    "killed BIGINT, injured BIGINT, statuses VARCHAR[], sentence VARCHAR, contradictions VARCHAR, "
    "source_keys VARCHAR[], target_keys VARCHAR[], place_keys VARCHAR[])",
    "CREATE TABLE IF NOT EXISTS event_sources (merged_id VARCHAR, article_id VARCHAR, outlet VARCHAR, "
    "url VARCHAR, published DATE, via_duplicate_of VARCHAR, mentions BIGINT)",
    # Appending looks merged events up by id and members by merged event: indexes keep that independent of the
    # database's size (issue 20).
    "CREATE INDEX IF NOT EXISTS event_members_merged ON event_members (merged_id)",
    "CREATE INDEX IF NOT EXISTS event_sources_merged ON event_sources (merged_id)",
]


def _placeholders(values: list) -> str:
    """"(?, ?, ...)" for an IN list: DuckDB answers it from an index, where list_contains scans the table."""
    return "(" + ", ".join("?" for _ in values) + ")"


def ensure_schema(store: Store) -> None:
    for stmt in SCHEMA:
        store.con.execute(stmt)


# -- dedup bookkeeping ----------------------------------------------------------------------------------------
def load_dedup_index(store: Store) -> DedupIndex:
    """The index of every stored article's signature (computing and saving any that are missing)."""
    ensure_schema(store)
    missing = store.con.execute(
        "SELECT a.id, a.text_sha256, a.text FROM articles a LEFT JOIN article_signatures s "
        "ON s.text_sha256 = a.text_sha256 WHERE s.text_sha256 IS NULL ORDER BY a.published, a.id").fetchall()
    if missing:
        save_signatures(store, [(aid, sha, signature(text)) for aid, sha, text in missing])
    index = DedupIndex()
    for _aid, sha, size, blob in store.con.execute(
            "SELECT s.article_id, s.text_sha256, s.shingles, s.signature FROM article_signatures s "
            "JOIN articles a ON a.text_sha256 = s.text_sha256 ORDER BY a.published, a.id").fetchall():
        index.add(sha, Signature.from_bytes(bytes(blob), size))
    return index


def save_signatures(store: Store, rows: list[tuple[str, str, Signature]]) -> None:
    if rows:
        store.insert_rows("article_signatures", [(aid, sha, sig.size, sig.to_bytes()) for aid, sha, sig in rows],
                replace=True)


def known_duplicates(store: Store, hashes: Iterable[str]) -> set[str]:
    hashes = list(set(hashes))
    if not hashes:
        return set()
    ensure_schema(store)
    rows = store.con.execute("SELECT text_sha256 FROM duplicates WHERE list_contains(?, text_sha256)",
                             [hashes]).fetchall()
    return {r[0] for r in rows}


def canonical_ids(store: Store, hashes: Iterable[str]) -> dict[str, str]:
    hashes = list(set(hashes))
    if not hashes:
        return {}
    return dict(store.con.execute("SELECT text_sha256, id FROM articles WHERE list_contains(?, text_sha256)",
                                  [hashes]).fetchall())


def record_duplicates(store: Store, dups: list[tuple[Article, str, float, float]]) -> int:
    """Store copies (article, canonical article id, jaccard, containment) and refresh the canonical articles'
    merged events so the copies' outlets count. Returns how many were new."""
    ensure_schema(store)
    known = known_duplicates(store, (a.sha256 for a, *_ in dups))
    rows, seen = [], set()
    for art, canon, j, c in dups:
        if art.sha256 in known or art.sha256 in seen:
            continue
        seen.add(art.sha256)
        aid = art.id
        if store.con.execute("SELECT 1 FROM articles WHERE id = ? UNION ALL SELECT 1 FROM duplicates "
                             "WHERE article_id = ?", [aid, aid]).fetchone():
            aid = f"{aid}-{art.sha256[:8]}"
        rows.append((aid, art.sha256, canon, j, c, art.url, art.title, art.outlet,
                     _date(art.published), art.source, len(art.text)))
    if not rows:
        return 0
    with store.transaction():
        store.insert_rows("duplicates", rows)
        touched = {r[0] for r in store.con.execute(
            "SELECT DISTINCT merged_id FROM event_members WHERE list_contains(?, article_id)",
            [sorted({r[2] for r in rows})]).fetchall()}
        _refresh(store, touched)
    return len(rows)


# -- event merging --------------------------------------------------------------------------------------------
@dataclass
class EventView:
    """One per-article event with what cross-article matching needs (names, not per-article ids)."""

    article_id: str
    event_id: str
    type: str
    day: dt.date | None
    source_keys: set[str] = field(default_factory=set)
    target_keys: set[str] = field(default_factory=set)
    place_keys: set[str] = field(default_factory=set)
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    country_level: bool = False
    order: tuple = ()


@dataclass
class Cluster:
    id: str
    type: str
    first: dt.date | None
    last: dt.date | None
    source_keys: set[str]
    target_keys: set[str]
    place_keys: set[str]
    lat: float | None
    lon: float | None
    country: str | None


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@lru_cache(maxsize=100_000)  # the same names recur in every batch, and each is normalised twice a call
def _norm(name: str) -> str:
    out = " ".join(unidecode(name).lower().replace("'s", "").split())
    return out[4:] if out.startswith("the ") else out


def actor_keys(name: str | None, aliases: Iterable[str] = (), code: str | None = None) -> set[str]:
    keys = {_norm(n) for n in [name, *(aliases or [])] if n and _norm(n)}
    if code and len(code) >= 6:  # a country alone ("SYR") says too little; country plus sector does
        keys.add("code:" + code.upper())
    return keys


def place_keys(name: str | None, geonames_id: int | None = None) -> set[str]:
    keys = {_norm(name)} if name else set()
    if geonames_id:
        keys.add(f"geo:{geonames_id}")
    return keys


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _agreement(ev: EventView, cl: Cluster) -> int | None:
    """How many of source, target, place positively agree; None when one of them conflicts or dates are apart."""
    if ev.type != cl.type or ev.day is None or cl.first is None or cl.last is None:
        return None
    window = dt.timedelta(days=WINDOW_DAYS)  # the whole merged event spans at most the window: no drift
    if not (cl.last - window <= ev.day <= cl.first + window):
        return None
    score = 0
    for mine, theirs in ((ev.source_keys, cl.source_keys), (ev.target_keys, cl.target_keys)):
        if mine and theirs:
            if mine & theirs:
                score += 1
            else:
                return None
    if ev.place_keys and cl.place_keys:
        shared = (ev.place_keys & cl.place_keys) - {COUNTRY_LEVEL}
        either_country = ev.country_level or COUNTRY_LEVEL in cl.place_keys
        if shared and not ev.country_level:
            score += 1  # the same town, district or province
        elif shared:
            pass  # the same country: compatible, but says little ("in Syria")
        elif not ev.country_level and ev.lat is not None and cl.lat is not None \
                and km(ev.lat, ev.lon, cl.lat, cl.lon) <= NEAR_KM:
            score += 1
        elif not (either_country and ev.country and ev.country == cl.country):
            return None
    return score if score >= 1 else None


def _event_day(value: str | None, precision: str | None, status: str | None,
               published: dt.date | None) -> dt.date | None:
    """The day an event is matched on: its own date when it names a day; the publication date when it has no
    date (the outlet's "now") or a coarser one holding that date; None (never merged with other reports) for a
    past event of unknown day (a coarse date elsewhere, or a historical event without a date)."""
    if precision == "publication":  # the text dates it nowhere: the report's day stands in (issue 16)
        value = None
    if value and len(str(value)) >= 10 and precision in (None, "day"):
        return _date(value)
    if value:
        v = str(value)
        if published and re.fullmatch(r"\d{4}(-\d{2})?", v) and published.isoformat().startswith(v):
            return published
        return None
    return None if status == "historical" else published


def _views(store: Store, article_ids: list[str]) -> list[EventView]:
    if not article_ids:
        return []
    actors: dict[tuple[str, str], set[str]] = {}
    for aid, xid, name, aliases, code in store.con.execute(
            "SELECT article_id, id, name, aliases, code FROM actors WHERE list_contains(?, article_id)",
            [article_ids]).fetchall():
        actors[(aid, xid)] = actor_keys(name, aliases or [], code)
    places: dict[tuple[str, str], tuple] = {}
    for row in store.con.execute(
            "SELECT article_id, id, name, geonames_id, lat, lon, country, kind FROM places "
            "WHERE list_contains(?, article_id)", [article_ids]).fetchall():
        places[(row[0], row[1])] = row[2:]
    out = []
    for aid, eid, etype, edate, prec, src, tgt, plc, start, status, published in store.con.execute(
            'SELECT e.article_id, e.id, e.type, e.date, e.date_precision, e.source, e.target, e.place, '
            'e."start", e.status, a.published FROM events e JOIN articles a ON a.id = e.article_id '
            'WHERE list_contains(?, e.article_id)', [article_ids]).fetchall():
        day = _event_day(edate, prec, status, _date(published))
        ev = EventView(aid, eid, etype, day, actors.get((aid, src), set()) if src else set(),
                       actors.get((aid, tgt), set()) if tgt else set(),
                       order=(_date(published) or dt.date.min, aid, start or 0, eid))
        if plc and (aid, plc) in places:
            name, gid, lat, lon, country, kind = places[(aid, plc)]
            ev.country_level = kind == "country"
            ev.place_keys, ev.country = place_keys(name, gid), country
            if ev.country_level:
                ev.place_keys.add(COUNTRY_LEVEL)
            else:  # a country's centre says nothing about distance
                ev.lat, ev.lon = lat, lon
        out.append(ev)
    out.sort(key=lambda e: e.order)
    return out


def _keys_around(etype: str, day: dt.date) -> list[str]:
    return [f"{etype}|{day + dt.timedelta(days=k)}" for k in range(-WINDOW_DAYS, WINDOW_DAYS + 1)]


def _load_clusters(store: Store, views: list[EventView]) -> list[Cluster]:
    """The stored merged events an event of `views` could join: same type, first day within the window."""
    keys = {k for v in views if v.day for k in _keys_around(v.type, v.day)}
    if not keys:
        return []
    days = [v.day for v in views if v.day]
    window = dt.timedelta(days=WINDOW_DAYS)
    types = sorted({v.type for v in views if v.day})
    # A cheap range and type filter first (no per-row string building), then the exact keys here.
    rows = store.con.execute(
        "SELECT id, type, date_first, date_last, source_keys, target_keys, place_keys, lat, lon, country "
        f"FROM merged_events WHERE date_first BETWEEN ? AND ? AND type IN {_placeholders(types)} "
        "ORDER BY date_first, id", [min(days) - window, max(days) + window, *types]).fetchall()
    return [Cluster(r[0], r[1], r[2], r[3], set(r[4] or []), set(r[5] or []), set(r[6] or []), r[7], r[8], r[9])
            for r in rows if f"{r[1]}|{r[2]}" in keys]


def merge_events(store: Store, article_ids: Iterable[str]) -> int:
    """Merge the events of these (newly stored) articles into the merged events, in one transaction.
    Returns how many merged events were created or changed."""
    ensure_schema(store)
    article_ids = sorted(set(article_ids))
    done = {r[0] for r in store.con.execute(
        "SELECT DISTINCT article_id FROM event_members WHERE list_contains(?, article_id)",
        [article_ids]).fetchall()} if article_ids else set()
    views = _views(store, [a for a in article_ids if a not in done])
    if not views:
        return 0
    # Candidates by (type, first day): a match has its first day within the window of the event's day.
    buckets: dict[str, list[Cluster]] = {}
    for cl in _load_clusters(store, views):
        buckets.setdefault(f"{cl.type}|{cl.first}", []).append(cl)
    members: list[tuple[str, str, str]] = []
    touched: dict[str, Cluster] = {}
    for ev in views:
        best, best_score = None, 0
        if ev.day:
            for cl in sorted((c for k in _keys_around(ev.type, ev.day) for c in buckets.get(k, [])),
                             key=lambda c: (c.first, c.id)):
                s = _agreement(ev, cl)
                if s is not None and s > best_score:  # ties: the earliest merged event
                    best, best_score = cl, s
        if best is None:
            mid = "m" + hashlib.sha1(f"{ev.article_id}\x00{ev.event_id}".encode()).hexdigest()[:15]
            best = Cluster(mid, ev.type, ev.day, ev.day, set(), set(), set(), ev.lat, ev.lon, ev.country)
            if ev.day:
                buckets.setdefault(f"{ev.type}|{ev.day}", []).append(best)
        best.source_keys |= ev.source_keys
        best.target_keys |= ev.target_keys
        best.place_keys |= ev.place_keys
        if best.lat is None and ev.lat is not None:
            best.lat, best.lon = ev.lat, ev.lon
        best.country = best.country or ev.country
        if ev.day and best.first and ev.day < best.first:  # re-bucket under its new first day
            buckets[f"{best.type}|{best.first}"].remove(best)
            best.first = ev.day
            buckets.setdefault(f"{best.type}|{best.first}", []).append(best)
        if ev.day and best.last and ev.day > best.last:
            best.last = ev.day
        members.append((best.id, ev.article_id, ev.event_id))
        touched[best.id] = best
    with store.transaction():
        store.insert_rows("event_members", members)
        _refresh(store, set(touched), touched)
    return len(touched)


def merge_pending(store: Store, batch: int = 256) -> int:
    """Merge the events of stored articles never merged (stored with merging off, or before it existed)."""
    ensure_schema(store)
    ids = [r[0] for r in store.con.execute(
        "SELECT DISTINCT e.article_id FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE NOT EXISTS (SELECT 1 FROM event_members m WHERE m.article_id = e.article_id) "
        "ORDER BY e.article_id").fetchall()]
    return sum(merge_events(store, ids[i:i + batch]) for i in range(0, len(ids), batch))


def _most(values: list[Any]) -> Any:
    vals = [v for v in values if v not in (None, "")]
    if not vals:
        return None
    counts = Counter(vals)
    return max(counts, key=lambda v: (counts[v], v))  # ties: the larger (or later) value


class _Member(NamedTuple):
    """One member event of a merged event, with its article's outlet, address and publication date."""
    merged_id: str
    article_id: str
    event_id: str
    type: str
    cameo: str | None
    status: str | None
    killed: int | None
    injured: int | None
    sentence: str | None
    source: str | None
    target: str | None
    place: str | None
    date: str | None
    outlet: str | None
    url: str | None
    published: Any


class _Report(NamedTuple):
    """An article reporting a merged event: a member's article, or a duplicate of one (copy_of names it)."""
    article_id: str
    outlet: str | None
    url: str | None
    published: Any
    copy_of: str | None
    mentions: int


@dataclass
class _MemberContext:
    """What the members' articles add: actor and place names, duplicate copies, claims found contradicted."""
    actor_names: dict[tuple[str, str], str]
    place_names: dict[tuple[str, str], str]
    copies: dict[str, list[tuple]]
    claims: dict[str, list[dict]]


def _refresh(store: Store, merged_ids: set[str], clusters: dict[str, Cluster] | None = None) -> None:
    """Recompute the rows of these merged events from their members (inside the caller's transaction)."""
    if not merged_ids:
        return
    ids = sorted(merged_ids)
    clusters = dict(clusters or {})
    for c in _load_clusters_by_id(store, [i for i in ids if i not in clusters]):
        clusters[c.id] = c
    members = _members(store, ids)
    context = _member_context(store, sorted({m.article_id for m in members}))
    grouped: dict[str, list[_Member]] = {}
    for m in members:
        grouped.setdefault(m.merged_id, []).append(m)
    store.con.execute(f"DELETE FROM merged_events WHERE id IN {_placeholders(ids)}", ids)
    store.con.execute(f"DELETE FROM event_sources WHERE merged_id IN {_placeholders(ids)}", ids)
    out_events, out_sources = [], []
    for mid in ids:
        if grouped.get(mid):
            row, reports = _merged_row(mid, grouped[mid], clusters.get(mid), context)
            out_events.append(row)
            out_sources.extend((mid, *rep) for rep in reports.values())
    store.insert_rows("merged_events", out_events)
    store.insert_rows("event_sources", out_sources)


def _members(store: Store, ids: list[str]) -> list[_Member]:
    """The member events of these merged events, in publication and text order."""
    # Members through the merged_id index, then their articles' events through the article_id index: no scan
    # of the whole events table, so a refresh costs the same in a small and a large database.
    member_of = {(aid, eid): mid for mid, aid, eid in store.con.execute(
        f"SELECT merged_id, article_id, event_id FROM event_members WHERE merged_id IN {_placeholders(ids)}",
        ids).fetchall()}
    member_arts = sorted({aid for aid, _ in member_of})
    found = store.con.execute(
        'SELECT e.article_id, e.id, e.type, e.cameo, e.status, e.killed, e.injured, e.sentence, '
        'e.source, e.target, e.place, e.date, a.outlet, a.url, a.published, e."start" '
        f'FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id IN {_placeholders(member_arts)}',
        member_arts).fetchall() if member_arts else []
    found.sort(key=lambda r: (r[14] is None, r[14] or dt.date.min, r[0], r[15] is None, r[15] or 0, r[1]))
    return [_Member(member_of[(r[0], r[1])], *r[:15]) for r in found if (r[0], r[1]) in member_of]


def _member_context(store: Store, arts: list[str]) -> _MemberContext:
    """Names, duplicate copies and contradicted claims of these articles."""
    actor_names = {(aid, xid): name for aid, xid, name in store.con.execute(
        "SELECT article_id, id, name FROM actors WHERE list_contains(?, article_id)", [arts]).fetchall()}
    place_names = {(aid, pid): name for aid, pid, name in store.con.execute(
        "SELECT article_id, id, name FROM places WHERE list_contains(?, article_id)", [arts]).fetchall()}
    copies: dict[str, list[tuple]] = {}
    for dup_id, canon, outlet, url, published in store.con.execute(
            "SELECT article_id, canonical_id, outlet, url, published FROM duplicates "
            "WHERE list_contains(?, canonical_id) ORDER BY published, article_id", [arts]).fetchall():
        copies.setdefault(canon, []).append((dup_id, outlet, url, published))
    claims: dict[str, list[dict]] = {}
    for aid, claim, ev_for, ev_against in store.con.execute(
            "SELECT article_id, claim, evidence_for, evidence_against FROM contradictions "
            "WHERE list_contains(?, article_id)", [arts]).fetchall():
        claims.setdefault(aid, []).append({"claim": claim, "ids": set(ev_for or []) | set(ev_against or [])})
    return _MemberContext(actor_names, place_names, copies, claims)


def _merged_row(mid: str, rs: list[_Member], cl: Cluster | None,
                context: _MemberContext) -> tuple[tuple, dict[str, _Report]]:
    """The merged_events row of one merged event and its reports (one per article, duplicates included)."""
    mentions = Counter(r.article_id for r in rs)
    reports: dict[str, _Report] = {}
    for r in rs:
        reports.setdefault(r.article_id, _Report(r.article_id, r.outlet, r.url, r.published, None,
                                                 mentions[r.article_id]))
        for dup_id, outlet, url, published in context.copies.get(r.article_id, []):
            reports.setdefault(dup_id, _Report(dup_id, outlet, url, published, r.article_id, 0))
    outlets = {(rep.outlet or rep.url or rep.article_id) for rep in reports.values()}
    contradictions = _disagreements(rs, reports)
    for aid in mentions:
        evids = {r.event_id for r in rs if r.article_id == aid}
        for c in context.claims.get(aid, []):
            if c["ids"] & evids:
                contradictions.append({"field": "claim", "claim": c["claim"], "article": aid})
    dates = [d for r in rs if (d := _date(r.date) or _date(r.published))]
    names, place_names = context.actor_names, context.place_names
    row = (
        mid, rs[0].type, _most([r.cameo for r in rs]),
        _most([names.get((r.article_id, r.source)) for r in rs]),
        _most([names.get((r.article_id, r.target)) for r in rs]),
        _most([place_names.get((r.article_id, r.place)) for r in rs]), cl.country if cl else None,
        cl.lat if cl else None, cl.lon if cl else None,
        min(dates) if dates else None, max(dates) if dates else None,
        len(rs), len(reports), len(outlets),
        _most([r.killed for r in rs]), _most([r.injured for r in rs]), sorted({r.status for r in rs if r.status}),
        rs[0].sentence, json.dumps(contradictions, ensure_ascii=False, default=str),
        sorted(cl.source_keys) if cl else [], sorted(cl.target_keys) if cl else [],
        sorted(cl.place_keys) if cl else [])
    return row, reports


def _load_clusters_by_id(store: Store, ids: list[str]) -> list[Cluster]:
    if not ids:
        return []
    rows = store.con.execute(
        "SELECT id, type, date_first, date_last, source_keys, target_keys, place_keys, lat, lon, country "
        f"FROM merged_events WHERE id IN {_placeholders(ids)}", ids).fetchall()
    return [Cluster(r[0], r[1], r[2], r[3], set(r[4] or []), set(r[5] or []), set(r[6] or []), r[7], r[8], r[9])
            for r in rows]


def _disagreements(rs: list[_Member], reports: dict[str, _Report]) -> list[dict[str, Any]]:
    """Fields on which the reports of one event disagree: casualty counts, and denied versus asserted."""
    out: list[dict[str, Any]] = []
    for name in ("killed", "injured"):
        by_value: dict[Any, list[str]] = {}
        for r in rs:
            value = getattr(r, name)
            if value is not None:
                by_value.setdefault(value, [])
                if r.article_id not in by_value[value]:
                    by_value[value].append(r.article_id)
        if len(by_value) > 1:
            out.append({"field": name, "values": [
                {"value": v, "articles": arts, "outlets": sorted({reports[a].outlet or "?" for a in arts})}
                for v, arts in sorted(by_value.items(), key=lambda kv: kv[0])]})
    statuses: dict[str, list[str]] = {}
    for r in rs:
        if r.status:
            statuses.setdefault(r.status, [])
            if r.article_id not in statuses[r.status]:
                statuses[r.status].append(r.article_id)
    if "denied" in statuses and len(statuses) > 1:
        out.append({"field": "status", "values": [{"value": s, "articles": a} for s, a in sorted(statuses.items())]})
    return out
