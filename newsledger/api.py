"""The web page and JSON API over a newsledger database: `create_app(db_path)`; `newsledger serve` runs it.

JSON under /api/... (OpenAPI document at /api/openapi.json, a plain listing at /api), HTML pages elsewhere.
Every query string is a pydantic model (unknown parameters refused, bounded pagination, whitelisted sort keys);
every SQL statement is in newsledger/web/queries.py with bound parameters only. The database is opened
read-only. Pages are Jinja templates with autoescaping and plain JS that sets text with textContent, under a
Content-Security-Policy that allows scripts, styles and data only from this server.
"""
from __future__ import annotations

import datetime as dt
import json
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, HTTPException, Path as PathParam, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger.web import highlight
from newsledger.web.queries import (PLOVER, STATUSES, ActorDetailQuery, ActorQuery, ArticleQuery, ContradictionQuery,
                                    Db, EventExport, EventQuery, NetworkQuery, PlaceQuery, TimelineQuery)

WEB = Path(__file__).resolve().parent / "web"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
                    "Cross-Origin-Opener-Policy": "same-origin"}
ArticleId = Annotated[str, PathParam(min_length=1, max_length=300, pattern=r"^[^\x00-\x1f\x7f]+$")]

NAV = [("/", "Articles"), ("/events", "Events"), ("/timeline", "Timeline"), ("/map", "Map"), ("/actors", "Actors"),
       ("/network", "Network"), ("/contradictions", "Contradictions"), ("/api", "API")]


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(WEB / "templates"), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.globals.update(nav=NAV, plover=PLOVER, statuses=STATUSES)
    env.filters["tojson_text"] = lambda v: json.dumps(jsonable_encoder(v), ensure_ascii=False, indent=1)
    return env


def _query_url(path: str, params: dict[str, Any], **changes: Any) -> str:
    """`path?query` from the current, validated parameters with some changed (None drops one)."""
    merged = {**params, **changes}
    clean = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in merged.items()
             if v is not None and v != ""}
    return path + ("?" + urlencode(clean) if clean else "")


