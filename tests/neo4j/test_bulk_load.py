"""``kg load --bulk``: stop the kg-managed server, import offline, restart, build the schema;
the same graph as the batched ``kg load``, and a refusal when the database has data."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.config import Neo4jSettings
from kg.errors import Neo4jError
from kg.neo4j import server
from kg.neo4j.bulk_load import server_plan
from kg.neo4j.loader import Neo4jLoader
from kg.store.local import LocalStore
from tests.example import example_document
from tests.neo4j.test_bulk import _graph, _pipeline_document

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "kg-bulk-load-password"


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KG_NEO4J_PASSWORD": PASSWORD}
    env.pop("KG_STORE", None)
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip


@pytest.fixture()
def data_dir(tmp_path: Path) -> Iterator[Path]:
    directory = tmp_path / "neo4j"
    try:
        yield directory
    finally:
        server.stop(directory)


def _schema(loader: Neo4jLoader) -> tuple[list[str], list[str]]:
    with loader.driver.session(database=loader.database) as session:
        constraints = sorted(r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name"))
        indexes = sorted(
            r["name"] for r in session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")
        )
    return constraints, indexes


def test_server_plan_refuses_another_server(tmp_path: Path) -> None:
    remote = Neo4jSettings(uri="bolt://db.example.org:7687", password=PASSWORD)
    with pytest.raises(Neo4jError, match="not a local address"):
        server_plan(tmp_path, remote)
    plan = server_plan(tmp_path, Neo4jSettings(uri="bolt://127.0.0.1:7999", password=PASSWORD))
    assert (plan.bolt_port, plan.http_port, plan.auth) == (7999, 7474, True)
    (tmp_path / "server.json").write_text('{"bolt_port": 7001, "http_port": 7002, "auth": true}')
    with pytest.raises(Neo4jError, match="uses Bolt port 7001"):
        server_plan(tmp_path, Neo4jSettings(uri="bolt://127.0.0.1:7999", password=PASSWORD))
    with pytest.raises(Neo4jError, match="requires a password"):
        server_plan(tmp_path, Neo4jSettings(uri="bolt://localhost:7001"))


@pytest.mark.neo4j
@pytest.mark.slow
def test_bulk_load_equals_the_batched_load(
    tmp_path: Path, data_dir: Path, loader: Neo4jLoader
) -> None:
    store = tmp_path / "store"
    with LocalStore(store) as local:
        local.put_documents([example_document(), _pipeline_document()])
        # The batched loader, on the session's server (emptied, schema built by the fixture).
        counts = loader.load_documents(local.to_documents(), batch_size=1)
    assert counts.new == 2
    batched_graph, batched_counts, batched_schema = _graph(loader), loader.counts(), _schema(loader)

    # The kg-managed server, as `kg neo4j start` leaves it: running, its database empty.
    bolt, http = server.free_ports(2)
    server.start(data_dir, bolt_port=bolt, http_port=http, password=PASSWORD, heap="512m",
                 pagecache="128m", timeout=300.0)  # fmt: skip
    uri = f"bolt://127.0.0.1:{bolt}"
    arguments = ("load", "--bulk", "--store", str(store), "--data-dir", str(data_dir))
    done = kg(*arguments, "--neo4j", uri, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "2 documents bulk-imported into Neo4j" in done.stdout
    running = server.status(data_dir)
    assert running is not None and running.bolt_uri == uri  # started again, same port

    settings = Neo4jSettings(uri=uri, password=PASSWORD)
    with Neo4jLoader.connect(settings) as bulk:
        assert bulk.counts() == batched_counts
        assert _schema(bulk) == batched_schema
        bulk_graph = _graph(bulk)
    assert bulk_graph[0] == batched_graph[0]  # every node: id, labels, properties
    assert bulk_graph[1] == batched_graph[1]  # every relationship: type, ends, properties
    document = next(props for _, labels, props in bulk_graph[0] if "Document" in labels)
    assert dict(document)["content_hash"]

    # Not a first load: refused, with the database and the server left as they were.
    done = kg(*arguments, "--neo4j", uri, cwd=tmp_path)
    assert done.returncode == 1
    assert "kg load --bulk is for a first load into an empty database" in done.stderr
    assert server.status(data_dir) is not None
    # The same with the server stopped: started to look, refused, stopped again.
    server.stop(data_dir)
    done = kg(*arguments, "--neo4j", uri, cwd=tmp_path)
    assert done.returncode == 1 and "empty database" in done.stderr
    assert server.status(data_dir) is None
    # A URI that names another server than the one on --data-dir is refused before anything.
    done = kg(*arguments, "--neo4j", f"bolt://127.0.0.1:{http}", cwd=tmp_path)
    assert done.returncode == 1 and f"uses Bolt port {bolt}" in done.stderr
