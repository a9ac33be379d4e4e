"""RDF -> DocGraph: rebuild :class:`kg.model.Document` objects from their named graphs.

The inverse of :mod:`kg.rdf.convert`, so a local store can be loaded into Neo4j
without re-extracting: a document comes back as its
:func:`kg.model.stored_form`, what was written less what no store keeps
(tokens, ``meta.extra``), in canonical order (RDF is unordered).
``tests/store/test_corpus_round_trip.py`` checks this on every article of the
shared corpus.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Dataset, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.namespace import SDO as SCHEMA
from rdflib.term import Node

from kg import mapping
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
from kg.ontology.schema import KG_NS, event_role, relation_kind
from kg.rdf.convert import ENTITY_GRAPH, graph_iri, node_id

Term = Node | ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple
Triple = tuple[Term, Term, Term]
_TYPE, _STATED, _ATTRIBUTED = str(RDF.type), str(KG.stated), str(PROV.wasAttributedTo)
_NO_TRIGGER = frozenset({"trigger_start", "trigger_end"})


def _text(term: Term) -> str:
    """An IRI or a literal's lexical form, from rdflib's terms or pyoxigraph's."""
    if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode):
        return term.value
    return str(term)


@dataclass
class _Index:
    """Triples as text: subject IRI -> predicate IRI -> objects (IRIs or lexical forms)."""

    by_subject: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    by_predicate: dict[str, list[tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def add(self, s: str, p: str, o: str) -> None:
        self.by_subject[s][p].append(o)
        self.by_predicate[p].append((s, o))

    def objects(self, subject: str, predicate: str) -> list[str]:
        return self.by_subject.get(subject, {}).get(predicate, [])

    def value(self, subject: str, predicate: str) -> str | None:
        found = self.objects(subject, predicate)
        return found[0] if found else None

    def integer(self, subject: str, predicate: str) -> int:
        found = self.value(subject, predicate)
        if found is None:
            raise ValueError(f"{subject} has no {predicate}")
        return int(found)

    def typed(self, predicate: str, kind: str) -> list[str]:
        """The subjects whose ``predicate`` is ``kind``."""
        return [s for s, o in self.by_predicate.get(predicate, []) if o == kind]


def _local(text: str | None) -> str:
    text = str(text)
    return text[len(KG_NS) :] if text.startswith(KG_NS) else text


def _kg_class(values: list[str]) -> str:
    types = [t for t in values if t.startswith(KG_NS)]
    return _local(types[0]) if types else ""


def _convert(f: mapping.Field, text: str) -> object:
    if f.kind == "int":
        return int(text)
    if f.kind == "float":
        return float(text)
    if f.kind == "bool":
        return text in ("true", "1")
    if f.kind == "node":
        return node_id(text)
    return text


_MISSING: dict[str, object] = {"float": 0.0, "class": ""}


def plain_values(
    cls: type, index: _Index, subject: str, *, exclude: frozenset[str] = frozenset()
) -> dict[str, object]:
    """The plain fields of a ``cls`` read from ``subject``, as :data:`kg.mapping.FIELDS` maps them.

    A missing value is the field's default; a missing required one is empty
    (text), 0.0 (a confidence) or an error (an offset).
    """
    values: dict[str, object] = {}
    defaults = {f.name: f.default for f in dataclasses.fields(cls)}
    for f in mapping.plain_fields(cls, exclude=exclude):
        found = index.objects(subject, f.rdf)
        if f.kind == "strs":
            values[f.name] = frozenset(found)
        elif f.kind in mapping.MULTI:
            convert = node_id if f.kind == "nodes" else str
            values[f.name] = tuple(sorted(convert(o) for o in found))
        elif f.kind == "class":
            values[f.name] = (
                _kg_class(found) if f.rdf == _TYPE else _local(found[0] if found else "")
            )
        elif found:
            values[f.name] = _convert(f, found[0])
        elif defaults[f.name] is not dataclasses.MISSING:
            values[f.name] = defaults[f.name]
        elif f.kind == "int" or f.kind == "bool":
            raise ValueError(f"{subject} has no {f.rdf}")
        else:
            values[f.name] = _MISSING.get(f.kind, "")
    return values


def _speaker(index: _Index, statement: str) -> str:
    """The speaker a statement is attributed to.

    Graphs written before ``prov:wasAttributedTo`` was written name it only by
    ``kg:stated``; with several such speakers the first by IRI is taken.
    """
    attributed = index.value(statement, _ATTRIBUTED)
    if attributed is not None:
        return attributed
    speakers = sorted(s for s, q in index.by_predicate.get(_STATED, []) if q == statement)
    if not speakers:
        raise ValueError(f"the statement {statement} has no speaker")
    return speakers[0]


def document_from_triples(
    doc_id: str, triples: Iterable[Triple], entity_triples: Iterable[Triple] = ()
) -> Document:
    """The document ``doc_id`` from the triples of its named graph and the
    descriptions of its entities (from :data:`kg.rdf.convert.ENTITY_GRAPH`).

    The terms may be rdflib's or pyoxigraph's."""
    index = _Index()
    for s, p, o in itertools.chain(triples, entity_triples):
        index.add(_text(s), _text(p), _text(o))
    doc_node = str(graph_iri(doc_id))
    if index.value(doc_node, str(KG.text)) is None:
        raise ValueError(f"no kg:Document {doc_id} with a kg:text in these triples")
    sentences = sorted(
        (
            Sentence(id=node_id(s), **plain_values(Sentence, index, s))  # type: ignore[arg-type]
            for s in index.objects(doc_node, str(KG.hasSentence))
        ),
        key=lambda s: s.index,
    )
    mentions = _mentions(index, sentences)
    entities = [
        Entity(
            id=node_id(e),
            mention_ids=tuple(m.id for m in mentions if m.entity_id == node_id(e)),
            **plain_values(Entity, index, e),  # type: ignore[arg-type]
        )
        for e in index.objects(doc_node, str(SCHEMA.mentions))
    ]
    events, relations = _events_and_relations(index, doc_node)
    doc = Document(
        id=doc_id,
        meta=DocumentMeta(**plain_values(DocumentMeta, index, doc_node)),  # type: ignore[arg-type]
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        entities=tuple(entities),
        statements=tuple(_statements(index, doc_node)),
        events=tuple(events),
        relations=tuple(relations),
        **plain_values(Document, index, doc_node),  # type: ignore[arg-type]
    )
    return stored_form(doc)


def _mentions(index: _Index, sentences: list[Sentence]) -> list[Mention]:
    return [
        Mention(
            id=node_id(m),
            sentence_index=sentence.index,
            **plain_values(Mention, index, m),  # type: ignore[arg-type]
        )
        for sentence in sentences
        for m in index.objects(str(graph_iri(sentence.id)), str(KG.hasMention))
    ]


def _evidence(
    index: _Index,
    doc_node: str,
    node: str,
    link: str,
    trigger: tuple[int, int] | None = None,
) -> Evidence:
    values = plain_values(Evidence, index, node, exclude=_NO_TRIGGER if trigger else frozenset())
    if trigger:
        values["trigger_start"], values["trigger_end"] = trigger
    if index.value(node, str(KG.inDocument)) is None:
        values["document_id"] = node_id(doc_node)
    return Evidence(sentence_id=node_id(str(index.value(node, link))), **values)  # type: ignore[arg-type]


def _statements(index: _Index, doc_node: str) -> list[Statement]:
    return [
        Statement(
            id=node_id(q),
            speaker_id=node_id(_speaker(index, q)),
            evidence=_evidence(index, doc_node, q, str(KG.evidencedBy)),
            **plain_values(Statement, index, q, exclude=frozenset({"speaker_id"})),  # type: ignore[arg-type]
        )
        for q in index.typed(_TYPE, str(KG.Statement))
    ]


def _events_and_relations(index: _Index, doc_node: str) -> tuple[list[Event], list[Relation]]:
    """Events with their arguments, and relations, from the assertions that reify them."""
    arguments: dict[str, list[Argument]] = defaultdict(list)
    relation_parts: dict[str, list[str]] = defaultdict(list)
    for a in index.typed(_TYPE, str(KG.RelationAssertion)):
        relation = index.value(a, str(KG.relationId))
        if relation is not None:
            relation_parts[relation].append(a)
            continue
        arguments[str(index.value(a, str(RDF.subject)))].append(
            Argument(
                role=event_role(_local(index.value(a, str(RDF.predicate)))),
                entity_id=node_id(str(index.value(a, str(RDF.object)))),
                **plain_values(Argument, index, a),  # type: ignore[arg-type]
            )
        )
    events = []
    for v, _trigger in index.by_predicate.get(str(KG.triggerText), []):
        values = plain_values(Event, index, v)
        span = (int(values["trigger_start"]), int(values["trigger_end"]))  # type: ignore[call-overload]
        events.append(
            Event(
                id=node_id(v),
                evidence=_evidence(index, doc_node, v, str(KG.evidencedBy), span),
                arguments=tuple(arguments.get(v, [])),
                **values,  # type: ignore[arg-type]
            )
        )
    relations = [_relation(index, doc_node, parts) for parts in relation_parts.values()]
    return events, relations


def _relation(index: _Index, doc_node: str, parts: list[str]) -> Relation:
    first = parts[0]
    return Relation(
        kind=relation_kind(_local(index.value(first, str(RDF.predicate)))),
        subject_id=node_id(str(index.value(first, str(RDF.subject)))),
        object_id=node_id(str(index.value(first, str(RDF.object)))),
        evidence=tuple(_evidence(index, doc_node, a, str(PROV.wasDerivedFrom)) for a in parts),
        **plain_values(Relation, index, first),  # type: ignore[arg-type]
    )


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
