"""Where every field of the document model is stored: one declaration per model class.

For each dataclass of :mod:`kg.model`, :data:`FIELDS` says, field by field, the
ontology property that carries it in RDF (terms of
:mod:`kg.ontology.namespace`), the Neo4j property (or relationship) that
carries it in Neo4j, and the kind of value. The RDF writer and reader
(:mod:`kg.rdf.convert`, :mod:`kg.rdf.from_rdf`), the Neo4j rows and reader
(:mod:`kg.neo4j.rows`, :mod:`kg.neo4j.export`) and the bulk CSV columns
(:mod:`kg.neo4j.bulk`) read and write the plain fields through the helpers
below; the structural ones (ids, links between nodes, nested objects) are
declared here too, and written by those modules by hand.
``tests/test_mapping.py`` fails when a model field is missing here.

What no store keeps (tokens, ``meta.extra``) is in :data:`NOT_STORED`, with why;
the runtime layers, which live only inside the pipeline, in :data:`RUNTIME`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from rdflib.namespace import PROV, RDF
from rdflib.namespace import SDO as SCHEMA

from kg import model
from kg.ontology.namespace import KG

Kind = Literal[
    # plain values, read and written by the helpers of this module
    "str",  # plain literal; Neo4j string
    "ar",  # Arabic text, @ar
    "en",  # English text, @en
    "uri",  # xsd:anyURI
    "int",  # xsd:integer; Neo4j long
    "float",  # xsd:double; Neo4j double
    "bool",  # xsd:boolean; Neo4j boolean
    "class",  # the IRI of an ontology class; Neo4j string (and labels)
    "node",  # the IRI of another node; Neo4j string (its id)
    "strs",  # several plain literals; Neo4j string[]
    "ar_set",  # several Arabic literals; Neo4j string[]
    "nodes",  # several node IRIs; Neo4j string[]
    # structural, written by hand by each store's code
    "id",  # the node's own IRI; Neo4j ``id``
    "link",  # a link to or from another node; Neo4j a relationship
    "nested",  # another model object (or several), stored as their own nodes
]
PLAIN: frozenset[str] = frozenset(
    {"str", "ar", "en", "uri", "int", "float", "bool", "class", "node"}
)
MULTI: frozenset[str] = frozenset({"strs", "ar_set", "nodes"})


@dataclass(frozen=True, slots=True)
class Field:
    """One model field: its RDF property and its Neo4j property."""

    name: str
    kind: Kind
    rdf: str
    """The predicate IRI; for ``id`` and ``link``/``nested`` fields, how it is stored."""
    neo4j: str
    """The Neo4j property name, or (not an identifier) the relationship that carries it."""
    optional: bool = False
    """Written only when set (not None, not empty, not False)."""

    @property
    def plain(self) -> bool:
        """Read and written by the generic helpers (one value or a list of values)."""
        return self.kind in PLAIN or self.kind in MULTI

    @property
    def neo4j_property(self) -> bool:
        """Stored as a Neo4j property of its node (not as a relationship, not nested)."""
        return self.neo4j.isidentifier() and self.kind != "nested"


def _f(name: str, kind: Kind, rdf: str, neo4j: str = "", optional: bool = False) -> Field:
    return Field(name, kind, str(rdf), neo4j or name, optional)


_ID = "the node IRI https://w3id.org/arkg/id/{id}"

FIELDS: dict[type, tuple[Field, ...]] = {
    model.Document: (
        _f("id", "id", _ID),
        _f("text", "ar", KG.text),
        _f("meta", "nested", "DocumentMeta fields on the document node", "(properties)"),
        _f("sentences", "nested", f"{KG.hasSentence} to each sentence", "-[:HAS_SENTENCE]->"),
        _f("tokens", "nested", "not stored", "(not stored)"),
        _f("mentions", "nested", f"{KG.hasMention} from their sentences", "-[:HAS_MENTION]->"),
        _f("entities", "nested", f"{SCHEMA.mentions} to each entity", "entity_ids"),
        _f("statements", "nested", f"{RDF.type} {KG.Statement}", "<-[:EVIDENCED_BY]-"),
        _f("events", "nested", f"{RDF.type} an event class", "<-[:EVIDENCED_BY]-"),
        _f("relations", "nested", "kg:RelationAssertion", "relation_keys"),
        _f("annotations", "strs", KG.annotationLayer),
        _f("held_back", "int", KG.heldBackFacts, "held_back", optional=True),
        _f("words", "nested", "runtime only", "(runtime only)"),
    ),
    model.DocumentMeta: (
        _f("title", "ar", KG.title, optional=True),
        _f("url", "uri", KG.url, optional=True),
        _f("date", "str", KG.date, optional=True),
        _f("source", "str", KG.source, optional=True),
        _f("author", "str", KG.author, optional=True),
        _f("dateline", "str", KG.dateline, optional=True),
        _f("origin", "str", KG.origin, optional=True),
        _f("extra", "nested", "not stored", "(not stored)"),
    ),
    model.Sentence: (
        _f("id", "id", _ID),
        _f("index", "int", KG.index),
        _f("start", "int", KG.start),
        _f("end", "int", KG.end),
    ),
    model.Token: (),  # not stored: see NOT_STORED
    model.Mention: (
        _f("id", "id", _ID),
        _f("start", "int", KG.start),
        _f("end", "int", KG.end),
        _f("text", "ar", KG.text),
        _f("label", "class", KG.mentionClass, "class"),
        _f("extractor", "str", KG.extractor),
        _f("confidence", "float", KG.confidence),
        _f("sentence_index", "link", f"^{KG.hasMention} from its sentence"),
        _f("entity_id", "node", KG.refersTo, "-[:REFERS_TO]->", optional=True),
    ),
    model.Entity: (
        _f("id", "id", _ID),
        _f("label", "class", RDF.type, "class"),
        _f("name", "ar", KG.name),
        _f("name_en", "en", KG.nameEn, optional=True),
        _f("qid", "str", KG.wikidataId, optional=True),
        _f("transliteration", "str", KG.transliteration, optional=True),
        _f("aliases", "ar_set", KG.alias),
        _f("mention_ids", "link", f"^{KG.refersTo} from mentions", "<-[:REFERS_TO]-"),
    ),
    model.Evidence: (
        _f("document_id", "node", KG.inDocument),
        _f(
            "sentence_id",
            "link",
            f"{KG.evidencedBy} or {PROV.wasDerivedFrom}",
            "-[:EVIDENCED_BY]->",
        ),
        _f("start", "int", KG.start),
        _f("end", "int", KG.end),
        _f("extractor", "str", KG.extractor),
        _f("confidence", "float", KG.confidence),
        _f("trigger_start", "int", KG.triggerStart, optional=True),
        _f("trigger_end", "int", KG.triggerEnd, optional=True),
    ),
    model.Statement: (
        _f("id", "id", _ID),
        _f("speaker_id", "node", PROV.wasAttributedTo),
        _f("verb", "ar", KG.verb),
        _f("quote_start", "int", KG.quoteStart),
        _f("quote_end", "int", KG.quoteEnd),
        _f("direct", "bool", KG.direct),
        _f("evidence", "nested", "Evidence fields on the statement node", "-[:EVIDENCED_BY]->"),
        _f("about_ids", "nodes", KG.about),
    ),
    model.Argument: (
        _f("role", "link", f"{RDF.predicate} of a kg:RelationAssertion", "(relationship type)"),
        _f("entity_id", "link", f"{RDF.object} of a kg:RelationAssertion", "(end node)"),
        _f("start", "int", KG.start),
        _f("end", "int", KG.end),
    ),
    model.Event: (
        _f("id", "id", _ID),
        _f("label", "class", RDF.type, "class"),
        _f("trigger_start", "int", KG.triggerStart),
        _f("trigger_end", "int", KG.triggerEnd),
        _f("evidence", "nested", "Evidence fields on the event node", "-[:EVIDENCED_BY]->"),
        _f("arguments", "nested", "role triples and kg:RelationAssertion", "-[:ROLE]->"),
        _f("time", "str", KG.time, optional=True),
        _f("casualties", "int", KG.casualties, optional=True),
        _f("historical", "bool", KG.historical, optional=True),
    ),
    model.Relation: (
        _f("id", "str", KG.relationId),
        _f("kind", "link", f"{RDF.predicate} of its kg:RelationAssertion", "kind"),
        _f("subject_id", "link", f"{RDF.subject} of its kg:RelationAssertion", "(start node)"),
        _f("object_id", "link", f"{RDF.object} of its kg:RelationAssertion", "(end node)"),
        _f("evidence", "nested", "one kg:RelationAssertion each", "document_ids, sentence_ids..."),
        _f("polarity", "str", KG.polarity),
        _f("modality", "str", KG.modality),
        _f("time", "str", KG.time, optional=True),
    ),
}

NOT_STORED: dict[str, str] = {
    "Token": "tokens are cheap to make again from the text, and large",
    "Document.tokens": "see Token",
    "DocumentMeta.extra": "reader-specific fields, not part of the graph",
}
"""Model classes and fields that no store keeps, and why (see :func:`kg.model.stored_form`)."""

RUNTIME: dict[str, str] = {
    "Document.words": "the normalised view and its words (kg.text.words): made by the tokens "
    "stage for ner.gazetteer and relations, dropped when the document leaves the pipeline "
    "(kg.model.without_runtime_layers), never stored nor pickled back from a worker",
}
"""Fields of the runtime layers (:data:`kg.model.RUNTIME_LAYERS`): no store keeps them, and
a document loses them when it leaves the pipeline."""

EVIDENCE_LISTS: dict[str, str] = {
    "document_id": "document_ids",
    "sentence_id": "sentence_ids",
    "start": "starts",
    "end": "ends",
    "extractor": "extractors",
    "confidence": "confidences",
    "trigger_start": "trigger_starts",
    "trigger_end": "trigger_ends",
}
"""A relationship's evidence in Neo4j: one list property per Evidence field (-1 for None)."""

