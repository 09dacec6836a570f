"""`newsledger quotes`: a speaker's quotes across the stored articles, with article and date."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from newsledger.cli.common import warn
from newsledger.corpus import actors as corpus_actors
from newsledger.store import Store, StoreError


def _sql(corpus: bool) -> str:
    """The query; with `corpus`, a speaker is matched by the corpus actor's names across all articles ("Erdogan"
    finds an article that only wrote "Recep Tayyip Erdoğan"), else by the article's own actor."""
    name = "coalesce(c.name, s.name)" if corpus else "s.name"
    aliases = "coalesce(c.aliases, s.aliases, []::VARCHAR[])" if corpus else "coalesce(s.aliases, []::VARCHAR[])"
    join = "LEFT JOIN corpus_actors c ON c.id = s.corpus_actor" if corpus else ""
    corpus_id = "c.id" if corpus else "NULL"
    return f"""
SELECT q.article_id, a.title, a.published, a.outlet, a.url, q.id, q.kind, q.text, q.cue, q.channel,
       q.date, q.speaker, q.speaker_text, {name} AS speaker_name, {corpus_id} AS corpus_actor
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN actors s ON s.article_id = q.article_id AND s.id = q.speaker
{join}
WHERE (? IS NULL
       OR lower({name}) LIKE ?
       OR lower(array_to_string({aliases}, ' | ')) LIKE ?
       OR (s.name IS NULL AND lower(q.speaker_text) LIKE ?))
  AND (? IS NULL OR q.kind = ?)
ORDER BY coalesce(q.date, CAST(a.published AS VARCHAR)) NULLS LAST, q.article_id, q.start
LIMIT ?
"""


def find_quotes(store: Store, speaker: str | None, kind: str | None = None, limit: int = 1000) -> list[dict]:
    """Quotes whose speaker's name or one of its aliases contains `speaker` (case-insensitive)."""
    pattern = f"%{speaker.lower()}%" if speaker else None
    return store.query(_sql(corpus_actors.present(store)), [speaker, pattern, pattern, pattern, kind, kind, limit])


def register(app: typer.Typer) -> None:
    @app.command()
    def quotes(
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database."),
        speaker: str = typer.Option(None, help="Speaker name or part of it (matches the actor's name and aliases)."),
        kind: str = typer.Option(None, help="Only this kind: direct, partial or indirect."),
        limit: int = typer.Option(1000, help="At most this many quotes."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object a line."),
    ) -> None:
        """List quotes (all, or one speaker's) with article and date."""
        if kind is not None and kind not in {"direct", "partial", "indirect"}:
            warn("--kind must be direct, partial or indirect")
            raise typer.Exit(2)
        try:
            with Store(db, read_only=True) as store:
                rows = find_quotes(store, speaker, kind, limit)
        except StoreError as exc:
            warn(str(exc))
            raise typer.Exit(1) from None
        for r in rows:
            date = r["date"] or (str(r["published"]) if r["published"] else None)
            if as_json:
                typer.echo(json.dumps({**r, "published": str(r["published"]) if r["published"] else None,
                                       "date": date}, ensure_ascii=False))
                continue
            who = r["speaker_name"] or r["speaker_text"] or "?"
            where = r["title"] or r["article_id"]
            extra = f" ({r['channel']})" if r["channel"] else ""
            typer.echo(f"{date or '----------'}  {where}  [{r['kind']}] {who}{extra}: {r['text']}")
        typer.echo(f"{len(rows)} quotes" + (f" by {speaker!r}" if speaker else ""), err=True)
