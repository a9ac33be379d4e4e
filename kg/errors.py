"""The exception hierarchy: one root, a few subclasses.

Every message says what was wrong, with which value, and what would be right.
The CLI turns these into messages and exit codes; nothing else catches them
silently.
"""

from __future__ import annotations


class KGError(Exception):
    """Root of every error kg raises on purpose."""


class InputError(KGError):
    """An article could not be read or is not usable (empty, binary, not Arabic...).

    Carries the offending source so that a batch can report and skip it.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class PipelineError(KGError):
    """A pipeline was assembled wrongly (unknown stage, unmet requirement)."""


class OntologyError(KGError):
    """A term is not in the ontology, or a graph does not conform to its shapes."""


class StoreError(KGError):
    """The local store could not be opened, read or written."""


class Neo4jError(KGError):
    """The Neo4j server could not be reached, started or written to."""


class ConfigError(KGError):
    """A setting is missing or invalid."""
