"""Credentials come from the environment or a config file, and are never printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.config import check_neo4j_uri, neo4j_settings, store_path
from kg.errors import ConfigError


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "KG_NEO4J_URI",
        "KG_NEO4J_USER",
        "KG_NEO4J_PASSWORD",
        "KG_NEO4J_DATABASE",
        "KG_NEO4J_MAX_RETRY_TIME",
        "KG_NEO4J_CONNECTION_TIMEOUT",
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


def test_retry_time_and_connection_timeout_are_bounded_and_configurable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert (neo4j_settings().max_retry_time, neo4j_settings().connection_timeout) == (15.0, 5.0)
    (tmp_path / "kg.toml").write_text(
        "[neo4j]\nmax_retry_time = 4\nconnection_timeout = 1.5\n", encoding="utf-8"
    )
    assert (neo4j_settings().max_retry_time, neo4j_settings().connection_timeout) == (4.0, 1.5)
    monkeypatch.setenv("KG_NEO4J_MAX_RETRY_TIME", "2.5")
    assert neo4j_settings().max_retry_time == 2.5


@pytest.mark.parametrize("value", ["soon", "0", "-3", "inf", "nan"])
def test_a_retry_time_that_is_not_a_positive_number_is_refused(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("KG_NEO4J_MAX_RETRY_TIME", value)
    with pytest.raises(ConfigError, match=f"KG_NEO4J_MAX_RETRY_TIME='{value}' is not a number"):
        neo4j_settings()


@pytest.mark.parametrize(
    "uri",
    ["bolt://127.0.0.1:7687", "neo4j://db.example:7687", "bolt+s://db.example", "NEO4J+SSC://h"],
)
def test_bolt_uris_are_accepted(uri: str) -> None:
    assert check_neo4j_uri(uri) == uri


@pytest.mark.parametrize(
    "uri", ["http://127.0.0.1:7474", "https://db.example", "127.0.0.1:7687", "bolt://", ""]
)
def test_other_uris_are_refused_wherever_they_come_from(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, uri: str
) -> None:
    with pytest.raises(ConfigError, match="is not a Bolt URI"):
        check_neo4j_uri(uri)
    if uri:
        with pytest.raises(ConfigError, match=re.escape(f"--neo4j {uri!r} is not a Bolt URI")):
            neo4j_settings(uri)
        monkeypatch.setenv("KG_NEO4J_URI", uri)
        with pytest.raises(ConfigError, match=re.escape(f"KG_NEO4J_URI {uri!r}")):
            neo4j_settings()
        monkeypatch.delenv("KG_NEO4J_URI")
        (tmp_path / "kg.toml").write_text(f'[neo4j]\nuri = "{uri}"\n', encoding="utf-8")
        with pytest.raises(ConfigError, match=r"uri in kg\.toml"):
            neo4j_settings()


def test_a_docker_secret_file_gives_user_and_password(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    secret = tmp_path / "neo4j_auth.txt"
    secret.write_text("neo4j/s3cret-from-a-file\n", encoding="utf-8")
    for name in ("KG_NEO4J_PASSWORD", "KG_NEO4J_USER", "KG_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KG_NEO4J_AUTH_FILE", str(secret))
    monkeypatch.chdir(tmp_path)
    settings = neo4j_settings()
    assert (settings.user, settings.password) == ("neo4j", "s3cret-from-a-file")
    secret.write_text("no-slash-here", encoding="utf-8")
    with pytest.raises(ConfigError, match="user/password"):
        neo4j_settings()
