"""Benchmark: load the graph of the 2,972-article corpus into an empty Neo4j database.

Extracts the SaudiNewsNet day (``../shared/data/news/saudinewsnet/2015-07-21.zip``)
once with the default pipeline, then loads the same graph, each time into an
empty database on the same server:

* kg's loader (``kg.neo4j.loader``: batched ``UNWIND ... MERGE`` under constraints);
* neo4j-graphrag's ``Neo4jWriter`` (batches of 1,000; CREATE + APOC merge);
* LangChain's ``Neo4jGraph.add_graph_documents`` (one GraphDocument per article,
  ``baseEntityLabel=True``, its fastest setting);
* one parameterised ``MERGE`` per node and per relationship (under the same
  constraints as kg's), the naive baseline;
* kg's bulk path (``kg.neo4j.bulk``), timed from stopping the server to the schema
  built after it has started again on the imported store (when the benchmark
  runs its own server);
* a bare ``UNWIND ... CREATE`` of the same nodes and relationships in batches of
  10,000, with one index and no constraints, as fast as Cypher can write this
  graph on this server: a floor for any loader that keeps no constraints, no
  provenance checks and no idempotence, shown for scale.

Each loader loads the whole graph into the empty database twice (``--runs``),
round robin, and its fastest run counts: the first round warms the server's JIT
and plan cache, so that no loader pays for warming the server on the others'
behalf. The counts checked after each run are printed with it.

It prints nodes/s and relationships/s for each, and kg's speed-up over the
faster of the two peers. The peers are benchmark-only extras:
``uv pip install -e '.[bench]'``. It starts its own server (``kg.neo4j.server``)
in a temporary directory unless ``--uri`` is given (password from
``KG_NEO4J_PASSWORD``).

    .venv/bin/python scripts/bench_load.py [--limit N] [--per-row-limit N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from neo4j import Driver, GraphDatabase  # noqa: E402

from kg.config import Neo4jSettings  # noqa: E402
from kg.ingest import default_pipeline  # noqa: E402
from kg.io import Article, read_articles  # noqa: E402
from kg.model import Document  # noqa: E402
from kg.neo4j import server  # noqa: E402
from kg.neo4j.bulk import bulk_import, finish_import  # noqa: E402
from kg.neo4j.loader import Neo4jLoader, content_hash  # noqa: E402
from kg.neo4j.rows import document_rows  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet" / "2015-07-21.zip"


@dataclass(frozen=True)
class GraphNode:
    id: str
    label: str
    labels: tuple[str, ...]
    properties: dict[str, Any]


@dataclass(frozen=True)
class GraphEdge:
    start: str
    end: str
    type: str
    properties: dict[str, Any]
    document_id: str


@dataclass
class PlainGraph:
    """The graph kg writes, as plain nodes and relationships a peer can take."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]
    nodes_by_document: dict[str, list[GraphNode]]


def _clean(properties: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in properties.items() if value is not None}


def plain_graph(docs: list[Document]) -> PlainGraph:
    """Flatten kg's loader rows into one list of nodes and one of relationships."""
    rows = document_rows(docs, {doc.id: content_hash(doc) for doc in docs})
    nodes: dict[str, GraphNode] = {}
    per_doc: dict[str, list[GraphNode]] = {doc.id: [] for doc in docs}
    edges: list[GraphEdge] = []

    def node(node_id: str, labels: tuple[str, ...], props: dict[str, Any], doc: str) -> None:
        graph_node = nodes.setdefault(node_id, GraphNode(node_id, labels[0], labels, _clean(props)))
        per_doc[doc].append(graph_node)

    def edge(start: str, end: str, rel_type: str, props: dict[str, Any], doc: str) -> None:
        edges.append(GraphEdge(start, end, rel_type, _clean(props), doc))

    for row in rows.documents:
        props = {k: v for k, v in row["props"].items() if k != "entity_aliases"}
        node(row["id"], ("Document",), props, row["id"])
    entity_docs = {e.id: doc.id for doc in docs for e in doc.entities}
    for labels, entity_rows in rows.entities.items():
        for row in entity_rows:
            props = {**row["props"], "aliases": row["aliases"]}
            node(row["id"], labels, props, entity_docs[row["id"]])
    for row in rows.documents:
        doc = row["id"]
        for sentence in row["sentences"]:
            sentence_id = sentence["props"]["id"]
            node(sentence_id, ("Sentence",), sentence["props"], doc)
            edge(doc, sentence_id, "HAS_SENTENCE", {}, doc)
            for mention in sentence["mentions"]:
                mention_id = mention["props"]["id"]
                node(mention_id, ("Mention",), mention["props"], doc)
                edge(sentence_id, mention_id, "HAS_MENTION", {}, doc)
                if mention["entity_id"]:
                    edge(mention_id, mention["entity_id"], "REFERS_TO", {}, doc)
    for row in rows.statements:
        doc = row["props"]["document_id"]
        node(
            row["id"], ("Statement",), {**row["props"], "about_ids": row["props"]["about_ids"]}, doc
        )
        edge(row["id"], row["sentence_id"], "EVIDENCED_BY", row["evidence"], doc)
    for labels, event_rows in rows.events.items():
        for row in event_rows:
            doc = row["props"]["document_id"]
            node(row["id"], labels, row["props"], doc)
            edge(row["id"], row["sentence_id"], "EVIDENCED_BY", row["evidence"], doc)
    for role_type, argument_rows in rows.arguments.items():
        for row in argument_rows:
            edge(
                row["event_id"],
                row["entity_id"],
                role_type,
                {"start": row["start"], "end": row["end"]},
                row["document_id"],
            )
    for (rel_type, _s, _o), relation_rows in rows.relations.items():
        for row in relation_rows:
            props = row["props"]
            edge(row["subject_id"], row["object_id"], rel_type, props, props["document_ids"][0])
    return PlainGraph(list(nodes.values()), edges, per_doc)


