"""The ``kg`` command: a thin layer over the library.

It parses arguments, calls the library and turns :class:`kg.errors.KGError`
into a message and an exit code:

* 0: everything was done;
* 3: done, but some input was skipped (see the report);
* 1: failed (the message says why);
* 2: the command line was wrong.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from kg import __version__
from kg.config import neo4j_settings, store_path
from kg.errors import ConfigError, KGError, StoreError

if TYPE_CHECKING:
    from kg.store.local import LocalStore

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_SKIPPED = 3

app = typer.Typer(
    name="kg",
    help="Arabic news knowledge-graph populator: articles in, an ontology-mapped graph "
    "with sentence provenance out (local store, RDF, Neo4j).",
    no_args_is_help=True,
    add_completion=False,
)
neo4j_app = typer.Typer(
    help="Run a local Neo4j server built from Maven Central (127.0.0.1 only).",
    no_args_is_help=True,
)
app.add_typer(neo4j_app, name="neo4j")

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)


def handles_errors(function: F) -> F:
    """Turn a KGError into a one-line message and exit code 1."""

    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except KGError as error:
            _fail(str(error))
            raise typer.Exit(EXIT_FAILED) from None

    return wrapper  # type: ignore[return-value]


StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="Local store directory (default: $KG_STORE, the config file, or .kg/store).",
        show_default=False,
    ),
]
Neo4jOption = Annotated[
    str | None,
    typer.Option(
        "--neo4j",
        help="Also load into Neo4j at this Bolt URI (user and password from KG_NEO4J_USER, "
        "KG_NEO4J_PASSWORD or the config file).",
        show_default=False,
    ),
]


class RdfFormat(StrEnum):
    ttl = "ttl"
    trig = "trig"
    nq = "nq"
    jsonld = "jsonld"


class Source(StrEnum):
    local = "local"
    neo4j = "neo4j"


class NerBackend(StrEnum):
    bundled = "bundled"
    camel = "camel"


@app.command()
@handles_errors
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Articles: .txt, .jsonl, .html, .zip of JSON arrays, or folders."),
    ],
    store: StoreOption = None,
    neo4j: Neo4jOption = None,
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Do not write the local store (only Neo4j).")
    ] = False,
    report: Annotated[
        Path | None,
        typer.Option(help="Where to write the skip report (default: STORE-skipped.jsonl)."),
    ] = None,
    text_field: Annotated[
        str | None, typer.Option(help="JSON field that holds the article text.")
    ] = None,
    title_field: Annotated[str | None, typer.Option(help="JSON field of the title.")] = None,
    url_field: Annotated[str | None, typer.Option(help="JSON field of the URL.")] = None,
    date_field: Annotated[str | None, typer.Option(help="JSON field of the date.")] = None,
    ner: Annotated[
        NerBackend,
        typer.Option(
            "--ner",
            help="Statistical NER backend: the bundled model, or camel-tools' CAMeLBERT NER "
            "(needs `camel_data -i ner-arabert`).",
        ),
    ] = NerBackend.bundled,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read articles, extract entities, statements, relations and events, and store them.

    Unreadable, empty, binary, wrongly encoded, oversized or non-Arabic articles are
    reported and skipped; the rest of the batch goes on. Exit code 3 means some input
    was skipped.
    """
    from kg.ingest import default_pipeline
    from kg.ingest import ingest as run_ingest
    from kg.io import FieldMap

    if ner is NerBackend.camel:
        from kg.ner.camel import require_installed

        try:
            require_installed()
        except ConfigError as error:
            raise typer.BadParameter(str(error), param_hint="'--ner'") from None
    pipeline = default_pipeline(ner=ner.value)
    sinks: list[Any] = []
    location = store_path(store)
    local = None
    if not no_store:
        from kg.store.local import LocalStore

        location.parent.mkdir(parents=True, exist_ok=True)
        local = LocalStore(location)
        sinks.append(local)
    loader = None
    if neo4j:
        from kg.neo4j.loader import Neo4jLoader

        loader = Neo4jLoader.connect(neo4j_settings(neo4j))
        loader.ensure_schema()
        sinks.append(loader)
    if not sinks:
        raise typer.BadParameter("--no-store needs --neo4j: there would be nowhere to write")
    report_path = report or location.with_name(location.name + "-skipped.jsonl")
    fields = FieldMap.from_options(
        text=text_field, title=title_field, url=url_field, date=date_field
    )
    try:
        summary = _run_with_progress(run_ingest, paths, sinks, report_path, fields, pipeline, quiet)
    finally:
        if local is not None:
            local.close()
        if loader is not None:
            loader.close()
    typer.echo(
        f"documents: {summary.documents}  sentences: {summary.sentences}  "
        f"entity mentions: {summary.mentions}  entities: {summary.entities}  "
        f"statements: {summary.statements}  events: {summary.events}  "
        f"relations: {summary.relations}  ({summary.seconds:.1f} s)"
    )
    if not no_store:
        typer.echo(f"store: {location}")
    if summary.dropped:
        typer.echo(
            f"dropped: {summary.dropped} statements, events, relations or mentions that failed "
            f"validation (report: {summary.report_path})"
        )
    if summary.skipped:
        typer.echo(f"skipped: {summary.skipped} (report: {summary.report_path})")
        raise typer.Exit(EXIT_SKIPPED)
    typer.echo("skipped: 0")


