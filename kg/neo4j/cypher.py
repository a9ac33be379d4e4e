"""Every Cypher statement kg sends, in one place.

Values reach Cypher only as parameters. Labels and relationship types are
interpolated, or sent as dynamic labels and types, only after
:func:`checked_name` has confirmed that they come from the ontology
(``kg.ontology.schema``), so no text from an article can ever become a label,
a type or part of a query.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kg.errors import OntologyError
from kg.neo4j.rows import EVIDENCE_LISTS
from kg.ontology import schema

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

#: Node labels that carry the ``id`` uniqueness constraints (roots of the ontology).
ROOT_LABELS = ("Document", "Sentence", "Mention", "Entity", "Statement", "Event")


def ontology_labels() -> frozenset[str]:
    return frozenset(schema.neo4j_label(name) for name in schema.classes())


def ontology_types() -> frozenset[str]:
    return frozenset(schema.neo4j_type(name) for name in schema.relation_properties())


def property_for_type(rel_type: str) -> str:
    """The ontology property whose Neo4j type is ``rel_type`` (``AGENT`` -> ``agent``)."""
    for name in schema.relation_properties():
        if schema.neo4j_type(name) == rel_type:
            return name
    raise OntologyError(f"no ontology property has the Neo4j type {rel_type!r}")


def checked_name(name: str) -> str:
    """A label or type from the ontology, safe to interpolate; anything else is an error."""
    if not _NAME.match(name) or name not in ontology_labels() | ontology_types():
        raise OntologyError(f"{name!r} is not a Neo4j label or type defined in ontology/kg.ttl")
    return name


def label_clause(labels: Iterable[str]) -> str:
    return "".join(f":`{checked_name(label)}`" for label in labels)


def constraint_statements() -> dict[str, str]:
    """Schema statements, by the name of the constraint or index each creates."""
    statements = {
        f"kg_{label.lower()}_id": f"CREATE CONSTRAINT kg_{label.lower()}_id IF NOT EXISTS "
        f"FOR (n:`{checked_name(label)}`) REQUIRE n.id IS UNIQUE"
        for label in ROOT_LABELS
    }
    statements |= {
        f"kg_rel_{rel_type.lower()}_id": f"CREATE INDEX kg_rel_{rel_type.lower()}_id "
        f"IF NOT EXISTS FOR ()-[r:`{checked_name(rel_type)}`]-() ON (r.id)"
        for rel_type in relation_types()
    }
    statements |= {
        "kg_entity_qid": "CREATE INDEX kg_entity_qid IF NOT EXISTS FOR (n:Entity) ON (n.qid)",
        "kg_entity_name": "CREATE INDEX kg_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
        "kg_document_url": "CREATE INDEX kg_document_url IF NOT EXISTS FOR (n:Document) ON (n.url)",
        "kg_sentence_text": "CREATE FULLTEXT INDEX kg_sentence_text IF NOT EXISTS "
        "FOR (n:Sentence) ON EACH [n.text] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
    }
    return statements


def relation_types() -> list[str]:
    """Types of the fact relationships (stance, roles, geography...): those that carry evidence."""
    not_facts = {"HAS_SENTENCE", "HAS_MENTION", "REFERS_TO", "EVIDENCED_BY", "IN_DOCUMENT"}
    roles = {schema.neo4j_type(name) for name in schema.event_role_properties()}
    return sorted(t for t in ontology_types() if t not in not_facts | roles)


SHOW_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name"
SHOW_INDEXES = "SHOW INDEXES YIELD name RETURN name"


DOCUMENT_HASHES = """
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.content_hash AS content_hash
"""


# Labels and relationship types that vary by row travel as dynamic labels and types
# (``$(row.labels)``, ``$(row.type)``) after the loader has checked each one with
# :func:`checked_name`. One statement per kind of row, instead of one per label or
# type, keeps a batch to a handful of statements whose plans stay cached.

MERGE_ENTITIES = """
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e += row.props, e.aliases = row.aliases
ON MATCH SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases]
SET e:$(row.labels)
"""
"""Entities are shared between documents: the first description wins, aliases add up."""


# A document's own nodes (sentences, mentions, statements, events) are created, not
# merged: the loader has removed any earlier version of the document first, so they
# cannot exist yet. One nested statement writes a document, its sentences, their
# mentions and the mentions' links to entities.
CREATE_DOCUMENTS = """
UNWIND $rows AS row
CREATE (d:Document)
SET d = row.props
WITH d, row
UNWIND row.sentences AS sentence
CREATE (d)-[:HAS_SENTENCE]->(s:Sentence)
SET s = sentence.props
WITH s, sentence
UNWIND sentence.mentions AS mention
CREATE (s)-[:HAS_MENTION]->(m:Mention)
SET m = mention.props
WITH m, mention
MATCH (e:Entity {id: mention.entity_id})
CREATE (m)-[:REFERS_TO]->(e)
"""

CREATE_STATEMENTS = """
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence_id})
CREATE (q:Statement)-[ev:EVIDENCED_BY]->(s)
SET q = row.props, ev = row.evidence
"""

CREATE_EVENTS = """
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence_id})
CREATE (v:Event)-[ev:EVIDENCED_BY]->(s)
SET v = row.props, ev = row.evidence
SET v:$(row.labels)
"""

CREATE_ARGUMENTS = """
UNWIND $rows AS row
MATCH (v:Event {id: row.event_id})
MATCH (e:Entity {id: row.entity_id})
CREATE (v)-[r:$(row.type)]->(e)
SET r.document_id = row.document_id, r.start = row.start, r.end = row.end
"""


_EVIDENCE_APPEND = ",\n    ".join(
    f"r.{name} = coalesce(r.{name}, []) + row.props.{name}" for name in EVIDENCE_LISTS
)


@lru_cache(maxsize=1)
def update_entity_relations() -> str:
    """Facts between entities that are already there gain the batch's evidence.

    Returns the ids it found; the loader creates the others. The loader removes
    a document's old evidence before writing it again, so appending here never
    duplicates evidence.

    This is ``MERGE`` in two steps, for speed. For ``MERGE (a)-[r:T {id}]->(b)``
    the planner either expands from ``a`` into ``b`` or scans all relationships;
    on a database whose statistics show few relationships it chooses the scan,
    which then reads, for every row, every relationship record ever allocated and
    every one the transaction has created: quadratic in the batch. Here each
    relationship is found by its id in its type's index, forced by a hint,
    whatever the statistics say. Setting (and removing again) a
    property of both ends takes the write locks that ``MERGE`` would take, held
    until the transaction ends, so two loaders writing at once cannot both find a
    fact missing and both create it (``tests/neo4j/test_loader.py``).
    """
    branches = "\n    UNION ALL\n".join(
        f"    WITH row WHERE row.type = '{checked_name(rel_type)}'\n"
        f"    MATCH ()-[r:`{rel_type}` {{id: row.id}}]->()\n"
        f"    USING INDEX r:`{rel_type}`(id)\n"
        "    RETURN r"
        for rel_type in relation_types()
    )
    return f"""
