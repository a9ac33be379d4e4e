"""CSV files for ``neo4j-admin database import``: the graph the online loader writes,
as node and relationship files (see :mod:`kg.neo4j.bulk` for the format and its reasons).

Documents are streamed: only entities and fact relationships, which are shared
between documents, are aggregated in memory (keyed by id), as the online loader
aggregates them with ``MERGE``.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kg import mapping, model
from kg.errors import Neo4jError
from kg.model import Document
from kg.neo4j.cypher import checked_name
from kg.neo4j.loader import content_hash
from kg.neo4j.rows import EVIDENCE_LISTS, Row, document_rows

ARRAY_DELIMITER = "\x1e"
"""Between array elements (U+001E); never in text read by kg, and not ALIAS_SEPARATOR."""
QUOTE = '"'
DELIMITER = ","

_TYPES = mapping.neo4j_types()
"""The import type of every property, from the one mapping of the model (kg.mapping)."""

_RELATION_LISTS = EVIDENCE_LISTS
_ENTITY_PROPS = tuple(mapping.neo4j_columns(model.Entity, exclude=frozenset({"id", "aliases"})))

def property_type(name: str) -> str:
    """The import header type of a property written by :mod:`kg.neo4j.rows`."""
    return _TYPES.get(name, "string")


@dataclass(frozen=True)
class ImportFiles:
    """CSV files ready for ``neo4j-admin database import full``, with what they hold."""

    directory: Path
    nodes: tuple[Path, ...]
    relationships: tuple[Path, ...]
    documents: int
    node_counts: dict[str, int]
    """Nodes by id space (Document, Sentence, Mention, Entity, Statement, Event)."""
    relationship_counts: dict[str, int]
    """Relationships by type."""

    @property
    def node_total(self) -> int:
        return sum(self.node_counts.values())

    @property
    def relationship_total(self) -> int:
        return sum(self.relationship_counts.values())

    def import_arguments(self) -> list[str]:
        """The importer's file and format options for these files."""
        return [
            *(f"--nodes={path}" for path in self.nodes),
            *(f"--relationships={path}" for path in self.relationships),
            f"--delimiter=U+{ord(DELIMITER):04X}",
            f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
            f"--quote=U+{ord(QUOTE):04X}",
            "--multiline-fields=true",
        ]


# --- CSV -------------------------------------------------------------------------------


def _field(value: Any, kind: str, column: str) -> str:
    """One CSV field: quoted, or empty and unquoted for a missing value or an empty list."""
    if value is None:
        return ""
    if kind.endswith("[]"):
        if not isinstance(value, list | tuple):
            raise Neo4jError(f"bulk CSV: {column} should be a list, got {value!r}")
        if not value:
            return ""
        element = kind[:-2]
        items = [_scalar(item, element, column) for item in value]
        for item in items:
            if ARRAY_DELIMITER in item:
                raise Neo4jError(
                    f"bulk CSV: an element of {column} contains U+001E, the array delimiter: "
                    f"{item[:80]!r}; load this document with the online loader."
                )
        return _quoted(ARRAY_DELIMITER.join(items))
    return _quoted(_scalar(value, kind, column))


def _scalar(value: Any, kind: str, column: str) -> str:
    if kind == "string" and isinstance(value, str):
        return value
    if kind == "long" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if kind == "double" and isinstance(value, int | float) and not isinstance(value, bool):
        return repr(float(value))
    if kind == "boolean" and isinstance(value, bool):
        return "true" if value else "false"
    raise Neo4jError(f"bulk CSV: {column} should be a {kind}, got {value!r}")


def _quoted(text: str) -> str:
    return QUOTE + text.replace(QUOTE, QUOTE + QUOTE) + QUOTE


