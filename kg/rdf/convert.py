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

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD
from rdflib.namespace import SDO as SCHEMA
from rdflib.term import Node

from kg.ids import digest, sentence_id
from kg.model import Document, Evidence, Relation, stored_form
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


def _ar(text: str) -> Literal:
    return Literal(text, lang="ar")


@lru_cache(maxsize=1 << 16)
def _int(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


@lru_cache(maxsize=1 << 12)
def _double(value: float) -> Literal:
    return Literal(float(value), datatype=XSD.double)


@lru_cache(maxsize=1 << 12)
def _plain(value: str) -> Literal:
    """A plain string literal for the small vocabulary of repeated values (extractors...)."""
    return Literal(value)


def document_triples(doc: Document, *, strict: bool = True) -> list[Triple]:
    """Every triple of ``doc``'s named graph, in a stable order.

    With ``strict`` (the default) an unknown class or property raises
    :class:`kg.errors.OntologyError`; without it the term is written as a
    ``kg:`` IRI anyway, so that validation can report it.
    """
    doc = stored_form(doc)  # what every store keeps, e.g. no ``tokens`` layer
    out: list[Triple] = []
    add = out.append
    doc_node = node_iri(doc.id)
    add((doc_node, RDF.type, KG.Document))
    add((doc_node, RDF.type, SCHEMA.NewsArticle))
    add((doc_node, KG.text, _ar(doc.text)))
    meta = doc.meta
    if meta.title:
        add((doc_node, KG.title, _ar(meta.title)))
    if meta.url:
        add((doc_node, KG.url, Literal(meta.url, datatype=XSD.anyURI)))
    for term, value in (
        (KG.date, meta.date),
        (KG.source, meta.source),
        (KG.author, meta.author),
        (KG.dateline, meta.dateline),
        (KG.origin, meta.origin),
    ):
        if value:
            add((doc_node, term, Literal(value)))
    for layer in sorted(doc.annotations):
        add((doc_node, KG.annotationLayer, Literal(layer)))

    for sentence in doc.sentences:
        s_node = node_iri(sentence.id)
        add((doc_node, KG.hasSentence, s_node))
        add((s_node, RDF.type, KG.Sentence))
        add((s_node, KG.text, _ar(doc.text[sentence.start : sentence.end])))
        add((s_node, KG.start, _int(sentence.start)))
        add((s_node, KG.end, _int(sentence.end)))
        add((s_node, KG.index, _int(sentence.index)))

    sentence_ids = {s.index: s.id for s in doc.sentences}
    for mention in doc.mentions:
        m_node = node_iri(mention.id)
        s_id = sentence_ids.get(mention.sentence_index) or sentence_id(
            doc.id, mention.sentence_index
        )
        add((node_iri(s_id), KG.hasMention, m_node))
        add((m_node, RDF.type, KG.Mention))
        add((m_node, KG.start, _int(mention.start)))
        add((m_node, KG.end, _int(mention.end)))
        add((m_node, KG.text, _ar(mention.text)))
        add((m_node, KG.mentionClass, class_term(mention.label, strict=strict)))
        add((m_node, KG.extractor, _plain(mention.extractor)))
        add((m_node, KG.confidence, _double(mention.confidence)))
        if mention.entity_id:
            add((m_node, KG.refersTo, node_iri(mention.entity_id)))

    for entity in doc.entities:
        e_node = node_iri(entity.id)
        add((doc_node, SCHEMA.mentions, e_node))
        for alias in entity.aliases:
            add((e_node, KG.alias, _ar(alias)))

    extractors: set[str] = set()
    for statement in doc.statements:
        q_node = node_iri(statement.id)
        speaker = node_iri(statement.speaker_id)
        add((speaker, KG.stated, q_node))
        add((q_node, PROV.wasAttributedTo, speaker))
        add((q_node, RDF.type, KG.Statement))
        add((q_node, KG.verb, _ar(statement.verb)))
        add((q_node, KG.quoteStart, _int(statement.quote_start)))
        add((q_node, KG.quoteEnd, _int(statement.quote_end)))
        add((q_node, KG.quoteText, _ar(doc.text[statement.quote_start : statement.quote_end])))
        add((q_node, KG.direct, Literal(statement.direct)))
        for about in statement.about_ids:
            add((q_node, KG.about, node_iri(about)))
        out.extend(_evidence(q_node, statement.evidence, KG.evidencedBy))
        extractors.add(statement.evidence.extractor)

    for event in doc.events:
        v_node = node_iri(event.id)
        add((v_node, RDF.type, class_term(event.label, strict=strict)))
        add((v_node, KG.triggerStart, _int(event.trigger_start)))
        add((v_node, KG.triggerEnd, _int(event.trigger_end)))
        add((v_node, KG.triggerText, _ar(doc.text[event.trigger_start : event.trigger_end])))
        if event.time:
            add((v_node, KG.time, Literal(event.time)))
        if event.casualties is not None:
            add((v_node, KG.casualties, _int(event.casualties)))
        if event.historical:
            add((v_node, KG.historical, Literal(True)))
        out.extend(_evidence(v_node, event.evidence, KG.evidencedBy, trigger=False))
        extractors.add(event.evidence.extractor)
        for argument in event.arguments:
            role = property_term(argument.role, strict=strict)
            target = node_iri(argument.entity_id)
            add((v_node, role, target))
            a_node = node_iri(
                f"{event.id}-arg-"
                + digest(
                    argument.role,
                    argument.entity_id,
                    str(argument.start),
                    str(argument.end),
                    length=10,
                )
            )
            out.extend(_assertion(a_node, v_node, role, target, event.evidence, span=False))
            add((a_node, KG.start, _int(argument.start)))
            add((a_node, KG.end, _int(argument.end)))
            add((a_node, KG.polarity, _plain("positive")))

    for relation in doc.relations:
        out.extend(_relation(relation, strict=strict))
        extractors.update(e.extractor for e in relation.evidence)

    for extractor in sorted(extractors):
        add((extractor_iri(extractor), RDF.type, PROV.Activity))
        add((extractor_iri(extractor), RDFS.label, Literal(extractor)))
    return out


def entity_triples(doc: Document, *, strict: bool = True) -> list[Triple]:
    """What the document's entities are: class, names, Wikidata id, transliteration.

    These go to the shared :data:`ENTITY_GRAPH`, not to the document's graph, so
    that an entity named in a thousand articles is described once and queries
    over the union of graphs do not multiply its rows.
    """
    out: list[Triple] = []
    add = out.append
    for entity in doc.entities:
        e_node = node_iri(entity.id)
        add((e_node, RDF.type, class_term(entity.label, strict=strict)))
        add((e_node, KG.name, _ar(entity.name)))
        add((e_node, RDFS.label, _ar(entity.name)))
        if entity.name_en:
            add((e_node, KG.nameEn, Literal(entity.name_en, lang="en")))
            add((e_node, RDFS.label, Literal(entity.name_en, lang="en")))
        if entity.qid:
            add((e_node, KG.wikidataId, Literal(entity.qid)))
            add((e_node, OWL.sameAs, URIRef(WD_NS + entity.qid)))
        if entity.transliteration:
            add((e_node, KG.transliteration, Literal(entity.transliteration)))
    return out


def _evidence(
    node: URIRef, evidence: Evidence, link: URIRef, *, span: bool = True, trigger: bool = True
) -> list[Triple]:
    """The provenance of a statement, event or assertion read from ``evidence``."""
    out: list[Triple] = [
        (node, link, node_iri(evidence.sentence_id)),
        (node, KG.inDocument, node_iri(evidence.document_id)),
        (node, KG.extractor, _plain(evidence.extractor)),
        (node, PROV.wasGeneratedBy, extractor_iri(evidence.extractor)),
        (node, KG.confidence, _double(evidence.confidence)),
    ]
    if span:
        out.append((node, KG.start, _int(evidence.start)))
        out.append((node, KG.end, _int(evidence.end)))
    if trigger and evidence.trigger_start is not None and evidence.trigger_end is not None:
        out.append((node, KG.triggerStart, _int(evidence.trigger_start)))
        out.append((node, KG.triggerEnd, _int(evidence.trigger_end)))
    return out


def _assertion(
    node: URIRef,
    subject: URIRef,
    predicate: URIRef,
    obj: URIRef,
    evidence: Evidence,
    *,
    span: bool = True,
) -> list[Triple]:
    """A ``kg:RelationAssertion`` reifying ``subject predicate obj`` as read in ``evidence``."""
    return [
        (node, RDF.type, KG.RelationAssertion),
        (node, RDF.subject, subject),
        (node, RDF.predicate, predicate),
        (node, RDF.object, obj),
        *_evidence(node, evidence, PROV.wasDerivedFrom, span=span, trigger=span),
    ]


def _relation(relation: Relation, *, strict: bool) -> list[Triple]:
    predicate = property_term(relation.kind, strict=strict)
    subject, obj = node_iri(relation.subject_id), node_iri(relation.object_id)
    out: list[Triple] = []
    if relation.polarity == "positive":
        out.append((subject, predicate, obj))
    for evidence in relation.evidence:
        a_node = node_iri(
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
        out.extend(_assertion(a_node, subject, predicate, obj, evidence))
        out.append((a_node, KG.relationId, Literal(relation.id)))
        out.append((a_node, KG.polarity, _plain(relation.polarity)))
        out.append((a_node, KG.modality, _plain(relation.modality)))
        if relation.time:
            out.append((a_node, KG.time, Literal(relation.time)))
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
