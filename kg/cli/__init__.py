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

from typing import Annotated

import typer

from kg import __version__
from kg.cli import ingest, query, server, store
from kg.cli.common import app

__all__ = ["app", "ingest", "query", "server", "store"]
"""The command modules register their commands on ``app`` when imported, in help order."""


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(__version__)
        raise typer.Exit()
