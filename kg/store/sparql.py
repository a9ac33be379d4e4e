"""What a SPARQL query is, read from its tokens without evaluating it.

Enough to refuse a ``SERVICE`` clause (federation sends requests to other
servers) and to know whether a query returns solutions, a boolean or triples
before it runs. Strings, IRIs, escapes in prefixed names and comments are
blanked first, so a ``SERVICE`` inside a literal or an IRI is not a clause, and
one in a comment is ignored. (A ``<`` that starts no IRI is the less-than
operator, which is left as it is.)
"""

from __future__ import annotations

import re
from enum import StrEnum

from kg.errors import StoreError

DEFAULT_TIMEOUT = 60.0
"""Seconds a query may run before :func:`kg.store.query.run_query` stops it."""

_SKIPPED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'  # short strings
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>'  # IRIs
    r"|\\[_~.\-!$&'()*+,;=/?#@%]"  # escapes in prefixed names (kg:a\'b is no string)
    r"|#[^\n]*",  # comments
    re.DOTALL,
)
_FORM = re.compile(r"(?<![\w:?$.\-])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:\-])", re.IGNORECASE)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:\-])", re.IGNORECASE)


class QueryForm(StrEnum):
    """What a query returns: solutions (SELECT), a boolean (ASK) or triples."""

    select = "SELECT"
    ask = "ASK"
    construct = "CONSTRUCT"
    describe = "DESCRIBE"

    @property
    def returns_graph(self) -> bool:
        return self in (QueryForm.construct, QueryForm.describe)


def _keywords(sparql: str) -> str:
    """The query with strings, IRIs and comments blanked: only keywords, names, variables."""
    return _SKIPPED.sub(" ", sparql)


def uses_service(sparql: str) -> bool:
    """Whether the query holds a ``SERVICE`` clause (a request to another endpoint)."""
    return _SERVICE.search(_keywords(sparql)) is not None


def query_form(sparql: str) -> QueryForm | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; ``None`` for text that is none of them."""
    found = _FORM.search(_keywords(sparql))
    return None if found is None else QueryForm(found.group(1).upper())


def refuse_service(sparql: str) -> None:
    """A :class:`StoreError` if the query would contact another SPARQL endpoint."""
    if uses_service(sparql):
        raise StoreError(
            "the query has a SERVICE clause, which sends a request to another server; "
            "federated queries are off: remove SERVICE, or allow it explicitly "
            "(`kg query --allow-service`)"
        )
