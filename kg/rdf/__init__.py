"""DocGraph <-> RDF (rdflib): one named graph per document, and its serialisations."""

from kg.rdf.convert import (
    ENTITY_GRAPH,
    ID_NS,
    document_triples,
    entity_triples,
    graph_iri,
    node_id,
    node_iri,
    to_rdf,
    to_rdf_many,
)
from kg.rdf.serialize import FORMATS, RdfFormat, serialize

__all__ = [
    "ENTITY_GRAPH",
    "FORMATS",
    "ID_NS",
    "RdfFormat",
    "document_triples",
    "entity_triples",
    "graph_iri",
    "node_id",
    "node_iri",
    "serialize",
    "to_rdf",
    "to_rdf_many",
]
