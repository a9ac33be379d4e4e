#!/usr/bin/env bash
# Create .venv and install kg with its test tools and pyspark (the Spark ingest's tests).
# Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip uv
.venv/bin/uv pip install --quiet --python .venv/bin/python -e '.[dev,spark]'
