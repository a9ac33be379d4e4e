"""The bulk path for first loads of large corpora: CSV files for ``neo4j-admin database import``.

Design decision 5: the online loader (:mod:`kg.neo4j.loader`) is idempotent and
transactional; for a first load of a large corpus, this module writes the same
graph as CSV files and lets the offline importer build the store directly, which
is many times faster. The bulk-imported graph has exactly the nodes, labels,
properties and relationships that :class:`~kg.neo4j.loader.Neo4jLoader` writes
for the same documents (the rows come from the same :func:`~kg.neo4j.rows.document_rows`),
including each document's ``content_hash``, so later online loads of the same
articles change nothing and changed articles replace their own contribution.

    files = write_import_csv(docs, directory)          # CSV only, no server needed
    report = bulk_import(docs, data_dir)               # server on data_dir must be stopped
    server.start(data_dir, ...)
    with Neo4jLoader.connect(settings) as loader:
        finish_import(loader)                          # constraints, indexes, empty lists

The CSV files are written by :mod:`kg.neo4j.import_csv`, documents streamed.

CSV: every value is quoted (RFC 4180, ``"`` doubled) except a missing one
(``None``), which is left as an empty unquoted field so that the importer stores
no property, as Cypher's ``SET n = $props`` stores none for a null. Array
elements are separated by U+001E (RECORD SEPARATOR): U+001F is already used
inside ``Document.entity_aliases``, and any element containing U+001E is refused.
The importer stores no property for an empty array, so :func:`finish_import`
sets the list properties that the online loader always writes back to ``[]``.
"""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Neo4jError
from kg.model import Document
from kg.neo4j import cypher, server
from kg.neo4j.import_csv import ARRAY_DELIMITER, ImportFiles, property_type, write_import_csv
from kg.neo4j.loader import Neo4jLoader

# List properties the online loader always writes, even empty; the importer drops empty ones.
_LIST_PROPERTIES: dict[str, tuple[str, ...]] = {
    "Document": ("entity_ids", "annotations", "entity_aliases", "relation_keys"),
    "Entity": ("aliases",),
    "Statement": ("about_ids",),
}

_DATABASE_NAME = re.compile(r"^[a-z][a-z0-9.\-]{2,62}$")
_MEMORY_SIZE = re.compile(r"^[1-9][0-9]*[kKmMgG]$")
_IMPORTED = re.compile(r"Imported:\s+(\d+) nodes\s+(\d+) relationships", re.MULTILINE)
_LAST_TX = re.compile(r"Last committed transaction id:\s*(\d+)")
FRESH_TRANSACTION_ID = 3
"""A database that the server created and nobody wrote to has committed at most this many."""


@dataclass(frozen=True)
class ImportReport:
    database: str
    documents: int
    nodes: int
    relationships: int
    csv_seconds: float
    import_seconds: float
    csv_bytes: int
    node_counts: dict[str, int] = field(default_factory=dict)
    relationship_counts: dict[str, int] = field(default_factory=dict)


# --- neo4j-admin database import ------------------------------------------------------