def _run_with_progress(
    run: Callable[..., Any],
    paths: list[Path],
    sinks: list[Any],
    report: Path,
    fields: Any,
    pipeline: Any,
    quiet: bool,
) -> Any:
    if quiet or not sys.stderr.isatty():
        return run(paths, sinks, report, pipeline=pipeline, fields=fields)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        return run(
            paths,
            sinks,
            report,
            pipeline=pipeline,
            fields=fields,
            progress=lambda n: bar.advance(task, n),
        )


@app.command()
@handles_errors
def export(
    format: Annotated[
        RdfFormat, typer.Option("--format", "-f", help="RDF format.")
    ] = RdfFormat.ttl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    source: Annotated[
        Source, typer.Option("--from", help="Export the local store or the Neo4j graph.")
    ] = Source.local,
    store: StoreOption = None,
    neo4j: Annotated[
        str | None, typer.Option("--neo4j", help="Bolt URI when --from neo4j.", show_default=False)
    ] = None,
) -> None:
    """Export the graph as RDF: Turtle, TriG, N-Quads or JSON-LD (one named graph per article)."""
    if source is Source.neo4j:
        from kg.neo4j.export import export_rdf

        data = export_rdf(neo4j_settings(neo4j), format.value)
    else:
        with _existing_store(store) as local:
            data = local.export(format.value)
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)


@app.command()
@handles_errors
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL SELECT, ASK or CONSTRUCT query.")],
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Run a SPARQL query on the local store (prefixes kg:, prov:, schema:, rdfs: are known)."""
    with _existing_store(store) as local:
        result = local.query(sparql)
    _print_result(result, as_json)


def _existing_store(store: Path | None) -> LocalStore:
    """Open the local store for reading; a clear error if nothing was ingested there yet."""
    from kg.store.local import LocalStore

    location = store_path(store)
    if not location.is_dir():
        raise StoreError(
            f"no local store at {location}: run `kg ingest PATH` first, or pass --store DIR"
        )
    return LocalStore(location)


def _print_result(result: Any, as_json: bool) -> None:
    from kg.store.local import SelectResult

    if isinstance(result, bool):
        typer.echo(json.dumps(result) if as_json else ("yes" if result else "no"))
        return
    if isinstance(result, SelectResult):
        if as_json:
            rows = [dict(zip(result.header, row, strict=True)) for row in result.rows]
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(*result.header)
        for row in result.rows:
            table.add_row(*("" if value is None else str(value) for value in row))
        Console().print(table)
        typer.echo(f"{len(result.rows)} rows")
        return
    typer.echo(str(result))


@app.command()
@handles_errors
def stats(
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Count documents, sentences, entities, statements, events, relations and triples."""
    with _existing_store(store) as local:
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
    neo4j: Annotated[
        str | None, typer.Option("--neo4j", help="Bolt URI (default from the environment).")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per write transaction.")] = 200,
) -> None:
    """Load everything in the local store into Neo4j, without re-extracting."""
    from kg.neo4j.loader import Neo4jLoader

    with _existing_store(store) as local, Neo4jLoader.connect(neo4j_settings(neo4j)) as loader:
        loader.ensure_schema()
        counts = loader.load_documents(local.to_documents(), batch_size=batch_size)
    typer.echo(
        f"{counts.total} documents in the store: {counts.new} loaded into Neo4j, "
        f"{counts.replaced} replaced, {counts.unchanged} unchanged"
    )


