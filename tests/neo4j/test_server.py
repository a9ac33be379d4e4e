"""The project's own Neo4j server: built from Maven Central, started, refused, stopped."""

from __future__ import annotations

import socket
import stat
import urllib.request
from pathlib import Path

import pytest
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError

from kg.errors import Neo4jError
from kg.neo4j import server
from kg.neo4j.server import ServerInfo


def _listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _port(url: str) -> int:
    return int(url.rstrip("/").rsplit(":", 1)[1])


# --- no server needed --------------------------------------------------------


def test_free_ports_are_distinct_bindable_and_outside_the_ephemeral_range() -> None:
    ephemeral_low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    first = server.free_ports(3)
    second = server.free_ports(2, avoid=first)
    assert len(set(first + second)) == 5
    for port in first + second:
        assert 1024 < port < ephemeral_low
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.bind(("127.0.0.1", port))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.bind(("127.0.0.1", first[0]))
        held.listen()
        assert first[0] not in server.free_ports(50)


def test_auth_without_password_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(server.PASSWORD_ENV, raising=False)
    with pytest.raises(Neo4jError, match=server.PASSWORD_ENV):
        server.start(tmp_path, auth=True, password=None)
    assert not (tmp_path / "neo4j.pid").exists()


@pytest.mark.parametrize(("heap", "pagecache"), [("lots", "512m"), ("1g", "512")])
def test_bad_memory_size_is_refused(tmp_path: Path, heap: str, pagecache: str) -> None:
    with pytest.raises(Neo4jError, match="not a memory size"):
        server.start(tmp_path, auth=False, heap=heap, pagecache=pagecache)


def test_status_of_an_unused_directory_is_none(tmp_path: Path) -> None:
    assert server.status(tmp_path) is None
    assert server.stop(tmp_path) is False


# --- the session server ------------------------------------------------------


@pytest.mark.neo4j
def test_bolt_answers_with_auth(neo4j_server: ServerInfo, neo4j_driver: Driver) -> None:
    records, _, _ = neo4j_driver.execute_query("RETURN 1 AS one, apoc.version() AS apoc")
    assert records[0]["one"] == 1
    assert records[0]["apoc"].startswith("5.26.")
    assert neo4j_server.auth is True
    assert neo4j_server.bolt_uri.startswith("bolt://127.0.0.1:")


@pytest.mark.neo4j
def test_wrong_password_is_refused(neo4j_server: ServerInfo) -> None:
    with (
        GraphDatabase.driver(neo4j_server.bolt_uri, auth=("neo4j", "not-the-password")) as driver,
        pytest.raises(AuthError),
    ):
        driver.verify_connectivity()


@pytest.mark.neo4j
def test_browser_is_served(neo4j_server: ServerInfo) -> None:
    with urllib.request.urlopen(neo4j_server.browser_url, timeout=30) as response:
        assert response.status == 200
        page = response.read().decode("utf-8")
    assert "<title>Neo4j Browser</title>" in page


@pytest.mark.neo4j
def test_discovery_advertises_the_real_ports(neo4j_server: ServerInfo) -> None:
    with urllib.request.urlopen(neo4j_server.http_url, timeout=30) as response:
        discovery = response.read().decode("utf-8")
    assert f'"bolt_direct":"{neo4j_server.bolt_uri}"' in discovery
    assert '"neo4j_edition":"community"' in discovery


@pytest.mark.neo4j
def test_status_reports_the_pid(neo4j_server: ServerInfo) -> None:
    assert server.status(neo4j_server.data_dir) == neo4j_server
    assert (neo4j_server.data_dir / "neo4j.pid").read_text().strip() == str(neo4j_server.pid)


