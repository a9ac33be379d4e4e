"""``kg neo4j start|stop|status``: the local Neo4j server built from Maven Central."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import EXIT_FAILED, DataDirOption, handles_errors, neo4j_app
from kg.config import neo4j_settings


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
