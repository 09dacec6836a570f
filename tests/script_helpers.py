"""Helpers shared by the tests of scripts/: a script imported as a module, its main() not run."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load_script(path: Path) -> ModuleType:
    """The script at `path` imported as a module named after its file (what it does at import time runs; its
    main() does not)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