# --- the loaders ---------------------------------------------------------------------


def load_kg(settings: Neo4jSettings, docs: list[Document], graph: PlainGraph) -> None:
    with Neo4jLoader.connect(settings) as loader:
        loader.ensure_schema()
        loader.load_documents(docs)


def load_graphrag(settings: Neo4jSettings, docs: list[Document], graph: PlainGraph) -> None:
    from neo4j_graphrag.components.kg_writer import Neo4jWriter
    from neo4j_graphrag.components.types import Neo4jGraph, Neo4jNode, Neo4jRelationship

    neo4j_graph = Neo4jGraph(
        nodes=[Neo4jNode(id=n.id, label=n.label, properties=n.properties) for n in graph.nodes],
        relationships=[
            Neo4jRelationship(
                start_node_id=e.start, end_node_id=e.end, type=e.type, properties=e.properties
            )
            for e in graph.edges
        ],
    )
    with _driver(settings) as driver:
        writer = Neo4jWriter(driver, batch_size=1000)
        result = asyncio.run(writer.run(neo4j_graph))
        if result.status != "SUCCESS":
            raise RuntimeError(f"Neo4jWriter failed: {result}")


def load_langchain(settings: Neo4jSettings, docs: list[Document], graph: PlainGraph) -> None:
    from langchain_core.documents import Document as LcDocument
    from langchain_neo4j import Neo4jGraph
    from langchain_neo4j.graphs.graph_document import GraphDocument, Node, Relationship

    label_of = {n.id: n.label for n in graph.nodes}
    edges_by_doc: dict[str, list[GraphEdge]] = {doc.id: [] for doc in docs}
    for e in graph.edges:
        edges_by_doc[e.document_id].append(e)
    graph_documents = []
    for doc in docs:
        nodes = {
            n.id: Node(id=n.id, type=n.label, properties=n.properties)
            for n in graph.nodes_by_document[doc.id]
        }
        relationships = [
            Relationship(
                source=Node(id=e.start, type=label_of[e.start]),
                target=Node(id=e.end, type=label_of[e.end]),
                type=e.type,
                properties=e.properties,
            )
            for e in edges_by_doc[doc.id]
        ]
        graph_documents.append(
            GraphDocument(
                nodes=list(nodes.values()),
                relationships=relationships,
                source=LcDocument(page_content=doc.text[:100]),
            )
        )
    lc_graph = Neo4jGraph(
        url=settings.uri, username=settings.user, password=settings.password, refresh_schema=False
    )
    try:
        lc_graph.add_graph_documents(graph_documents, baseEntityLabel=True)
    finally:
        lc_graph.close()


