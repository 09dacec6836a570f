"""What every view shares: the read layer of the app, the Jinja environment, JSON-or-page responses and URLs."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import Path as PathParam
from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse

from newsledger.web.queries import PLOVER, STATUSES, Db

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
ArticleId = Annotated[str, PathParam(min_length=1, max_length=300, pattern=r"^[^\x00-\x1f\x7f]+$")]

NAV = [("/", "Articles"), ("/events", "Events"), ("/merged-events", "Merged events"), ("/timeline", "Timeline"),
       ("/map", "Map"), ("/actors", "Actors"), ("/network", "Network"), ("/contradictions", "Contradictions"),
       ("/duplicates", "Duplicates"), ("/api", "API")]


def templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.globals.update(nav=NAV, plover=PLOVER, statuses=STATUSES)
    env.filters["tojson_text"] = lambda v: json.dumps(jsonable_encoder(v), ensure_ascii=False, indent=1)
    return env


def read(request: Request) -> Db:
    return request.app.state.db


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def respond(request: Request, data: Any, template: str, **ctx: Any) -> Any:
    """One resource, two forms: `data` as JSON under /api/..., else the page rendering it (as `got`)."""
    if wants_json(request):
        return data
    return page(request, template, got=data, **ctx)


def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    html = request.app.state.templates.get_template(name).render(path=request.url.path, **ctx)
    return HTMLResponse(html, status_code=status)


def query_url(path: str, params: dict[str, Any], **changes: Any) -> str:
    """`path?query` from the current, validated parameters with some changed (None drops one)."""
    merged = {**params, **changes}
    clean = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in merged.items()
             if v is not None and v != ""}
    return path + ("?" + urlencode(clean) if clean else "")


def pager_url(path: str, f: Any):
    """The page's link maker for a listing filtered by `f`: same filters, some changed."""
    params = f.model_dump(exclude_defaults=True)
    return lambda **kw: query_url(path, params, **kw)
