#!/usr/bin/env bash
# The project's Neo4j Community 5.26 server, without Docker.
#
#   scripts/neo4j/neo4j.sh build [--force]
#   KG_NEO4J_PASSWORD=... scripts/neo4j/neo4j.sh start DATA_DIR [--bolt-port 7687] [--http-port 7474]
#                                                    [--no-auth] [--heap 1g] [--pagecache 512m]
#   scripts/neo4j/neo4j.sh status DATA_DIR
#   scripts/neo4j/neo4j.sh stop DATA_DIR
#
# A thin wrapper over kg.neo4j.server, which builds lib/ from pom.xml with Maven
# and runs: java -Xms<heap> -Xmx<heap> <neo4j.conf JVM flags>
#   -cp 'lib/plugins/*:lib/*' org.neo4j.server.CommunityEntryPoint
#   --home-dir=DATA_DIR --config-dir=DATA_DIR/conf
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
python="${KG_PYTHON:-$root/.venv/bin/python}"
cd "$root"
exec "$python" -m kg.neo4j.server "$@"
