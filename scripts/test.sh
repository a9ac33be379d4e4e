#!/usr/bin/env bash
# Install everything the tests need (Python packages, Neo4j from Maven Central),
# then run ruff, mypy and the whole test suite. The suite starts and stops its
# own Neo4j server (tests/conftest.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/python -m kg.neo4j.server build
.venv/bin/ruff check kg tests scripts
.venv/bin/mypy
.venv/bin/hadolint docker/Dockerfile
.venv/bin/pytest -q -p no:cacheprovider "$@"
