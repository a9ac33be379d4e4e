"""Write a dataset as Turtle, TriG, N-Quads or JSON-LD."""

from __future__ import annotations

from typing import Literal

from rdflib import Dataset, Graph

from kg.errors import KGError

RdfFormat = Literal["ttl", "trig", "nq", "jsonld"]
FORMATS: dict[str, str] = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}


def serialize(dataset: Dataset, format: RdfFormat) -> str:
    """The dataset as text; ``ttl`` is the union of all named graphs as one Turtle graph."""
    if format not in FORMATS:
        raise KGError(f"unknown RDF format {format!r}; valid: {', '.join(FORMATS)}")
    if format == "ttl":
        union = Graph()
        for prefix, namespace in dataset.namespaces():
            union.bind(prefix, namespace, replace=True)
        for s, p, o, _graph in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        return union.serialize(format="turtle")
    text = dataset.serialize(format=FORMATS[format])
    return text if isinstance(text, str) else text.decode("utf-8")