@pytest.mark.neo4j
def test_password_is_on_no_command_line_and_in_no_file(
    neo4j_server: ServerInfo, neo4j_auth: tuple[str, str]
) -> None:
    password = neo4j_auth[1].encode()
    cmdline = Path(f"/proc/{neo4j_server.pid}/cmdline").read_bytes()
    assert b"org.neo4j.server.CommunityEntryPoint" in cmdline
    assert password not in cmdline
    assert password not in Path(f"/proc/{neo4j_server.pid}/environ").read_bytes()
    for path in neo4j_server.data_dir.rglob("*"):
        if path.is_file() and path.suffix in {".conf", ".json", ".log", ".args", ".pid"}:
            assert password not in path.read_bytes(), path


@pytest.mark.neo4j
def test_second_start_on_the_same_directory_is_refused(
    neo4j_server: ServerInfo, neo4j_auth: tuple[str, str]
) -> None:
    bolt_port, http_port = server.free_ports(2)
    with pytest.raises(Neo4jError, match="already running"):
        server.start(
            neo4j_server.data_dir, bolt_port=bolt_port, http_port=http_port, password=neo4j_auth[1]
        )
    assert server.status(neo4j_server.data_dir) == neo4j_server


@pytest.mark.neo4j
def test_busy_port_is_refused(neo4j_server: ServerInfo, tmp_path: Path) -> None:
    (http_port,) = server.free_ports(1)
    with pytest.raises(Neo4jError, match="already in use"):
        server.start(
            tmp_path, bolt_port=_port(neo4j_server.bolt_uri), http_port=http_port, auth=False
        )
    assert not (tmp_path / "neo4j.pid").exists()


# --- a server of its own, to stop --------------------------------------------


@pytest.mark.neo4j
@pytest.mark.slow
def test_stop_ends_the_process_and_frees_the_port(tmp_path: Path) -> None:
    bolt_port, http_port = server.free_ports(2)
    password = "stop-test-password"
    info = server.start(
        tmp_path,
        bolt_port=bolt_port,
        http_port=http_port,
        password=password,
        heap="512m",
        pagecache="64m",
        timeout=300.0,
    )
    try:
        assert server.status(tmp_path) == info
        assert _listening(bolt_port)
        with GraphDatabase.driver(info.bolt_uri, auth=("neo4j", password)) as driver:
            records, _, _ = driver.execute_query("RETURN 2 AS two")
            assert records[0]["two"] == 2
    finally:
        stopped = server.stop(tmp_path)
    assert stopped is True
    assert server.status(tmp_path) is None
    assert not Path(f"/proc/{info.pid}").exists()
    assert not _listening(bolt_port)
    assert not _listening(http_port)
    assert server.stop(tmp_path) is False


@pytest.mark.neo4j
def test_the_data_directory_is_private(neo4j_server: ServerInfo, neo4j_driver: Driver) -> None:
    neo4j_driver.execute_query(
        "CREATE (:Probe {name: 'خاص'}) WITH 1 AS one MATCH (p:Probe) DELETE p"
    )
    data_dir = neo4j_server.data_dir
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    written = [path for path in data_dir.rglob("*") if not path.is_symlink()]
    assert len(written) > 20, written  # store files, logs, the auth database
    assert any(path.suffix == ".log" for path in written)
    open_to_others = {
        str(path.relative_to(data_dir)): oct(stat.S_IMODE(path.stat().st_mode))
        for path in written
        if path.stat().st_mode & 0o077
    }
    assert open_to_others == {}


def test_make_private_closes_an_old_data_directory(tmp_path: Path) -> None:
    old = tmp_path / "neo4j"
    (old / "logs").mkdir(parents=True)
    (old / "logs" / "neo4j.log").write_text("started\n")
    old.chmod(0o755)
    (old / "logs").chmod(0o755)
    (old / "logs" / "neo4j.log").chmod(0o644)
    server.make_private(old)
    assert stat.S_IMODE(old.stat().st_mode) == 0o700
    assert stat.S_IMODE((old / "logs").stat().st_mode) == 0o700
    assert stat.S_IMODE((old / "logs" / "neo4j.log").stat().st_mode) == 0o600
