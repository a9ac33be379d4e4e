"""How `kg` talks to Neo4j, through the real CLI: Bolt URIs only, bounded retries, no empty
store left behind when the server is down, and `kg delete` that says what it did."""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from pathlib import Path

import pytest
from neo4j import Driver

from kg.neo4j.server import ServerInfo, free_ports
from tests.cli.conftest import SEED, Run, needs_shared

pytestmark = needs_shared

HTTP_URI = "http://127.0.0.1:7474"


@pytest.mark.parametrize(
    "command",
    [
        ["load"],
        ["ingest", str(SEED)],
        ["export", "--from", "neo4j"],
        ["delete", "--document", "doc-0000000000000000"],
    ],
    ids=lambda command: command[0],
)
def test_a_non_bolt_uri_is_a_one_line_usage_error(
    kg: Run, tmp_path: Path, command: list[str]
) -> None:
    result = kg(*command, "--neo4j", HTTP_URI)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"error: --neo4j {HTTP_URI!r} is not a Bolt URI: kg talks to Neo4j over Bolt, e.g. "
        "bolt://127.0.0.1:7687 (schemes: bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc); "
        "the HTTP port (7474) serves Neo4j Browser only"
    ]
    assert not (tmp_path / ".kg").exists()


def test_a_non_bolt_uri_from_the_environment_is_one_line_too(kg: Run, tmp_path: Path) -> None:
    assert kg("ingest", "--quiet", str(SEED)).returncode == 0
    result = kg("load", env={"KG_NEO4J_URI": HTTP_URI})
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"KG_NEO4J_URI {HTTP_URI!r} is not a Bolt URI" in lines[0]


def test_load_with_the_server_down_fails_at_once(kg: Run) -> None:
    assert kg("ingest", "--quiet", str(SEED)).returncode == 0
    (port,) = free_ports(1)
    started = time.monotonic()
    result = kg("load", "--neo4j", f"bolt://127.0.0.1:{port}")
    assert result.returncode == 1, result.stderr
    assert f"cannot reach Neo4j at bolt://127.0.0.1:{port}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert time.monotonic() - started < 30


def test_ingest_with_the_server_down_leaves_no_store(kg: Run, tmp_path: Path) -> None:
    (port,) = free_ports(1)
    result = kg("ingest", "--quiet", str(SEED), "--neo4j", f"bolt://127.0.0.1:{port}")
    assert result.returncode == 1, result.stderr
    assert "cannot reach Neo4j" in result.stderr
    assert not (tmp_path / ".kg").exists(), sorted(p.name for p in tmp_path.rglob("*"))


# --- kg delete -----------------------------------------------------------------------


def _documents(kg: Run) -> int:
    result = kg("stats", "--json")
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout)["documents"])


def _document_iri(kg: Run) -> str:
    result = kg("query", "--format", "json", "SELECT ?d WHERE { ?d a kg:Document }")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 1
    return str(rows[0]["d"])


def test_delete_of_an_unknown_document_says_so(kg: Run, tmp_path: Path) -> None:
    assert kg("ingest", "--quiet", str(SEED)).returncode == 0
    iri = _document_iri(kg)
    for reference in ("doc-0000000000000000", "https://w3id.org/arkg/id/doc-0000000000000000"):
        result = kg("delete", "--document", reference)
        assert result.returncode == 1, result.stderr
        assert "no document doc-0000000000000000 in the local store .kg/store" in result.stderr
        assert "deleted" not in result.stdout
    other = kg("delete", "--document", "https://example.org/news/1")
    assert other.returncode == 1
    assert "document IRIs start with https://w3id.org/arkg/id/" in other.stderr
    assert _documents(kg) == 1

    by_iri = kg("delete", "--document", iri)
    assert by_iri.returncode == 0, by_iri.stderr
    doc_id = iri.rsplit("/", 1)[1]
    assert by_iri.stdout.strip() == f"deleted: {doc_id} in the local store .kg/store"
    assert _documents(kg) == 0
    again = kg("delete", "--document", doc_id)
    assert again.returncode == 1
    assert f"no document {doc_id}" in again.stderr


