"""kg: an Arabic news knowledge-graph populator.

Articles go in; an ontology-mapped graph with provenance down to the source
sentence and characters comes out, into an embedded local store, RDF files
or Neo4j.
"""

__version__ = "0.1.0"
