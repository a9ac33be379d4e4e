"""``kg load --bulk``: a first load into the empty database of the kg-managed server.

The offline importer (:func:`kg.neo4j.bulk.bulk_import`) writes the store files
directly, so the server must be down while it runs. This module does the whole
round for the server that ``kg neo4j start`` runs on a data directory:

1. start it if it is not running (on the ports it last used), and refuse unless
   the database holds no node and no relationship: the bulk path is for first
   loads, and ``kg load`` (online) adds to a database that has data;
2. stop it, and import the CSV files with ``neo4j-admin database import full``
   (replacing the empty database);
3. start it again on the same ports, with the same authentication;
4. build the schema (constraints and indexes, as ``kg load`` does) and give back
   the empty lists the importer cannot store (:func:`kg.neo4j.bulk.finish_import`).

The result is the graph that ``kg load`` writes for the same documents. If the
import fails, the server is started again before the error is raised.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kg.config import Neo4jSettings
from kg.errors import Neo4jError
from kg.model import Document
from kg.neo4j import server
from kg.neo4j.bulk import ImportReport, bulk_import, finish_import
from kg.neo4j.loader import Neo4jLoader

DEFAULT_HTTP_PORT = 7474
_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})


@dataclass(frozen=True)
class ServerPlan:
    """How the server of a data directory is (re)started: the ports and auth it uses."""

    data_dir: Path
    bolt_port: int
    http_port: int
    auth: bool


@dataclass(frozen=True)
class BulkLoadReport:
    imported: ImportReport
    server: server.ServerInfo
    started_first: bool
    """Whether the server was not running and was started to check the database."""


def bulk_load(
    docs: Iterable[Document],
    settings: Neo4jSettings,
    data_dir: Path,
    *,
    heap: str = "1g",
    pagecache: str = "512m",
    import_heap: str = "1g",
    timeout: float = 300.0,
) -> BulkLoadReport:
    """Load ``docs`` into the empty database of the kg-managed server on ``data_dir``.

    ``settings`` must name that server (its Bolt port on 127.0.0.1); ``heap`` and
    ``pagecache`` are those of the restarted server (``kg neo4j start``'s defaults).
    Raises :class:`Neo4jError` when the database is not empty, naming ``kg load``.
    """
    data_dir = Path(data_dir).expanduser().resolve()
    plan = server_plan(data_dir, settings)
    running = server.status(data_dir)
    started_first = running is None
    if started_first:
        _start(plan, settings, heap, pagecache, timeout)
    try:
        _check_empty(settings, data_dir)
    except Neo4jError:
        if started_first:
            server.stop(data_dir)  # as it was: not running
        raise
    server.stop(data_dir)
    try:
        imported = bulk_import(
            docs, data_dir, database=settings.database, heap=import_heap, overwrite=True
        )
    except BaseException:
        _start(plan, settings, heap, pagecache, timeout)
        raise
    info = _start(plan, settings, heap, pagecache, timeout)
    with Neo4jLoader.connect(settings) as loader:
        finish_import(loader)
    return BulkLoadReport(imported=imported, server=info, started_first=started_first)


def server_plan(data_dir: Path, settings: Neo4jSettings) -> ServerPlan:
    """The ports and auth of the server on ``data_dir``: those it last ran with
    (``server.json``), else the Bolt port of ``settings`` and HTTP port 7474.
    Refuses when ``settings`` points at another server than this one."""
    address = urlsplit(settings.uri)
    if address.hostname not in _LOCAL_HOSTS or address.port is None:
        raise Neo4jError(
            f"kg load --bulk stops and restarts the kg-managed server on {data_dir}, which "
            f"listens on 127.0.0.1; the Neo4j URI {settings.uri!r} is not a local address "
            "with a port (e.g. bolt://127.0.0.1:7687). Use `kg load` for other servers."
        )
    saved = _saved_settings(data_dir)
    if saved is None:
        return ServerPlan(data_dir, address.port, DEFAULT_HTTP_PORT, settings.password is not None)
    plan = ServerPlan(data_dir, saved[0], saved[1], saved[2])
    if plan.bolt_port != address.port:
        raise Neo4jError(
            f"the server on {data_dir} uses Bolt port {plan.bolt_port}, but the Neo4j URI is "
            f"{settings.uri!r}: pass --neo4j bolt://127.0.0.1:{plan.bolt_port} (or the "
            "--data-dir of the server that URI reaches)."
        )
    if plan.auth and settings.password is None:
        raise Neo4jError(
            f"the server on {data_dir} requires a password: set KG_NEO4J_PASSWORD "
            "(or the config file) to the one it was first started with."
        )
    return plan


def _saved_settings(data_dir: Path) -> tuple[int, int, bool] | None:
    """(bolt port, http port, auth) from the ``server.json`` a start wrote, or None."""
    path = data_dir / "server.json"
    if not path.is_file():
        return None
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        return int(saved["bolt_port"]), int(saved["http_port"]), bool(saved["auth"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise Neo4jError(
            f"{path} is unreadable ({error}); start the server once with "
            f"kg neo4j start --data-dir {data_dir}"
        ) from error


def _start(
    plan: ServerPlan, settings: Neo4jSettings, heap: str, pagecache: str, timeout: float
) -> server.ServerInfo:
    return server.start(
        plan.data_dir,
        bolt_port=plan.bolt_port,
        http_port=plan.http_port,
        auth=plan.auth,
        password=settings.password if plan.auth else None,
        heap=heap,
        pagecache=pagecache,
        timeout=timeout,
    )


def _check_empty(settings: Neo4jSettings, data_dir: Path) -> None:
    with Neo4jLoader.connect(settings) as loader:
        nodes, relationships = loader.counts()
    if nodes or relationships:
        raise Neo4jError(
            f"database {settings.database!r} of the server on {data_dir} holds {nodes} nodes "
            f"and {relationships} relationships; kg load --bulk is for a first load into an "
            "empty database. Add to it with `kg load` (online, idempotent), or empty it first."
        )


__all__ = ["BulkLoadReport", "ServerPlan", "bulk_load", "server_plan"]
