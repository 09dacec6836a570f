"""`newsledger contradictions`: claims that disagree, within each stored article and across articles."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from newsledger.cli.common import warn
from newsledger.store import Store, StoreError

SQL = """
SELECT c.article_id, a.title, a.published, c.claim, c.kind, c.asserted_by, c.disputed_by, c.evidence_for,
       c.evidence_against
FROM contradictions c JOIN articles a ON a.id = c.article_id
ORDER BY a.published NULLS LAST, c.article_id
"""


def within(store: Store) -> list[dict[str, Any]]:
    """The stored within-article contradictions, with actor names and evidence texts resolved."""
    from newsledger.extract.claims import evidence_texts

    rows = store.query(SQL)
    texts: dict[str, tuple[dict, str]] = {}
    out = []
    for r in rows:
        aid = r["article_id"]
        if aid not in texts:
            rec = store.record(aid) or {}
            t = store.query("SELECT text FROM articles WHERE id = ?", [aid])
            texts[aid] = (rec, t[0]["text"] if t else "")
        rec, text = texts[aid]
        names = {a["id"]: a["name"] for a in rec.get("actors", [])}
        out.append({"scope": "article", "articles": [aid], "title": r["title"],
                    "published": str(r["published"]) if r["published"] else None, "kind": r["kind"],
                    "claim": r["claim"],
                    "asserted_by": [names.get(x, x) for x in r["asserted_by"] or []],
                    "disputed_by": [names.get(x, x) for x in r["disputed_by"] or []],
                    "evidence_for": [{"article": aid, "id": i, "text": t} for i, t in
                                     zip(r["evidence_for"] or [], evidence_texts(rec, r["evidence_for"] or [], text))],
                    "evidence_against": [{"article": aid, "id": i, "text": t} for i, t in
                                         zip(r["evidence_against"] or [],
                                             evidence_texts(rec, r["evidence_against"] or [], text))]})
    return out


def across(store: Store, window_days: int) -> list[dict[str, Any]]:
    from newsledger.extract.claims import cross_article

    return cross_article(list(store.records()), window_days=window_days)


def register(app: typer.Typer) -> None:
    @app.command()
    def contradictions(
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database."),
        scope: str = typer.Option("all", help="article (within one article), cross (between articles) or all."),
        window: int = typer.Option(3, help="Across articles: at most this many days between publication dates."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object a line."),
    ) -> None:
        """List claims that disagree: both sides, who says each, and the evidence."""
        if scope not in {"article", "cross", "all"}:
            warn("--scope must be article, cross or all")
            raise typer.Exit(2)
        try:
            with Store(db, read_only=True) as store:
                rows = (within(store) if scope in {"article", "all"} else []) + \
                       (across(store, window) if scope in {"cross", "all"} else [])
        except StoreError as exc:
            warn(str(exc))
            raise typer.Exit(1) from None
        for r in rows:
            if as_json:
                typer.echo(json.dumps(r, ensure_ascii=False, default=str))
                continue
            where = ", ".join(r.get("articles", []))
            typer.echo(f"[{r.get('scope', 'article')}:{r.get('kind')}] {r['claim']}  ({where})")
            if r.get("total") is not None:
                typer.echo(f"    total {r['total']} ({r.get('total_rule')}); reported {r.get('values')}")
            typer.echo(f"    for:     {', '.join(r['asserted_by'])}")
            for e in r["evidence_for"]:
                typer.echo(f"      {e['article']}/{e['id']}: {e['text']}")
            typer.echo(f"    against: {', '.join(r['disputed_by'])}")
            for e in r["evidence_against"]:
                typer.echo(f"      {e['article']}/{e['id']}: {e['text']}")
        typer.echo(f"{len(rows)} contradictions", err=True)
