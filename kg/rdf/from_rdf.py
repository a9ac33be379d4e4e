"""RDF -> DocGraph: rebuild :class:`kg.model.Document` objects from their named graphs.

The inverse of :mod:`kg.rdf.convert`, so a local store can be loaded into Neo4j
without re-extracting: a document comes back as its
:func:`kg.model.stored_form`, what was written less what no store keeps
(tokens, ``meta.extra``), in canonical order (RDF is unordered).
``tests/store/test_corpus_round_trip.py`` checks this on every article of the
shared corpus.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Dataset, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.namespace import SDO as SCHEMA
from rdflib.term import Node

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
from kg.ontology.namespace import KG
from kg.ontology.schema import KG_NS
from kg.rdf.convert import ENTITY_GRAPH, graph_iri, node_id

Triple = tuple[Node, Node, Node]


@dataclass
class _Index:
    by_subject: dict[Node, dict[Node, list[Node]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    by_predicate: dict[Node, list[tuple[Node, Node]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        return self.by_subject.get(subject, {}).get(predicate, [])

    def value(self, subject: Node, predicate: Node) -> Node | None:
        found = self.objects(subject, predicate)
        return found[0] if found else None

    def text(self, subject: Node, predicate: Node) -> str | None:
        found = self.value(subject, predicate)
        return None if found is None else str(found)

    def integer(self, subject: Node, predicate: Node) -> int:
        found = self.value(subject, predicate)
        if found is None:
            raise ValueError(f"{subject} has no {predicate}")
        return int(str(found))

    def optional_int(self, subject: Node, predicate: Node) -> int | None:
        found = self.value(subject, predicate)
        return None if found is None else int(str(found))

    def number(self, subject: Node, predicate: Node) -> float:
        found = self.value(subject, predicate)
        return 0.0 if found is None else float(str(found))


def _local(node: Node | None) -> str:
    text = str(node)
    return text[len(KG_NS) :] if text.startswith(KG_NS) else text


def _kg_type(index: _Index, subject: Node) -> str:
    types = [t for t in index.objects(subject, RDF.type) if str(t).startswith(KG_NS)]
    return _local(types[0]) if types else ""


def _speaker(index: _Index, statement: Node) -> Node:
    """The speaker a statement is attributed to.

    Graphs written before ``prov:wasAttributedTo`` was written name it only by
    ``kg:stated``; with several such speakers the first by IRI is taken.
    """
    attributed = index.value(statement, PROV.wasAttributedTo)
    if attributed is not None:
        return attributed
    speakers = sorted(
        str(s) for s, q in index.by_predicate.get(KG.stated, []) if q == statement
    )
    if not speakers:
        raise ValueError(f"the statement {statement} has no speaker")
    return URIRef(speakers[0])


def document_from_triples(
    doc_id: str, triples: Iterable[Triple], entity_triples: Iterable[Triple] = ()
) -> Document:
    """The document ``doc_id`` from the triples of its named graph and the
    descriptions of its entities (from :data:`kg.rdf.convert.ENTITY_GRAPH`)."""
    index = _Index()
    for s, p, o in itertools.chain(triples, entity_triples):
        index.by_subject[s][p].append(o)
        index.by_predicate[p].append((s, o))
    doc_node = graph_iri(doc_id)
    if index.value(doc_node, KG.text) is None:
        raise ValueError(f"no kg:Document {doc_id} with a kg:text in these triples")

    meta = DocumentMeta(
        title=index.text(doc_node, KG.title),
        url=index.text(doc_node, KG.url),
        date=index.text(doc_node, KG.date),
        source=index.text(doc_node, KG.source),
        author=index.text(doc_node, KG.author),
        dateline=index.text(doc_node, KG.dateline),
        origin=index.text(doc_node, KG.origin) or "",
    )
    layers = frozenset(str(x) for x in index.objects(doc_node, KG.annotationLayer))

    sentences = sorted(
        (
            Sentence(
                node_id(str(s)),
                index.integer(s, KG.index),
                index.integer(s, KG.start),
                index.integer(s, KG.end),
            )
            for s in index.objects(doc_node, KG.hasSentence)
        ),
        key=lambda s: s.index,
    )
    mentions: list[Mention] = []
    for sentence in sentences:
        for m in index.objects(graph_iri(sentence.id), KG.hasMention):
            entity = index.value(m, KG.refersTo)
            mentions.append(
                Mention(
                    id=node_id(str(m)),
                    start=index.integer(m, KG.start),
                    end=index.integer(m, KG.end),
                    text=index.text(m, KG.text) or "",
                    label=_local(index.value(m, KG.mentionClass)),
                    extractor=index.text(m, KG.extractor) or "",
                    confidence=index.number(m, KG.confidence),
                    sentence_index=sentence.index,
                    entity_id=None if entity is None else node_id(str(entity)),
                )
            )
    mentions.sort(key=lambda m: (m.start, m.end, m.id))

    entities = []
    for e in index.objects(doc_node, SCHEMA.mentions):
        e_id = node_id(str(e))
        entities.append(
            Entity(
                id=e_id,
                label=_kg_type(index, e),
                name=index.text(e, KG.name) or "",
                name_en=index.text(e, KG.nameEn),
                qid=index.text(e, KG.wikidataId),
                transliteration=index.text(e, KG.transliteration),
                aliases=tuple(sorted(str(a) for a in index.objects(e, KG.alias))),
                mention_ids=tuple(m.id for m in mentions if m.entity_id == e_id),
            )
        )

    def evidence(
        node: Node,
        link: Node,
        trigger: tuple[int | None, int | None] | None = None,
    ) -> Evidence:
        triggers = trigger or (
            index.optional_int(node, KG.triggerStart),
            index.optional_int(node, KG.triggerEnd),
        )
        return Evidence(
            document_id=node_id(str(index.value(node, KG.inDocument) or doc_node)),
            sentence_id=node_id(str(index.value(node, link))),
            start=index.integer(node, KG.start),
            end=index.integer(node, KG.end),
            extractor=index.text(node, KG.extractor) or "",
            confidence=index.number(node, KG.confidence),
            trigger_start=triggers[0],
            trigger_end=triggers[1],
        )

    statements = []
    for q, kind in index.by_predicate.get(RDF.type, []):
        if kind != KG.Statement:
            continue
        statements.append(
            Statement(
                id=node_id(str(q)),
                speaker_id=node_id(str(_speaker(index, q))),
                verb=index.text(q, KG.verb) or "",
                quote_start=index.integer(q, KG.quoteStart),
                quote_end=index.integer(q, KG.quoteEnd),
                direct=bool(index.value(q, KG.direct).toPython()),  # type: ignore[union-attr]
                evidence=evidence(q, KG.evidencedBy),
                about_ids=tuple(sorted(node_id(str(a)) for a in index.objects(q, KG.about))),
            )
        )

    assertions = [a for a, t in index.by_predicate.get(RDF.type, []) if t == KG.RelationAssertion]
    arguments: dict[Node, list[Argument]] = defaultdict(list)
    relation_parts: dict[str, list[Node]] = defaultdict(list)
    for a in assertions:
        relation = index.value(a, KG.relationId)
        if relation is None:
            subject = index.value(a, RDF.subject)
            assert subject is not None
            arguments[subject].append(
                Argument(
                    _local(index.value(a, RDF.predicate)),
                    node_id(str(index.value(a, RDF.object))),
                    index.integer(a, KG.start),
                    index.integer(a, KG.end),
                )
            )
        else:
            relation_parts[str(relation)].append(a)

    events = []
    for v, _trigger in index.by_predicate.get(KG.triggerText, []):
        span = (index.integer(v, KG.triggerStart), index.integer(v, KG.triggerEnd))
        events.append(
            Event(
                id=node_id(str(v)),
                label=_kg_type(index, v),
                trigger_start=span[0],
                trigger_end=span[1],
                evidence=evidence(v, KG.evidencedBy, span),
                arguments=tuple(sorted(arguments.get(v, []), key=lambda x: (x.start, x.role))),
                time=index.text(v, KG.time),
                casualties=index.optional_int(v, KG.casualties),
                historical=index.text(v, KG.historical) == "true",
            )
        )

    relations = []
    for relation_id, parts in relation_parts.items():
        first = parts[0]
        polarity = index.text(first, KG.polarity) or "positive"
        modality = index.text(first, KG.modality) or "asserted"
        relations.append(
            Relation(
                id=relation_id,
                kind=_local(index.value(first, RDF.predicate)),
                subject_id=node_id(str(index.value(first, RDF.subject))),
                object_id=node_id(str(index.value(first, RDF.object))),
                evidence=tuple(
                    sorted(
                        (evidence(a, PROV.wasDerivedFrom) for a in parts),
                        key=lambda e: (e.document_id, e.start, e.end, e.extractor),
                    )
                ),
                polarity=polarity,  # type: ignore[arg-type]
                modality=modality,  # type: ignore[arg-type]
                time=index.text(first, KG.time),
            )
        )

    doc = Document(
        id=doc_id,
        text=index.text(doc_node, KG.text) or "",
        meta=meta,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        entities=tuple(sorted(entities, key=lambda e: e.id)),
        statements=tuple(sorted(statements, key=lambda s: (s.quote_start, s.id))),
        events=tuple(sorted(events, key=lambda e: (e.trigger_start, e.id))),
        relations=tuple(sorted(relations, key=lambda r: r.id)),
        annotations=layers,
    )
    return stored_form(doc)


def documents_from_dataset(dataset: Dataset) -> Iterator[Document]:
    """Every document of a dataset made by :func:`kg.rdf.convert.to_rdf`, by id."""
    doc_nodes = sorted(
        {
            s
            for s, _p, _o, _g in dataset.quads((None, RDF.type, KG.Document, None))
            if isinstance(s, URIRef)
        }
    )
    entities = dataset.graph(ENTITY_GRAPH)
    for doc_node in doc_nodes:
        graph = dataset.graph(doc_node)
        described = [
            triple
            for e in graph.objects(doc_node, SCHEMA.mentions)
            for triple in entities.triples((e, None, None))
        ]
        yield document_from_triples(node_id(str(doc_node)), graph, described)