@app.command()
@handles_errors
def delete(
    document: Annotated[str, typer.Option("--document", help="Document id to remove.")],
    store: StoreOption = None,
    neo4j: Annotated[
        str | None,
        typer.Option(
            "--neo4j", help="Also delete from Neo4j at this Bolt URI.", show_default=False
        ),
    ] = None,
) -> None:
    """Remove what one document contributed; facts other documents support stay."""
    location = store_path(store)
    if location.exists():
        with _existing_store(store) as local:
            local.delete_document(document)
    if neo4j:
        from kg.neo4j.loader import Neo4jLoader

        with Neo4jLoader.connect(neo4j_settings(neo4j)) as loader:
            loader.delete_document(document)
    typer.echo(f"deleted {document}")


DataDirOption = Annotated[
    Path, typer.Option("--data-dir", help="Where the server keeps its data, config and logs.")
]


@neo4j_app.command("start")
@handles_errors
def neo4j_start(
    data_dir: DataDirOption = Path(".kg/neo4j"),
    bolt_port: Annotated[int, typer.Option(help="Bolt port on 127.0.0.1.")] = 7687,
    http_port: Annotated[int, typer.Option(help="HTTP/Browser port on 127.0.0.1.")] = 7474,
    auth: Annotated[
        bool,
        typer.Option(help="Require a password (from KG_NEO4J_PASSWORD or the config file)."),
    ] = True,
    heap: Annotated[str, typer.Option(help="JVM heap size.")] = "1g",
    pagecache: Annotated[str, typer.Option(help="Neo4j page cache size.")] = "512m",
) -> None:
    """Build (first time) and start Neo4j Community 5.26; wait until Bolt answers."""
    from kg.neo4j import server

    password = neo4j_settings().password if auth else None
    if auth and not password:
        raise typer.BadParameter(
            "auth is on but no password is set: export KG_NEO4J_PASSWORD, put it in the "
            "config file, or pass --no-auth"
        )
    started = server.start(
        data_dir,
        bolt_port=bolt_port,
        http_port=http_port,
        auth=auth,
        password=password,
        heap=heap,
        pagecache=pagecache,
    )
    typer.echo(f"Neo4j running (pid {started.pid})")
    typer.echo(f"Bolt:    {started.bolt_uri}")
    typer.echo(f"Browser: {started.browser_url}")


@neo4j_app.command("stop")
@handles_errors
def neo4j_stop(data_dir: DataDirOption = Path(".kg/neo4j")) -> None:
    """Stop the server started from this data directory (by its own process id)."""
    from kg.neo4j import server

    typer.echo("stopped" if server.stop(data_dir) else "not running")


@neo4j_app.command("status")
@handles_errors
def neo4j_status(data_dir: DataDirOption = Path(".kg/neo4j")) -> None:
    """Say whether the server of this data directory runs, with its pid and addresses."""
    from kg.neo4j import server

    running = server.status(data_dir)
    if running is None:
        typer.echo("not running")
        raise typer.Exit(EXIT_FAILED)
    typer.echo(
        f"running (pid {running.pid})  bolt: {running.bolt_uri}  browser: {running.browser_url}"
    )


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(__version__)
        raise typer.Exit()
