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


EVIDENCE_LISTS = (
    "document_ids",
    "sentence_ids",
    "starts",
    "ends",
    "extractors",
    "confidences",
    "trigger_starts",
    "trigger_ends",
)


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
    return {
        "document_id": evidence.document_id,
        "start": evidence.start,
        "end": evidence.end,
        "extractor": evidence.extractor,
        "confidence": evidence.confidence,
        "trigger_start": evidence.trigger_start,
        "trigger_end": evidence.trigger_end,
    }


def _add_document(rows: DocumentRows, doc: Document, content_hash: str) -> None:
    text = doc.text
    meta = doc.meta
    roots: dict[str, str] = {}
    for entity in doc.entities:
        roots[entity.id] = "Entity"
    for event in doc.events:
        roots[event.id] = "Event"
    for statement in doc.statements:
        roots[statement.id] = "Statement"
    relation_keys = [f"{schema.neo4j_type(r.kind)}|{r.id}" for r in doc.relations]
    mentions_by_sentence: list[list[Row]] = [[] for _ in doc.sentences]
    for mention in doc.mentions:
        mentions_by_sentence[mention.sentence_index].append(
            {
                "entity_id": mention.entity_id,
                "props": {
                    "id": mention.id,
                    "document_id": doc.id,
                    "start": mention.start,
                    "end": mention.end,
                    "text": mention.text,
                    "class": mention.label,
                    "extractor": mention.extractor,
                    "confidence": mention.confidence,
                    "sentence_index": mention.sentence_index,
                },
            }
        )
    rows.documents.append(
        {
            "id": doc.id,
            "props": {
                "id": doc.id,
                "text": text,
                "title": meta.title,
                "url": meta.url,
                "date": meta.date,
                "source": meta.source,
                "author": meta.author,
                "dateline": meta.dateline,
                "origin": meta.origin,
                "content_hash": content_hash,
                "entity_ids": [e.id for e in doc.entities],
                "annotations": sorted(doc.annotations),
                # How this document wrote each entity: "entity id <US> alias".
                "entity_aliases": [
                    f"{e.id}{ALIAS_SEPARATOR}{alias}" for e in doc.entities for alias in e.aliases
                ],
                "relation_keys": sorted(set(relation_keys)),
            },
            "sentences": [
                {
                    "props": {
                        "id": sentence.id,
                        "document_id": doc.id,
                        "index": sentence.index,
                        "start": sentence.start,
                        "end": sentence.end,
                        "text": text[sentence.start : sentence.end],
                    },
                    "mentions": mentions_by_sentence[sentence.index],
                }
                for sentence in doc.sentences
            ],
        }
    )
    for entity in doc.entities:
        rows.entities[schema.labels_for(entity.label)].append(
            {
                "id": entity.id,
                "aliases": list(entity.aliases),
                "props": {
                    "name": entity.name,
                    "name_en": entity.name_en,
                    "qid": entity.qid,
                    "transliteration": entity.transliteration,
                    "class": entity.label,
                },
            }
        )
    names = {entity.id: entity.name for entity in doc.entities}
    for statement in doc.statements:
        quote = text[statement.quote_start : statement.quote_end]
        rows.statements.append(
            {
                "id": statement.id,
                "sentence_id": statement.evidence.sentence_id,
                "evidence": _evidence_props(statement.evidence),
                "props": {
                    "id": statement.id,
                    "document_id": doc.id,
                    "speaker_id": statement.speaker_id,
                    "verb": statement.verb,
                    "quote_start": statement.quote_start,
                    "quote_end": statement.quote_end,
                    "quote": quote,
                    "direct": statement.direct,
                    "caption": statement_caption(names.get(statement.speaker_id), quote),
                    "about_ids": list(statement.about_ids),
                },
            }
        )
    for event in doc.events:
        rows.events[schema.labels_for(event.label)].append(
            {
                "id": event.id,
                "sentence_id": event.evidence.sentence_id,
                "evidence": _evidence_props(event.evidence),
                "props": {
                    "id": event.id,
                    "document_id": doc.id,
                    "class": event.label,
                    "trigger_start": event.trigger_start,
                    "trigger_end": event.trigger_end,
                    "trigger": text[event.trigger_start : event.trigger_end],
                    "caption": f"{schema.label(event.label)}: "
                    f"{text[event.trigger_start : event.trigger_end]}",
                    "time": event.time,
                    "casualties": event.casualties,
                    "historical": event.historical,
                },
            }
        )
        for argument in event.arguments:
            rows.arguments[schema.neo4j_type(argument.role)].append(
                {
                    "event_id": event.id,
                    "entity_id": argument.entity_id,
                    "document_id": doc.id,
                    "start": argument.start,
                    "end": argument.end,
                }
            )
    for relation in doc.relations:
        key = (
            schema.neo4j_type(relation.kind),
            roots.get(relation.subject_id, "Entity"),
            roots.get(relation.object_id, "Entity"),
        )
        evidence = relation.evidence
        confidences = [e.confidence for e in evidence]
        rows.relations[key].append(
            {
                "id": relation.id,
                "subject_id": relation.subject_id,
                "object_id": relation.object_id,
                "props": {
                    "id": relation.id,
                    "kind": relation.kind,
                    "polarity": relation.polarity,
                    "modality": relation.modality,
                    "time": relation.time,
                    "document_ids": [e.document_id for e in evidence],
                    "sentence_ids": [e.sentence_id for e in evidence],
                    "starts": [e.start for e in evidence],
                    "ends": [e.end for e in evidence],
                    "extractors": [e.extractor for e in evidence],
                    "confidences": confidences,
                    "trigger_starts": [
                        -1 if e.trigger_start is None else e.trigger_start for e in evidence
                    ],
                    "trigger_ends": [
                        -1 if e.trigger_end is None else e.trigger_end for e in evidence
                    ],
                    "confidence": max(confidences, default=0.0),
                },
            }
        )


def statement_caption(speaker: str | None, quote: str, words: int = 5) -> str:
    """What Neo4j Browser shows on a Statement: the speaker and the quote's first words
    («جيمس جيفري: «دونوها عندكم، نحن من قتل…»»), not the verb of saying."""
    head = quote.split()
    shown = " ".join(head[:words]) + ("…" if len(head) > words else "")
    return f"{speaker or '؟'}: «{shown}»"