UNWIND $rows AS row
MATCH (a:Entity {{id: row.subject_id}})
MATCH (b:Entity {{id: row.object_id}})
SET a.kg_write_lock = true, b.kg_write_lock = true
REMOVE a.kg_write_lock, b.kg_write_lock
WITH row
CALL (row) {{
{branches}
}}
SET r.kind = row.props.kind, r.polarity = row.props.polarity,
    r.modality = row.props.modality, r.time = coalesce(row.props.time, r.time),
    r.confidence = CASE WHEN r.confidence > row.props.confidence THEN r.confidence
                        ELSE row.props.confidence END,
    {_EVIDENCE_APPEND}
RETURN row.id AS id
"""


def create_relations(subject_label: str, object_label: str) -> str:
    """Facts about a statement or an event: only its own document can support them."""
    return f"""
UNWIND $rows AS row
MATCH (a:`{checked_name(subject_label)}` {{id: row.subject_id}})
MATCH (b:`{checked_name(object_label)}` {{id: row.object_id}})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
"""


DELETE_DOCUMENT_NODES = """
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)-[:HAS_MENTION]->(m:Mention)
OPTIONAL MATCH (x)-[:EVIDENCED_BY]->(s) WHERE x:Statement OR x:Event
WITH d, collect(DISTINCT s) AS sentences, collect(DISTINCT m) AS mentions,
     collect(DISTINCT x) AS derived
