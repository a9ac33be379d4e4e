"""Settings from the environment or a config file; never from the command line.

Credentials come from ``KG_NEO4J_*`` environment variables or from a TOML file
(``$KG_CONFIG``, ``./kg.toml`` or ``~/.config/kg/config.toml``)::

    [neo4j]
    uri = "bolt://127.0.0.1:7687"
    user = "neo4j"
    password = "..."
    database = "neo4j"

    [store]
    path = ".kg/store"

Environment variables win over the file. Passwords are never printed: the
``repr`` of :class:`Neo4jSettings` hides them.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import ConfigError

DEFAULT_STORE = Path(".kg/store")
DEFAULT_NEO4J_URI = "bolt://127.0.0.1:7687"


def config_file() -> Path | None:
    """The config file in use, if any."""
    explicit = os.environ.get("KG_CONFIG")
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"KG_CONFIG points to {path}, which is not a file")
        return path
    for candidate in (Path("kg.toml"), Path.home() / ".config" / "kg" / "config.toml"):
        if candidate.is_file():
            return candidate
    return None


def _file_settings() -> dict[str, Any]:
    path = config_file()
    if path is None:
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"cannot read config file {path}: {error}") from error


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str = DEFAULT_NEO4J_URI
    user: str = "neo4j"
    password: str | None = field(default=None, repr=False)
    database: str = "neo4j"

    @property
    def auth(self) -> tuple[str, str] | None:
        return (self.user, self.password) if self.password is not None else None


def neo4j_settings(uri: str | None = None) -> Neo4jSettings:
    """Connection settings: ``uri`` argument, then environment, then config file."""
    section = _file_settings().get("neo4j", {})
    return Neo4jSettings(
        uri=uri or os.environ.get("KG_NEO4J_URI") or section.get("uri") or DEFAULT_NEO4J_URI,
        user=os.environ.get("KG_NEO4J_USER") or section.get("user") or "neo4j",
        password=os.environ.get("KG_NEO4J_PASSWORD") or section.get("password"),
        database=os.environ.get("KG_NEO4J_DATABASE") or section.get("database") or "neo4j",
    )


def store_path(path: Path | None = None) -> Path:
    """The local store directory: argument, ``KG_STORE``, config file, then ``.kg/store``."""
    if path is not None:
        return path
    if os.environ.get("KG_STORE"):
        return Path(os.environ["KG_STORE"])
    section = _file_settings().get("store", {})
    return Path(section["path"]) if "path" in section else DEFAULT_STORE
