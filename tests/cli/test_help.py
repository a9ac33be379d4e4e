"""Every command explains itself, and the README documents every command."""

from __future__ import annotations

import re

import pytest
import typer
from typer.main import get_command

from kg.cli import app
from tests.cli.conftest import ROOT, Run

COMMANDS = [
    ["ingest"],
    ["export"],
    ["query"],
    ["stats"],
    ["info"],
    ["load"],
    ["delete"],
    ["neo4j", "start"],
    ["neo4j", "stop"],
    ["neo4j", "status"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(kg: Run, command: list[str]) -> None:
    result = kg(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage: kg " + " ".join(command) in result.stdout


def test_readme_documents_every_command_and_option() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    root = get_command(app)
    assert isinstance(root, typer.core.TyperGroup)
    for command in COMMANDS:
        cli = root
        for part in command:
            cli = cli.commands[part]  # type: ignore[attr-defined]
        assert f"kg {' '.join(command)}" in readme, f"README lacks `kg {' '.join(command)}`"
        for param in cli.params:
            for option in param.opts:
                if option.startswith("--") and option != "--help":
                    assert option in readme, f"README lacks {option} of kg {' '.join(command)}"


def test_info_reports_backends_and_store(kg: Run) -> None:
    result = kg("info")
    assert result.returncode == 0, result.stderr
    assert "camel-tools:" in result.stdout
    assert "NER backends:" in result.stdout
    assert "store:" in result.stdout


def test_help_names_values_plainly_and_shows_no_type_for_flags() -> None:
    from typer.testing import CliRunner

    runner = CliRunner()
    for command in ([], ["ingest"], ["query"], ["serve"], ["load"], ["neo4j", "start"]):
        shown = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "160"}).output
        assert "<bool>" not in shown, command
    ingest = runner.invoke(app, ["ingest", "--help"], env={"COLUMNS": "160"}).output
    for name, metavar in (("--store", "DIR"), ("--neo4j", "URI"), ("--report", "FILE")):
        assert re.search(rf"{name}\s+{metavar}\b", ingest), (name, metavar)
