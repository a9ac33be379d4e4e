"""Read the graph back out of Neo4j as DocGraphs, and from them as RDF.

The RDF is made by the same converter as the local store's export, so both
exports of the same articles carry the same IRIs and the same triples.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from neo4j import Session

from kg.config import Neo4jSettings
from kg.mapping import EVIDENCE_LISTS, from_neo4j
from kg.model import (
    Argument,
    Document,
    DocumentMeta,
    Entity,
    Event,
    Evidence,
    Mention,
    Relation,
    Sentence,
    Statement,
    stored_form,
)
from kg.neo4j import cypher
from kg.neo4j.loader import Neo4jLoader
from kg.neo4j.rows import ALIAS_SEPARATOR

LAYERS = frozenset(
    {"text", "sentences", "mentions", "entities", "statements", "events", "relations"}
)


def read_documents(loader: Neo4jLoader) -> Iterator[Document]:
    """Every document in the database, rebuilt from its nodes and its share of the evidence."""
    with loader.driver.session(database=loader.database) as session:
        ids = [r["id"] for r in session.run(cypher.READ_DOCUMENT_IDS)]
        for document_id in ids:
            yield _read_document(session, document_id)


def export_rdf(settings: Neo4jSettings, format: str) -> str:
    """The graph in Neo4j as RDF, written by the same serializer as the local store
    (one in memory), so that both exports of one graph are the same text: the
    two serializers spell some doubles differently («0» and «0.0»)."""
    from kg.store.local import LocalStore

    with LocalStore(None) as store, Neo4jLoader.connect(settings) as loader:
        store.put_documents(read_documents(loader))
        return store.export(format)  # type: ignore[arg-type]


def _evidence(props: dict[str, Any], document_id: str, sentence_id: str) -> Evidence:
    evidence: Evidence = from_neo4j(
        Evidence, props, document_id=document_id, sentence_id=sentence_id
    )
    return evidence


def _read_document(session: Session, document_id: str) -> Document:
    record = session.run(cypher.READ_DOCUMENT, id=document_id).single(strict=True)
    props = record["document"]
    mentions = tuple(
        from_neo4j(Mention, r["mention"], entity_id=r["entity_id"])
        for r in session.run(cypher.READ_MENTIONS, id=document_id)
    )
    doc = from_neo4j(
        Document,
        props,
        meta=from_neo4j(DocumentMeta, props),
        sentences=tuple(from_neo4j(Sentence, s) for s in record["sentences"]),
        mentions=mentions,
        entities=_read_entities(session, props, mentions),
        statements=tuple(
            from_neo4j(
                Statement,
                r["statement"],
                evidence=_evidence(r["evidence"], document_id, r["sentence_id"]),
            )
            for r in session.run(cypher.READ_STATEMENTS, id=document_id)
        ),
        events=tuple(
            from_neo4j(
                Event,
                r["event"],
                evidence=_evidence(r["evidence"], document_id, r["sentence_id"]),
                arguments=_arguments(r["args"]),
            )
            for r in session.run(cypher.READ_EVENTS, id=document_id)
        ),
        relations=_read_relations(session, document_id, props.get("relation_keys") or []),
        annotations=frozenset(props.get("annotations") or LAYERS),
    )
    return stored_form(doc)


def _read_entities(
    session: Session, props: dict[str, Any], mentions: tuple[Mention, ...]
) -> tuple[Entity, ...]:
    """The document's entities, with the aliases it wrote and the mentions it has of them."""
    mentions_of: dict[str, list[str]] = defaultdict(list)
    for mention in mentions:
        if mention.entity_id:
            mentions_of[mention.entity_id].append(mention.id)
    aliases: dict[str, list[str]] = defaultdict(list)
    for entry in props.get("entity_aliases") or []:
        entity_id, _, alias = entry.partition(ALIAS_SEPARATOR)
        aliases[entity_id].append(alias)
    return tuple(
        from_neo4j(
            Entity,
            e,
            aliases=tuple(aliases[e["id"]]),
            mention_ids=tuple(mentions_of[e["id"]]),
        )
        for r in session.run(cypher.READ_ENTITIES, ids=props.get("entity_ids") or [])
        for e in [r["entity"]]
    )


def _arguments(args: list[dict[str, Any]]) -> tuple[Argument, ...]:
    return tuple(
        from_neo4j(Argument, a, role=_role_name(a["role"]), entity_id=a["entity_id"])
        for a in args
        if a["entity_id"] is not None
    )


def _role_name(neo4j_type: str) -> str:
    return cypher.property_for_type(neo4j_type)


def _read_relations(session: Session, document_id: str, keys: list[str]) -> tuple[Relation, ...]:
    by_type: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        rel_type, _, relation_id = key.partition("|")
        by_type[rel_type].append(relation_id)
    relations = []
    for rel_type, ids in sorted(by_type.items()):
        for record in session.run(cypher.read_relations(rel_type), ids=ids):
            r = record["relation"]
            keep = [i for i, d in enumerate(r["document_ids"]) if d == document_id]
            relations.append(
                from_neo4j(
                    Relation,
                    r,
                    subject_id=record["subject_id"],
                    object_id=record["object_id"],
                    evidence=tuple(_evidence_at(r, i) for i in keep),
                )
            )
    return tuple(sorted(relations, key=lambda r: r.id))


def _evidence_at(relation: dict[str, Any], i: int) -> Evidence:
    """The ``i``-th piece of a relationship's evidence (its lists, -1 for a missing offset)."""
    values = {name: relation[column][i] for name, column in EVIDENCE_LISTS.items()}
    for name in ("trigger_start", "trigger_end"):
        if values[name] < 0:
            values[name] = None
    return Evidence(**values)