class _Table:
    """One CSV file: a header of typed columns, then rows written as they come."""

    def __init__(self, path: Path, handle: IO[str], head: list[str], columns: list[str]) -> None:
        self.path = path
        self.handle = handle
        self.columns = columns
        self.kinds = [property_type(c) for c in columns]
        self.count = 0
        typed = [
            c if k == "string" else f"{c}:{k}" for c, k in zip(columns, self.kinds, strict=True)
        ]
        handle.write(DELIMITER.join(_quoted(h) for h in [*head, *typed]) + "\n")

    def write(self, keys: list[str], props: Row) -> None:
        unknown = props.keys() - set(self.columns)
        if unknown:
            raise Neo4jError(
                f"bulk CSV: {self.path.name} has no column for {sorted(unknown)}; "
                "kg/neo4j/bulk.py must learn the properties that kg/neo4j/rows.py writes."
            )
        fields = [_quoted(k) for k in keys]
        fields += [
            _field(props.get(c), k, c) for c, k in zip(self.columns, self.kinds, strict=True)
        ]
        self.handle.write(DELIMITER.join(fields) + "\n")
        self.count += 1


# The property columns of each file: exactly the props of kg.neo4j.rows, both made from
# kg.mapping (the node id is the ``id:ID(...)`` column). ``_Table.write`` refuses a
# property missing here.
_NO_ID = frozenset({"id"})
_DOCUMENT_COLUMNS = [
    *mapping.neo4j_columns(model.Document, exclude=_NO_ID),
    *mapping.neo4j_columns(model.DocumentMeta),
]
_SENTENCE_COLUMNS = mapping.neo4j_columns(model.Sentence, exclude=_NO_ID)
_MENTION_COLUMNS = mapping.neo4j_columns(model.Mention, exclude=_NO_ID)
_ENTITY_COLUMNS = [*_ENTITY_PROPS, "aliases"]
_STATEMENT_COLUMNS = mapping.neo4j_columns(model.Statement, exclude=_NO_ID)
_EVENT_COLUMNS = mapping.neo4j_columns(model.Event, exclude=_NO_ID)
_EVIDENCE_COLUMNS = mapping.neo4j_columns(model.Evidence)
_ARGUMENT_COLUMNS = mapping.neo4j_columns(model.Argument)
_RELATION_COLUMNS = [*mapping.neo4j_columns(model.Relation), *_RELATION_LISTS]


def _node_head(space: str, labels: bool) -> list[str]:
    return [f"id:ID({checked_name(space)})", *([":LABEL"] if labels else [])]


def _rel_head(start: str, end: str) -> list[str]:
    return [f":START_ID({checked_name(start)})", f":END_ID({checked_name(end)})", ":TYPE"]


def _labels(labels: Iterable[str]) -> str:
    return ARRAY_DELIMITER.join(checked_name(label) for label in labels)


@dataclass
class _Entity:
    labels: set[str]
    props: Row
    aliases: list[str]


@dataclass
class _Fact:
    subject_root: str
    object_root: str
    object_id: str
    props: Row


