"""The ``kg`` command: a thin layer over the library.

It parses arguments, calls the library and turns :class:`kg.errors.KGError`
into a message and an exit code:

* 0: everything was done;
* 3: done, but some input was skipped (see the report; the summary says how
  many skips were bad input and how many an internal error);
* 1: failed (the message says why; ``ingest --strict``: an internal error,
  with its traceback);
* 2: the command line was wrong;
* 130: interrupted (Ctrl-C).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar, overload

import typer

from kg import __version__
from kg.config import DEFAULT_BATCH_SIZE, check_neo4j_uri, neo4j_settings, store_path
from kg.errors import ConfigError, KGError, StoreError
from kg.parallel import available_cores, one_blas_thread
from kg.relations.calibration import DEFAULT_MIN_CONFIDENCE
from kg.store.sparql import DEFAULT_TIMEOUT as DEFAULT_QUERY_TIMEOUT
from kg.timebudget import DEFAULT_ARTICLE_TIMEOUT

if TYPE_CHECKING:
    from kg.ingest import IngestSummary
    from kg.neo4j.loader import Neo4jLoader
    from kg.store.local import LocalStore

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130

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


def _usage_error(message: str) -> typer.Exit:
    """A one-line message and exit code 2, for a command line that cannot work."""
    _fail(message)
    return typer.Exit(EXIT_USAGE)


def _bolt_uri(value: str | None) -> str | None:
    """Check ``--neo4j`` while parsing, so a wrong URI costs nothing (kg.config says why)."""
    if not value:
        return value
    try:
        return check_neo4j_uri(value)
    except ConfigError as error:
        raise _usage_error(str(error)) from None


StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        metavar="DIR",
        help="Local store directory (default: $KG_STORE, the config file, or .kg/store).",
        show_default=False,
    ),
]
Neo4jOption = Annotated[
    str | None,
    typer.Option(
        "--neo4j",
        metavar="URI",
        help="Also load into Neo4j at this Bolt URI (user and password from KG_NEO4J_USER, "
        "KG_NEO4J_PASSWORD or the config file).",
        show_default=False,
        callback=_bolt_uri,
    ),
]


class RdfFormat(StrEnum):
    """The choices of ``--format``: the names of :data:`kg.rdf.serialize.RdfFormat`."""

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
        typer.Argument(
            metavar="PATH...",
            help="Articles: .txt, .jsonl, .html, .zip of JSON arrays, or folders.",
        ),
    ],
    store: StoreOption = None,
    neo4j: Neo4jOption = None,
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Do not write the local store (only Neo4j).")
    ] = False,
    report: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Append the skip report to this file (default: a new STORE-skipped-RUNID.jsonl "
            "per run). It may not be one of the inputs or inside an input folder.",
            show_default=False,
        ),
    ] = None,
    text_field: Annotated[
        str | None, typer.Option(metavar="FIELD", help="JSON field that holds the article text.")
    ] = None,
    title_field: Annotated[
        str | None, typer.Option(metavar="FIELD", help="JSON field of the title.")
    ] = None,
    url_field: Annotated[
        str | None, typer.Option(metavar="FIELD", help="JSON field of the URL.")
    ] = None,
    date_field: Annotated[
        str | None, typer.Option(metavar="FIELD", help="JSON field of the date.")
    ] = None,
    ner: Annotated[
        NerBackend,
        typer.Option(
            "--ner",
            help="Statistical NER backend: the bundled model, or camel-tools' CAMeLBERT NER "
            "(needs `camel_data -i ner-arabert`).",
        ),
    ] = NerBackend.bundled,
    article_timeout: Annotated[
        float,
        typer.Option(
            "--article-timeout",
            min=0,
            metavar="SECONDS",
            help="Seconds one article may take to read and extract; a slower article is "
            "skipped and reported (0: no limit).",
        ),
    ] = DEFAULT_ARTICLE_TIMEOUT,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Stop at the first internal error (a bug in kg, not bad input) with its "
            "traceback and exit code 1, instead of reporting it and going on.",
        ),
    ] = False,
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence",
            metavar="X",
            min=0,
            max=1,
            help="Write only facts whose confidence, calibrated on the dev split, is at "
            "least this (0: write every fact found).",
        ),
    ] = DEFAULT_MIN_CONFIDENCE,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            metavar="N",
            help="Extract in N worker processes, each with its models loaded once and one BLAS "
            "thread; the store gets the same graph as with 1 (1: in this process; default: "
            f"the number of cores this process may use, {available_cores()} here).",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read articles, extract entities, statements, relations and events, and store them.

    Unreadable, empty, binary, wrongly encoded, oversized or non-Arabic articles, and
    any article that fails at any step, are reported and skipped; the rest of the batch
    goes on. Exit code 3 means some input was skipped (the summary says how many were
    bad input and how many hit an internal error).
    """
    # One BLAS thread, set before numpy loads: the cores go to the workers, and numpy's
    # threads only wait on each other over the tagger's small matrices.
    one_blas_thread()
    from kg.ingest import default_pipeline_spec
    from kg.ingest import ingest as run_ingest
    from kg.io import FieldMap
    from kg.io.report import default_report_path, new_run_id

    if report is not None:
        _refuse_input_as_report(report, paths)
    if ner is NerBackend.camel:
        from kg.ner.camel import require_installed

        try:
            require_installed()
        except ConfigError as error:
            raise typer.BadParameter(str(error), param_hint="'--ner'") from None
    if no_store and not neo4j:
        raise typer.BadParameter("--no-store needs --neo4j: there would be nowhere to write")
    pipeline = default_pipeline_spec(ner=ner.value, min_confidence=min_confidence)
    location = store_path(store)
    local, loader = _open_sinks(neo4j, None if no_store else location)
    sinks: list[Any] = [sink for sink in (local, loader) if sink is not None]
    run_id = new_run_id()
    report_path = report or default_report_path(location, run_id)
    fields = FieldMap.from_options(
        text=text_field, title=title_field, url=url_field, date=date_field
    )
    options = {
        "pipeline": pipeline,
        "fields": fields,
        "strict": strict,
        "article_timeout": article_timeout or None,
        "run_id": run_id,
        "workers": workers or available_cores(),
    }
    try:
        summary = _run_with_progress(run_ingest, paths, sinks, report_path, options, quiet)
    finally:
        if local is not None:
            local.close()
        if loader is not None:
            loader.close()
    _print_summary(summary, min_confidence, None if no_store else location)


