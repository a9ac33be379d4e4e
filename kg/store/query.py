"""SPARQL on the local store with bounds: no federation unless asked, a deadline, Ctrl-C.

pyoxigraph evaluates a query in Rust without checking for signals or time, and
a ``SERVICE <http://...>`` clause makes it send an HTTP request to that
address. So :func:`run_query`

* refuses ``SERVICE`` unless ``allow_service`` is given
  (:func:`kg.store.sparql.uses_service`);
* evaluates the query in a child process that opens the store itself, and kills
  that process when the deadline passes or when the caller is interrupted
  (``KeyboardInterrupt``): the query really stops, and the store's lock is
  released at once.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import time
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import KGError, StoreError
from kg.store.local import PREFIXES, LocalStore, QueryResult
from kg.store.sparql import DEFAULT_TIMEOUT, refuse_service


class QueryTimeout(StoreError):
    """The query ran past its deadline and was stopped."""


def run_query(
    path: Path, sparql: str, *, timeout: float | None = DEFAULT_TIMEOUT, allow_service: bool = False
) -> QueryResult:
    """Run ``sparql`` on the store at ``path`` in a child process, for at most ``timeout`` s.

    Raises :class:`QueryTimeout` when the deadline passes; a ``KeyboardInterrupt``
    while waiting kills the child before it propagates. ``timeout=None``: no limit.
    """
    result: QueryResult = _in_child(path, sparql, None, timeout, allow_service)
    return result


def run_serialized(
    path: Path,
    sparql: str,
    formats: tuple[str, str],
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    allow_service: bool = False,
) -> tuple[bytes, str]:
    """As :func:`run_query`, the answer serialised: ``formats`` is (results format, graph
    format), see :meth:`LocalStore.query_serialized`; returns (bytes, media type)."""
    answer: tuple[bytes, str] = _in_child(path, sparql, formats, timeout, allow_service)
    return answer


def _in_child(
    path: Path,
    sparql: str,
    formats: tuple[str, str] | None,
    timeout: float | None,
    allow_service: bool,
) -> Any:
    if not allow_service:
        refuse_service(sparql)
    # fork: the child starts in milliseconds with kg already imported.
    context = (
        multiprocessing.get_context("fork")
        if "fork" in multiprocessing.get_all_start_methods()
        else multiprocessing.get_context("spawn")
    )
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(
        target=_evaluate, args=(sender, str(path), sparql, formats, allow_service), daemon=True
    )
    worker.start()
    sender.close()
    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        while not receiver.poll(0.05):
            if not worker.is_alive() and not receiver.poll(0):
                raise StoreError(
                    f"the query process on {path} ended without an answer "
                    f"(exit code {worker.exitcode})"
                )
            if deadline is not None and time.monotonic() >= deadline:
                raise QueryTimeout(
                    f"the query ran longer than {timeout:g} s and was stopped; narrow it "
                    "(a LIMIT, fewer unbound patterns) or give more time (--timeout SECONDS)"
                )
        outcome, value = receiver.recv()
    except BaseException:
        worker.kill()
        raise
    finally:
        worker.join()
        receiver.close()
    if outcome == "ok":
        return value
    if outcome == "error":
        raise StoreError(value)
    raise StoreError(f"the query failed with an internal error:\n{value}")


def _evaluate(
    sender: Connection,
    path: str,
    sparql: str,
    formats: tuple[str, str] | None,
    allow_service: bool,
) -> None:
    """The child process: open the store, run the query, send ('ok'|'error'|'bug', value)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides, and kills us
    _die_with_parent()
    try:
        with LocalStore(path, read_only=True) as store:
            if formats is None:
                result: Any = store.query(sparql, allow_service=allow_service)
            else:
                result = store.query_serialized(sparql, *formats, allow_service=allow_service)
        sender.send(("ok", result))
    except KGError as error:
        sender.send(("error", str(error)))
    except Exception:
        sender.send(("bug", traceback.format_exc()))
    finally:
        sender.close()


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this process if its parent dies first."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)


def graph_text(triples: QueryResult, format: str) -> str:
    """CONSTRUCT/DESCRIBE triples as Turtle (``ttl``, with the known prefixes) or N-Triples."""
    from rdflib import XSD, Graph, Literal

    if not isinstance(triples, list):
        raise StoreError(f"only CONSTRUCT and DESCRIBE results are RDF, not {type(triples)}")
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for subject, predicate, value in triples:
        if isinstance(value, Literal) and value.datatype == XSD.string:
            value = Literal(str(value))  # a plain literal is an xsd:string; no need to say so
        graph.add((subject, predicate, value))
    return graph.serialize(format={"ttl": "turtle", "nt": "nt"}[format])