class _Writer:
    def __init__(self, directory: Path, stack: ExitStack) -> None:
        self.directory = directory
        self.stack = stack
        self.tables: dict[str, _Table] = {}
        self.node_files: list[str] = []
        self.entities: dict[str, _Entity] = {}
        self.facts: dict[tuple[str, str, str, str], _Fact] = {}
        self.hashes: dict[str, str] = {}
        self.relationship_counts: dict[str, int] = {}
        self.documents = 0

    def table(self, name: str, head: list[str], columns: list[str], node: bool) -> _Table:
        table = self.tables.get(name)
        if table is None:
            path = self.directory / f"{name}.csv"
            handle = self.stack.enter_context(path.open("w", encoding="utf-8", newline=""))
            table = self.tables[name] = _Table(path, handle, head, columns)
            if node:
                self.node_files.append(name)
        return table

    def relationship(self, name: str, start: str, end: str, columns: list[str]) -> _Table:
        return self.table(name, _rel_head(start, end), columns, node=False)

    def count(self, rel_type: str) -> str:
        self.relationship_counts[rel_type] = self.relationship_counts.get(rel_type, 0) + 1
        return checked_name(rel_type)

    def add(self, doc: Document) -> None:
        digest = content_hash(doc)
        seen = self.hashes.get(doc.id)
        if seen is not None:
            if seen == digest:
                return  # the same article twice: the online loader would skip it too
            raise Neo4jError(
                f"document {doc.id!r} occurs twice with different content; the bulk path "
                "imports each document once (load the later version with `kg load`)."
            )
        self.hashes[doc.id] = digest
        self.documents += 1
        rows = document_rows([doc], {doc.id: digest})
        self._entities(rows.entities)
        self._document(rows.documents[0])
        sentences = {s.id for s in doc.sentences}
        written: set[str] = set()
        statements = self.table(
            "statements", _node_head("Statement", True), _STATEMENT_COLUMNS, node=True
        )
        for row in rows.statements:
            if row["sentence_id"] not in sentences:
                continue  # the online loader's MATCH on the sentence finds nothing
            statements.write([row["id"], _labels(["Statement"])], _without_id(row["props"]))
            self._evidence("Statement", row)
            written.add(row["id"])
        events = self.table("events", _node_head("Event", True), _EVENT_COLUMNS, node=True)
        for labels, event_rows in rows.events.items():
            for row in event_rows:
                if row["sentence_id"] not in sentences:
                    continue
                events.write([row["id"], _labels(labels)], _without_id(row["props"]))
                self._evidence("Event", row)
                written.add(row["id"])
        for role_type, argument_rows in rows.arguments.items():
            table = self.relationship("arguments", "Event", "Entity", _ARGUMENT_COLUMNS)
            for row in argument_rows:
                if row["event_id"] in written and row["entity_id"] in self.entities:
                    props = {k: row[k] for k in _ARGUMENT_COLUMNS}
                    table.write([row["event_id"], row["entity_id"], self.count(role_type)], props)
        for (rel_type, subject_root, object_root), relation_rows in rows.relations.items():
            for row in relation_rows:
                if (subject_root != "Entity" and row["subject_id"] not in written) or (
                    object_root != "Entity" and row["object_id"] not in written
                ):
                    continue
                self._fact(rel_type, subject_root, object_root, row)

    def _entities(self, groups: dict[tuple[str, ...], list[Row]]) -> None:
        # As merge_entities: the first description wins, labels and aliases add up.
        for labels, entity_rows in groups.items():
            for row in entity_rows:
                entity = self.entities.get(row["id"])
                if entity is None:
                    props = {k: row["props"].get(k) for k in _ENTITY_PROPS}
                    entity = _Entity({"Entity"}, props, list(row["aliases"]))
                    self.entities[row["id"]] = entity
                else:
                    known = set(entity.aliases)
                    entity.aliases += [a for a in row["aliases"] if a not in known]
                entity.labels.update(labels)

    def _document(self, row: Row) -> None:
        documents = self.table(
            "documents", _node_head("Document", True), _DOCUMENT_COLUMNS, node=True
        )
        sentences = self.table(
            "sentences", _node_head("Sentence", True), _SENTENCE_COLUMNS, node=True
        )
        mentions = self.table("mentions", _node_head("Mention", True), _MENTION_COLUMNS, node=True)
        has_sentence = self.relationship("has_sentence", "Document", "Sentence", [])
        has_mention = self.relationship("has_mention", "Sentence", "Mention", [])
        refers_to = self.relationship("refers_to", "Mention", "Entity", [])
        documents.write([row["id"], _labels(["Document"])], _without_id(row["props"]))
        for sentence in row["sentences"]:
            sentence_id = sentence["props"]["id"]
            sentences.write([sentence_id, _labels(["Sentence"])], _without_id(sentence["props"]))
            has_sentence.write([row["id"], sentence_id, self.count("HAS_SENTENCE")], {})
            for mention in sentence["mentions"]:
                mention_id = mention["props"]["id"]
                mentions.write([mention_id, _labels(["Mention"])], _without_id(mention["props"]))
                has_mention.write([sentence_id, mention_id, self.count("HAS_MENTION")], {})
                if mention["entity_id"] in self.entities:
                    keys = [mention_id, mention["entity_id"], self.count("REFERS_TO")]
                    refers_to.write(keys, {})

    def _evidence(self, root: str, row: Row) -> None:
        table = self.relationship(
            f"evidenced_by_{root.lower()}", root, "Sentence", _EVIDENCE_COLUMNS
        )
        table.write([row["id"], row["sentence_id"], self.count("EVIDENCED_BY")], row["evidence"])

    def _fact(self, rel_type: str, subject_root: str, object_root: str, row: Row) -> None:
        # Between entities as merge_relations: one relationship per (type, id, ends), whose
        # evidence lists grow; from or to a statement or an event as create_relations.
        values: Row = row.get("props", row)
        key = (rel_type, row["id"], row["subject_id"], row["object_id"])
        if not subject_root == object_root == "Entity":
            key = (*key[:3], f"{row['object_id']}\n{len(self.facts)}")
        fact = self.facts.get(key)
        if fact is None:
            props: Row = {"id": row["id"], "time": None, "confidence": None}
            props |= {k: [] for k in _RELATION_LISTS}
            fact = self.facts[key] = _Fact(subject_root, object_root, row["object_id"], props)
        props = fact.props
        for name in ("kind", "polarity", "modality"):
            props[name] = values[name]
        if values["time"] is not None:
            props["time"] = values["time"]
        for name in _RELATION_LISTS:
            props[name] = props[name] + list(values[name])
        confidence = values.get("confidence", max(values["confidences"], default=0.0))
        if props["confidence"] is None or confidence > props["confidence"]:
            props["confidence"] = confidence

    def finish(self) -> None:
        entities = self.table("entities", _node_head("Entity", True), _ENTITY_COLUMNS, node=True)
        for entity_id, entity in self.entities.items():
            labels = sorted(entity.labels)
            entity.props["aliases"] = entity.aliases
            entities.write([entity_id, _labels(labels)], entity.props)
        for (rel_type, _, subject_id, _), fact in self.facts.items():
            object_id = fact.object_id
            if (fact.subject_root == "Entity" and subject_id not in self.entities) or (
                fact.object_root == "Entity" and object_id not in self.entities
            ):
                continue  # the online loader's MATCH finds no such entity
            props = fact.props
            table = self.relationship(
                f"facts_{fact.subject_root.lower()}_{fact.object_root.lower()}",
                fact.subject_root,
                fact.object_root,
                _RELATION_COLUMNS,
            )
            table.write([subject_id, object_id, self.count(rel_type)], props)


def _without_id(props: Row) -> Row:
    return {k: v for k, v in props.items() if k != "id"}


def write_import_csv(docs: Iterable[Document], directory: Path) -> ImportFiles:
    """Write ``docs`` as import CSV files (with headers) into ``directory``.

    Documents, sentences, mentions, statements, events and their relationships
    are written as each document comes; entities and fact relationships are
    written at the end, once every document has contributed its aliases and
    evidence.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        writer = _Writer(directory, stack)
        for doc in docs:
            writer.add(doc)
        writer.finish()
        tables = dict(writer.tables)
    counts = {
        space: tables[name].count
        for name, space in (
            ("documents", "Document"),
            ("sentences", "Sentence"),
            ("mentions", "Mention"),
            ("entities", "Entity"),
            ("statements", "Statement"),
            ("events", "Event"),
        )
        if name in tables
    }
    return ImportFiles(
        directory=directory,
        nodes=tuple(tables[name].path for name in writer.node_files),
        relationships=tuple(t.path for name, t in tables.items() if name not in writer.node_files),
        documents=writer.documents,
        node_counts=counts,
        relationship_counts=dict(sorted(writer.relationship_counts.items())),
    )
