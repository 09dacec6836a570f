"""Events: the filtered table (and its CSV), the timeline, and the map of places."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from newsledger.web.queries import EventExport, EventQuery, PlaceQuery, TimelineQuery
from newsledger.web.views.render import page, pager_url, query_url, read, respond, wants_json

router = APIRouter()


@router.get("/api/events", tags=["api"], summary="Events, filtered, sorted and paginated")
@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events(request: Request, f: Annotated[EventQuery, Query()]):
    filters = f.model_dump(exclude_defaults=True, include=set(EventExport.model_fields))
    return respond(request, read(request).events(f), "events.html", title="Events", f=f,
                   url=pager_url("/events", f), csv_url=query_url("/api/events.csv", filters),
                   timeline_url=query_url("/timeline", {k: v for k, v in filters.items()
                                                        if k not in ("sort", "order")}))


@router.get("/api/events.csv", tags=["api"], summary="Events as CSV (same filters; at most 100,000 rows)",
            response_class=StreamingResponse)
def events_csv(request: Request, f: Annotated[EventExport, Query()]) -> StreamingResponse:
    return StreamingResponse(read(request).events_csv(f), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/api/timeline", tags=["api"], summary="Event counts per period and type (same filters as events)")
@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline(request: Request, f: Annotated[TimelineQuery, Query()]):
    if wants_json(request):
        return read(request).timeline(f)
    params = f.model_dump(exclude_defaults=True)
    return page(request, "timeline.html", title="Timeline", f=f, api_url=query_url("/api/timeline", params),
                events_url=query_url("/events", params))


@router.get("/api/places", tags=["api"], summary="Places with coordinates, by mentions")
@router.get("/map", response_class=HTMLResponse, include_in_schema=False)
def places(request: Request, f: Annotated[PlaceQuery, Query()]):
    return respond(request, read(request).places(f), "map.html", title="Map of places", f=f,
                   api_url=query_url("/api/places", f.model_dump(exclude_defaults=True)))
