"""``kg serve``, ``stats``, ``info``, ``load`` and ``delete``: the store once it holds a graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import (
    EXIT_FAILED,
    StoreOption,
    app,
    existing_store,
    fail,
    handles_errors,
    neo4j_option,
)
from kg.config import DEFAULT_BATCH_SIZE, neo4j_settings, store_path
from kg.errors import StoreError
from kg.store.sparql import DEFAULT_TIMEOUT as DEFAULT_QUERY_TIMEOUT


@app.command()
@handles_errors
def serve(
    store: StoreOption = None,
    port: Annotated[
        int, typer.Option("--port", metavar="PORT", min=0, max=65535, help="TCP port.")
    ] = 7878,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            metavar="ADDRESS",
            help="Address to listen on. Only 127.0.0.1 unless another is given here.",
        ),
    ] = "127.0.0.1",
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", metavar="SECONDS", min=0, help="Stop each query after this many seconds."
        ),
    ] = DEFAULT_QUERY_TIMEOUT,
    verbose: Annotated[bool, typer.Option("--verbose", help="Log every request.")] = False,
) -> None:
    """Serve the local store read-only over the SPARQL 1.1 Protocol at /sparql.

    Any SPARQL client can query it: YASGUI, rdflib's SPARQLStore, SPARQLWrapper. Results
    in SPARQL JSON, XML, CSV or TSV, and Turtle or N-Triples for CONSTRUCT and DESCRIBE, by
    the Accept header. Updates and SERVICE are refused. Ctrl-C stops it.
    """
    from kg.store.endpoint import PATH, SparqlServer

    location = existing_store(store, open_it=False)
    try:
        server = SparqlServer((host, port), location, timeout or None, verbose)
    except OSError as error:
        fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
        raise typer.Exit(EXIT_FAILED) from None
    bound_port = server.server_address[1]
    typer.echo(f"SPARQL endpoint: http://{host}:{bound_port}{PATH} (store {location})")
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            typer.echo("stopped")


@app.command()
@handles_errors
def stats(
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Count documents, sentences, entities, statements, events, relations and triples."""
    with existing_store(store) as local:
        counts = local.stats()
    if as_json:
        typer.echo(json.dumps(counts))
        return
    for name, value in counts.items():
        typer.echo(f"{name:>12}: {value}")


@app.command()
@handles_errors
def info(store: StoreOption = None) -> None:
    """Version, camel-tools data packages and NER backends present, pipeline and store."""
    from kg.info import environment_report

    for name, value in environment_report(store_path(store)).items():
        typer.echo(f"{name}: {value}")


@app.command()
@handles_errors
def load(
    store: StoreOption = None,
    neo4j: Annotated[str | None, neo4j_option("Bolt URI (default from the environment).")] = None,
    batch_size: Annotated[
        int, typer.Option(metavar="N", help="Documents per write transaction.")
    ] = DEFAULT_BATCH_SIZE,
    bulk: Annotated[
        bool,
        typer.Option(
            "--bulk",
            help="First load into an EMPTY database of the kg-managed server: stop it, "
            "neo4j-admin database import, start it again, build the schema.",
        ),
    ] = False,
    data_dir: Annotated[
        Path,
        typer.Option(
            "--data-dir",
            metavar="DIR",
            help="With --bulk: the data directory of the server (as in kg neo4j start).",
        ),
    ] = Path(".kg/neo4j"),
) -> None:
    """Load everything in the local store into Neo4j, without re-extracting."""
    from kg.neo4j.loader import Neo4jLoader

    if bulk:
        _bulk_load(store, neo4j, data_dir)
        return
    with existing_store(store) as local, Neo4jLoader.connect(neo4j_settings(neo4j)) as loader:
        loader.ensure_schema()
        counts = loader.load_documents(local.to_documents(), batch_size=batch_size)
    typer.echo(
        f"{counts.total} documents in the store: {counts.new} loaded into Neo4j, "
        f"{counts.replaced} replaced, {counts.unchanged} unchanged"
    )


def _bulk_load(store: Path | None, neo4j: str | None, data_dir: Path) -> None:
    from kg.neo4j.bulk_load import bulk_load

    with existing_store(store) as local:
        report = bulk_load(local.to_documents(), neo4j_settings(neo4j), data_dir)
    imported = report.imported
    typer.echo(
        f"{imported.documents} documents bulk-imported into Neo4j: {imported.nodes} nodes, "
        f"{imported.relationships} relationships (CSV {imported.csv_seconds:.1f} s, "
        f"import {imported.import_seconds:.1f} s)"
    )
    typer.echo(f"Neo4j running again (pid {report.server.pid}) at {report.server.bolt_uri}")


@app.command()
@handles_errors
def delete(
    document: Annotated[
        str, typer.Option("--document", metavar="ID", help="Document id to remove.")
    ],
    store: StoreOption = None,
    neo4j: Annotated[str | None, neo4j_option("Also delete from Neo4j at this Bolt URI.")] = None,
) -> None:
    """Remove what one document contributed; facts other documents support stay.

    ``--document`` takes the id or the document's full IRI. A document found in none
    of the places searched is an error (exit code 1).
    """
    from kg.store.local import document_id

    doc_id = document_id(document)
    location = store_path(store)
    if not location.exists() and not neo4j:
        raise StoreError(
            f"no local store at {location}, so no document {doc_id} to delete; "
            "pass --store DIR (or --neo4j URI to delete from Neo4j only)"
        )
    searched: list[str] = []
    deleted_from: list[str] = []
    if location.exists():
        with existing_store(store) as local:
            searched.append(f"the local store {location}")
            if local.delete_document(doc_id):
                deleted_from.append(searched[-1])
    if neo4j:
        from kg.neo4j.loader import Neo4jLoader

        settings = neo4j_settings(neo4j)
        with Neo4jLoader.connect(settings) as loader:
            searched.append(f"Neo4j at {settings.uri}")
            if loader.delete_document(doc_id):
                deleted_from.append(searched[-1])
    if not deleted_from:
        raise StoreError(
            f"no document {doc_id} in {' nor in '.join(searched)}; list the stored ids with "
            "kg query 'SELECT ?d WHERE { ?d a kg:Document }'"
        )
    for place in searched:
        done = "deleted" if place in deleted_from else "not there"
        typer.echo(f"{done}: {doc_id} in {place}")
