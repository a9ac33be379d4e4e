"""DocGraphs as parameter rows for the loader's ``UNWIND`` statements.

Rows are grouped by their labels or relationship type: the bulk path writes
one CSV file per group, and the loader checks each group's labels and type
against the ontology once before sending them as dynamic labels and types.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kg import mapping
from kg.model import Document, Evidence, stored_form
from kg.ontology import schema

Row = dict[str, Any]
ALIAS_SEPARATOR = "\x1f"


@dataclass
class DocumentRows:
    documents: list[Row] = field(default_factory=list)
    """Each with its sentences, and each sentence with its mentions."""
    entities: dict[tuple[str, ...], list[Row]] = field(default_factory=lambda: defaultdict(list))
    statements: list[Row] = field(default_factory=list)
    events: dict[tuple[str, ...], list[Row]] = field(default_factory=lambda: defaultdict(list))
    arguments: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    relations: dict[tuple[str, str, str], list[Row]] = field(
        default_factory=lambda: defaultdict(list)
    )


def document_rows(docs: Sequence[Document], hashes: dict[str, str]) -> DocumentRows:
    rows = DocumentRows()
    for doc in docs:
        # The stored form, so that a document written straight from the pipeline and
        # the same document read back from the local store give the same rows.
        _add_document(rows, stored_form(doc), hashes[doc.id])
    for key, relation_rows in rows.relations.items():
        rows.relations[key] = _merge_same_relation(relation_rows)
    return rows


EVIDENCE_LISTS = tuple(mapping.EVIDENCE_LISTS.values())


def _merge_same_relation(relation_rows: list[Row]) -> list[Row]:
    """One row per relation: the same fact from several documents of a batch is merged
    once, with the evidence of all of them, in document order."""
    merged: dict[str, Row] = {}
    for row in relation_rows:
        first = merged.get(row["id"])
        if first is None:
            merged[row["id"]] = {**row, "props": dict(row["props"])}
            continue
        props = first["props"]
        for name in EVIDENCE_LISTS:
            props[name] = props[name] + row["props"][name]
        props["confidence"] = max(props["confidence"], row["props"]["confidence"])
        props["time"] = row["props"]["time"] or props["time"]
    return list(merged.values())


def _evidence_props(evidence: Evidence) -> Row:
    return mapping.neo4j_props(evidence)


def evidence_lists(evidence: Sequence[Evidence]) -> Row:
    """A relationship's evidence: one list per Evidence field, -1 for a missing offset."""
    lists: Row = {}
    for name, column in mapping.EVIDENCE_LISTS.items():
        values = [getattr(e, name) for e in evidence]
        if name in ("trigger_start", "trigger_end"):
            values = [-1 if v is None else v for v in values]
        lists[column] = values
    return lists


def _add_document(rows: DocumentRows, doc: Document, content_hash: str) -> None:
    rows.documents.append(_document_row(doc, content_hash))
    for entity in doc.entities:
        rows.entities[schema.labels_for(entity.label)].append(
            {
                "id": entity.id,
                "aliases": list(entity.aliases),
                "props": mapping.neo4j_props(entity, exclude=frozenset({"id", "aliases"})),
            }
        )
    _add_statements(rows, doc)
    _add_events(rows, doc)
    _add_relations(rows, doc)


def _document_row(doc: Document, content_hash: str) -> Row:
    """The document with its sentences, and each sentence with its mentions."""
    text = doc.text
    mentions_by_sentence: list[list[Row]] = [[] for _ in doc.sentences]
    for mention in doc.mentions:
        props = {**mapping.neo4j_props(mention), "document_id": doc.id}
        mentions_by_sentence[mention.sentence_index].append(
            {"entity_id": mention.entity_id, "props": props}
        )
    relation_keys = {f"{schema.neo4j_type(r.kind)}|{r.id}" for r in doc.relations}
    props = {
        **mapping.neo4j_props(doc),
        **mapping.neo4j_props(doc.meta),
        "content_hash": content_hash,
        "entity_ids": [e.id for e in doc.entities],
        # How this document wrote each entity: "entity id <US> alias".
        "entity_aliases": [
            f"{e.id}{ALIAS_SEPARATOR}{alias}" for e in doc.entities for alias in e.aliases
        ],
        "relation_keys": sorted(relation_keys),
    }
    sentences: list[Row] = [
        {
            "props": {
                **mapping.neo4j_props(sentence),
                "document_id": doc.id,
                "text": text[sentence.start : sentence.end],
            },
            "mentions": mentions_by_sentence[sentence.index],
        }
        for sentence in doc.sentences
    ]
    return {"id": doc.id, "props": props, "sentences": sentences}


def _add_statements(rows: DocumentRows, doc: Document) -> None:
    names = {entity.id: entity.name for entity in doc.entities}
    for statement in doc.statements:
        quote = doc.text[statement.quote_start : statement.quote_end]
        props = {
            **mapping.neo4j_props(statement),
            "document_id": doc.id,
            "quote": quote,
            "caption": statement_caption(names.get(statement.speaker_id), quote),
        }
        rows.statements.append(
            {
                "id": statement.id,
                "sentence_id": statement.evidence.sentence_id,
                "evidence": _evidence_props(statement.evidence),
                "props": props,
            }
        )


def _add_events(rows: DocumentRows, doc: Document) -> None:
    for event in doc.events:
        trigger = doc.text[event.trigger_start : event.trigger_end]
        props = {
            **mapping.neo4j_props(event),
            "document_id": doc.id,
            "trigger": trigger,
            "caption": f"{schema.label(event.label)}: {trigger}",
        }
        rows.events[schema.labels_for(event.label)].append(
            {
                "id": event.id,
                "sentence_id": event.evidence.sentence_id,
                "evidence": _evidence_props(event.evidence),
                "props": props,
            }
        )
        for argument in event.arguments:
            rows.arguments[schema.neo4j_type(argument.role)].append(
                {
                    "event_id": event.id,
                    "entity_id": argument.entity_id,
                    "document_id": doc.id,
                    **mapping.neo4j_props(argument),
                }
            )


def _add_relations(rows: DocumentRows, doc: Document) -> None:
    roots = {e.id: "Entity" for e in doc.entities}
    roots |= {v.id: "Event" for v in doc.events}
    roots |= {q.id: "Statement" for q in doc.statements}
    for relation in doc.relations:
        key = (
            schema.neo4j_type(relation.kind),
            roots.get(relation.subject_id, "Entity"),
            roots.get(relation.object_id, "Entity"),
        )
        rows.relations[key].append(
            {
                "id": relation.id,
                "subject_id": relation.subject_id,
                "object_id": relation.object_id,
                "props": {
                    **mapping.neo4j_props(relation),
                    **evidence_lists(relation.evidence),
                    "confidence": max((e.confidence for e in relation.evidence), default=0.0),
                },
            }
        )


def statement_caption(speaker: str | None, quote: str, words: int = 5) -> str:
    """What Neo4j Browser shows on a Statement: the speaker and the quote's first words
    («جيمس جيفري: «دونوها عندكم، نحن من قتل…»»), not the verb of saying."""
    head = quote.split()
    shown = " ".join(head[:words]) + ("…" if len(head) > words else "")
    return f"{speaker or '؟'}: «{shown}»"