def create_app(db_path: str | Path) -> FastAPI:
    """The server for one database, opened read-only for the app's lifetime."""
    db = Db(str(db_path))
    env = _templates()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        db.close()

    app = FastAPI(title="newsledger", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Read-only API over a newsledger database: articles, their records, events, actors, "
                              "places and contradictions. Offsets index the article text.")
    app.state.db = db
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "public, max-age=3600")
        return response

    def page(name: str, request: Request, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(path=request.url.path, **ctx)
        return HTMLResponse(html, status_code=status)

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        if not wants_html(request):
            return await request_validation_exception_handler(request, exc)
        problems = [f"{'.'.join(str(x) for x in e.get('loc', ())[1:]) or 'query'}: {e.get('msg')}"
                    for e in exc.errors()]
        return page("error.html", request, 422, title="Invalid request", problems=problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if not wants_html(request):
            return await http_exception_handler(request, exc)
        return page("error.html", request, exc.status_code, title=str(exc.detail), problems=[])

    # -- JSON API -----------------------------------------------------------------------------------
    @app.get("/api/stats", tags=["api"], summary="Counts per table, publication span, outlets, event types")
    def api_stats() -> dict[str, Any]:
        return db.stats()

    @app.get("/api/articles", tags=["api"], summary="Articles, filtered, sorted and paginated")
    def api_articles(f: Annotated[ArticleQuery, Query()]) -> dict[str, Any]:
        return db.articles(f)

    @app.get("/api/articles/{article_id}", tags=["api"], summary="One article's full record")
    def api_article(article_id: ArticleId) -> dict[str, Any]:
        rec = db.record(article_id)
        if rec is None:
            raise HTTPException(404, "no such article")
        return rec

    @app.get("/api/events", tags=["api"], summary="Events, filtered, sorted and paginated")
    def api_events(f: Annotated[EventQuery, Query()]) -> dict[str, Any]:
        return db.events(f)

    @app.get("/api/events.csv", tags=["api"], summary="Events as CSV (same filters; at most 100,000 rows)",
             response_class=StreamingResponse)
    def api_events_csv(f: Annotated[EventExport, Query()]) -> StreamingResponse:
        return StreamingResponse(db.events_csv(f), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @app.get("/api/timeline", tags=["api"], summary="Event counts per period and type (same filters as events)")
    def api_timeline(f: Annotated[TimelineQuery, Query()]) -> dict[str, Any]:
        return db.timeline(f)

    @app.get("/api/places", tags=["api"], summary="Places with coordinates, by mentions")
    def api_places(f: Annotated[PlaceQuery, Query()]) -> dict[str, Any]:
        return db.places(f)

    @app.get("/api/actors", tags=["api"], summary="Actors merged by name across articles")
    def api_actors(f: Annotated[ActorQuery, Query()]) -> dict[str, Any]:
        return db.actors(f)

    @app.get("/api/actor", tags=["api"], summary="One actor: aliases, roles, quotes, events, articles")
    def api_actor(f: Annotated[ActorDetailQuery, Query()]) -> dict[str, Any]:
        got = db.actor(f)
        if got is None:
            raise HTTPException(404, "no such actor")
        return got

    @app.get("/api/network", tags=["api"], summary="Who acts on whom: actor pairs with event counts")
    def api_network(f: Annotated[NetworkQuery, Query()]) -> dict[str, Any]:
        return db.network(f)

    @app.get("/api/contradictions", tags=["api"], summary="Contradictions with both sides' actors and evidence")
    def api_contradictions(f: Annotated[ContradictionQuery, Query()]) -> dict[str, Any]:
        return db.contradictions(f)

    # -- pages --------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, f: Annotated[ArticleQuery, Query()]):
        got = db.articles(f)
        params = f.model_dump(exclude_defaults=True)
        return page("articles.html", request, title="Articles", f=f, got=got, stats=db.stats(),
                    url=lambda **kw: _query_url("/", params, **kw))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: ArticleId):
        head = db.article_head(article_id)
        rec = db.record(article_id)
        if head is None or rec is None:
            raise HTTPException(404, "no such article")
        text = head["text"] or ""
        actors = {a.get("id"): a for a in rec.get("actors") or []}
        colours = highlight.speaker_colours(rec)
        return page("article.html", request, title=head["title"] or head["id"], head=head, rec=rec, actors=actors,
                    segments=highlight.segments(text, rec), colours=colours, speaker_key=highlight.speaker_key,
                    record_json=rec)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, f: Annotated[EventQuery, Query()]):
        got = db.events(f)
        params = f.model_dump(exclude_defaults=True)
        filters = f.model_dump(exclude_defaults=True, include=set(EventExport.model_fields))
        return page("events.html", request, title="Events", f=f, got=got,
                    url=lambda **kw: _query_url("/events", params, **kw),
                    csv_url=_query_url("/api/events.csv", filters),
                    timeline_url=_query_url("/timeline", {k: v for k, v in filters.items()
                                                          if k not in ("sort", "order")}))

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, f: Annotated[TimelineQuery, Query()]):
        params = f.model_dump(exclude_defaults=True)
        return page("timeline.html", request, title="Timeline", f=f,
                    api_url=_query_url("/api/timeline", params), events_url=_query_url("/events", params))

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, f: Annotated[PlaceQuery, Query()]):
        got = db.places(f)
        return page("map.html", request, title="Map of places", f=f, got=got,
                    api_url=_query_url("/api/places", f.model_dump(exclude_defaults=True)))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, f: Annotated[ActorQuery, Query()]):
        got = db.actors(f)
        params = f.model_dump(exclude_defaults=True)
        return page("actors.html", request, title="Actors", f=f, got=got,
                    url=lambda **kw: _query_url("/actors", params, **kw))

    @app.get("/actor", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, f: Annotated[ActorDetailQuery, Query()]):
        got = db.actor(f)
        if got is None:
            raise HTTPException(404, "no such actor")
        return page("actor.html", request, title=got["name"], a=got)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, f: Annotated[NetworkQuery, Query()]):
        return page("network.html", request, title="Network", f=f,
                    api_url=_query_url("/api/network", f.model_dump(exclude_defaults=True)))

    @app.get("/contradictions", response_class=HTMLResponse, include_in_schema=False)
    def contradictions_page(request: Request, f: Annotated[ContradictionQuery, Query()]):
        got = db.contradictions(f)
        params = f.model_dump(exclude_defaults=True)
        return page("contradictions.html", request, title="Contradictions", f=f, got=got,
                    url=lambda **kw: _query_url("/contradictions", params, **kw))

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request):
        spec = app.openapi()
        endpoints = []
        for route, ops in spec.get("paths", {}).items():
            for method, op in ops.items():
                endpoints.append({"method": method.upper(), "path": route, "summary": op.get("summary", ""),
                                  "params": [{"name": p["name"], "in": p["in"],
                                              "description": p.get("description") or p.get("schema", {}).get(
                                                  "description", ""),
                                              "schema": _schema_text(p.get("schema", {}))}
                                             for p in op.get("parameters", [])]})
        return page("api.html", request, title="API", endpoints=endpoints)

    return app


def _schema_text(schema: dict[str, Any]) -> str:
    parts = []
    options = schema.get("anyOf") or [schema]
    for s in options:
        if "enum" in s:
            parts.append(" | ".join(map(str, s["enum"])))
        elif s.get("type") and s.get("type") != "null":
            bounds = [f"{k}={s[k]}" for k in ("minimum", "maximum", "maxLength", "pattern", "format") if k in s]
            parts.append(s["type"] + (f" ({', '.join(bounds)})" if bounds else ""))
    extra = f", default {schema['default']}" if schema.get("default") is not None else ""
    return " or ".join(parts) + extra
