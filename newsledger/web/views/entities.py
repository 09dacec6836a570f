"""Actors: the listing, one actor's page, and the network of who acts on whom."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from newsledger.web.queries import ActorDetailQuery, ActorQuery, NetworkQuery
from newsledger.web.views.render import page, pager_url, query_url, read, respond, wants_json

router = APIRouter()


@router.get("/api/actors", tags=["api"], summary="Actors merged by name across articles")
@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors(request: Request, f: Annotated[ActorQuery, Query()]):
    return respond(request, read(request).actors(f), "actors.html", title="Actors", f=f, url=pager_url("/actors", f))


@router.get("/api/actor", tags=["api"], summary="One actor: aliases, roles, quotes, events, articles")
@router.get("/actor", response_class=HTMLResponse, include_in_schema=False)
def actor(request: Request, f: Annotated[ActorDetailQuery, Query()]):
    got = read(request).actor(f)
    if got is None:
        raise HTTPException(404, "no such actor")
    if wants_json(request):
        return got
    return page(request, "actor.html", title=got["name"], a=got)


@router.get("/api/network", tags=["api"], summary="Who acts on whom: actor pairs with event counts")
@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
def network(request: Request, f: Annotated[NetworkQuery, Query()]):
    if wants_json(request):
        return read(request).network(f)
    return page(request, "network.html", title="Network", f=f,
                api_url=query_url("/api/network", f.model_dump(exclude_defaults=True)))
