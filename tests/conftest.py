"""Session fixtures shared by the whole suite.

Neo4j: one real Neo4j Community 5.26 server per test session, built from Maven
Central and started by ``kg.neo4j.server`` in a fresh temporary directory, on
free ports, with auth on and a random password. Tests that use it carry
``@pytest.mark.neo4j``. ``KG_SKIP_NEO4J=1`` skips them; otherwise a server that
fails to start is an error, never a silent skip.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver, GraphDatabase

# kg is not installed into the virtualenv; make the checkout importable.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from kg.neo4j import server as neo4j_server_lib  # noqa: E402
from kg.neo4j.server import ServerInfo  # noqa: E402

SKIP_NEO4J_ENV = "KG_SKIP_NEO4J"
_SKIP_REASON = f"{SKIP_NEO4J_ENV}=1: tests that need the Neo4j server are skipped"
_NEO4J_PASSWORD = "kg-test-" + secrets.token_urlsafe(18)


def neo4j_skipped() -> bool:
    return os.environ.get(SKIP_NEO4J_ENV) == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not neo4j_skipped():
        return
    skip = pytest.mark.skip(reason=_SKIP_REASON)
    for item in items:
        if item.get_closest_marker("neo4j") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerInfo]:
    """The session's running server; stopped by its own pid when the session ends."""
    if neo4j_skipped():
        pytest.skip(_SKIP_REASON)
    neo4j_server_lib.build()
    data_dir = tmp_path_factory.mktemp("neo4j")
    bolt_port, http_port = neo4j_server_lib.free_ports(2)
    info = neo4j_server_lib.start(
        data_dir,
        bolt_port=bolt_port,
        http_port=http_port,
        auth=True,
        password=_NEO4J_PASSWORD,
        heap="1g",
        pagecache="512m",
        timeout=300.0,
    )
    try:
        yield info
    finally:
        neo4j_server_lib.stop(data_dir)


@pytest.fixture(scope="session")
def neo4j_auth(neo4j_server: ServerInfo) -> tuple[str, str]:
    """(user, password) for the session server."""
    return (neo4j_server_lib.USER, _NEO4J_PASSWORD)


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server: ServerInfo, neo4j_auth: tuple[str, str]) -> Iterator[Driver]:
    """A driver logged in to the session server."""
    driver = GraphDatabase.driver(neo4j_server.bolt_uri, auth=neo4j_auth)
    try:
        yield driver
    finally:
        driver.close()
