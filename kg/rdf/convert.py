"""DocGraph -> RDF: one named graph per document, deterministic IRIs, no blank nodes.

Every node gets ``https://w3id.org/arkg/id/{id}`` from its model id, so the same
document always yields the same triples. Relations are written twice: the
direct triple ``subject kg:opposes object`` (only when the polarity is
positive: a negated relation must not be asserted) and one
``kg:RelationAssertion`` per piece of evidence, reifying it with
``rdf:subject/predicate/object`` and the sentence, span, extractor, confidence,
polarity, modality and time. Event arguments are reified the same way (with
no ``kg:relationId``) so that their spans survive.

A statement has one speaker, the one it is attributed to
(``prov:wasAttributedTo``, and ``speaker kg:stated statement``). Other
speakers coordinated with it («موسكو والمتمردين ينفون») are ``stated``
relations to the same statement, so ``kg:stated`` alone cannot say which
speaker is the statement's own.

Entities are shared between documents: a document's graph says which
entities it names (``schema:mentions``) and how it wrote them (``kg:alias``);
what an entity *is* (class, names, Wikidata id) is said once, in
:data:`ENTITY_GRAPH`, by the first document that named it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD
from rdflib.namespace import SDO as SCHEMA
from rdflib.term import Node

from kg import mapping
from kg.ids import digest, sentence_id
from kg.model import Document, Entity, Event, Evidence, Relation, Statement, stored_form
from kg.ontology import schema
from kg.ontology.namespace import KG

ID_NS = "https://w3id.org/arkg/id/"
WD_NS = "http://www.wikidata.org/entity/"
EXTRACTOR_NS = ID_NS + "extractor/"
ENTITY_GRAPH = URIRef("https://w3id.org/arkg/graph/entities")
"""The named graph that describes entities once for all documents (first description wins)."""

Triple = tuple[Node, Node, Node]
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]+")


def node_iri(node_id: str) -> URIRef:
    """The IRI of a model id (document, sentence, mention, entity, event...)."""
    if _UNRESERVED.fullmatch(node_id):
        return URIRef(ID_NS + node_id)
    return URIRef(ID_NS + quote(node_id, safe="-._~"))


def node_id(iri: str) -> str:
    """Inverse of :func:`node_iri`."""
    if not iri.startswith(ID_NS):
        raise ValueError(f"{iri} is not a kg resource IRI (expected {ID_NS}...)")
    return unquote(iri[len(ID_NS) :])


def graph_iri(doc_id: str) -> URIRef:
    """The named graph holding one document's contribution (= the document's IRI)."""
    return node_iri(doc_id)


def extractor_iri(extractor: str) -> URIRef:
    """The ``prov:Activity`` standing for one extractor."""
    return URIRef(EXTRACTOR_NS + quote(extractor, safe="-._~"))


def class_term(name: str, *, strict: bool = True) -> URIRef:
    """``KG[name]`` for a class; unknown names raise unless ``strict`` is false."""
    if strict or schema.is_class(name):
        return URIRef(KG[schema.class_info(name).name])
    return URIRef(schema.KG_NS + quote(name, safe=""))


def property_term(name: str, *, strict: bool = True) -> URIRef:
    """``KG[name]`` for a property; unknown names raise unless ``strict`` is false."""
    if strict or schema.is_property(name):
        return URIRef(KG[schema.property_info(name).name])
    return URIRef(schema.KG_NS + quote(name, safe=""))


# ---------------------------------------------------------------- terms

OxTerm = ox.NamedNode | ox.Literal
OxTriple = tuple[ox.NamedNode, ox.NamedNode, OxTerm]
_XSD = str(XSD)


@lru_cache(maxsize=1 << 16)
def iri(value: str) -> ox.NamedNode:
    """The pyoxigraph node of an IRI (cached: the same few thousand recur)."""
    return ox.NamedNode(value)


def node_term(node_id: str) -> ox.NamedNode:
    """:func:`node_iri` as a pyoxigraph node."""
    return iri(str(node_iri(node_id)))


@lru_cache(maxsize=1 << 16)
def _typed(lexical: str, datatype: str) -> ox.Literal:
    return ox.Literal(lexical, datatype=iri(datatype))


@lru_cache(maxsize=1 << 12)
def _plain(value: str) -> ox.Literal:
    return ox.Literal(value)


def _value_term(kind: str, value: object, strict: bool) -> OxTerm:
    """The RDF term of one value of a mapped field (see :mod:`kg.mapping`)."""
    if kind in ("ar", "ar_set", "en"):
        return ox.Literal(str(value), language="en" if kind == "en" else "ar")
    if kind in ("str", "strs"):
        return _plain(str(value))
    if kind == "int":
        return _typed(str(int(value)), _XSD + "integer")  # type: ignore[call-overload]
    if kind == "float":
        return _typed(str(float(value)), _XSD + "double")  # type: ignore[arg-type]
    if kind == "bool":
        return _typed("true" if value else "false", _XSD + "boolean")
    if kind == "uri":
        return _typed(str(value), _XSD + "anyURI")
    if kind == "class":
        return iri(str(class_term(str(value), strict=strict)))
    if kind in ("node", "nodes"):
        return node_term(str(value))
    raise ValueError(f"{kind!r} is not a plain field kind")


def plain_triples(
    obj: object,
    subject: ox.NamedNode,
    *,
    strict: bool = True,
    exclude: frozenset[str] = frozenset(),
    only: frozenset[str] | None = None,
) -> list[OxTriple]:
    """The triples of ``obj``'s plain fields, as :data:`kg.mapping.FIELDS` maps them."""
    out: list[OxTriple] = []
    for f in mapping.plain_fields(type(obj), exclude=exclude):
        if only is not None and f.name not in only:
            continue
        value = getattr(obj, f.name)
        if f.optional and not mapping.is_set(value):
            continue
        values = sorted(value) if f.kind in mapping.MULTI else [value]
        predicate = iri(f.rdf)
        out.extend((subject, predicate, _value_term(f.kind, v, strict)) for v in values)
    return out


