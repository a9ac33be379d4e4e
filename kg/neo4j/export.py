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
    return Evidence(
        document_id=document_id,
        sentence_id=sentence_id,
        start=props["start"],
        end=props["end"],
        extractor=props["extractor"],
        confidence=props["confidence"],
        trigger_start=props.get("trigger_start"),
        trigger_end=props.get("trigger_end"),
    )


def _read_document(session: Session, document_id: str) -> Document:
    record = session.run(cypher.READ_DOCUMENT, id=document_id).single(strict=True)
    props = record["document"]
    meta = DocumentMeta(
        title=props.get("title"),
        url=props.get("url"),
        date=props.get("date"),
        source=props.get("source"),
        author=props.get("author"),
        dateline=props.get("dateline"),
        origin=props.get("origin") or "",
    )
    sentences = tuple(
        Sentence(id=s["id"], index=s["index"], start=s["start"], end=s["end"])
        for s in record["sentences"]
    )
    mentions = tuple(
        Mention(
            id=m["id"],
            start=m["start"],
            end=m["end"],
            text=m["text"],
            label=m["class"],
            extractor=m["extractor"],
            confidence=m["confidence"],
            sentence_index=m["sentence_index"],
            entity_id=r["entity_id"],
        )
        for r in session.run(cypher.READ_MENTIONS, id=document_id)
        for m in [r["mention"]]
    )
    mentions_of: dict[str, list[str]] = defaultdict(list)
    for mention in mentions:
        if mention.entity_id:
            mentions_of[mention.entity_id].append(mention.id)
    aliases: dict[str, list[str]] = defaultdict(list)
    for entry in props.get("entity_aliases") or []:
        entity_id, _, alias = entry.partition(ALIAS_SEPARATOR)
        aliases[entity_id].append(alias)
    entities = tuple(
        Entity(
            id=e["id"],
            label=e["class"],
            name=e["name"],
            name_en=e.get("name_en"),
            qid=e.get("qid"),
            transliteration=e.get("transliteration"),
            aliases=tuple(aliases[e["id"]]),
            mention_ids=tuple(mentions_of[e["id"]]),
        )
        for r in session.run(cypher.READ_ENTITIES, ids=props.get("entity_ids") or [])
        for e in [r["entity"]]
    )
    statements = tuple(
        Statement(
            id=q["id"],
            speaker_id=q["speaker_id"],
            verb=q["verb"],
            quote_start=q["quote_start"],
            quote_end=q["quote_end"],
            direct=q["direct"],
            evidence=_evidence(r["evidence"], document_id, r["sentence_id"]),
            about_ids=tuple(q.get("about_ids") or ()),
        )
        for r in session.run(cypher.READ_STATEMENTS, id=document_id)
        for q in [r["statement"]]
    )
    events = tuple(
        Event(
            id=v["id"],
            label=v["class"],
            trigger_start=v["trigger_start"],
            trigger_end=v["trigger_end"],
            evidence=_evidence(r["evidence"], document_id, r["sentence_id"]),
            arguments=tuple(
                sorted(
                    (
                        Argument(
                            role=_role_name(a["role"]),
                            entity_id=a["entity_id"],
                            start=a["start"],
                            end=a["end"],
                        )
                        for a in r["args"]
                        if a["entity_id"] is not None
                    ),
                    key=lambda a: (a.start, a.end, a.role, a.entity_id),
                )
            ),
            time=v.get("time"),
            casualties=v.get("casualties"),
            historical=bool(v.get("historical", False)),
        )
        for r in session.run(cypher.READ_EVENTS, id=document_id)
        for v in [r["event"]]
    )
    relations = _read_relations(session, document_id, props.get("relation_keys") or [])
    doc = Document(
        id=document_id,
        text=props["text"],
        meta=meta,
        sentences=sentences,
        mentions=mentions,
        entities=entities,
        statements=statements,
        events=events,
        relations=relations,
        annotations=frozenset(props.get("annotations") or LAYERS),
    )
    return stored_form(doc)


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
            evidence = tuple(
                Evidence(
                    document_id=document_id,
                    sentence_id=r["sentence_ids"][i],
                    start=r["starts"][i],
                    end=r["ends"][i],
                    extractor=r["extractors"][i],
                    confidence=r["confidences"][i],
                    trigger_start=None if r["trigger_starts"][i] < 0 else r["trigger_starts"][i],
                    trigger_end=None if r["trigger_ends"][i] < 0 else r["trigger_ends"][i],
                )
                for i in keep
            )
            relations.append(
                Relation(
                    id=r["id"],
                    kind=r["kind"],
                    subject_id=record["subject_id"],
                    object_id=record["object_id"],
                    evidence=evidence,
                    polarity=r["polarity"],
                    modality=r["modality"],
                    time=r.get("time"),
                )
            )
    return tuple(sorted(relations, key=lambda r: r.id))
