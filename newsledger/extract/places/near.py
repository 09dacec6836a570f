"""What lies near what: the kinds of place that have a point of their own (towns and counties), 150 km between
points, and half-degree grid cells with their neighbourhoods."""
from __future__ import annotations

import math

from newsledger.model import Place
from newsledger.resolve.gazetteer import Entry, distance_km

# One degree of latitude is at least this many km apart along any path: a point further than 150 km north or
# south needs no great-circle distance (the margin keeps rounding from changing a result).
_KM_PER_DEGREE_LAT = math.pi * 6371.0 / 180

_NEAR_KM = 150


def _near(e: Entry | Place, points) -> bool:
    """Whether `e` lies within 150 km of one of the points."""
    lat_limit = (_NEAR_KM + 1) / _KM_PER_DEGREE_LAT
    return any(abs(e.lat - lat) < lat_limit and distance_km(e.lat, e.lon, lat, lon) < _NEAR_KM
               for lat, lon in points)


_LOCAL_KINDS = {"city", "admin2"}

_CELL_DEGREES = 0.5


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL_DEGREES), math.floor(lon / _CELL_DEGREES)


def _neighbourhood(cell: tuple[int, int]) -> list[tuple[int, int]]:
    return [(cell[0] + i, cell[1] + j) for i in (-1, 0, 1) for j in (-1, 0, 1)]