def to_rdflib(term: OxTerm) -> Node:
    """A pyoxigraph term as rdflib's (a plain literal without ``xsd:string``)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == _XSD + "string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(datatype))


def _rdflib_triples(triples: list[OxTriple]) -> list[Triple]:
    return [(to_rdflib(s), to_rdflib(p), to_rdflib(o)) for s, p, o in triples]


_TYPE = iri(str(RDF.type))
_EVIDENCED_BY = iri(str(KG.evidencedBy))
_DERIVED_FROM = iri(str(PROV.wasDerivedFrom))
_GENERATED_BY = iri(str(PROV.wasGeneratedBy))
_NO_TRIGGER = frozenset({"trigger_start", "trigger_end"})
_NO_SPAN = _NO_TRIGGER | {"start", "end"}


def _ar(text: str) -> ox.Literal:
    return ox.Literal(text, language="ar")


# ---------------------------------------------------------------- documents


def document_triples(doc: Document, *, strict: bool = True) -> list[Triple]:
    """:func:`document_terms` as rdflib triples."""
    return _rdflib_triples(document_terms(doc, strict=strict))


def entity_triples(doc: Document, *, strict: bool = True) -> list[Triple]:
    """:func:`entity_terms` as rdflib triples."""
    return _rdflib_triples(entity_terms(doc, strict=strict))


def document_terms(doc: Document, *, strict: bool = True) -> list[OxTriple]:
    """Every triple of ``doc``'s named graph (pyoxigraph terms), in a stable order.

    With ``strict`` (the default) an unknown class or property raises
    :class:`kg.errors.OntologyError`; without it the term is written as a
    ``kg:`` IRI anyway, so that validation can report it.
    """
    doc = stored_form(doc)  # what every store keeps, e.g. no ``tokens`` layer
    doc_node = node_term(doc.id)
    out: list[OxTriple] = [
        (doc_node, _TYPE, iri(str(KG.Document))),
        (doc_node, _TYPE, iri(str(SCHEMA.NewsArticle))),
        *plain_triples(doc, doc_node),
        *plain_triples(doc.meta, doc_node),
    ]
    out += _sentence_triples(doc, doc_node, strict)
    for entity in doc.entities:
        e_node = node_term(entity.id)
        out.append((doc_node, iri(str(SCHEMA.mentions)), e_node))
        out += plain_triples(entity, e_node, only=frozenset({"aliases"}))
    for statement in doc.statements:
        out += _statement_triples(doc, statement)
    for event in doc.events:
        out += _event_triples(doc, event, strict)
    for relation in doc.relations:
        out += _relation(relation, strict=strict)
    extractors = {s.evidence.extractor for s in doc.statements}
    extractors |= {v.evidence.extractor for v in doc.events}
    extractors |= {e.extractor for r in doc.relations for e in r.evidence}
    for extractor in sorted(extractors):
        node = iri(str(extractor_iri(extractor)))
        out.append((node, _TYPE, iri(str(PROV.Activity))))
        out.append((node, iri(str(RDFS.label)), _plain(extractor)))
    return out


def _sentence_triples(doc: Document, doc_node: ox.NamedNode, strict: bool) -> list[OxTriple]:
    """Sentences, and the mentions each holds."""
    out: list[OxTriple] = []
    for sentence in doc.sentences:
        s_node = node_term(sentence.id)
        out.append((doc_node, iri(str(KG.hasSentence)), s_node))
        out.append((s_node, _TYPE, iri(str(KG.Sentence))))
        out.append((s_node, iri(str(KG.text)), _ar(doc.text[sentence.start : sentence.end])))
        out += plain_triples(sentence, s_node)
    sentence_ids = {s.index: s.id for s in doc.sentences}
    for mention in doc.mentions:
        m_node = node_term(mention.id)
        s_id = sentence_ids.get(mention.sentence_index) or sentence_id(
            doc.id, mention.sentence_index
        )
        out.append((node_term(s_id), iri(str(KG.hasMention)), m_node))
        out.append((m_node, _TYPE, iri(str(KG.Mention))))
        out += plain_triples(mention, m_node, strict=strict)
    return out


def _statement_triples(doc: Document, statement: Statement) -> list[OxTriple]:
    q_node = node_term(statement.id)
    quote = doc.text[statement.quote_start : statement.quote_end]
    return [
        (node_term(statement.speaker_id), iri(str(KG.stated)), q_node),
        (q_node, _TYPE, iri(str(KG.Statement))),
        (q_node, iri(str(KG.quoteText)), _ar(quote)),
        *plain_triples(statement, q_node),
        *_evidence(q_node, statement.evidence, _EVIDENCED_BY),
    ]


def _event_triples(doc: Document, event: Event, strict: bool) -> list[OxTriple]:
    v_node = node_term(event.id)
    trigger = doc.text[event.trigger_start : event.trigger_end]
    out: list[OxTriple] = [
        (v_node, iri(str(KG.triggerText)), _ar(trigger)),
        *plain_triples(event, v_node, strict=strict),
        *_evidence(v_node, event.evidence, _EVIDENCED_BY, exclude=_NO_TRIGGER),
    ]
    for argument in event.arguments:
        role = iri(str(property_term(argument.role, strict=strict)))
        target = node_term(argument.entity_id)
        out.append((v_node, role, target))
        a_node = node_term(
            f"{event.id}-arg-"
            + digest(
                argument.role, argument.entity_id, str(argument.start), str(argument.end), length=10
            )
        )
        out += _assertion(a_node, v_node, role, target, event.evidence, exclude=_NO_SPAN)
        out += plain_triples(argument, a_node)
        out.append((a_node, iri(str(KG.polarity)), _plain("positive")))
    return out


def entity_triples_of(entity: Entity, *, strict: bool = True) -> list[OxTriple]:
    """What one entity is: class, names, Wikidata id, transliteration."""
    e_node = node_term(entity.id)
    out = plain_triples(entity, e_node, strict=strict, exclude=frozenset({"aliases"}))
    label = iri(str(RDFS.label))
    out.append((e_node, label, _ar(entity.name)))
    if entity.name_en:
        out.append((e_node, label, ox.Literal(entity.name_en, language="en")))
    if entity.qid:
        out.append((e_node, iri(str(OWL.sameAs)), iri(WD_NS + entity.qid)))
    return out


def entity_terms(doc: Document, *, strict: bool = True) -> list[OxTriple]:
    """What the document's entities are: class, names, Wikidata id, transliteration.

    These go to the shared :data:`ENTITY_GRAPH`, not to the document's graph, so
    that an entity named in a thousand articles is described once and queries
    over the union of graphs do not multiply its rows.
    """
    return [t for entity in doc.entities for t in entity_triples_of(entity, strict=strict)]


def _evidence(
    node: ox.NamedNode,
    evidence: Evidence,
    link: ox.NamedNode,
    *,
    exclude: frozenset[str] = frozenset(),
) -> list[OxTriple]:
    """The provenance of a statement, event or assertion read from ``evidence``."""
    if evidence.trigger_start is None or evidence.trigger_end is None:
        exclude = exclude | _NO_TRIGGER
    return [
        (node, link, node_term(evidence.sentence_id)),
        (node, _GENERATED_BY, iri(str(extractor_iri(evidence.extractor)))),
        *plain_triples(evidence, node, exclude=exclude),
    ]


def _assertion(
    node: ox.NamedNode,
    subject: ox.NamedNode,
    predicate: ox.NamedNode,
    obj: ox.NamedNode,
    evidence: Evidence,
    *,
    exclude: frozenset[str] = frozenset(),
) -> list[OxTriple]:
    """A ``kg:RelationAssertion`` reifying ``subject predicate obj`` as read in ``evidence``."""
    return [
        (node, _TYPE, iri(str(KG.RelationAssertion))),
        (node, iri(str(RDF.subject)), subject),
        (node, iri(str(RDF.predicate)), predicate),
        (node, iri(str(RDF.object)), obj),
        *_evidence(node, evidence, _DERIVED_FROM, exclude=exclude),
    ]


def _relation(relation: Relation, *, strict: bool) -> list[OxTriple]:
    predicate = iri(str(property_term(relation.kind, strict=strict)))
    subject, obj = node_term(relation.subject_id), node_term(relation.object_id)
    out: list[OxTriple] = []
    if relation.polarity == "positive":
        out.append((subject, predicate, obj))
    for evidence in relation.evidence:
        a_node = node_term(
            f"{relation.id}-"
            + digest(
                evidence.document_id,
                evidence.sentence_id,
                str(evidence.start),
                str(evidence.end),
                evidence.extractor,
                length=10,
            )
        )
        out += _assertion(a_node, subject, predicate, obj, evidence)
        out += plain_triples(relation, a_node)  # id, polarity, modality, time...
    return out


def to_rdf(doc: Document, dataset: Dataset | None = None, *, strict: bool = True) -> Dataset:
    """Add ``doc``'s named graph (replacing any earlier one) to ``dataset`` or a new one."""
    return to_rdf_many([doc], dataset, strict=strict)


def to_rdf_many(
    docs: Iterable[Document], dataset: Dataset | None = None, *, strict: bool = True
) -> Dataset:
    """Add the named graph of every document to ``dataset`` or a new one."""
    if dataset is None:
        dataset = new_dataset()
    entities = dataset.graph(ENTITY_GRAPH)
    for doc in docs:
        graph_node = graph_iri(doc.id)
        dataset.remove_graph(graph_node)
        graph = dataset.graph(graph_node)
        graph.addN((s, p, o, graph) for s, p, o in document_triples(doc, strict=strict))
        new = [
            (s, p, o, entities)
            for s, p, o in entity_triples(doc, strict=strict)
            if (s, KG.name, None) not in entities
        ]
        entities.addN(new)
    return dataset


def new_dataset() -> Dataset:
    """An empty dataset with the kg prefixes bound."""
    dataset = Dataset()
    for prefix, namespace in (
        ("kg", schema.KG_NS),
        ("id", ID_NS),
        ("prov", str(PROV)),
        ("schema", str(SCHEMA)),
        ("owl", str(OWL)),
        ("rdfs", str(RDFS)),
        ("xsd", str(XSD)),
        ("wd", WD_NS),
    ):
        dataset.bind(prefix, namespace, replace=True)
    return dataset