def _open_sinks(neo4j: str | None,
                location: Path | None) -> tuple[LocalStore | None, Neo4jLoader | None]:
    """The local store at ``location`` (None: no store) and the Neo4j loader (None: no
    Neo4j), Neo4j first: a server that cannot be reached must not leave an empty store
    behind; whatever was opened is closed again when the other fails."""
    loader = None
    if neo4j:
        from kg.neo4j.loader import Neo4jLoader

        loader = Neo4jLoader.connect(neo4j_settings(neo4j))
        try:
            loader.ensure_schema()
        except BaseException:
            loader.close()
            raise
    local = None
    if location is not None:
        from kg.store.local import LocalStore

        location.parent.mkdir(parents=True, exist_ok=True)
        try:
            local = LocalStore(location)
        except BaseException:
            if loader is not None:
                loader.close()
            raise
    return local, loader


def _print_summary(summary: IngestSummary, min_confidence: float,
                   location: Path | None) -> None:
    """The counts of an ingest, what was held back, dropped and skipped, and where the
    report is; exits with :data:`EXIT_SKIPPED` when input was skipped."""
    typer.echo(
        f"documents: {summary.documents}  sentences: {summary.sentences}  "
        f"entity mentions: {summary.mentions}  entities: {summary.entities}  "
        f"statements: {summary.statements}  events: {summary.events}  "
        f"relations: {summary.relations}  ({summary.seconds:.1f} s)"
    )
    if summary.held_back:
        kinds = ", ".join(f"{kind} {count}" for kind, count in summary.held_back.items())
        typer.echo(
            f"held back: {sum(summary.held_back.values())} facts below confidence "
            f"{min_confidence:g} ({kinds}); --min-confidence lowers the bar"
        )
    if location is not None:
        typer.echo(f"store: {location}")
    where = f"(report: {summary.report_path}, run {summary.run_id})"
    if summary.dropped:
        typer.echo(
            f"dropped: {summary.dropped} statements, events, relations or mentions that failed "
            f"validation {where}"
        )
    if summary.internal_errors:
        _fail(
            f"internal error: {summary.internal_errors} article(s) hit a bug in kg, not bad "
            f"input; the report has each traceback {where}; `--strict` stops at the first one"
        )
    if summary.skipped:
        typer.echo(
            f"skipped: {summary.skipped} (bad input: {summary.bad_input}, internal error: "
            f"{summary.internal_errors}) {where}"
        )
        raise typer.Exit(EXIT_SKIPPED)
    typer.echo("skipped: 0")