def load_merge_per_row(settings: Neo4jSettings, docs: list[Document], graph: PlainGraph) -> None:
    with Neo4jLoader.connect(settings) as loader:
        loader.ensure_schema()
    from kg.neo4j.cypher import checked_name, label_clause

    with _driver(settings) as driver, driver.session() as session:
        for n in graph.nodes:
            root = _root(n.labels)
            session.run(
                f"MERGE (n:`{checked_name(root)}` {{id: $id}}) SET n += $props "
                f"SET n{label_clause(n.labels)}",
                id=n.id,
                props=n.properties,
            ).consume()
        roots = {n.id: _root(n.labels) for n in graph.nodes}
        for e in graph.edges:
            session.run(
                f"MATCH (a:`{checked_name(roots[e.start])}` {{id: $start}}) "
                f"MATCH (b:`{checked_name(roots[e.end])}` {{id: $end}}) "
                f"MERGE (a)-[r:`{checked_name(e.type)}`]->(b) SET r += $props",
                start=e.start,
                end=e.end,
                props=e.properties,
            ).consume()


def load_bare_create(settings: Neo4jSettings, docs: list[Document], graph: PlainGraph) -> None:
    nodes = [{"id": n.id, "props": n.properties} for n in graph.nodes]
    edges = [{"start": e.start, "end": e.end, "props": e.properties} for e in graph.edges]
    with _driver(settings) as driver, driver.session() as session:
        session.run("CREATE INDEX bench_bare_id IF NOT EXISTS FOR (n:Bare) ON (n.id)").consume()
        session.run("CALL db.awaitIndexes(300)").consume()
        for batch in _chunks(nodes, 10_000):
            session.run(
                "UNWIND $rows AS row CREATE (n:Bare) SET n = row.props, n.id = row.id", rows=batch
            ).consume()
        for batch in _chunks(edges, 10_000):
            session.run(
                "UNWIND $rows AS row MATCH (a:Bare {id: row.start}) MATCH (b:Bare {id: row.end}) "
                "CREATE (a)-[r:RELATED]->(b) SET r = row.props",
                rows=batch,
            ).consume()


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _root(labels: tuple[str, ...]) -> str:
    for root in ("Entity", "Event", "Document", "Sentence", "Mention", "Statement"):
        if root in labels:
            return root
    return labels[0]


# --- harness -------------------------------------------------------------------------


@contextmanager
def _driver(settings: Neo4jSettings) -> Iterator[Driver]:
    driver = GraphDatabase.driver(
        settings.uri, auth=settings.auth, notifications_min_severity="OFF"
    )
    try:
        yield driver
    finally:
        driver.close()


def empty_database(settings: Neo4jSettings) -> None:
    with _driver(settings) as driver, driver.session() as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
        for record in list(session.run("SHOW CONSTRAINTS YIELD name RETURN name")):
            session.run(f"DROP CONSTRAINT `{record['name']}`").consume()
        for record in list(
            session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
        ):
            session.run(f"DROP INDEX `{record['name']}`").consume()


def counts(settings: Neo4jSettings) -> tuple[int, int]:
    with _driver(settings) as driver, driver.session() as session:
        nodes = session.run("MATCH (n) RETURN count(n) AS c").single(strict=True)["c"]
        rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single(strict=True)["c"]
    return int(nodes), int(rels)


Loader = Callable[[Neo4jSettings, list[Document], PlainGraph], None]


@dataclass
class Contender:
    name: str
    load: Loader
    docs: list[Document]
    graph: PlainGraph
    runs: int
    times: list[float]


def measure_all(settings: Neo4jSettings, contenders: list[Contender]) -> list[dict[str, Any]]:
    """Each contender ``runs`` times, round robin (so no loader runs first on a cold server
    more often than the others); the fastest run of each counts. A contender's runs
    are its last rounds: the bulk path, run once, restarts the server after the others."""
    rounds = max(c.runs for c in contenders)
    for round_ in range(rounds):
        for contender in contenders:
            if round_ < rounds - contender.runs:
                continue
            empty_database(settings)
            began = time.perf_counter()
            contender.load(settings, contender.docs, contender.graph)
            contender.times.append(time.perf_counter() - began)
            nodes, rels = counts(settings)
            print(
                f"  run {round_ + 1}, {contender.name}: {contender.times[-1]:.1f} s "
                f"({nodes} nodes, {rels} relationships)",
                flush=True,
            )
    results = []
    for contender in contenders:
        nodes = len(contender.graph.nodes)
        rels = len(contender.graph.edges)
        results.append(
            {
                "name": contender.name,
                "seconds": min(contender.times),
                "nodes": nodes,
                "rels": rels,
                "docs": len(contender.docs),
            }
        )
    return results


def extract(limit: int | None) -> list[Document]:
    pipeline = default_pipeline()
    articles = (item for item in read_articles([CORPUS]) if isinstance(item, Article))
    return [pipeline(article.to_document()) for article in islice(articles, limit)]


