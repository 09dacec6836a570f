"""`newsledger serve`: the web page and JSON API over a database, read-only, on 127.0.0.1 unless told otherwise."""
from __future__ import annotations

from pathlib import Path

import typer

from newsledger.cli.common import warn


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: Path = typer.Option(Path("news.duckdb"), help="DuckDB database (opened read-only)."),
        host: str = typer.Option("127.0.0.1", help="Address to listen on. The default serves this machine only; "
                                                   "use 0.0.0.0 to let other machines in (there is no login)."),
        port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    ) -> None:
        """Serve the web page (articles, events, timeline, map, actors, network, contradictions) and the JSON API
        (/api, OpenAPI at /api/openapi.json) over a database."""
        import uvicorn

        from newsledger.api import create_app
        from newsledger.store import StoreError

        try:
            application = create_app(db)
        except StoreError as exc:
            warn(str(exc))
            raise typer.Exit(1) from None
        typer.echo(f"newsledger: serving {db} on http://{host}:{port}/ (read-only; Ctrl-C stops)", err=True)
        uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)
