"""``kg load`` of a store gives Neo4j the same graph as ``kg ingest --neo4j``, on the whole corpus.

One real ingest of the 2,972-article SaudiNewsNet zip writes the local store and
an empty database at once (the ``--neo4j`` path). Loading that store into the
same database then finds every document unchanged (its content hash, taken of
what was read back from the store, is the one the ingest wrote), and loading it
into the emptied database gives the same node and relationship counts.
``KG_CORPUS_ZIP`` names another zip of the same shape (e.g. a slice).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from neo4j import Driver

from kg.neo4j.server import ServerInfo
from tests.cli.conftest import SNN, Run

pytestmark = [pytest.mark.slow, pytest.mark.neo4j, pytest.mark.shared_data]

CORPUS = Path(os.environ.get("KG_CORPUS_ZIP") or SNN / "2015-07-21.zip")
_LOADED = re.compile(
    r"(\d+) documents in the store: (\d+) loaded into Neo4j, (\d+) replaced, (\d+) unchanged"
)


def _empty(driver: Driver) -> None:
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()


def _counts(driver: Driver) -> dict[str, int]:
    with driver.session() as session:
        return {
            "nodes": session.run("MATCH (n) RETURN count(n) AS c").single(strict=True)["c"],
            "relationships": session.run("MATCH ()-[r]->() RETURN count(r) AS c").single(
                strict=True
            )["c"],
            "documents": session.run("MATCH (d:Document) RETURN count(d) AS c").single(
                strict=True
            )["c"],
        }


def _load(kg: Run, uri: str, env: dict[str, str]) -> tuple[int, int, int, int]:
    result = kg("load", "--store", "store", "--neo4j", uri, env=env, timeout=1800)
    assert result.returncode == 0, result.stdout + result.stderr
    found = _LOADED.search(result.stdout)
    assert found, result.stdout
    total, new, replaced, unchanged = (int(x) for x in found.groups())
    return total, new, replaced, unchanged


def test_ingest_with_neo4j_and_load_from_the_store_give_the_same_graph(
    kg: Run, neo4j_server: ServerInfo, neo4j_auth: tuple[str, str], neo4j_driver: Driver
) -> None:
    if not CORPUS.exists():
        pytest.skip(f"the corpus {CORPUS} is absent")
    env = {"KG_NEO4J_USER": neo4j_auth[0], "KG_NEO4J_PASSWORD": neo4j_auth[1]}
    uri = neo4j_server.bolt_uri
    _empty(neo4j_driver)
    ingested = kg(
        "ingest", str(CORPUS), "--store", "store", "--neo4j", uri, "--quiet",
        env=env, timeout=3600,
    )
    assert ingested.returncode in (0, 3), ingested.stdout + ingested.stderr
    direct = _counts(neo4j_driver)
    extracted = int(re.search(r"documents: (\d+)", ingested.stdout).group(1))  # type: ignore[union-attr]
    print(f"\nkg ingest --neo4j: {direct} ({extracted} documents extracted)")

    total, new, replaced, unchanged = _load(kg, uri, env)
    assert (total, new, replaced, unchanged) == (direct["documents"], 0, 0, total)
    assert _counts(neo4j_driver) == direct

    _empty(neo4j_driver)
    total, new, replaced, unchanged = _load(kg, uri, env)
    loaded = _counts(neo4j_driver)
    print(f"kg ingest --store, then kg load: {loaded}")
    assert (new, replaced, unchanged) == (total, 0, 0)
    assert loaded == direct
    # Every extracted article is in the graph; a repeated article is one document.
    assert 0.95 * extracted <= loaded["documents"] <= extracted
