"""``kg export`` and ``kg query``: the local store (or Neo4j) as RDF, and SPARQL over it."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.cli.common import (
    EXIT_INTERRUPTED,
    StoreOption,
    app,
    existing_store,
    fail,
    handles_errors,
    neo4j_option,
    usage_error,
)
from kg.config import neo4j_settings
from kg.store.sparql import DEFAULT_TIMEOUT as DEFAULT_QUERY_TIMEOUT


class RdfFormat(StrEnum):
    """The choices of ``--format``: the names of :data:`kg.rdf.serialize.RdfFormat`."""

    ttl = "ttl"
    trig = "trig"
    nq = "nq"
    jsonld = "jsonld"


class Source(StrEnum):
    local = "local"
    neo4j = "neo4j"


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
    neo4j: Annotated[str | None, neo4j_option("Bolt URI when --from neo4j.")] = None,
) -> None:
    """Export the graph as RDF: Turtle, TriG, N-Quads or JSON-LD (one named graph per article)."""
    if source is Source.neo4j:
        from kg.neo4j.export import export_rdf

        data = export_rdf(neo4j_settings(neo4j), format.value)
    else:
        with existing_store(store) as local:
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
    location = existing_store(store, open_it=False)
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
        fail("interrupted: the query was stopped")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    _print_result(result, chosen)


def _query_format(chosen: QueryFormat | None, as_json: bool, form: Any) -> QueryFormat | None:
    """The output format, checked against what the query returns (``form``, if known)."""
    if as_json:
        if chosen not in (None, QueryFormat.json):
            raise usage_error(f"--json and --format {chosen.value} disagree; give one of them")
        chosen = QueryFormat.json
    if chosen is None or form is None:
        return chosen
    if form.returns_graph and chosen not in GRAPH_FORMATS:
        raise usage_error(
            f"a {form.value} query returns triples: --format ttl or nt, not {chosen.value}"
        )
    if not form.returns_graph and chosen not in SOLUTION_FORMATS:
        raise usage_error(
            f"a {form.value} query returns {'solutions' if form.value == 'SELECT' else 'yes or no'}"
            f": --format table, json, csv, tsv or xml, not {chosen.value}"
        )
    return chosen


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
