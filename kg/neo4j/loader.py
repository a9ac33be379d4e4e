"""Load DocGraphs into Neo4j: batched, parameterised, idempotent.

Writing a document first removes what an earlier version of the same document
contributed (its sentences, mentions, statements, events and its evidence on
shared relationships), then writes it again with ``UNWIND ... MERGE`` under
uniqueness constraints. An unchanged document (same content hash) is skipped
altogether, so loading the same articles twice creates nothing, and a changed
article replaces only its own contribution.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from types import TracebackType
from typing import Any

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_errors

from kg.config import DEFAULT_BATCH_SIZE, DEFAULT_MAX_RETRY_TIME, Neo4jSettings
from kg.errors import Neo4jError
from kg.ids import digest
from kg.model import Document, stored_form
from kg.neo4j import cypher
from kg.neo4j.rows import DocumentRows, Row, document_rows

# The driver logs every retried transaction as a WARNING, which Python prints to
# stderr when nobody configured logging; the error raised at the end says it in one line.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


@dataclass
class LoadCounts:
    """What a load did with the documents it was given (a repeated id counts once a batch)."""

    new: int = 0
    """Not in the database before: written."""
    replaced: int = 0
    """In the database with other contents: its old contribution removed, written again."""
    unchanged: int = 0
    """In the database with the same content hash: nothing written."""

    @property
    def changed(self) -> int:
        return self.new + self.replaced

    @property
    def total(self) -> int:
        return self.new + self.replaced + self.unchanged

    def __iadd__(self, other: LoadCounts) -> LoadCounts:
        self.new += other.new
        self.replaced += other.replaced
        self.unchanged += other.unchanged
        return self


class Neo4jLoader:
    """Writes documents to one Neo4j database."""

    def __init__(
        self,
        driver: Driver,
        database: str = "neo4j",
        *,
        uri: str = "",
        max_retry_time: float = DEFAULT_MAX_RETRY_TIME,
    ) -> None:
        self.driver = driver
        self.database = database
        self.uri = uri
        self.max_retry_time = max_retry_time

    @classmethod
    def connect(cls, settings: Neo4jSettings, timeout: float | None = None) -> Neo4jLoader:
        """Open a driver and check that the server answers; a clear error if it does not.

        Opening one connection takes at most ``timeout`` (default: the settings'
        ``connection_timeout``) seconds, and a transaction that loses its server is
        retried for at most ``settings.max_retry_time`` seconds: a server that is
        down or goes away is reported within a bounded time.
        """
        connection_timeout = settings.connection_timeout if timeout is None else timeout
        try:
            driver = GraphDatabase.driver(
                settings.uri,
                auth=settings.auth,
                connection_timeout=connection_timeout,
                connection_acquisition_timeout=connection_timeout + settings.max_retry_time,
                max_transaction_retry_time=settings.max_retry_time,
                notifications_min_severity="OFF",
            )
            driver.verify_connectivity()
        except neo4j_errors.AuthError as error:
            raise Neo4jError(
                f"Neo4j at {settings.uri} refused the credentials of user {settings.user!r}; "
                "set KG_NEO4J_USER and KG_NEO4J_PASSWORD (or the config file)"
            ) from error
        except (
            neo4j_errors.ServiceUnavailable,
            neo4j_errors.DriverError,
            OSError,
            ValueError,
        ) as error:
            raise Neo4jError(
                f"cannot reach Neo4j at {settings.uri}: {_one_line(error)}. Is it running? "
                "(`kg neo4j start`, or set KG_NEO4J_URI)"
            ) from error
        return cls(
            driver, settings.database, uri=settings.uri, max_retry_time=settings.max_retry_time
        )

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jLoader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- schema ---------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Uniqueness constraints and indexes derived from the ontology."""
        with self.driver.session(database=self.database) as session:
            existing = {
                record["name"]
                for query in (cypher.SHOW_CONSTRAINTS, cypher.SHOW_INDEXES)
                for record in self._run(lambda q=query: list(session.run(q)))
            }
            missing = [
                s for name, s in cypher.constraint_statements().items() if name not in existing
            ]
            for statement in missing:
                self._run(lambda s=statement: session.run(s).consume())
            if missing:
                session.run("CALL db.awaitIndexes(300)").consume()

    # --- writing --------------------------------------------------------------------

    def put_documents(self, docs: Sequence[Document]) -> None:
        """The sink interface of :func:`kg.ingest.ingest`."""
        self.load_batch(docs)

    def load_documents(
        self, docs: Iterable[Document], batch_size: int = DEFAULT_BATCH_SIZE
    ) -> LoadCounts:
        """Write ``docs`` in batches of ``batch_size``; what happened to each document."""
        counts = LoadCounts()
        iterator = iter(docs)
        while batch := list(islice(iterator, batch_size)):
            counts += self.write_batch(batch)
        return counts

    def load_batch(self, docs: Sequence[Document]) -> int:
        """Write a batch in one transaction; returns how many documents were (re)written."""
        return self.write_batch(docs).changed

    def write_batch(self, docs: Sequence[Document]) -> LoadCounts:
        """Write a batch in one transaction; how many documents were new, replaced, unchanged."""
        hashes = {doc.id: content_hash(doc) for doc in docs}
        latest = {doc.id: doc for doc in docs}  # the last version of a repeated id wins
        with self.driver.session(database=self.database) as session:
            stored = self._run(lambda: session.execute_read(_read_hashes, list(latest)))
            changed = [d for d in latest.values() if stored.get(d.id) != hashes[d.id]]
            replaced = [d.id for d in changed if d.id in stored]
            counts = LoadCounts(
                new=len(changed) - len(replaced),
                replaced=len(replaced),
                unchanged=len(latest) - len(changed),
            )
            if not changed:
                return counts
            rows = document_rows(changed, hashes)
            self._run(lambda: session.execute_write(_write_batch, replaced, rows))
        return counts

    def delete_document(self, document_id: str) -> bool:
        """Remove one document's contribution; facts supported elsewhere keep their evidence."""
        with self.driver.session(database=self.database) as session:
            deleted = self._run(lambda: session.execute_write(_delete_document, document_id, False))
        return bool(deleted)

    def counts(self) -> tuple[int, int]:
        """(nodes, relationships) in the database."""
        with self.driver.session(database=self.database) as session:
            nodes = session.run(cypher.COUNT_NODES).single(strict=True)["count"]
            relationships = session.run(cypher.COUNT_RELATIONSHIPS).single(strict=True)["count"]
        return int(nodes), int(relationships)

    def _run(self, action: Any) -> Any:
        """Run ``action``; a clear error when the server goes away and stays away.

        Managed transactions (``execute_read``/``execute_write``) are already
        retried by the driver for ``max_retry_time`` seconds; auto-commit queries
        are retried here until the same deadline, so the whole wait is bounded.
        """
        deadline = time.monotonic() + self.max_retry_time
        pause = 0.5
        while True:
            try:
                return action()
            except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired) as error:
                if time.monotonic() + pause >= deadline:
                    raise Neo4jError(
                        f"Neo4j at {self.uri or 'the server'} became unavailable and did not "
                        f"answer again within {self.max_retry_time:g} s "
                        f"(KG_NEO4J_MAX_RETRY_TIME): {_one_line(error)}"
                    ) from error
                time.sleep(pause)
                pause = min(pause * 2, 4.0)
            except neo4j_errors.Neo4jError as error:
                raise Neo4jError(f"Neo4j refused a write: {error.message}") from error


