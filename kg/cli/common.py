"""What every ``kg`` command shares: the Typer apps, exit codes, error handling and options."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar, overload

import typer

from kg.config import check_neo4j_uri, store_path
from kg.errors import ConfigError, KGError, StoreError

if TYPE_CHECKING:
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


def fail(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)


def handles_errors(function: F) -> F:
    """Turn a KGError into a one-line message and exit code 1."""

    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except KGError as error:
            fail(str(error))
            raise typer.Exit(EXIT_FAILED) from None

    return wrapper  # type: ignore[return-value]


def usage_error(message: str) -> typer.Exit:
    """A one-line message and exit code 2, for a command line that cannot work."""
    fail(message)
    return typer.Exit(EXIT_USAGE)


def bolt_uri(value: str | None) -> str | None:
    """Check ``--neo4j`` while parsing, so a wrong URI costs nothing (kg.config says why)."""
    if not value:
        return value
    try:
        return check_neo4j_uri(value)
    except ConfigError as error:
        raise usage_error(str(error)) from None


StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        metavar="DIR",
        help="Local store directory (default: $KG_STORE, the config file, or .kg/store).",
        show_default=False,
    ),
]
def neo4j_option(help_text: str) -> Any:
    """A ``--neo4j URI`` option with this help, its URI checked while parsing."""
    return typer.Option(
        "--neo4j", metavar="URI", help=help_text, show_default=False, callback=bolt_uri
    )


Neo4jOption = Annotated[
    str | None,
    neo4j_option(
        "Also load into Neo4j at this Bolt URI (user and password from KG_NEO4J_USER, "
        "KG_NEO4J_PASSWORD or the config file)."
    ),
]

DataDirOption = Annotated[
    Path,
    typer.Option(
        "--data-dir", metavar="DIR", help="Where the server keeps its data, config and logs."
    ),
]


@overload
def existing_store(store: Path | None) -> LocalStore: ...
@overload
def existing_store(store: Path | None, open_it: Literal[False]) -> Path: ...


def existing_store(store: Path | None, open_it: bool = True) -> LocalStore | Path:
    """Open the local store (or only find it); a clear error if nothing was ingested there."""
    from kg.store.local import LocalStore

    location = store_path(store)
    if not location.is_dir():
        raise StoreError(
            f"no local store at {location}: run `kg ingest PATH` first, or pass --store DIR"
        )
    return LocalStore(location) if open_it else location
