"""`newsledger contradictions`: claims that disagree, within each stored article and across articles (figures,
claims and their denials, and the merged events whose reports disagree on whether the event happened)."""
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
    """Contradictions between stored articles: figures and claim/denial pairs found by `cross_article` (evidence
    given with its speaker and cue, "Z denied that P had fallen"), then the disagreements on claimed versus denied
    events that the corpus merge recorded on merged events (when merging was on), unless an article pair is
    already listed."""
    from newsledger.extract.claims import cross_article, evidence_texts

    records = list(store.records())
    out = cross_article(records, window_days=window_days)
    by_id = {r["article"]["id"]: r for r in records}
    texts: dict[str, str] = {}
    for c in out:
        for e in c.get("evidence_for", []) + c.get("evidence_against", []):
            aid = e["article"]
            if aid not in texts:
                t = store.query("SELECT text FROM articles WHERE id = ?", [aid])
                texts[aid] = t[0]["text"] if t else ""
            if aid in by_id and texts[aid] and not e["id"].startswith("n"):
                full = evidence_texts(by_id[aid], [e["id"]], texts[aid])
                if full and full[0]:
                    e["text"] = full[0].strip()
    return out + merged(store, {frozenset(c.get("articles", [])) for c in out})


def merged(store: Store, listed: set[frozenset]) -> list[dict[str, Any]]:
    """Merged events whose reports disagree on whether the event happened (claimed or reported in one article,
    denied in another), as the corpus merge recorded them."""
    exists = store.query("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'merged_events'")
    if not exists or not exists[0]["n"]:
        return []
    out = []
    for r in store.query("SELECT id, type, source_name, target_name, place_name, date_first, sentence, "
                         "contradictions FROM merged_events WHERE contradictions IS NOT NULL AND contradictions <> '[]' "
                         "ORDER BY date_first NULLS LAST, id"):
        try:
            fields = json.loads(r["contradictions"])
        except (TypeError, ValueError):
            continue
        for f in fields:
            if f.get("field") != "status":
                continue
            denied = sorted({a for v in f.get("values", []) if v.get("value") == "denied" for a in v.get("articles", [])})
            other = sorted({a for v in f.get("values", []) if v.get("value") != "denied"
                            for a in v.get("articles", [])} - set(denied))
            if not denied or not other or any(frozenset((a, b)) in listed for a in other for b in denied):
                continue
            what = " ".join(x for x in (r["source_name"], r["type"], r["target_name"]) if x)
            if r["place_name"]:
                what += f" in {r['place_name']}"
            out.append({"scope": "merged-event", "kind": "event", "merged_id": r["id"],
                        "claim": f"{what} ({', '.join(sorted({v['value'] for v in f['values']}))})",
                        "articles": sorted(set(other) | set(denied)),
                        "published": str(r["date_first"]) if r["date_first"] else None,
                        "asserted_by": other, "disputed_by": denied,
                        "evidence_for": _event_evidence(store, r["id"], other),
                        "evidence_against": _event_evidence(store, r["id"], denied)})
    return out


def _event_evidence(store: Store, merged_id: str, articles: list[str]) -> list[dict[str, Any]]:
    rows = store.query("SELECT e.article_id, e.id, e.sentence FROM event_members m JOIN events e "
                       "ON e.article_id = m.article_id AND e.id = m.event_id WHERE m.merged_id = ? "
                       "AND list_contains(?, e.article_id) ORDER BY e.article_id, e.id", [merged_id, articles])
    out, seen = [], set()
    for x in rows:
        if (x["article_id"], x["sentence"]) not in seen:  # two events of one sentence: one piece of evidence
            seen.add((x["article_id"], x["sentence"]))
            out.append({"article": x["article_id"], "id": x["id"], "text": x["sentence"]})
    return out


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
            if r.get("about"):
                typer.echo(f"    about:   {', '.join(r['about'])}")
            if r.get("total") is not None:
                typer.echo(f"    total {r['total']} ({r.get('total_rule')}); reported {r.get('values')}")
            typer.echo(f"    for:     {', '.join(r['asserted_by'])}")
            for e in r["evidence_for"]:
                typer.echo(f"      {e['article']}/{e['id']}: {e['text']}")
            typer.echo(f"    against: {', '.join(r['disputed_by'])}")
            for e in r["evidence_against"]:
                typer.echo(f"      {e['article']}/{e['id']}: {e['text']}")
        typer.echo(f"{len(rows)} contradictions", err=True)