def _refuse_input_as_report(report: Path, paths: list[Path]) -> None:
    """``--report`` must not name an input file or lie inside an input folder:
    appending to it would change the input, or make it input of the next run."""
    target = report.resolve()
    for path in paths:
        source = path.resolve()
        if target == source or (source.is_dir() and target.is_relative_to(source)):
            raise typer.BadParameter(
                f"{report} is {'the input' if target == source else 'inside the input folder'} "
                f"{path}; give a report file outside the inputs",
                param_hint="'--report'",
            )


def _run_with_progress(
    run: Callable[..., Any],
    paths: list[Path],
    sinks: list[Any],
    report: Path,
    options: dict[str, Any],
    quiet: bool,
) -> Any:
    if quiet or not sys.stderr.isatty():
        return run(paths, sinks, report, **options)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        return run(paths, sinks, report, progress=lambda n: bar.advance(task, n), **options)


@app.command()
@handles_errors
def export(
    format: Annotated[
        RdfFormat, typer.Option("--format", "-f", help="RDF format.")
    ] = RdfFormat.ttl,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="File to write (default: stdout)."),
    ] = None,
    source: Annotated[
        Source, typer.Option("--from", help="Export the local store or the Neo4j graph.")
    ] = Source.local,
    store: StoreOption = None,
    neo4j: Annotated[
        str | None,
        typer.Option(
            "--neo4j",
            metavar="URI",
            help="Bolt URI when --from neo4j.",
            show_default=False,
            callback=_bolt_uri,
        ),
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


class QueryFormat(StrEnum):
    """How ``kg query`` prints: solutions as a table, JSON rows or a SPARQL results format
    (CSV, TSV, XML); triples as Turtle or N-Triples."""

    table = "table"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    xml = "xml"
    ttl = "ttl"
    nt = "nt"


SOLUTION_FORMATS = (
    QueryFormat.table,
    QueryFormat.json,
    QueryFormat.csv,
    QueryFormat.tsv,
    QueryFormat.xml,
)
GRAPH_FORMATS = (QueryFormat.ttl, QueryFormat.nt)
#: Printed as the SPARQL 1.1 results format of that name, straight from the store.
STANDARD_FORMATS = (QueryFormat.csv, QueryFormat.tsv, QueryFormat.xml)


@app.command()
@handles_errors
def query(
    sparql: Annotated[
        str,
        typer.Argument(metavar="SPARQL", help="A SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query."),
    ],
    store: StoreOption = None,
    format: Annotated[
        QueryFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="SELECT and ASK: table (default, IRIs as prefixed names), json (rows), or "
            "the SPARQL results formats csv, tsv, xml; CONSTRUCT and DESCRIBE: ttl (default) "
            "or nt.",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            metavar="SECONDS",
            min=0,
            help="Stop the query after this many seconds (0: no limit).",
        ),
    ] = DEFAULT_QUERY_TIMEOUT,
    allow_service: Annotated[
        bool,
        typer.Option(
            "--allow-service",
            help="Let SERVICE clauses send requests to other SPARQL endpoints (off by default).",
        ),
    ] = False,
) -> None:
    """Run a SPARQL query on the local store (prefixes kg:, prov:, schema:, rdfs: are known).

    Ctrl-C stops the query at once (exit code 130).
    """
    from kg.store.query import run_query, run_serialized
    from kg.store.sparql import query_form

    chosen = _query_format(format, as_json, query_form(sparql))
    location = _existing_store(store, open_it=False)
    try:
        if chosen in STANDARD_FORMATS:
            assert chosen is not None
            data, _media = run_serialized(
                location,
                sparql,
                (chosen.value, "ttl"),
                timeout=timeout or None,
                allow_service=allow_service,
            )
            sys.stdout.buffer.write(data)
            return
        result = run_query(location, sparql, timeout=timeout or None, allow_service=allow_service)
    except KeyboardInterrupt:
        _fail("interrupted: the query was stopped")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    _print_result(result, chosen)


