from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from newsledger.cli.common import checked_published, read_articles, records_of
from newsledger.ingest import ReadOptions
from newsledger.ingest.base import DEFAULT_MAX_CHARS

QUESTIONS = ("who", "what", "when", "where", "why", "how")


def _label(record: Any, q: str, answer: dict[str, Any]) -> str:
    link = ""
    if q == "who" and answer.get("actor"):
        actor = record.actor(answer["actor"])
        link = f" -> {actor.name} [{actor.id}]" if actor else f" -> [{answer['actor']}]"
    elif q == "when" and answer.get("value"):
        link = f" -> {answer['value']}"
    elif q == "where" and answer.get("place"):
        place = next((p for p in record.places if p.id == answer["place"]), None)
        link = f" -> {place.name}, {place.country} [{place.id}]" if place else f" -> [{answer['place']}]"
    where = "title" if answer.get("in") == "title" else "text"
    return f"{answer['text']!r}{link}  ({where} {answer['start']}-{answer['end']})"


def render(record: Any, all_answers: bool = False) -> str:
    brief = record.brief or {}
    art = record.article
    lines = [f"# {art.title or art.source or art.id}" + (f"  ({art.published})" if art.published else "")]
    for q in QUESTIONS:
        answers = brief.get(q) or []
        if not answers:
            lines.append(f"{q:6s} -")
            continue
        lines.append(f"{q:6s} {_label(record, q, answers[0])}")
        if all_answers:
            for a in answers[1:]:
                lines.append(f"{'':6s}   {_label(record, q, a)}")
    summary = brief.get("summary") or []
    if summary:
        lines.append("")
        lines.append("Brief:")
        for s in summary:
            lines.append(f"  - {s['text']}  [{', '.join(s.get('evidence', []))}]")
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    @app.command()
    def brief(
        paths: list[Path] = typer.Argument(..., help="Article files (text, HTML, JSON Lines, CSV, WARC) or folders."),
        published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) for articles that carry none."),
        max_chars: int = typer.Option(DEFAULT_MAX_CHARS, help="Refuse articles longer than this."),
        as_json: bool = typer.Option(False, "--json", help="Print the brief as JSON (JSON Lines for several)."),
        all_answers: bool = typer.Option(False, "--all", help="List every ranked answer, not only the best."),
    ) -> None:
        """Print the article's brief: who, what, when, where, why and how of its main event, and a short
        summary whose sentences cite their evidence (record ids)."""
        options = ReadOptions(published=checked_published(published), max_chars=max_chars)
        articles = read_articles(paths, options)
        done = 0
        for item in records_of(articles):
            done += 1
            if as_json:
                data = {"article": item.article.id, "title": item.article.title, "brief": item.brief}
                typer.echo(json.dumps(data, ensure_ascii=False, indent=2 if len(articles) == 1 else None))
            else:
                if done > 1:
                    typer.echo("")
                typer.echo(render(item, all_answers))
        if done == 0:
            raise typer.Exit(1)
