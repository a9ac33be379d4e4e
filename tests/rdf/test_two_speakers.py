"""A statement with two speakers («موسكو والمتمردين ينفون») is one statement in every store.

The statement is attributed to one speaker (``Statement.speaker_id``); each
speaker coordinated with it has its own ``stated`` relation to the same
statement. The RDF graph, the local store and the Neo4j rows all keep one
statement and both relations, and give the document back unchanged.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rdflib.namespace import PROV

from kg import ids
from kg.model import Document, Relation, stored_form
from kg.neo4j.rows import document_rows
from kg.ontology import KG
from kg.rdf import graph_iri, node_iri, to_rdf
from kg.rdf.from_rdf import documents_from_dataset
from kg.store.local import LocalStore
from tests.example import example_document


@pytest.fixture(scope="module")
def doc() -> Document:
    """The example document, whose first statement both Pompeo and the United States made."""
    example = example_document()
    statement = example.statements[0]
    pompeo = statement.speaker_id
    usa = next(e.id for e in example.entities if e.qid == "Q30")
    stated = tuple(
        Relation(
            ids.relation_id("stated", speaker, statement.id, "positive"),
            "stated",
            speaker,
            statement.id,
            (statement.evidence,),
        )
        for speaker in (pompeo, usa)
    )
    return replace(example, relations=(*example.relations, *stated))


def test_rdf_names_the_one_speaker_of_the_statement(doc: Document) -> None:
    statement = doc.statements[0]
    graph = to_rdf(doc).graph(graph_iri(doc.id))
    q_node = node_iri(statement.id)
    assert len(set(graph.subjects(KG.stated, q_node))) == 2
    assert list(graph.objects(q_node, PROV.wasAttributedTo)) == [node_iri(statement.speaker_id)]


def test_rdf_gives_back_one_statement(doc: Document) -> None:
    [back] = documents_from_dataset(to_rdf(doc))
    assert [s.id for s in back.statements] == [s.id for s in doc.statements]
    assert back == stored_form(doc)


def test_the_local_store_gives_back_one_statement(doc: Document, tmp_path: Path) -> None:
    with LocalStore(tmp_path / "store") as store:
        store.put_documents([doc])
        [back] = store.to_documents()
    assert back == stored_form(doc)


def test_neo4j_rows_hold_one_statement_and_two_stated_relations(doc: Document) -> None:
    rows = document_rows([doc], {doc.id: "hash"})
    statement = doc.statements[0]
    assert [r["id"] for r in rows.statements].count(statement.id) == 1
    stated = [
        row for (kind, _, _), group in rows.relations.items() if kind == "STATED" for row in group
    ]
    assert sorted(r["subject_id"] for r in stated if r["object_id"] == statement.id) == sorted(
        r.subject_id for r in doc.relations if r.kind == "stated"
    )