NEO4J_DERIVED: dict[str, dict[str, str]] = {
    "Document": {
        "content_hash": "string",
        "entity_ids": "string[]",
        "entity_aliases": "string[]",
        "relation_keys": "string[]",
    },
    "Sentence": {"document_id": "string", "text": "string"},
    "Mention": {"document_id": "string"},
    "Entity": {},
    "Statement": {"document_id": "string", "quote": "string", "caption": "string"},
    "Event": {"document_id": "string", "trigger": "string", "caption": "string"},
    "Argument": {"document_id": "string"},
    "Relation": {"kind": "string", "confidence": "double"},
}
"""Neo4j properties made from the document rather than copied from one field, by type."""

_NEO4J_TYPES: dict[str, str] = {
    "str": "string",
    "ar": "string",
    "en": "string",
    "uri": "string",
    "class": "string",
    "node": "string",
    "id": "string",
    "int": "long",
    "float": "double",
    "bool": "boolean",
    "strs": "string[]",
    "ar_set": "string[]",
    "nodes": "string[]",
}


_LINK_TYPES: dict[str, str] = {"sentence_index": "long", "kind": "string"}
"""Neo4j types of the link fields that Neo4j also keeps as properties."""


def fields(cls: type) -> tuple[Field, ...]:
    return FIELDS[cls]


