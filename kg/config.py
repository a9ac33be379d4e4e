"""Settings from the environment or a config file; never from the command line.

Credentials come from ``KG_NEO4J_*`` environment variables or from a TOML file
(``$KG_CONFIG``, ``./kg.toml`` or ``~/.config/kg/config.toml``)::

    [neo4j]
    uri = "bolt://127.0.0.1:7687"
    user = "neo4j"
    password = "..."
    database = "neo4j"
    max_retry_time = 15        # seconds a failed transaction is retried before giving up
    connection_timeout = 5     # seconds to open one connection

    [store]
    path = ".kg/store"

Environment variables win over the file. Passwords are never printed: the
``repr`` of :class:`Neo4jSettings` hides them. The URI must be a Bolt URI
(``bolt://``, ``neo4j://`` and their ``+s``/``+ssc`` variants): the HTTP port
serves Neo4j Browser, not the driver.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import ConfigError

DEFAULT_STORE = Path(".kg/store")
DEFAULT_BATCH_SIZE = 200
"""Documents per write transaction, for the local store and for Neo4j alike."""
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


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
DEFAULT_MAX_RETRY_TIME = 15.0
"""Seconds the driver retries a transaction that failed on a lost connection."""
DEFAULT_CONNECTION_TIMEOUT = 5.0
"""Seconds to open one connection to the server."""


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str = DEFAULT_NEO4J_URI
    user: str = "neo4j"
    password: str | None = field(default=None, repr=False)
    database: str = "neo4j"
    max_retry_time: float = DEFAULT_MAX_RETRY_TIME
    connection_timeout: float = DEFAULT_CONNECTION_TIMEOUT

    @property
    def auth(self) -> tuple[str, str] | None:
        return (self.user, self.password) if self.password is not None else None


def check_neo4j_uri(uri: str, source: str = "--neo4j") -> str:
    """``uri`` if it is a Bolt URI the driver can use; otherwise a :class:`ConfigError`.

    ``source`` names where the URI came from, for the message.
    """
    scheme, separator, address = uri.partition("://")
    if separator and scheme.lower() in BOLT_SCHEMES and address.strip("/"):
        return uri
    raise ConfigError(
        f"{source} {uri!r} is not a Bolt URI: kg talks to Neo4j over Bolt, e.g. "
        f"bolt://127.0.0.1:7687 (schemes: {', '.join(BOLT_SCHEMES)}); "
        "the HTTP port (7474) serves Neo4j Browser only"
    )


def neo4j_settings(uri: str | None = None) -> Neo4jSettings:
    """Connection settings: ``uri`` argument, then environment, then config file."""
    file = config_file()
    section = _file_settings().get("neo4j", {})
    if uri:
        uri, source = uri, "--neo4j"
    elif os.environ.get("KG_NEO4J_URI"):
        uri, source = os.environ["KG_NEO4J_URI"], "KG_NEO4J_URI"
    elif section.get("uri"):
        uri, source = str(section["uri"]), f"uri in {file}"
    else:
        uri, source = DEFAULT_NEO4J_URI, "the default URI"
    file_user, file_password = _auth_file()
    return Neo4jSettings(
        uri=check_neo4j_uri(uri, source),
        user=os.environ.get("KG_NEO4J_USER") or file_user or section.get("user") or "neo4j",
        password=os.environ.get("KG_NEO4J_PASSWORD") or file_password or section.get("password"),
        database=os.environ.get("KG_NEO4J_DATABASE") or section.get("database") or "neo4j",
        max_retry_time=_seconds("max_retry_time", section, DEFAULT_MAX_RETRY_TIME, file),
        connection_timeout=_seconds(
            "connection_timeout", section, DEFAULT_CONNECTION_TIMEOUT, file
        ),
    )


def _auth_file() -> tuple[str | None, str | None]:
    """(user, password) from the file named by ``KG_NEO4J_AUTH_FILE``: one line
    ``user/password``, the format of the Neo4j image's ``NEO4J_AUTH_FILE`` (a Docker
    secret), so that both read one password source."""
    name = os.environ.get("KG_NEO4J_AUTH_FILE")
    if not name:
        return None, None
    try:
        text = Path(name).read_text(encoding="utf-8").strip()
    except OSError as error:
        raise ConfigError(
            f"KG_NEO4J_AUTH_FILE names {name}, which cannot be read ({error.strerror})"
        ) from error
    user, slash, password = text.partition("/")
    if not slash or not user or not password:
        raise ConfigError(
            f"KG_NEO4J_AUTH_FILE {name} must hold one line user/password (like neo4j/secret)"
        )
    return user, password


def _seconds(key: str, section: dict[str, Any], default: float, file: Path | None) -> float:
    """A positive number of seconds from ``KG_NEO4J_<KEY>``, else ``[neo4j] key``, else default."""
    variable = f"KG_NEO4J_{key.upper()}"
    if os.environ.get(variable):
        raw: Any = os.environ[variable]
        source = variable
    elif key in section:
        raw, source = section[key], f"{key} in {file}"
    else:
        return default
    try:
        value = float(raw)
    except (TypeError, ValueError):
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise ConfigError(
            f"{source}={raw!r} is not a number of seconds; "
            f"give a positive number such as {default:g}"
        )
    return value


def store_path(path: Path | None = None) -> Path:
    """The local store directory: argument, ``KG_STORE``, config file, then ``.kg/store``."""
    if path is not None:
        return path
    if os.environ.get("KG_STORE"):
        return Path(os.environ["KG_STORE"])
    section = _file_settings().get("store", {})
    return Path(section["path"]) if "path" in section else DEFAULT_STORE
