"""Credentials come from the environment or a config file, and are never printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import neo4j_settings, store_path
from kg.errors import ConfigError


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "KG_NEO4J_URI",
        "KG_NEO4J_USER",
        "KG_NEO4J_PASSWORD",
        "KG_NEO4J_DATABASE",
        "KG_STORE",
        "KG_CONFIG",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))


def test_environment_wins_over_the_config_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "kg.toml").write_text(
        '[neo4j]\nuri = "bolt://127.0.0.1:7999"\nuser = "analyst"\npassword = "from-file"\n'
        '[store]\npath = "graphs/store"\n',
        encoding="utf-8",
    )
    settings = neo4j_settings()
    assert (settings.uri, settings.user, settings.password) == (
        "bolt://127.0.0.1:7999",
        "analyst",
        "from-file",
    )
    assert store_path() == Path("graphs/store")
    monkeypatch.setenv("KG_NEO4J_PASSWORD", "from-env")
    assert neo4j_settings().password == "from-env"
    assert neo4j_settings("bolt://127.0.0.1:7000").uri == "bolt://127.0.0.1:7000"


def test_the_password_is_not_in_the_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_NEO4J_PASSWORD", "s3cret-value")
    settings = neo4j_settings()
    assert "s3cret-value" not in repr(settings)
    assert settings.auth == ("neo4j", "s3cret-value")


def test_a_missing_config_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CONFIG", "/nonexistent/kg.toml")
    with pytest.raises(ConfigError, match=r"KG_CONFIG points to /nonexistent/kg\.toml"):
        neo4j_settings()


def test_defaults() -> None:
    assert neo4j_settings().uri == "bolt://127.0.0.1:7687"
    assert neo4j_settings().auth is None
    assert store_path() == Path(".kg/store")