def field_named(cls: type, name: str) -> Field:
    return next(f for f in FIELDS[cls] if f.name == name)


def plain_fields(cls: type, *, exclude: frozenset[str] = frozenset()) -> Iterator[Field]:
    """The fields the generic helpers read and write, in declaration order."""
    return (f for f in FIELDS[cls] if f.plain and f.name not in exclude)


def is_set(value: object) -> bool:
    """Whether an optional field is written: not None, not empty, not False."""
    return value is not None and value != "" and value is not False


# ---------------------------------------------------------------- Neo4j


def neo4j_props(obj: object, *, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    """``obj``'s id and plain fields as Neo4j properties (None for a missing value)."""
    props: dict[str, Any] = {}
    for f in FIELDS[type(obj)]:
        if f.name in exclude or not f.neo4j_property:
            continue
        value = getattr(obj, f.name)
        props[f.neo4j] = (
            sorted(value) if f.kind == "strs" else (list(value) if f.kind in MULTI else value)
        )
    return props


def from_neo4j(cls: type, props: Mapping[str, Any], **given: Any) -> Any:
    """A ``cls`` from its Neo4j properties; ``given`` supplies the structural fields."""
    values = dict(given)
    defaults = _defaults(cls)
    for f in FIELDS[cls]:
        if f.name in values or not f.neo4j_property:
            continue
        if f.name in defaults:
            value = props.get(f.neo4j)
            values[f.name] = defaults[f.name] if value is None else _neo4j_value(f, value)
        else:
            values[f.name] = _neo4j_value(f, props[f.neo4j])
    return cls(**values)


def _neo4j_value(f: Field, value: Any) -> Any:
    if f.kind in MULTI:
        return frozenset(value) if f.kind == "strs" else tuple(value)
    if f.kind == "bool":
        return bool(value)
    return value


def _defaults(cls: type) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            out[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            out[f.name] = f.default_factory()
    return out


def neo4j_types() -> dict[str, str]:
    """The bulk import type of every Neo4j property kg writes, by property name."""
    types: dict[str, str] = {}
    for cls, declared in FIELDS.items():
        for f in declared:
            if f.neo4j_property:
                _add_type(types, f.neo4j, _NEO4J_TYPES.get(f.kind) or _LINK_TYPES[f.name])
        if cls is model.Evidence:
            for f in declared:
                kind = "string" if f.kind in ("node", "link") else _NEO4J_TYPES[f.kind]
                _add_type(types, EVIDENCE_LISTS[f.name], kind + "[]")
    for derived in NEO4J_DERIVED.values():
        for name, kind in derived.items():
            _add_type(types, name, kind)
    return types


def _add_type(types: dict[str, str], name: str, kind: str) -> None:
    if types.setdefault(name, kind) != kind:
        raise ValueError(f"the Neo4j property {name!r} is both {types[name]} and {kind}")


def neo4j_columns(cls: type, *, exclude: frozenset[str] = frozenset()) -> list[str]:
    """The Neo4j properties of a node or relationship made from ``cls``, less ``exclude``."""
    names = [f.neo4j for f in FIELDS[cls] if f.neo4j_property and f.name not in exclude]
    names += [n for n in NEO4J_DERIVED.get(cls.__name__, {}) if n not in names]
    return [n for n in names if n not in exclude]
