#!/usr/bin/env bash
# Install everything the tests need (Python packages, Neo4j from Maven Central, Debian's
# Chromium and Arabic fonts for the Neo4j Browser test), then run ruff, mypy, hadolint and
# the whole test suite. The suite starts and stops its own Neo4j server (tests/conftest.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/python -m kg.neo4j.server build
if ! command -v chromium >/dev/null || [ ! -d /usr/share/fonts/truetype/noto ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
  else
    echo "note: install Debian's chromium and fonts-noto-core for the Neo4j Browser test" >&2
  fi
fi
.venv/bin/ruff check kg tests scripts
.venv/bin/mypy
.venv/bin/hadolint docker/Dockerfile
.venv/bin/pytest -q -p no:cacheprovider "$@"