def _one_line(error: BaseException) -> str:
    """An exception's message on one line (the driver's span several)."""
    return " ".join(str(error).split())


def content_hash(doc: Document) -> str:
    """Changes whenever anything the document contributes changes (see
    :func:`kg.model.stored_form`): the same whether the document comes straight
    from the pipeline or back from the local store.

    An entity is described once for all documents, by the first that names it
    (``MERGE ... ON CREATE``), so its names are not the document's to change.
    The layers are sorted: a frozenset's order changes from one process to the next.
    """
    stored = stored_form(doc)
    entities = tuple((e.id, e.label, e.aliases, e.mention_ids) for e in stored.entities)
    own = replace(stored, entities=(), annotations=frozenset())
    return digest(repr((own, entities, sorted(stored.annotations))), length=32)


def _read_hashes(tx: ManagedTransaction, ids: list[str]) -> dict[str, str]:
    return {r["id"]: r["content_hash"] for r in tx.run(cypher.DOCUMENT_HASHES, ids=ids)}


def _write_batch(tx: ManagedTransaction, replaced: list[str], rows: DocumentRows) -> None:
    """Nodes before relationships; a handful of statements whatever the batch holds."""
    for document_id in replaced:
        _delete_document(tx, document_id, keep_document=False)
    batch = BatchRows.of(rows)
    _run(tx, cypher.MERGE_ENTITIES, batch.entities)
    # Facts between entities that earlier batches wrote gain this batch's evidence;
    # the rest are new (see cypher.update_entity_relations).
    updated: set[str] = set()
    if batch.between_entities:
        result = tx.run(cypher.update_entity_relations(), rows=batch.between_entities)
        updated = {record["id"] for record in result}
    _run(tx, cypher.CREATE_DOCUMENTS, rows.documents)
    _run(tx, cypher.CREATE_STATEMENTS, rows.statements)
    _run(tx, cypher.CREATE_EVENTS, batch.events)
    _run(tx, cypher.CREATE_ARGUMENTS, batch.arguments)
    new = [row for row in batch.between_entities if row["id"] not in updated]
    _run(tx, cypher.create_relations("Entity", "Entity"), new)
    for (subject_label, object_label), relation_rows in batch.other_relations.items():
        _run(tx, cypher.create_relations(subject_label, object_label), relation_rows)


