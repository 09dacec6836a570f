"""The corpus: events merged across articles (with the articles that report each) and near-duplicate articles."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from newsledger.web.queries import MergedEventQuery, Paged
from newsledger.web.views.render import page, pager_url, read, respond, wants_json

router = APIRouter()
MergedId = Annotated[str, PathParam(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.:-]+$")]


@router.get("/api/merged-events", tags=["api"], summary="Events merged across articles, most reported first")
@router.get("/merged-events", response_class=HTMLResponse, include_in_schema=False)
def merged_events(request: Request, f: Annotated[MergedEventQuery, Query()]):
    return respond(request, read(request).merged_events(f), "merged_events.html", title="Merged events", f=f,
                   url=pager_url("/merged-events", f))


@router.get("/api/merged-events/{merged_id}", tags=["api"],
            summary="One merged event: the articles that report it and each article's own event")
@router.get("/merged-events/{merged_id}", response_class=HTMLResponse, include_in_schema=False)
def merged_event(request: Request, merged_id: MergedId):
    got = read(request).merged_event(merged_id)
    if got is None:
        raise HTTPException(404, "no such merged event")
    if wants_json(request):
        return got
    return page(request, "merged_event.html", title=f"{got['type']} event", e=got)


@router.get("/api/duplicates", tags=["api"], summary="Near-duplicate articles and the stored article each copies")
@router.get("/duplicates", response_class=HTMLResponse, include_in_schema=False)
def duplicates(request: Request, f: Annotated[Paged, Query()]):
    return respond(request, read(request).duplicates(f), "duplicates.html", title="Duplicates", f=f,
                   url=pager_url("/duplicates", f))
