"""`newsledger contradictions`: claims that disagree, within each stored article and across articles (figures,
claims and their denials, and the merged events whose reports disagree on whether the event happened); a shell
over the read layer (newsledger.web.queries.Db), which resolves both sides once for the page, the API and here."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

import typer

from newsledger.cli.common import echo_json, read_db
from newsledger.cli.duplicates_cmd import _pages
from newsledger.web.queries import ContradictionQuery, CrossContradictionQuery


class Scope(str, Enum):
    article = "article"
    cross = "cross"
    all = "all"


def _within_lines(c: dict[str, Any]) -> list[str]:
    src = c["source"]
    lines = [f"[article:{c.get('kind')}] {c['claim']}  ({src['article_id']})"]
    for label, side in (("for", c["for"]), ("against", c["against"])):
        lines.append(f"    {label + ':':<9}{', '.join(a['name'] for a in side['actors'])}")
        lines += [f"      {src['article_id']}/{e['id']}: {e.get('text') or ''}" for e in side["evidence"]]
    return lines


def _across_lines(c: dict[str, Any]) -> list[str]:
    lines = [f"[{c.get('scope', 'cross')}:{c.get('kind')}] {c['claim']}  ({', '.join(c.get('articles', []))})"]
    if c.get("about"):
        lines.append(f"    about:   {', '.join(c['about'])}")
    if c.get("total") is not None:
        lines.append(f"    total {c['total']} ({c.get('total_rule')}); reported {c.get('values')}")
    for label, who, evidence in (("for", "asserted_by", "evidence_for"),
                                 ("against", "disputed_by", "evidence_against")):
        lines.append(f"    {label + ':':<9}{', '.join(c[who])}")
        lines += [f"      {e['article']}/{e['id']}: {e['text']}" for e in c[evidence]]
    return lines


def register(app: typer.Typer) -> None:
    @app.command()
    def contradictions(
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database."),
        scope: Scope = typer.Option(Scope.all, help="Within one article, between articles, or both."),
        window: int = typer.Option(3, min=0, max=60, help="Across articles: at most this many days apart."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object a line."),
    ) -> None:
        """List claims that disagree: both sides, who says each, and the evidence."""
        with read_db(db) as read:
            within = list(_pages(lambda n, o: read.contradictions(ContradictionQuery(limit=n, offset=o, order="asc")),
                                 10**9)) if scope in (Scope.article, Scope.all) else []
            across = list(_pages(lambda n, o: read.contradictions_across(
                CrossContradictionQuery(window=window, limit=n, offset=o)), 10**9)) \
                if scope in (Scope.cross, Scope.all) else []
        for c in within:
            if as_json:
                echo_json({"scope": "article", **c})
            else:
                typer.echo("\n".join(_within_lines(c)))
        for c in across:
            if as_json:
                echo_json(c)
            else:
                typer.echo("\n".join(_across_lines(c)))
        typer.echo(f"{len(within) + len(across)} contradictions", err=True)