def _query_format(chosen: QueryFormat | None, as_json: bool, form: Any) -> QueryFormat | None:
    """The output format, checked against what the query returns (``form``, if known)."""
    if as_json:
        if chosen not in (None, QueryFormat.json):
            raise _usage_error(f"--json and --format {chosen.value} disagree; give one of them")
        chosen = QueryFormat.json
    if chosen is None or form is None:
        return chosen
    if form.returns_graph and chosen not in GRAPH_FORMATS:
        raise _usage_error(
            f"a {form.value} query returns triples: --format ttl or nt, not {chosen.value}"
        )
    if not form.returns_graph and chosen not in SOLUTION_FORMATS:
        raise _usage_error(
            f"a {form.value} query returns {'solutions' if form.value == 'SELECT' else 'yes or no'}"
            f": --format table, json, csv, tsv or xml, not {chosen.value}"
        )
    return chosen


@overload
def _existing_store(store: Path | None) -> LocalStore: ...
@overload
def _existing_store(store: Path | None, open_it: Literal[False]) -> Path: ...


def _existing_store(store: Path | None, open_it: bool = True) -> LocalStore | Path:
    """Open the local store (or only find it); a clear error if nothing was ingested there."""
    from kg.store.local import LocalStore

    location = store_path(store)
    if not location.is_dir():
        raise StoreError(
            f"no local store at {location}: run `kg ingest PATH` first, or pass --store DIR"
        )
    return LocalStore(location) if open_it else location


def _print_result(result: Any, format: QueryFormat | None) -> None:
    from kg.store.local import SelectResult
    from kg.store.query import graph_text

    if isinstance(result, bool):
        typer.echo(
            json.dumps(result) if format is QueryFormat.json else ("yes" if result else "no")
        )
        return
    if isinstance(result, SelectResult):
        if format is QueryFormat.json:
            rows = [dict(zip(result.header, row, strict=True)) for row in result.rows]
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(*result.header)
        for row in result.rows:
            table.add_row(*(_cell(value) for value in row))
        Console().print(table)
        typer.echo(f"{len(result.rows)} rows")
        return
    typer.echo(graph_text(result, (format or QueryFormat.ttl).value), nl=False)


def _cell(value: object) -> str:
    """A table cell: IRIs as prefixed names (``kg:opposes``, ``wd:Q30``), nothing for unbound."""
    from kg.store.local import IRI

    if value is None:
        return ""
    return value.prefixed() if isinstance(value, IRI) else str(value)


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

    location = _existing_store(store, open_it=False)
    try:
        server = SparqlServer((host, port), location, timeout or None, verbose)
    except OSError as error:
        _fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
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
        str | None,
        typer.Option(
            "--neo4j",
            metavar="URI",
            help="Bolt URI (default from the environment).",
            callback=_bolt_uri,
        ),
    ] = None,
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
    with _existing_store(store) as local, Neo4jLoader.connect(neo4j_settings(neo4j)) as loader:
        loader.ensure_schema()
        counts = loader.load_documents(local.to_documents(), batch_size=batch_size)
    typer.echo(
        f"{counts.total} documents in the store: {counts.new} loaded into Neo4j, "
        f"{counts.replaced} replaced, {counts.unchanged} unchanged"
    )


def _bulk_load(store: Path | None, neo4j: str | None, data_dir: Path) -> None:
    from kg.neo4j.bulk_load import bulk_load

    with _existing_store(store) as local:
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
    neo4j: Annotated[
        str | None,
        typer.Option(
            "--neo4j",
            metavar="URI",
            help="Also delete from Neo4j at this Bolt URI.",
            show_default=False,
            callback=_bolt_uri,
        ),
    ] = None,
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
        with _existing_store(store) as local:
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


DataDirOption = Annotated[
    Path,
    typer.Option(
        "--data-dir", metavar="DIR", help="Where the server keeps its data, config and logs."
    ),
]


@neo4j_app.command("start")
@handles_errors
def neo4j_start(
    data_dir: DataDirOption = Path(".kg/neo4j"),
    bolt_port: Annotated[int, typer.Option(metavar="PORT", help="Bolt port on 127.0.0.1.")] = 7687,
    http_port: Annotated[
        int, typer.Option(metavar="PORT", help="HTTP/Browser port on 127.0.0.1.")
    ] = 7474,
    auth: Annotated[
        bool,
        typer.Option(help="Require a password (from KG_NEO4J_PASSWORD or the config file)."),
    ] = True,
    heap: Annotated[str, typer.Option(metavar="SIZE", help="JVM heap size.")] = "1g",
    pagecache: Annotated[str, typer.Option(metavar="SIZE", help="Neo4j page cache size.")] = "512m",
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