def test_delete_without_a_store_says_so_and_creates_none(kg: Run, tmp_path: Path) -> None:
    result = kg("delete", "--document", "doc-0000000000000000", "--store", "missing")
    assert result.returncode == 1
    assert "no local store at missing" in result.stderr
    assert not (tmp_path / "missing").exists()


# --- against the real server ---------------------------------------------------------


def _neo4j_env(server: ServerInfo, auth: tuple[str, str]) -> dict[str, str]:
    return {"KG_NEO4J_USER": auth[0], "KG_NEO4J_PASSWORD": auth[1], "KG_NEO4J_URI": server.bolt_uri}


@pytest.mark.neo4j
def test_delete_from_neo4j_says_where_it_was(
    kg: Run, neo4j_server: ServerInfo, neo4j_auth: tuple[str, str]
) -> None:
    env = _neo4j_env(neo4j_server, neo4j_auth)
    uri = neo4j_server.bolt_uri
    assert kg("ingest", "--quiet", str(SEED), "--neo4j", uri, env=env).returncode == 0
    doc_id = _document_iri(kg).rsplit("/", 1)[1]
    missing = kg("delete", "--document", "doc-0000000000000000", "--neo4j", uri, env=env)
    assert missing.returncode == 1
    assert (
        f"no document doc-0000000000000000 in the local store .kg/store nor in Neo4j at {uri}"
        in missing.stderr
    )
    deleted = kg("delete", "--document", doc_id, "--neo4j", uri, env=env)
    assert deleted.returncode == 0, deleted.stderr
    assert deleted.stdout.splitlines() == [
        f"deleted: {doc_id} in the local store .kg/store",
        f"deleted: {doc_id} in Neo4j at {uri}",
    ]
    gone = kg("delete", "--document", doc_id, "--neo4j", uri, env=env)
    assert gone.returncode == 1


class _CuttingProxy:
    """Forwards a local port to the Neo4j server until the client sends ``marker``; then
    it resets every connection and stops listening, as a server killed mid-load would."""

    def __init__(self, target_port: int, marker: bytes) -> None:
        self.target_port = target_port
        self.marker = marker
        self.cut_at: float | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.cut_at is not None:
                client.close()
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            with self._lock:
                self._sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, watch: bool) -> None:
        seen = b""
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                seen = seen[-len(self.marker) :] + data
                if watch and self.marker in seen:
                    self.cut()
                    return
                target.sendall(data)

    def cut(self) -> None:
        with self._lock:
            if self.cut_at is not None:
                return
            self.cut_at = time.monotonic()
            # shutdown() wakes the thread blocked in accept() and stops listening at once;
            # close() alone would leave the socket listening until accept() returns.
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    sock.close()


@pytest.mark.neo4j
def test_load_reports_a_server_lost_mid_load_within_max_retry_time(
    kg: Run, neo4j_server: ServerInfo, neo4j_auth: tuple[str, str], neo4j_driver: Driver
) -> None:
    assert kg("ingest", "--quiet", str(SEED)).returncode == 0
    with neo4j_driver.session() as session:  # CALL ... IN TRANSACTIONS needs an implicit one
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
    proxy = _CuttingProxy(int(neo4j_server.bolt_uri.rsplit(":", 1)[1]), b"$rows")
    env = {**_neo4j_env(neo4j_server, neo4j_auth), "KG_NEO4J_MAX_RETRY_TIME": "3"}
    result = kg("load", "--neo4j", f"bolt://127.0.0.1:{proxy.port}", env=env)
    ended = time.monotonic()
    assert proxy.cut_at is not None, "the load never wrote a batch"
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"Neo4j at bolt://127.0.0.1:{proxy.port} became unavailable" in lines[0]
    assert "within 3 s (KG_NEO4J_MAX_RETRY_TIME)" in lines[0]
    assert ended - proxy.cut_at < 3 + 12, f"gave up {ended - proxy.cut_at:.1f} s after the cut"
    records, _, _ = neo4j_driver.execute_query("MATCH (d:Document) RETURN count(d) AS n")
    assert records[0]["n"] == 0  # the cut transaction was rolled back