@dataclass
class BenchServer:
    """The server the benchmark started for itself (so it may stop and start it)."""

    data_dir: Path
    bolt_port: int
    http_port: int
    password: str

    def start(self) -> Neo4jSettings:
        info = server.start(
            self.data_dir,
            bolt_port=self.bolt_port,
            http_port=self.http_port,
            password=self.password,
            heap="2g",
            pagecache="1g",
            timeout=300,
        )
        return Neo4jSettings(uri=info.bolt_uri, password=self.password)


@contextmanager
def running_server(uri: str | None) -> Iterator[tuple[Neo4jSettings, BenchServer | None]]:
    if uri:
        yield Neo4jSettings(uri=uri, password=os.environ.get("KG_NEO4J_PASSWORD")), None
        return
    server.build()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as data_dir:
        bolt, http = server.free_ports(2)
        bench = BenchServer(Path(data_dir), bolt, http, secrets.token_urlsafe(16))
        settings = bench.start()
        try:
            yield settings, bench
        finally:
            server.stop(Path(data_dir))


def bulk_loader(bench: BenchServer) -> Loader:
    """kg's bulk path into the empty database, all of it timed: stop the server, write
    CSV and run ``neo4j-admin database import``, start it again, create the schema."""

    def load(settings: Neo4jSettings, docs: list[Document], graph: PlainGraph) -> None:
        server.stop(bench.data_dir)
        bulk_import(docs, bench.data_dir, overwrite=True)
        bench.start()
        with Neo4jLoader.connect(settings) as loader:
            finish_import(loader)

    return load


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles to use (default: all)")
    parser.add_argument(
        "--per-row-limit",
        type=int,
        default=300,
        help="articles for the one-MERGE-per-row baseline (it is slow)",
    )
    parser.add_argument("--uri", default=None, help="use this server instead of starting one")
    parser.add_argument("--runs", type=int, default=2, help="runs per loader; the best counts")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return 0
    began = time.perf_counter()
    docs = extract(args.limit)
    graph = plain_graph(docs)
    print(
        f"extracted {len(docs)} articles in {time.perf_counter() - began:.0f} s: "
        f"{len(graph.nodes)} nodes, {len(graph.edges)} relationships",
        flush=True,
    )
    sample = docs[: args.per_row_limit]
    sample_graph = plain_graph(sample)
    runs = args.runs
    with running_server(args.uri) as (settings, bench):
        contenders = [
            Contender("kg loader", load_kg, docs, graph, runs, []),
            Contender("neo4j-graphrag Neo4jWriter", load_graphrag, docs, graph, runs, []),
            Contender("LangChain add_graph_documents", load_langchain, docs, graph, runs, []),
            Contender("one MERGE per row", load_merge_per_row, sample, sample_graph, 1, []),
            Contender("bare CREATE (floor, no schema)", load_bare_create, docs, graph, runs, []),
        ]
        if bench is not None:  # only a server of its own can be stopped for the import
            contenders.append(
                Contender("kg bulk import (+ restart)", bulk_loader(bench), docs, graph, 1, [])
            )
        results = measure_all(settings, contenders)
        empty_database(settings)
    print()
    print(
        f"{'loader':<32}{'articles':>9}{'nodes':>9}{'rels':>9}{'seconds':>9}"
        f"{'nodes/s':>10}{'rels/s':>10}"
    )
    for r in results:
        print(
            f"{r['name']:<32}{r['docs']:>9}{r['nodes']:>9}{r['rels']:>9}{r['seconds']:>9.1f}"
            f"{r['nodes'] / r['seconds']:>10.0f}{r['rels'] / r['seconds']:>10.0f}"
        )
    ours = results[0]
    best_peer = min(results[1:3], key=lambda r: r["seconds"])
    speedup = best_peer["seconds"] / ours["seconds"]
    print(f"\nkg loader vs the faster peer ({best_peer['name']}): {speedup:.1f}x faster")
    floor = next(r for r in results if r["name"].startswith("bare CREATE"))
    print(
        f"bare CREATE floor vs the faster peer: {best_peer['seconds'] / floor['seconds']:.1f}x "
        f"(kg loader takes {ours['seconds'] / floor['seconds']:.1f}x the floor's time)"
    )
    for bulk in (r for r in results if r["name"].startswith("kg bulk")):
        print(f"kg bulk import vs the faster peer: {best_peer['seconds'] / bulk['seconds']:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
