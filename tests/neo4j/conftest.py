"""A loader on the session's real Neo4j server, with an empty database for each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.config import Neo4jSettings
from kg.neo4j.loader import Neo4jLoader
from kg.neo4j.server import ServerInfo


@pytest.fixture()
def neo4j_settings(neo4j_server: ServerInfo, neo4j_auth: tuple[str, str]) -> Neo4jSettings:
    return Neo4jSettings(uri=neo4j_server.bolt_uri, user=neo4j_auth[0], password=neo4j_auth[1])


@pytest.fixture()
def loader(neo4j_settings: Neo4jSettings) -> Iterator[Neo4jLoader]:
    with Neo4jLoader.connect(neo4j_settings) as connected:
        with connected.driver.session() as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
        connected.ensure_schema()
        yield connected
