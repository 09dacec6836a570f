"""Contradictions: within one article (both sides with their evidence) and across articles."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from newsledger.web.queries import ContradictionQuery, CrossContradictionQuery
from newsledger.web.views.render import pager_url, read, respond

router = APIRouter()


@router.get("/api/contradictions", tags=["api"], summary="Contradictions within articles, both sides with evidence")
@router.get("/contradictions", response_class=HTMLResponse, include_in_schema=False)
def contradictions(request: Request, f: Annotated[ContradictionQuery, Query()]):
    return respond(request, read(request).contradictions(f), "contradictions.html", title="Contradictions", f=f,
                   url=pager_url("/contradictions", f))


@router.get("/api/contradictions/across", tags=["api"],
            summary="Contradictions between articles: figures, claims and denials, disputed merged events")
@router.get("/contradictions/across", response_class=HTMLResponse, include_in_schema=False)
def contradictions_across(request: Request, f: Annotated[CrossContradictionQuery, Query()]):
    return respond(request, read(request).contradictions_across(f), "contradictions_across.html",
                   title="Contradictions across articles", f=f, url=pager_url("/contradictions/across", f))
