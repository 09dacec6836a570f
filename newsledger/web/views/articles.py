"""Articles: the listing (the home page) and one article's record with its highlighted text."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from newsledger.web import highlight
from newsledger.web.queries import ArticleQuery
from newsledger.web.views.render import ArticleId, page, pager_url, read, respond, wants_json

router = APIRouter()


@router.get("/api/articles", tags=["api"], summary="Articles, filtered, sorted and paginated")
@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def articles(request: Request, f: Annotated[ArticleQuery, Query()]):
    return respond(request, read(request).articles(f), "articles.html", title="Articles", f=f,
                   stats=read(request).stats(), url=pager_url("/", f))


@router.get("/api/articles/{article_id}", tags=["api"], summary="One article's full record")
@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article(request: Request, article_id: ArticleId):
    db = read(request)
    rec = db.record(article_id)
    if rec is None:
        raise HTTPException(404, "no such article")
    if wants_json(request):
        return rec
    head = db.article_head(article_id)
    if head is None:
        raise HTTPException(404, "no such article")
    return page(request, "article.html", title=head["title"] or head["id"], head=head, rec=rec,
                actors={a.get("id"): a for a in rec.get("actors") or []},
                segments=highlight.segments(head["text"] or "", rec), colours=highlight.speaker_colours(rec),
                speaker_key=highlight.speaker_key, record_json=rec)
