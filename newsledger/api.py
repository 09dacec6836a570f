"""The web page and JSON API over a newsledger database: `create_app(db_path)`; `newsledger serve` runs it.

Each resource has one handler (newsledger/web/views/) that serves its JSON under /api/... (OpenAPI document at
/api/openapi.json, a plain listing at /api) and its HTML page elsewhere. Every query string is a pydantic model
(unknown parameters refused, bounded pagination, whitelisted sort keys); every SQL statement is in
newsledger/web/queries.py with bound parameters only. The database is opened read-only. Pages are Jinja
templates with autoescaping and plain JS that sets text with textContent, under a Content-Security-Policy that
allows scripts, styles and data only from this server.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger.web.queries import Db
from newsledger.web.views import ROUTERS
from newsledger.web.views.render import page, templates, wants_json

STATIC = Path(__file__).resolve().parent / "web" / "static"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
                    "Cross-Origin-Opener-Policy": "same-origin"}


def create_app(db_path: str | Path) -> FastAPI:
    """The server for one database, opened read-only for the app's lifetime."""
    db = Db(str(db_path))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        db.close()

    app = FastAPI(title="newsledger", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Read-only API over a newsledger database: articles, their records, events, actors, "
                              "places, contradictions within and across articles, merged events and duplicates. "
                              "Offsets index the article text.")
    app.state.db = db
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in ROUTERS:
        app.include_router(router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "public, max-age=3600")
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        if wants_json(request):
            return await request_validation_exception_handler(request, exc)
        problems = [f"{'.'.join(str(x) for x in e.get('loc', ())[1:]) or 'query'}: {e.get('msg')}"
                    for e in exc.errors()]
        return page(request, "error.html", 422, title="Invalid request", problems=problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if wants_json(request) or request.url.path == "/api/openapi.json":
            return await http_exception_handler(request, exc)
        return page(request, "error.html", exc.status_code, title=str(exc.detail), problems=[])

    return app
