"""The `newsledger` command line. Each module in this package named `*_cmd` defines `register(app)`;
all are discovered here, so a new command is one new file."""
from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="News articles in; a sourced record of who did what to whom, and who says so, out.")

for _mod in sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.endswith("_cmd")):
    importlib.import_module(f"{__name__}.{_mod}").register(app)


def main() -> None:
    app()
