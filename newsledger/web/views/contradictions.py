"""Contradictions: within one article (both sides with their evidence) and across articles."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from newsledger.web.queries import ContradictionQuery, CrossContradictionQuery
from newsledger.web.views.render import page, pager_url, read, wants_json

router = APIRouter()


@router.get("/api/contradictions", tags=["api"], summary="Contradictions within articles, both sides with evidence")
@router.get("/contradictions", response_class=HTMLResponse, include_in_schema=False)
def contradictions(request: Request, f: Annotated[ContradictionQuery, Query()]):
    got = read(request).contradictions(f)
    if wants_json(request):
        return got
    return page(request, "contradictions.html", title="Contradictions", f=f, got=got,
                url=pager_url("/contradictions", f))


@router.get("/api/contradictions/across", tags=["api"],
            summary="Contradictions between articles: figures, claims and denials, disputed merged events")
@router.get("/contradictions/across", response_class=HTMLResponse, include_in_schema=False)
def contradictions_across(request: Request, f: Annotated[CrossContradictionQuery, Query()]):
    got = read(request).contradictions_across(f)
    if wants_json(request):
        return got
    return page(request, "contradictions_across.html", title="Contradictions across articles", f=f, got=got,
                url=pager_url("/contradictions/across", f))
