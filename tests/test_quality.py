"""The code's own checks, run with the tests so CI runs them: ruff over the tree (rules in pyproject.toml) and
mypy over the record types, the store, the pipeline and the web layer."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_ruff_clean():
    res = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-1000:]


def test_types_of_the_record_store_pipeline_and_web():
    res = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "-m", "newsledger.model", "-m",
                          "newsledger.store", "-m", "newsledger.pipeline", "-m", "newsledger.api", "-p",
                          "newsledger.web"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-1000:]
