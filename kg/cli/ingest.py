"""``kg ingest``: articles in, facts out to the local store and Neo4j."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kg.cli.common import EXIT_SKIPPED, Neo4jOption, StoreOption, app, fail, handles_errors
from kg.config import neo4j_settings, store_path
from kg.errors import ConfigError
from kg.parallel import available_cores, one_blas_thread
from kg.relations.calibration import DEFAULT_MIN_CONFIDENCE
from kg.timebudget import DEFAULT_ARTICLE_TIMEOUT

if TYPE_CHECKING:
    from kg.ingest import IngestSummary
    from kg.neo4j.loader import Neo4jLoader
    from kg.store.local import LocalStore


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
        fail(
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
