"""The embedded local store (pyoxigraph): DocGraphs on disk, answering SPARQL."""

from kg.store.local import LocalStore, SelectResult

__all__ = ["LocalStore", "SelectResult"]
