"""The bulk path: import CSV for neo4j-admin, and a graph equal to the online loader's."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kg.config import Neo4jSettings
from kg.errors import Neo4jError
from kg.model import Document, DocumentMeta, stored_form
from kg.neo4j import server
from kg.neo4j.bulk import (
    ARRAY_DELIMITER,
    bulk_import,
    empty_list_statements,
    finish_import,
    property_type,
    write_import_csv,
)
from kg.neo4j.export import export_rdf, read_documents
from kg.neo4j.loader import Neo4jLoader, content_hash
from tests.example import example_document

SECOND_TEXT = (
    "قال الرئيس التركي رجب طيب أردوغان إن تركيا ستواصل عملياتها في سوريا.\n"
    'وأكد وزير الخارجية الأمريكي مايك بومبيو أن الولايات المتحدة تعارض "التوغل" التركي.'
)
PASSWORD = "kg-bulk-test-password"


def _tricky_document() -> Document:
    """The example with quotes, commas, newlines and missing values in text and metadata."""
    doc = example_document()
    entities = list(doc.entities)
    entities[0] = replace(entities[0], aliases=('بومبيو "الوزير"', "مايك,\nبومبيو"))
    return replace(
        doc,
        text=doc.text + '\nوقال: "لا تعليق"،\r\nانتهى.',
        meta=replace(doc.meta, title='عنوان "مقتبس", مع فاصلة\nوسطر', author=None, origin=""),
        entities=tuple(entities),
    )


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def _raw_lines(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# --- CSV, no server --------------------------------------------------------------------


def test_csv_quotes_newlines_arabic_and_arrays(tmp_path: Path) -> None:
    doc = _tricky_document()
    files = write_import_csv([doc], tmp_path)
    assert files.documents == 1
    assert files.node_counts["Document"] == 1
    assert files.node_counts["Sentence"] == len(doc.sentences)
    assert files.node_counts["Mention"] == len(doc.mentions)
    assert files.node_counts["Entity"] == len(doc.entities)
    assert files.relationship_counts["HAS_MENTION"] == len(doc.mentions)

    header, rows = _read(tmp_path / "documents.csv")
    assert header[:2] == ["id:ID(Document)", ":LABEL"]
    assert "entity_ids:string[]" in header and "content_hash" in header
    assert len(rows) == 1
    values = dict(zip(header, rows[0], strict=True))
    assert values["id:ID(Document)"] == doc.id
    assert values["text"] == doc.text  # quotes, commas, \n and \r\n survive
    assert values["title"] == doc.meta.title
    assert values["content_hash"] == content_hash(doc)
    # Rows are made from the stored form: entities by id (``kg.model.stored_form``).
    stored = stored_form(doc)
    assert values["entity_ids:string[]"].split(ARRAY_DELIMITER) == [e.id for e in stored.entities]
    # A missing value is an unquoted empty field (no property); an empty string is quoted.
    raw = _raw_lines(tmp_path / "documents.csv")
    assert f'"{doc.meta.url}","{doc.meta.date}"' in raw
    assert ',,"' in raw  # author is None
    assert values["origin"] == ""

    header, rows = _read(tmp_path / "entities.csv")
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    pompeo = by_id[doc.entities[0].id]
    assert pompeo["aliases:string[]"].split(ARRAY_DELIMITER) == list(
        stored.entity(doc.entities[0].id).aliases  # type: ignore[union-attr]
    )
    assert set(pompeo[":LABEL"].split(ARRAY_DELIMITER)) == {"Entity", "Person", "Agent"}

    header, rows = _read(tmp_path / "mentions.csv")
    assert "start:long" in header and "confidence:double" in header
    first = dict(zip(header, rows[0], strict=True))
    assert doc.text[int(first["start:long"]) : int(first["end:long"])] == first["text"]

    header, rows = _read(tmp_path / "statements.csv")
    assert "direct:boolean" in header
    assert {dict(zip(header, r, strict=True))["direct:boolean"] for r in rows} <= {"true", "false"}

    header, rows = _read(tmp_path / "facts_entity_event.csv")
    assert header[:3] == [":START_ID(Entity)", ":END_ID(Event)", ":TYPE"]
    assert {"starts:long[]", "confidences:double[]", "confidence:double"} <= set(header)
    assert {row[2] for row in rows} == {"OPPOSES", "REJECTS"}


def test_csv_aggregates_entities_and_facts_over_documents(tmp_path: Path) -> None:
    first = example_document()
    second = replace(
        first,
        id="doc-second",
        entities=tuple(replace(e, aliases=(*e.aliases, "اسم آخر")) for e in first.entities),
        relations=tuple(
            replace(r, evidence=tuple(replace(e, document_id="doc-second") for e in r.evidence))
            for r in first.relations
        ),
        statements=(),
        events=(),
        mentions=(),
        sentences=first.sentences,
    )
    # Facts between entities only (events and statements belong to one document).
    entity_ids = {e.id for e in first.entities}
    between = [r for r in second.relations if {r.subject_id, r.object_id} <= entity_ids]
    second = replace(second, relations=tuple(between))
    files = write_import_csv([first, second, first], tmp_path)  # the repeat is skipped
    assert files.documents == 2
    header, rows = _read(tmp_path / "entities.csv")
    assert len(rows) == len(first.entities)
    aliases = {r[0]: dict(zip(header, r, strict=True))["aliases:string[]"] for r in rows}
    for entity in first.entities:
        assert aliases[entity.id].split(ARRAY_DELIMITER)[-1] == "اسم آخر"
    header, rows = _read(tmp_path / "facts_entity_entity.csv")
    for row in rows:
        values = dict(zip(header, row, strict=True))
        assert values["document_ids:string[]"].split(ARRAY_DELIMITER) == [first.id, "doc-second"]
        confidences = [float(c) for c in values["confidences:double[]"].split(ARRAY_DELIMITER)]
        assert float(values["confidence:double"]) == max(confidences)

    changed = replace(first, text=first.text + " ")
    with pytest.raises(Neo4jError, match="twice"):
        write_import_csv([first, changed], tmp_path / "again")


def test_csv_refuses_the_array_delimiter_in_values(tmp_path: Path) -> None:
    doc = example_document()
    entity = replace(doc.entities[0], aliases=(f"a{ARRAY_DELIMITER}b",))
    with pytest.raises(Neo4jError, match="U\\+001E"):
        write_import_csv([replace(doc, entities=(entity, *doc.entities[1:]))], tmp_path)


def test_property_types_and_empty_lists() -> None:
    assert property_type("start") == "long"
    assert property_type("confidence") == "double"
    assert property_type("confidences") == "double[]"
    assert property_type("aliases") == "string[]"
    assert property_type("direct") == "boolean"
    assert property_type("historical") == "boolean"
    assert property_type("casualties") == "long"
    assert property_type("text") == "string"
    statements = list(empty_list_statements())
    assert any("n.`relation_keys` = []" in s for s in statements)


def test_bulk_import_refuses_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(Neo4jError, match="database name"):
        bulk_import([], tmp_path, database="NO")
    with pytest.raises(Neo4jError, match="memory size"):
        bulk_import([], tmp_path, heap="lots")


# --- against a real server ---------------------------------------------------------------


def _pipeline_document() -> Document:
    from kg.ingest import default_pipeline

    doc = Document(
        id="doc-bulk-second",
        text=SECOND_TEXT,
        meta=DocumentMeta(title='عنوان "مقتبس"', source="test", origin="test"),
    )
    return default_pipeline()(doc)


def _graph(loader: Neo4jLoader) -> tuple[list[Any], list[Any]]:
    """Every node (labels, properties) and relationship (type, ends, properties), sorted."""
    with loader.driver.session(database=loader.database) as session:
        nodes = sorted(
            (r["id"], sorted(r["labels"]), sorted(r["props"].items()))
            for r in session.run(
                "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
            )
        )
        relationships = sorted(
            (r["type"], r["a"], r["b"], sorted(r["props"].items()))
            for r in session.run(
                "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b,"
                " properties(r) AS props"
            )
        )
    return nodes, relationships


@pytest.fixture()
def data_dir(tmp_path: Path) -> Iterator[Path]:
    directory = tmp_path / "neo4j"
    try:
        yield directory
    finally:
        server.stop(directory)


def _start(data_dir: Path, ports: tuple[int, int]) -> Neo4jSettings:
    info = server.start(
        data_dir,
        bolt_port=ports[0],
        http_port=ports[1],
        auth=True,
        password=PASSWORD,
        heap="512m",
        pagecache="128m",
        timeout=300.0,
    )
    return Neo4jSettings(uri=info.bolt_uri, user=server.USER, password=PASSWORD)


@pytest.mark.neo4j
@pytest.mark.slow
def test_bulk_import_equals_the_online_load(data_dir: Path) -> None:
    server.build()
    example = example_document()
    first, *rest = example.events
    example = replace(example, events=(replace(first, casualties=2, historical=True), *rest))
    docs = [example, _pipeline_document()]
    bolt, http = server.free_ports(2)

    # A server creates the (empty) database first; bulk import refuses while it runs.
    settings = _start(data_dir, (bolt, http))
    with pytest.raises(Neo4jError, match="stop it first"):
        bulk_import(docs, data_dir)
    server.stop(data_dir)

    report = bulk_import(docs, data_dir, heap="512m")
    assert report.documents == 2
    assert report.nodes == sum(report.node_counts.values()) > 0
    assert report.relationships == sum(report.relationship_counts.values()) > 0
    assert report.csv_seconds >= 0 and report.import_seconds > 0

    # Fresh ports: another process may have taken the first ones meanwhile.
    bolt, http = server.free_ports(2)
    settings = _start(data_dir, (bolt, http))
    with Neo4jLoader.connect(settings) as loader:
        finish_import(loader)
        assert loader.counts() == (report.nodes, report.relationships)
        bulk_graph = _graph(loader)
        bulk_docs = set(read_documents(loader))
        bulk_rdf = export_rdf(settings, "nq")
        assert {d.id for d in bulk_docs} == {d.id for d in docs}

        # Loading the same documents online afterwards changes nothing.
        assert loader.load_batch(docs) == 0
        assert _graph(loader) == bulk_graph

        # The online loader writes the same graph into the emptied database.
        with loader.driver.session() as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
        assert loader.counts() == (0, 0)
        loader.load_documents(docs)
        online_graph = _graph(loader)
        assert online_graph[0] == bulk_graph[0]
        assert online_graph[1] == bulk_graph[1]
        assert set(read_documents(loader)) == bulk_docs
        assert sorted(export_rdf(settings, "nq").splitlines()) == sorted(bulk_rdf.splitlines())

    # A database with data is not replaced unless asked to.
    server.stop(data_dir)
    with pytest.raises(Neo4jError, match="already holds data"):
        bulk_import(docs, data_dir)