def _run(tx: ManagedTransaction, query: str, rows: list[Row]) -> None:
    if rows:
        tx.run(query, rows=rows).consume()


@dataclass
class BatchRows:
    """A batch's rows, one list per statement: labels and relationship types that vary
    by row travel in the row (as dynamic labels and types), each checked against the
    ontology here."""

    entities: list[Row]
    events: list[Row]
    arguments: list[Row]
    between_entities: list[Row]
    """Facts from one entity to another: shared between documents."""
    other_relations: dict[tuple[str, str], list[Row]]
    """Facts about statements and events, by (subject label, object label)."""

    @classmethod
    def of(cls, rows: DocumentRows) -> BatchRows:
        relations: dict[tuple[str, str], list[Row]] = defaultdict(list)
        for (rel_type, subject_label, object_label), relation_rows in rows.relations.items():
            checked = cypher.checked_name(rel_type)
            relations[subject_label, object_label] += [
                {**row, "type": checked} for row in relation_rows
            ]
        return cls(
            entities=[
                {**row, "labels": _checked(labels)}
                for labels, entity_rows in rows.entities.items()
                for row in entity_rows
            ],
            events=[
                {**row, "labels": _checked(labels)}
                for labels, event_rows in rows.events.items()
                for row in event_rows
            ],
            arguments=[
                {**row, "type": cypher.checked_name(role_type)}
                for role_type, argument_rows in rows.arguments.items()
                for row in argument_rows
            ],
            between_entities=relations.pop(("Entity", "Entity"), []),
            other_relations=relations,
        )


def _checked(labels: tuple[str, ...]) -> list[str]:
    return [cypher.checked_name(label) for label in labels]


def _delete_document(tx: ManagedTransaction, document_id: str, keep_document: bool) -> bool:
    record = tx.run(cypher.DELETE_DOCUMENT_NODES, id=document_id).single()
    if record is None:
        return False
    by_type: dict[str, list[str]] = defaultdict(list)
    for key in record["relation_keys"] or []:
        rel_type, _, relation_id = key.partition("|")
        by_type[rel_type].append(relation_id)
    for rel_type, ids in by_type.items():
        tx.run(cypher.strip_relation_evidence(rel_type), ids=ids, document_id=document_id).consume()
    if not keep_document:
        tx.run(cypher.DELETE_DOCUMENT_NODE, id=document_id).consume()
    tx.run(cypher.DELETE_ORPHAN_ENTITIES, ids=record["entity_ids"] or []).consume()
    return True
