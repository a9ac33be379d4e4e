"""The embedded local store: an on-disk pyoxigraph (RocksDB) store, no server needed.

Each document lives in its own named graph (``https://w3id.org/arkg/id/{doc.id}``),
so putting a document replaces exactly its own contribution: the old graph is
dropped and the new one inserted in one transactional ``extend``. Readers see
the old document, no document (only if the process dies in between), or the
new one, never a mix; putting the same document again changes nothing.
Queries see the union of all graphs as the default graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.config import DEFAULT_BATCH_SIZE
from kg.errors import StoreError
from kg.model import Document
from kg.ontology import schema
from kg.ontology.namespace import KG
from kg.rdf.convert import (
    ENTITY_GRAPH,
    ID_NS,
    WD_NS,
    document_terms,
    entity_terms,
    graph_iri,
    node_id,
)
from kg.rdf.from_rdf import document_from_triples
from kg.rdf.serialize import RdfFormat
from kg.store.sparql import refuse_service

ExportFormat = RdfFormat
SCHEMA_MENTIONS = "https://schema.org/mentions"
_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
PREFIXES = {
    "kg": schema.KG_NS,
    "id": ID_NS,
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": WD_NS,
}
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    _XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "nonNegativeInteger",
        "positiveInteger",
        "unsignedInt",
        "unsignedLong",
    )
}
_FLOATS = {_XSD + t for t in ("double", "float", "decimal")}


class IRI(str):
    """An IRI in a SELECT row: a ``str`` that a table may print as a prefixed name."""

    __slots__ = ()

    def prefixed(self) -> str:
        """``kg:opposes`` for a known namespace, else the IRI itself."""
        for prefix, namespace in PREFIXES.items():
            if self.startswith(namespace) and len(self) > len(namespace):
                return f"{prefix}:{self[len(namespace) :]}"
        return str(self)


Value = str | int | float | bool | None

#: SPARQL results formats (SELECT, ASK) and RDF formats (CONSTRUCT, DESCRIBE) by name.
RESULTS_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "xml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True, slots=True)
class SelectResult:
    """The answer to a SPARQL ``SELECT``: variable names and rows of Python values.

    IRIs and strings are ``str``, numbers ``int``/``float``, booleans ``bool``,
    unbound variables ``None``.
    """

    header: tuple[str, ...]
    rows: list[tuple[Value, ...]]

    def __iter__(self) -> Iterator[tuple[Value, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


QueryResult = SelectResult | bool | list[tuple[Node, Node, Node]]


class LocalStore:
    """An on-disk RDF store of DocGraphs, answering SPARQL."""

    def __init__(self, path: Path | str | None, *, read_only: bool = False) -> None:
        """Open (or create) the store at ``path``; ``read_only`` opens an existing one
        without its write lock, so that any number of readers can query it at once.
        ``path=None`` makes a store in memory, e.g. to serialise documents."""
        if path is None:  # in memory: nothing on disk, gone when closed
            self.path = Path(":memory:")
            self._store: ox.Store | None = ox.Store()
            self.read_only = False
            self._nodes: dict[str, ox.NamedNode] = {}
            return
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file, not a local store directory")
        if self.path.is_dir() and any(self.path.iterdir()) and not (self.path / "CURRENT").exists():
            raise StoreError(
                f"{self.path} is a non-empty directory that is not a local store "
                "(no RocksDB CURRENT file); give an empty or new directory"
            )
        try:
            self._store = (
                ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
            )
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"the local store {self.path} is in use by another process or another "
                    f"LocalStore (locked); close it first ({exc})"
                ) from exc
            raise StoreError(f"cannot open the local store {self.path}: {exc}") from exc
        self.read_only = read_only
        self._nodes = {}

    # -------------------------------------------------------------- lifecycle
    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"the local store {self.path} is closed")
        return self._store

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        if self._store is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -------------------------------------------------------------- writing
    def put_document(self, doc: Document) -> None:
        """Store ``doc``, replacing any earlier version of it."""
        self.put_documents([doc])

    def put_documents(
        self, docs: Iterable[Document], *, batch_size: int = DEFAULT_BATCH_SIZE, bulk: bool = False
    ) -> int:
        """Store many documents, ``batch_size`` per transaction; returns how many changed.

        ``bulk=True`` uses RocksDB bulk loading: faster for a first load into an
        empty store, but not transactional (a failure may leave a batch half
        written; put it again).
        """
        count = 0
        batch: dict[str, Document] = {}
        for doc in docs:
            batch[doc.id] = doc  # the last version of a document in a batch wins
            if len(batch) >= batch_size:
                count += self._write_batch(list(batch.values()), bulk)
                batch = {}
        if batch:
            count += self._write_batch(list(batch.values()), bulk)
        return count

    def _write_batch(self, docs: list[Document], bulk: bool) -> int:
        """Write the documents whose graph changed; an unchanged document costs a lookup."""
        quads: list[ox.Quad] = []
        changed: list[ox.NamedNode] = []
        entity_graph = self._named(str(ENTITY_GRAPH))
        name = self._named(str(KG.name))
        describer: dict[str, str | None] = {}  # entity -> the document that describes it
        for doc in docs:
            graph = self._named(str(graph_iri(doc.id)))
            own = [ox.Quad(s, p, o, graph) for s, p, o in document_terms(doc)]
            if self._holds_exactly(graph, own):
                continue
            changed.append(graph)
            quads.extend(own)
            for s, p, o in entity_terms(doc):
                if s.value not in describer:
                    stored = self._is_described(s, name, entity_graph)
                    describer[s.value] = None if stored else doc.id
                if describer[s.value] == doc.id:
                    quads.append(ox.Quad(s, p, o, entity_graph))
        replaced = False
        try:
            for graph in changed:
                if self.store.contains_named_graph(graph):
                    self.store.remove_graph(graph)
                    replaced = True
            if bulk:
                self.store.bulk_extend(quads)
            else:
                self.store.extend(quads)
            if replaced:
                self._forget_unused_entities()
            # RocksDB keeps each index's writes in memory until its buffer fills; a
            # flush per batch bounds that: writing the whole SaudiNewsNet day's graph
            # peaked at 1,306 MB without it and 529 MB with it (and took 7 % less CPU).
            self.store.flush()
        except OSError as exc:
            raise StoreError(f"cannot write {len(docs)} documents to {self.path}: {exc}") from exc
        return len(changed)

    def _holds_exactly(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> bool:
        """Whether ``graph`` is stored and holds these quads and no others."""
        if not self.store.contains_named_graph(graph):
            return False
        unique = set(quads)
        stored = sum(1 for _ in self.store.quads_for_pattern(None, None, None, graph))
        return stored == len(unique) and all(quad in self.store for quad in unique)

    def delete_document(self, doc_id: str) -> bool:
        """Remove a document's contribution; ``False`` if it was not there."""
        graph = self._named(str(graph_iri(doc_id)))
        if not self.store.contains_named_graph(graph):
            return False
        self.store.remove_graph(graph)
        self._forget_unused_entities()
        return True

    def _is_described(self, subject: ox.NamedNode, name: ox.NamedNode, graph: ox.NamedNode) -> bool:
        return (
            next(iter(self.store.quads_for_pattern(subject, name, None, graph)), None) is not None
        )

    def _forget_unused_entities(self) -> None:
        """Drop the descriptions of entities that no stored document names any more."""
        self.store.update(
            f"DELETE {{ GRAPH <{ENTITY_GRAPH}> {{ ?e ?p ?o }} }} "
            f"WHERE {{ GRAPH <{ENTITY_GRAPH}> {{ ?e ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?d <{SCHEMA_MENTIONS}> ?e }} }} }}"
        )

    # -------------------------------------------------------------- reading
    def has_document(self, doc_id: str) -> bool:
        return bool(self.store.contains_named_graph(self._named(str(graph_iri(doc_id)))))

    def documents(self) -> Iterator[str]:
        """The ids of the stored documents, sorted."""
        names = sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))
        for name in names:
            if name.startswith(ID_NS):
                yield node_id(name)

    def triple_count(self) -> int:
        """Number of quads: a triple present in several documents' graphs counts for each."""
        return len(self.store)

    def query(self, sparql: str, *, allow_service: bool = False) -> QueryResult:
        """Run SPARQL over the union of all documents.

        ``SELECT`` -> :class:`SelectResult`, ``ASK`` -> ``bool``,
        ``CONSTRUCT``/``DESCRIBE`` -> list of rdflib triples. The ``kg``, ``id``,
        ``prov``, ``schema``, ``rdf``, ``rdfs``, ``owl``, ``xsd``, ``wd`` prefixes
        are predeclared. A ``SERVICE`` clause (a request to another server) is
        refused unless ``allow_service``. No time limit: see
        :func:`kg.store.query.run_query` for a query that can be stopped.
        """
        result = self._evaluate(sparql, allow_service)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QuerySolutions):
            header = tuple(v.value for v in result.variables)
            rows = [tuple(_python(solution[name]) for name in header) for solution in result]
            return SelectResult(header, rows)
        return [(_rdflib(t.subject), _rdflib(t.predicate), _rdflib(t.object)) for t in result]

    def _evaluate(
        self, sparql: str, allow_service: bool
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """pyoxigraph's answer over the union of all documents, errors as StoreError."""
        if not allow_service:
            refuse_service(sparql)
        try:
            return self.store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise StoreError(f"invalid SPARQL query: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"query failed on {self.path}: {exc}") from exc

    def query_serialized(
        self, sparql: str, results_format: str, graph_format: str, *, allow_service: bool = False
    ) -> tuple[bytes, str]:
        """Run SPARQL and serialise the answer in a standard format, with its media type.

        Solutions and booleans in ``results_format`` (``json``, ``xml``, ``csv``,
        ``tsv``: the SPARQL 1.1 results formats), triples in ``graph_format``
        (``ttl``, ``nt``, ``xml``).
        """
        result = self._evaluate(sparql, allow_service)
        if isinstance(result, ox.QueryTriples):
            rdf_format = GRAPH_FORMATS[graph_format]
            data = result.serialize(format=rdf_format)
            return data or b"", rdf_format.media_type
        solutions_format = RESULTS_FORMATS[results_format]
        return result.serialize(format=solutions_format) or b"", solutions_format.media_type

    def _count(self, where: str) -> int:
        result = self.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {where} }}")
        assert isinstance(result, SelectResult)
        value = result.rows[0][0]
        return int(value) if isinstance(value, int | float) else 0

    def _sum(self, where: str) -> int:
        """The sum of ``?n`` over the solutions of ``where``."""
        result = self.query(f"SELECT (SUM(?n) AS ?total) WHERE {{ {where} }}")
        assert isinstance(result, SelectResult)
        value = result.rows[0][0] if result.rows else None
        return int(value) if isinstance(value, int | float) else 0

    def stats(self) -> dict[str, int]:
        """How many documents, sentences, mentions, entities, ... and quads are stored."""
        events = " ".join(f"kg:{c}" for c in schema.event_classes())
        return {
            "documents": self._count("?x a kg:Document"),
            "sentences": self._count("?x a kg:Sentence"),
            "mentions": self._count("?x a kg:Mention"),
            "entities": self._count("?x kg:name ?name"),
            "statements": self._count("?x a kg:Statement"),
            "events": self._count(f"VALUES ?class {{ {events} }} ?x a ?class"),
            "relations": self._count("?assertion kg:relationId ?x"),
            "relation_assertions": self._count("?x a kg:RelationAssertion ; kg:relationId ?r"),
            "held_back": self._sum("?x kg:heldBackFacts ?n"),
            "triples": self.triple_count(),
        }

    def export(self, format: ExportFormat) -> str:
        """All documents as Turtle (union of graphs), TriG, N-Quads or JSON-LD."""
        return self.export_bytes(format).decode("utf-8")

    def export_bytes(self, format: ExportFormat, output: Path | None = None) -> bytes:
        """Like :meth:`export`; with ``output`` it streams to that file instead (returns b"")."""
        if format not in _FORMATS:
            raise StoreError(f"unknown export format {format!r}; valid: {', '.join(_FORMATS)}")
        target = None if output is None else str(output)
        if format == "ttl":
            triples = self.store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o "
                "WHERE { GRAPH ?g { ?s ?p ?o } } }"
            )
            assert isinstance(triples, ox.QueryTriples)
            data = ox.serialize(triples, target, _FORMATS[format], prefixes=PREFIXES)
        else:
            data = self.store.dump(target, _FORMATS[format], prefixes=PREFIXES)
        return data or b""

    def to_documents(self, doc_ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Rebuild :class:`kg.model.Document` objects (no tokens) from the store."""
        for doc_id in self.documents() if doc_ids is None else doc_ids:
            graph = self._named(str(graph_iri(doc_id)))
            if not self.store.contains_named_graph(graph):
                raise StoreError(f"no document {doc_id} in {self.path}")
            triples = [
                (q.subject, q.predicate, q.object)
                for q in self.store.quads_for_pattern(None, None, None, graph)
            ]
            mentions = self._named(SCHEMA_MENTIONS)
            entity_graph = self._named(str(ENTITY_GRAPH))
            described = [
                (q.subject, q.predicate, q.object)
                for e in self.store.quads_for_pattern(None, mentions, None, graph)
                if isinstance(e.object, ox.NamedNode)
                for q in self.store.quads_for_pattern(e.object, None, None, entity_graph)
            ]
            yield document_from_triples(doc_id, triples, described)

    # -------------------------------------------------------------- terms
    def _named(self, iri: str) -> ox.NamedNode:
        node = self._nodes.get(iri)
        if node is None:
            if len(self._nodes) > 500_000:
                self._nodes.clear()
            node = self._nodes[iri] = ox.NamedNode(iri)
        return node


def document_id(reference: str) -> str:
    """A document id from an id or the document's full IRI (``https://w3id.org/arkg/id/ID``)."""
    reference = reference.strip().removeprefix("<").removesuffix(">")
    if reference.startswith(ID_NS):
        return node_id(reference)
    if "://" in reference:
        raise StoreError(
            f"{reference!r} is not a document of this graph: document IRIs start with {ID_NS}; "
            "give the IRI or the id after it (e.g. doc-11f8c0f3578ffe3e)"
        )
    return reference


def _python(term: object) -> Value:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return IRI(term.value)
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype in _INTEGERS:
            return int(term.value)
        if datatype in _FLOATS:
            return float(term.value)
        if datatype == _XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


def _rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        from rdflib import BNode

        return BNode(term.value)
    raise StoreError(f"unexpected term {term!r} in the store")
