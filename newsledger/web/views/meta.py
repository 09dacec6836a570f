"""The database's overview (/api/stats) and the API's own listing page (/api)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsledger.web.views.render import page, read

router = APIRouter()


@router.get("/api/stats", tags=["api"], summary="Counts per table, publication span, outlets, event types")
def stats(request: Request) -> dict[str, Any]:
    return read(request).stats()


@router.get("/api", response_class=HTMLResponse, include_in_schema=False)
def api_page(request: Request):
    endpoints = []
    for route, ops in request.app.openapi().get("paths", {}).items():
        for method, op in ops.items():
            endpoints.append({"method": method.upper(), "path": route, "summary": op.get("summary", ""),
                              "params": [{"name": p["name"], "in": p["in"],
                                          "description": p.get("description") or p.get("schema", {}).get(
                                              "description", ""),
                                          "schema": _schema_text(p.get("schema", {}))}
                                         for p in op.get("parameters", [])]})
    return page(request, "api.html", title="API", endpoints=endpoints)


def _schema_text(schema: dict[str, Any]) -> str:
    parts = []
    for s in schema.get("anyOf") or [schema]:
        if "enum" in s:
            parts.append(" | ".join(map(str, s["enum"])))
        elif s.get("type") and s.get("type") != "null":
            bounds = [f"{k}={s[k]}" for k in ("minimum", "maximum", "maxLength", "pattern", "format") if k in s]
            parts.append(s["type"] + (f" ({', '.join(bounds)})" if bounds else ""))
    extra = f", default {schema['default']}" if schema.get("default") is not None else ""
    return " or ".join(parts) + extra