def bulk_import(
    docs: Iterable[Document],
    data_dir: Path,
    *,
    database: str = "neo4j",
    heap: str = "1g",
    overwrite: bool = False,
    high_parallel_io: bool | None = None,
    threads: int | None = None,
    work_dir: Path | None = None,
) -> ImportReport:
    """Import ``docs`` into ``database`` of the (stopped) server on ``data_dir``.

    The database must be absent or as the server created it (nothing written);
    ``overwrite=True`` replaces any existing one. The CSV files go to a
    temporary directory (under ``work_dir`` if given) and are removed after the
    import. Afterwards start the server and call :func:`finish_import`.
    On Community Edition only the default database (``neo4j``) can be served.
    """
    data_dir = Path(data_dir).expanduser().resolve()
    if not _DATABASE_NAME.match(database):
        raise Neo4jError(
            f"{database!r} is not a Neo4j database name (3-63 lowercase letters, digits, . or -)."
        )
    if not _MEMORY_SIZE.match(heap):
        raise Neo4jError(f"heap={heap!r} is not a memory size; write it like '512m' or '2g'.")
    running = server.status(data_dir)
    if running is not None:
        raise Neo4jError(
            f"a Neo4j server (pid {running.pid}, {running.bolt_uri}) is running on {data_dir}; "
            f"the bulk import writes the store offline: stop it first (kg neo4j stop {data_dir})."
        )
    lib = server.build()
    java = server.java_executable()
    data_dir.mkdir(parents=True, exist_ok=True)
    replace = overwrite
    if (data_dir / "data" / "databases" / database).exists() and not overwrite:
        if not _is_fresh(java, lib, data_dir, database):
            raise Neo4jError(
                f"database {database!r} in {data_dir} already holds data; the bulk path is for "
                "first loads. Load more with `kg load` (online), or pass overwrite=True "
                "(kg load --bulk --overwrite) to replace the database."
            )
        replace = True  # created by the server, never written: safe to replace
    if work_dir is not None:
        Path(work_dir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-bulk-", dir=work_dir) as tmp:
        started = time.perf_counter()
        files = write_import_csv(docs, Path(tmp) / "csv")
        csv_seconds = time.perf_counter() - started
        csv_bytes = sum(p.stat().st_size for p in (*files.nodes, *files.relationships))
        conf_dir = Path(tmp) / "conf"
        conf_dir.mkdir()
        (conf_dir / "neo4j.conf").write_text(_import_config(data_dir), encoding="utf-8")
        (data_dir / "logs").mkdir(exist_ok=True)
        options = [
            *files.import_arguments(),
            f"--overwrite-destination={'true' if replace else 'false'}",
            f"--report-file={Path(tmp) / 'import.report'}",
        ]
        if high_parallel_io is not None:
            options.append(f"--high-parallel-io={'on' if high_parallel_io else 'off'}")
        if threads is not None:
            options.append(f"--threads={int(threads)}")
        arguments = ["database", "import", "full", *options, "--", database]
        started = time.perf_counter()
        output = server.run_admin(java, lib, arguments, data_dir, conf_dir, heap=heap)
        import_seconds = time.perf_counter() - started
        if output.returncode != 0:
            report = Path(tmp) / "import.report"
            bad = report.read_text(errors="replace")[-4000:] if report.is_file() else ""
            raise Neo4jError(
                f"neo4j-admin database import into {database!r} in {data_dir} failed "
                f"(exit {output.returncode}):\n{server.tail(output.stdout + output.stderr)}"
                + (f"\n--- import.report:\n{bad}" if bad else "")
            )
    found = _IMPORTED.search(output.stdout)
    nodes, relationships = files.node_total, files.relationship_total
    if found and (int(found[1]), int(found[2])) != (nodes, relationships):
        raise Neo4jError(
            f"neo4j-admin imported {found[1]} nodes and {found[2]} relationships, but the CSV "
            f"files hold {nodes} and {relationships}:\n{server.tail(output.stdout)}"
        )
    return ImportReport(
        database=database,
        documents=files.documents,
        nodes=nodes,
        relationships=relationships,
        csv_seconds=csv_seconds,
        import_seconds=import_seconds,
        csv_bytes=csv_bytes,
        node_counts=files.node_counts,
        relationship_counts=files.relationship_counts,
    )


def _import_config(data_dir: Path) -> str:
    """Where the store goes: the same directories as ``server.start`` writes to neo4j.conf."""
    lines = [
        "# Generated by kg.neo4j.bulk for neo4j-admin database import.",
        f"server.directories.data={data_dir / 'data'}",
        f"server.directories.logs={data_dir / 'logs'}",
        f"server.directories.run={data_dir / 'run'}",
        f"server.directories.import={data_dir / 'import'}",
        "dbms.usage_report.enabled=false",
        "",
    ]
    return "\n".join(lines)


def _is_fresh(java: str, lib: Path, data_dir: Path, database: str) -> bool:
    """Whether ``database`` is as the server created it, judged by its last transaction id."""
    with tempfile.TemporaryDirectory(prefix="kg-bulk-info-") as tmp:
        conf_dir = Path(tmp)
        (conf_dir / "neo4j.conf").write_text(_import_config(data_dir), encoding="utf-8")
        done = server.run_admin(java, lib, ["database", "info", "--", database], data_dir, conf_dir)
    found = _LAST_TX.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise Neo4jError(
            f"cannot tell whether database {database!r} in {data_dir} is empty "
            f"(neo4j-admin database info):\n{server.tail(done.stdout + done.stderr)}"
        )
    return int(found[1]) <= FRESH_TRANSACTION_ID


# --- after the import ----------------------------------------------------------------


def empty_list_statements() -> Iterator[str]:
    """Cypher that gives back the empty lists the importer could not store."""
    for label, names in _LIST_PROPERTIES.items():
        for name in names:
            yield cypher.set_missing_list_to_empty(label, name)


def finish_import(loader: Neo4jLoader) -> None:
    """After the first start on an imported store: constraints, indexes and empty lists."""
    loader.ensure_schema()
    with loader.driver.session(database=loader.database) as session:
        for statement in empty_list_statements():
            loader._run(lambda s=statement: session.run(s).consume())


__all__ = [
    "ARRAY_DELIMITER",
    "ImportFiles",
    "ImportReport",
    "bulk_import",
    "empty_list_statements",
    "finish_import",
    "property_type",
    "write_import_csv",
]