FOREACH (n IN derived | DETACH DELETE n)
FOREACH (n IN mentions | DETACH DELETE n)
FOREACH (n IN sentences | DETACH DELETE n)
RETURN d.entity_ids AS entity_ids, d.relation_keys AS relation_keys
"""


def strip_relation_evidence(rel_type: str) -> str:
    """Drop one document's evidence from relationships; delete those left with none."""
    return f"""
UNWIND $ids AS rid
MATCH ()-[r:`{checked_name(rel_type)}` {{id: rid}}]->()
WITH r, [i IN range(0, size(r.document_ids) - 1) WHERE r.document_ids[i] <> $document_id] AS keep
SET r.document_ids = [i IN keep | r.document_ids[i]],
    r.sentence_ids = [i IN keep | r.sentence_ids[i]],
    r.starts = [i IN keep | r.starts[i]], r.ends = [i IN keep | r.ends[i]],
    r.extractors = [i IN keep | r.extractors[i]],
    r.confidences = [i IN keep | r.confidences[i]],
    r.trigger_starts = [i IN keep | r.trigger_starts[i]],
    r.trigger_ends = [i IN keep | r.trigger_ends[i]]
SET r.confidence = reduce(best = 0.0, c IN r.confidences | CASE WHEN c > best THEN c ELSE best END)
WITH r WHERE size(r.document_ids) = 0
DELETE r
"""


DELETE_ORPHAN_ENTITIES = """
UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
WHERE NOT (e)--()
DELETE e
"""

DELETE_DOCUMENT_NODE = "MATCH (d:Document {id: $id}) DETACH DELETE d"


def set_missing_list_to_empty(label: str, name: str) -> str:
    """After a bulk import: the importer stores no property for an empty list."""
    if not _NAME.match(name):
        raise OntologyError(f"{name!r} is not a property name kg writes")
    return (
        f"MATCH (n:`{checked_name(label)}`) WHERE n.`{name}` IS NULL "
        f"CALL (n) {{ SET n.`{name}` = [] }} IN TRANSACTIONS OF 10000 ROWS"
    )


COUNT_NODES = "MATCH (n) RETURN count(n) AS count"
COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS count"

# --- reading the graph back (export) -------------------------------------------------

READ_DOCUMENT_IDS = "MATCH (d:Document) RETURN d.id AS id ORDER BY id"

READ_DOCUMENT = """
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
WITH d, s ORDER BY s.index
RETURN properties(d) AS document, collect(properties(s)) AS sentences
"""

READ_MENTIONS = """
MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[:HAS_MENTION]->(m:Mention)
OPTIONAL MATCH (m)-[:REFERS_TO]->(e:Entity)
RETURN properties(m) AS mention, e.id AS entity_id
ORDER BY m.start, m.end
"""

READ_ENTITIES = """
UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
RETURN properties(e) AS entity
"""

READ_STATEMENTS = """
MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence)<-[ev:EVIDENCED_BY]-(q:Statement)
RETURN properties(q) AS statement, properties(ev) AS evidence, s.id AS sentence_id
ORDER BY q.id
"""

READ_EVENTS = """
MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence)<-[ev:EVIDENCED_BY]-(v:Event)
OPTIONAL MATCH (v)-[a]->(e:Entity)
WITH v, ev, s, collect({role: type(a), entity_id: e.id, start: a.start, end: a.end}) AS args
RETURN properties(v) AS event, properties(ev) AS evidence, s.id AS sentence_id, args
ORDER BY v.id
"""


def read_relations(rel_type: str) -> str:
    return f"""
UNWIND $ids AS rid
MATCH (a)-[r:`{checked_name(rel_type)}` {{id: rid}}]->(b)
RETURN properties(r) AS relation, a.id AS subject_id, b.id AS object_id
"""
