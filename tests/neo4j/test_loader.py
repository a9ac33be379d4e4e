"""The loader against the real server: constraints, load, re-load, change, delete, failure."""

from __future__ import annotations

from dataclasses import replace

import pytest
from neo4j import exceptions as neo4j_exceptions

from kg import ids
from kg.config import Neo4jSettings
from kg.errors import Neo4jError, OntologyError
from kg.model import Document, Evidence, Relation
from kg.neo4j import cypher
from kg.neo4j.loader import LoadCounts, Neo4jLoader
from kg.neo4j.server import free_ports
from tests.example import EXAMPLE_TEXT, example_document

pytestmark = pytest.mark.neo4j


def _rows(loader: Neo4jLoader, query: str, **params: object) -> list[dict[str, object]]:
    with loader.driver.session() as session:
        return [record.data() for record in session.run(query, **params)]


def test_constraints_come_from_the_ontology(loader: Neo4jLoader) -> None:
    names = {r["name"] for r in _rows(loader, "SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {
        "kg_document_id",
        "kg_sentence_id",
        "kg_mention_id",
        "kg_entity_id",
        "kg_statement_id",
        "kg_event_id",
    } <= names
    indexes = {r["name"] for r in _rows(loader, "SHOW INDEXES YIELD name RETURN name")}
    assert {"kg_rel_opposes_id", "kg_sentence_text", "kg_entity_qid"} <= indexes


def test_load_writes_the_provenance_subgraph_and_evidence(loader: Neo4jLoader) -> None:
    doc = example_document()
    assert loader.load_batch([doc]) == 1
    rows = _rows(
        loader,
        "MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:HAS_MENTION]->(m:Mention)"
        "-[:REFERS_TO]->(e:Entity) RETURN d.id AS doc, s.index AS sentence, m.text AS text,"
        " labels(e) AS labels ORDER BY m.start",
    )
    assert [r["text"] for r in rows] == [
        "وزير الخارجية",
        "مايك بومبيو",
        "الولايات المتحدة",
        "سوريا",
        "تركيا",
        "سوريا",
    ]
    assert {r["doc"] for r in rows} == {doc.id}
    assert set(rows[2]["labels"]) == {"Entity", "Country", "Agent", "Place"}  # type: ignore[arg-type]

    opposes = _rows(
        loader,
        "MATCH (us:Country {qid: 'Q30'})-[r:OPPOSES]->(v:MilitaryOperation)-[:AGENT]->(t:Entity)"
        " MATCH (s:Sentence) WHERE s.id IN r.sentence_ids"
        " RETURN t.name AS agent, r.starts AS starts, r.ends AS ends, r.extractors AS extractors,"
        " r.confidence AS confidence, s.text AS sentence",
    )
    assert opposes == [
        {
            "agent": "تركيا",
            "starts": [87],
            "ends": [135],
            "extractors": ["relations.stance"],
            "confidence": 0.8,
            "sentence": EXAMPLE_TEXT[79:137],
        }
    ]
    said = _rows(
        loader,
        "MATCH (p:Person)-[:STATED]->(q:Statement)-[:EVIDENCED_BY]->(s:Sentence)"
        " RETURN p.name AS person, q.quote AS quote ORDER BY q.quote_start",
    )
    assert [r["person"] for r in said] == ["مايك بومبيو", "مايك بومبيو"] or said == []


def test_loading_twice_changes_nothing(loader: Neo4jLoader) -> None:
    doc = example_document()
    loader.load_batch([doc])
    first = loader.counts()
    assert loader.load_batch([doc]) == 0
    assert loader.counts() == first
    # Even a forced rewrite of an unchanged document keeps the counts.
    loader.load_batch([replace(doc, meta=replace(doc.meta, origin="elsewhere"))])
    assert loader.counts() == first


def test_changed_article_replaces_its_own_contribution(loader: Neo4jLoader) -> None:
    doc = example_document()
    loader.load_batch([doc])
    # Same URL, one sentence only: the second sentence and its facts must go.
    shorter_text = EXAMPLE_TEXT[:78]
    changed = replace(
        doc,
        text=shorter_text,
        sentences=doc.sentences[:1],
        mentions=tuple(m for m in doc.mentions if m.end <= 78),
        statements=tuple(q for q in doc.statements if q.quote_end <= 78),
        events=tuple(v for v in doc.events if v.trigger_end <= 78),
        relations=tuple(r for r in doc.relations if r.evidence[0].end <= 78),
        entities=tuple(e for e in doc.entities if e.name != "تركيا"),
    )
    assert changed.id == doc.id
    loader.load_batch([changed])
    texts = _rows(loader, "MATCH (s:Sentence) RETURN s.text AS text")
    assert texts == [{"text": shorter_text}]
    assert _rows(loader, "MATCH ()-[r:OPPOSES]->() RETURN count(r) AS n") == [{"n": 0}]
    assert _rows(loader, "MATCH (e:Entity {name: 'تركيا'}) RETURN count(e) AS n") == [{"n": 0}]
    assert _rows(loader, "MATCH ()-[r:REJECTS]->() RETURN count(r) AS n") == [{"n": 1}]


def _second_document(doc: Document) -> Document:
    """Another article whose only fact, Pompeo holds the position, the first one shares."""
    text = "وكان وزير الخارجية مايك بومبيو في بغداد."
    url = "https://example.org/second"
    doc_id = ids.document_id(url, text)
    sentence = replace(doc.sentences[0], id=ids.sentence_id(doc_id, 0), start=0, end=len(text))
    pompeo, minister = doc.entities[0], doc.entities[4]
    mentions = tuple(
        replace(
            m,
            id=ids.mention_id(doc_id, start, start + len(m.text)),
            start=start,
            end=start + len(m.text),
            sentence_index=0,
        )
        for m, start in ((doc.mentions[0], 5), (doc.mentions[1], 19))
    )
    holds = next(r for r in doc.relations if r.kind == "holdsPosition")
    evidence = Evidence(doc_id, sentence.id, 5, 30, "relations.roles", 0.7)
    return replace(
        doc,
        id=doc_id,
        text=text,
        meta=replace(doc.meta, url=url, title=None),
        sentences=(sentence,),
        mentions=mentions,
        entities=(
            replace(pompeo, mention_ids=(mentions[1].id,)),
            replace(minister, mention_ids=(mentions[0].id,)),
        ),
        statements=(),
        events=(),
        relations=(Relation(holds.id, holds.kind, holds.subject_id, holds.object_id, (evidence,)),),
    )


def test_the_same_fact_in_two_articles_keeps_both_evidence_and_survives_delete(
    loader: Neo4jLoader,
) -> None:
    first = example_document()
    second = _second_document(first)
    loader.load_batch([first, second])
    query = (
        "MATCH (:Person {qid: 'Q473239'})-[r:HOLDS_POSITION]->(:Position)"
        " RETURN r.document_ids AS docs, r.confidences AS confidences"
    )
    assert _rows(loader, query) == [{"docs": [first.id, second.id], "confidences": [0.9, 0.7]}]
    assert loader.delete_document(first.id)
    assert _rows(loader, query) == [{"docs": [second.id], "confidences": [0.7]}]
    # Facts only the deleted article supported are gone, and so are its own entities.
    assert _rows(loader, "MATCH ()-[r:OPPOSES|REJECTS]->() RETURN count(r) AS n") == [{"n": 0}]
    assert _rows(loader, "MATCH (e:Country) RETURN count(e) AS n") == [{"n": 0}]
    assert _rows(loader, "MATCH (d:Document) RETURN d.id AS id") == [{"id": second.id}]
    assert not loader.delete_document(first.id)


def test_a_fact_loaded_again_in_a_later_batch_gains_evidence_not_a_twin(
    loader: Neo4jLoader,
) -> None:
    first = example_document()
    second = _second_document(first)
    loader.load_batch([first])
    loader.load_batch([second])
    query = (
        "MATCH (:Person {qid: 'Q473239'})-[r:HOLDS_POSITION]->(:Position)"
        " RETURN r.document_ids AS docs, r.confidences AS confidences, r.confidence AS best"
    )
    assert _rows(loader, query) == [
        {"docs": [first.id, second.id], "confidences": [0.9, 0.7], "best": 0.9}
    ]
    assert not _rows(loader, "MATCH (n) WHERE n.kg_write_lock IS NOT NULL RETURN n")


def test_a_loader_writing_a_fact_holds_both_entities_until_it_commits(
    loader: Neo4jLoader,
) -> None:
    """Two loaders cannot both find a fact missing and both create it: the first to look
    holds write locks on both entities, so the second waits (here: times out)."""
    doc = example_document()
    loader.load_batch([doc])
    entities = {e.id for e in doc.entities}
    fact = next(r for r in doc.relations if {r.subject_id, r.object_id} <= entities)
    row = {
        "id": fact.id,
        "type": "NOT_WRITTEN",  # matches no branch: only the locks are taken
        "subject_id": fact.subject_id,
        "object_id": fact.object_id,
        "props": {},
    }
    query = cypher.update_entity_relations()
    with loader.driver.session() as first, loader.driver.session() as second:
        holding = first.begin_transaction()
        assert list(holding.run(query, rows=[row])) == []
        waiting = second.begin_transaction(timeout=1.0)
        with pytest.raises(neo4j_exceptions.Neo4jError):
            list(waiting.run(query, rows=[row]))
        holding.rollback()


def test_labels_and_types_outside_the_ontology_are_refused_before_writing(
    loader: Neo4jLoader,
) -> None:
    doc = example_document()
    forged = replace(doc.relations[0], kind="DETACH_DELETE")
    with pytest.raises(OntologyError):
        loader.load_batch([replace(doc, relations=(forged, *doc.relations[1:]))])
    assert loader.counts() == (0, 0)


def test_a_failed_batch_writes_nothing(loader: Neo4jLoader) -> None:
    good = example_document()
    loader.load_batch([good])
    before = loader.counts()
    other = _second_document(good)
    # A map is not a valid Neo4j property value: the server rejects the write mid-batch.
    broken_mention = replace(other.mentions[0], confidence={"not": "a number"})  # type: ignore[arg-type]
    broken = replace(other, mentions=(broken_mention, other.mentions[1]))
    with pytest.raises(Neo4jError, match="refused a write"):
        loader.load_batch([broken])
    assert loader.counts() == before


def test_a_server_that_is_down_gives_a_clear_error() -> None:
    (port,) = free_ports(1)
    settings = Neo4jSettings(uri=f"bolt://127.0.0.1:{port}", password="unused")
    with pytest.raises(Neo4jError, match=f"cannot reach Neo4j at bolt://127.0.0.1:{port}"):
        Neo4jLoader.connect(settings, timeout=2.0)


def test_wrong_password_gives_a_clear_error(neo4j_settings: Neo4jSettings) -> None:
    wrong = replace(neo4j_settings, password="not-the-password")
    with pytest.raises(Neo4jError, match="refused the credentials"):
        Neo4jLoader.connect(wrong)


def test_a_load_counts_new_replaced_and_unchanged_documents(loader: Neo4jLoader) -> None:
    doc = example_document()
    other = _second_document(doc)
    assert loader.load_documents([doc]) == LoadCounts(new=1)
    changed = replace(doc, meta=replace(doc.meta, title="عنوان آخر"))
    counts = loader.load_documents([changed, other, doc, changed], batch_size=2)
    # Batch one: the change replaces the stored document, the other is new. Batch two
    # holds one id twice: its last version, the change, is what is stored already.
    assert counts == LoadCounts(new=1, replaced=1, unchanged=1)
    assert loader.load_documents([changed, other]) == LoadCounts(unchanged=2)
