"""A document's quads as N-Quads lines, exactly as the local store exports them.

The terms come from :mod:`kg.rdf.convert` (``document_terms``, ``entity_terms``,
the local store's own) and pass through an in-memory oxigraph store, the engine
of the local store, so that literals come out in the store's form
(``"1"^^xsd:double``, not ``"1.0"``) and the lines of a Spark run and of
``kg export --format nq`` compare equal as text.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyoxigraph as ox

from kg.model import Document
from kg.rdf.convert import ENTITY_GRAPH, OxTriple, document_terms, entity_terms, graph_iri


def nquad_lines(triples: Sequence[OxTriple], graph: str) -> list[str]:
    """One N-Quads line (without its newline) per distinct triple, in ``graph``."""
    if not triples:
        return []
    name = ox.NamedNode(graph)
    store = ox.Store()
    store.extend(ox.Quad(s, p, o, name) for s, p, o in triples)
    text = store.dump(format=ox.RdfFormat.N_QUADS)
    assert text is not None
    return text.decode("utf-8").splitlines()


def document_nquads(doc: Document) -> list[str]:
    """The document's own named graph."""
    return nquad_lines(document_terms(doc), str(graph_iri(doc.id)))


def entity_nquads(doc: Document) -> dict[str, list[str]]:
    """The document's description of each entity it names, in the shared entity graph,
    by entity IRI (the store keeps the description of the first document written)."""
    by_entity: dict[str, list[str]] = {}
    for line in nquad_lines(entity_terms(doc), str(ENTITY_GRAPH)):
        subject = line[1 : line.index(">")]  # a line starts with <entity IRI>
        by_entity.setdefault(subject, []).append(line)
    return by_entity
