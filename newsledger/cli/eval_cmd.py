from __future__ import annotations

import json
import os
from pathlib import Path

import typer

from newsledger.cli.common import warn
from newsledger.eval.split import Split


def default_corpus() -> Path:
    env = os.environ.get("NEWSLEDGER_CORPUS")
    if env:
        return Path(env)
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (base.parent / "shared" / "corpus").is_dir():
            return base.parent / "shared" / "corpus"
    return Path("../shared/corpus")


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_(
        corpus: Path = typer.Option(None, help="Gold corpus folder (default ../shared/corpus)."),
        component: list[str] = typer.Option(None, help="Only these components (entities, actors, quotes, ...)."),
        dataset: list[str] = typer.Option(None, help="Only these data sets (reference, gum, polnear, ...)."),
        limit: int = typer.Option(None, help="At most this many documents per data set."),
        split: Split = typer.Option(Split.check, help="Which half of each data set: the check half (default, never "
                                    "tuned on), the tune half, or all."),
        as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of a table."),
    ) -> None:
        """Score the extractor against the gold data: precision / recall / F1 per component."""
        from newsledger.eval.runner import run, selection_error

        corpus = corpus or default_corpus()
        if not corpus.is_dir():
            warn(f"{corpus}: no such corpus folder")
            raise typer.Exit(2)
        problem = selection_error(component or None, dataset or None)
        if problem:
            warn(problem)
            raise typer.Exit(2)
        scores = run(corpus, component or None, dataset or None, limit, split)
        if as_json:
            for s in scores:
                typer.echo(json.dumps(s.__dict__, ensure_ascii=False, default=str))
            return
        typer.echo(f"split: {split.value} (newsledger.eval.split)")
        width = max([len(s.dataset) for s in scores] + [7]) + 2
        mwidth = max([len(s.metric) for s in scores] + [6]) + 2
        typer.echo(f"{'component':<16}{'dataset':<{width}}{'metric':<{mwidth}}{'P':>8}{'R':>8}{'F1':>8}{'value':>8}{'n':>7}")
        for s in scores:
            cells = [f"{v:>8.3f}" if isinstance(v, float) else f"{'-':>8}"
                     for v in (s.precision, s.recall, s.f1, s.value)]
            typer.echo(f"{s.component:<16}{s.dataset:<{width}}{s.metric:<{mwidth}}{''.join(cells)}"
                       f"{s.n if s.n is not None else '-':>7}")
