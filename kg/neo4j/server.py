"""Build, start, stop and inspect the project's own Neo4j Community 5.26 server.

There is no Docker engine on the machines this project runs on, so the server
is assembled from Maven Central (``scripts/neo4j/pom.xml``) and run as a plain
JVM: ``java -cp 'lib/plugins/*:lib/*' org.neo4j.server.CommunityEntryPoint``.
Everything a server writes (its generated ``conf/neo4j.conf``, databases, logs,
pid file) lives in the data directory the caller chooses; the jars are shared.
It listens on 127.0.0.1 only, and its data directory is private: mode 0700,
and the server and admin tool run with umask 077, so nothing they write (store
files, logs, the auth database) is readable by other users.

The password never reaches a command line: it is passed to the admin tool in
an argument file readable only by the owner, deleted straight after use.

    build() -> lib dir;  start(data_dir) -> ServerInfo;  status(data_dir);  stop(data_dir)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import Neo4jError
from kg.neo4j import browser
from kg.neo4j.ports import free_ports, port_free
from kg.neo4j.processes import alive, send_signal, wait_gone

NEO4J_DIR = Path(__file__).resolve().parents[2] / "scripts" / "neo4j"
"""Where the pom lives; the jars go to ``lib/`` and APOC to ``lib/plugins/`` under it."""

PASSWORD_ENV = "KG_NEO4J_PASSWORD"
USER = "neo4j"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
MIN_PASSWORD_LENGTH = 8  # the server's dbms.security.auth_minimum_password_length

# The JVM options of the neo4j.conf that ships with Neo4j 5.26; heap is added apart.
JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+AlwaysPreTouch",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
    "-Dfile.encoding=UTF-8",
)

_MEMORY_SIZE = re.compile(r"^[1-9][0-9]*[kKmMgG]$")
_STAMP = ".pom.sha256"
_PID_FILE = "neo4j.pid"
_INFO_FILE = "server.json"
_CONSOLE_LOG = "console.log"
_POLL_S = 0.25
_PRIVATE_UMASK = 0o077


@dataclass(frozen=True)
class ServerInfo:
    """A running server: its process and where to reach it. Holds no password."""

    pid: int
    bolt_uri: str
    http_url: str
    browser_url: str
    data_dir: Path
    auth: bool


# --- build -------------------------------------------------------------------


def lib_dir() -> Path:
    return NEO4J_DIR / "lib"


def build(force: bool = False) -> Path:
    """Copy the server jars from Maven (``~/.m2``, else Maven Central) into ``lib/``.

    Runs Maven only when ``lib/`` is missing or was built from another pom, so a
    second call costs nothing. Tries offline first: once ``~/.m2`` holds the
    artifacts, no network is needed. Returns the ``lib/`` directory.
    """
    pom = NEO4J_DIR / "pom.xml"
    if not pom.is_file():
        raise Neo4jError(f"{pom} is missing: the Neo4j server is built from it (scripts/neo4j/).")
    lib = lib_dir()
    stamp = lib / _STAMP
    pom_hash = hashlib.sha256(pom.read_bytes()).hexdigest()
    if (
        not force
        and stamp.is_file()
        and stamp.read_text().strip() == pom_hash
        and any(lib.glob("neo4j-*.jar"))
    ):
        return lib
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jError(
            "Maven (mvn) is not on PATH: it is needed once to fetch Neo4j from Maven Central "
            "into scripts/neo4j/lib/. Install Maven 3.8+ (e.g. apt-get install maven)."
        )
    java_executable()  # Maven needs it too; say so plainly rather than through Maven's output
    shutil.rmtree(lib, ignore_errors=True)
    output = ""
    for offline in (True, False):
        command = [mvn, "-q", "-B", *(["-o"] if offline else []), "-f", str(pom), "package"]
        done = subprocess.run(
            command, cwd=NEO4J_DIR, capture_output=True, text=True, env=_java_env(), check=False
        )
        if done.returncode == 0:
            break
        output = done.stdout + done.stderr
    else:
        shutil.rmtree(lib, ignore_errors=True)
        raise Neo4jError(
            f"building the Neo4j server with Maven failed (in {NEO4J_DIR}):\n{tail(output)}"
        )
    stamp.write_text(pom_hash + "\n")
    return lib


def java_executable() -> str:
    """The java executable: ``$JAVA_HOME/bin/java`` if set, else the one on PATH."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file():
            return str(candidate)
        raise Neo4jError(f"JAVA_HOME={java_home} has no bin/java; point it at a JDK 17 or 21.")
    found = shutil.which("java")
    if found is None:
        raise Neo4jError(
            "java is not on PATH and JAVA_HOME is not set: Neo4j 5.26 needs a JDK 17 or 21 "
            "(e.g. apt-get install openjdk-17-jdk-headless)."
        )
    return found


def _java_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop(PASSWORD_ENV, None)  # the server and Maven have no use for it
    return env


# --- start -------------------------------------------------------------------


def start(
    data_dir: Path,
    bolt_port: int = 7687,
    http_port: int = 7474,
    auth: bool = True,
    password: str | None = None,
    heap: str = "1g",
    pagecache: str = "512m",
    timeout: float = 120.0,
) -> ServerInfo:
    """Start a server on ``data_dir`` and return once Bolt answers ``RETURN 1``.

    With ``auth`` the password is ``password`` or else ``$KG_NEO4J_PASSWORD``;
    it is set when the data directory is first used, and checked on every start.
    The JVM runs detached in its own session; its pid is in ``data_dir/neo4j.pid``.
    If the server dies or is not ready within ``timeout`` seconds, it is stopped
    and the error carries the end of its log.
    """
    data_dir = Path(data_dir).expanduser().resolve()
    for name, size in (("heap", heap), ("pagecache", pagecache)):
        if not _MEMORY_SIZE.match(size):
            raise Neo4jError(f"{name}={size!r} is not a memory size; write it like '512m' or '2g'.")
    if bolt_port == http_port:
        raise Neo4jError(f"bolt_port and http_port are both {bolt_port}; give them two ports.")
    if auth:
        password = password if password is not None else os.environ.get(PASSWORD_ENV)
        if not password:
            raise Neo4jError(
                f"auth is on but no password was given: pass one or set ${PASSWORD_ENV} "
                f"(at least {MIN_PASSWORD_LENGTH} characters), or start with auth off."
            )
        if len(password) < MIN_PASSWORD_LENGTH:
            raise Neo4jError(
                f"the Neo4j password has {len(password)} characters; "
                f"Neo4j requires at least {MIN_PASSWORD_LENGTH}."
            )
    running = status(data_dir)
    if running is not None:
        raise Neo4jError(
            f"a Neo4j server (pid {running.pid}, {running.bolt_uri}) is already running on "
            f"{data_dir}; stop it first (kg neo4j stop {data_dir}) or choose another directory."
        )
    for port in (bolt_port, http_port):
        if not port_free(port):
            raise Neo4jError(
                f"port {port} on 127.0.0.1 is already in use; choose another port "
                f"(bolt_port={bolt_port}, http_port={http_port})."
            )

    lib = build()
    java = java_executable()
    make_private(data_dir)
    conf_dir = data_dir / "conf"
    conf_dir.mkdir(mode=0o700, exist_ok=True)
    (data_dir / "logs").mkdir(mode=0o700, exist_ok=True)
    # Neo4j Browser gets kg's style and guide from a small server of its own (kg.neo4j.browser).
    (assets_port,) = free_ports(1, avoid=(bolt_port, http_port))
    browser.start_assets(data_dir, assets_port)
    _write_private(
        conf_dir / "neo4j.conf",
        _config(data_dir, lib, bolt_port, http_port, auth, pagecache)
        + "\n".join(browser.server_settings(assets_port))
        + "\n",
    )
    if auth:
        assert password is not None
        _set_initial_password(java, lib, data_dir, password)

    command = [
        java,
        f"-Xms{heap}",
        f"-Xmx{heap}",
        *JVM_FLAGS,
        "-cp",
        f"{lib / 'plugins'}/*{os.pathsep}{lib}/*",
        ENTRY_POINT,
        f"--home-dir={data_dir}",
        f"--config-dir={conf_dir}",
    ]
    console_log = data_dir / "logs" / _CONSOLE_LOG
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    with open(os.open(console_log, flags, 0o600), "ab") as console:
        process = subprocess.Popen(
            command,
            cwd=data_dir,
            stdin=subprocess.DEVNULL,
            stdout=console,
            stderr=subprocess.STDOUT,
            env=_java_env(),
            start_new_session=True,
            umask=_PRIVATE_UMASK,
        )
    info = ServerInfo(
        pid=process.pid,
        bolt_uri=f"bolt://127.0.0.1:{bolt_port}",
        http_url=f"http://127.0.0.1:{http_port}/",
        browser_url=f"http://127.0.0.1:{http_port}/browser/",
        data_dir=data_dir,
        auth=auth,
    )
    _write_private(data_dir / _PID_FILE, f"{process.pid}\n")
    _write_private(
        data_dir / _INFO_FILE,
        json.dumps({"bolt_port": bolt_port, "http_port": http_port, "auth": auth}, indent=2) + "\n",
    )
    try:
        _wait_ready(process, info, password if auth else None, timeout)
    except BaseException:
        stop(data_dir, timeout=30.0)
        raise
    return info


def make_private(data_dir: Path) -> None:
    """Create ``data_dir`` as mode 0700, and take group and other access away from
    anything an earlier start (before this rule) left readable under it."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    data_dir.chmod(0o700)
    for root, directories, files in os.walk(data_dir):
        for name in directories + files:
            path = Path(root) / name
            mode = path.lstat().st_mode
            if not stat.S_ISLNK(mode) and mode & 0o077:
                path.chmod(stat.S_IMODE(mode) & ~0o077)


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, readable and writable by the owner only."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)


def _config(
    data_dir: Path, lib: Path, bolt_port: int, http_port: int, auth: bool, pagecache: str
) -> str:
    lines = [
        "# Generated by kg.neo4j.server.start(); rewritten on every start.",
        f"server.directories.data={data_dir / 'data'}",
        f"server.directories.logs={data_dir / 'logs'}",
        f"server.directories.run={data_dir / 'run'}",
        f"server.directories.import={data_dir / 'import'}",
        f"server.directories.plugins={lib / 'plugins'}",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address=127.0.0.1:{bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{bolt_port}",
        "server.http.enabled=true",
        f"server.http.listen_address=127.0.0.1:{http_port}",
        f"server.http.advertised_address=127.0.0.1:{http_port}",
        "server.https.enabled=false",
        f"server.memory.pagecache.size={pagecache}",
        "dbms.usage_report.enabled=false",
        f"dbms.security.auth_enabled={'true' if auth else 'false'}",
        "dbms.security.procedures.unrestricted=apoc.*",
        "",
    ]
    return "\n".join(lines)


def run_admin(
    java: str,
    lib: Path,
    arguments: list[str],
    data_dir: Path,
    conf_dir: Path,
    heap: str = "256m",
) -> subprocess.CompletedProcess[str]:
    """``neo4j-admin ARGUMENTS`` from the Maven-built jars, for the server home
    ``data_dir`` with the configuration in ``conf_dir``; the password stays out of
    its environment, and its output is captured."""
    env = _java_env()
    env["NEO4J_HOME"] = str(data_dir)
    env["NEO4J_CONF"] = str(conf_dir)
    return subprocess.run(
        [java, f"-Xmx{heap}", "-cp", f"{lib}/*", ADMIN_TOOL, *arguments],
        cwd=data_dir,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        umask=_PRIVATE_UMASK,
    )


def tail(text: str, lines: int = 40) -> str:
    """The last ``lines`` lines of ``text``, for error messages."""
    return "\n".join(text.rstrip().splitlines()[-lines:])


def _set_initial_password(java: str, lib: Path, data_dir: Path, password: str) -> None:
    """``neo4j-admin dbms set-initial-password``, with the password in a 0600 argument file.

    It only takes effect before the first start; on a used data directory the
    password is left as it is and ``start`` checks it when it logs in.
    """
    if (data_dir / "data" / "databases" / "system").exists():
        return
    quoted = password.replace("\\", "\\\\").replace('"', '\\"')
    args_file = data_dir / "conf" / ".set-initial-password.args"
    args_file.unlink(missing_ok=True)
    descriptor = os.open(args_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            # "--" ends the options, so a password that starts with "-" is not one.
            handle.write(f'dbms set-initial-password -- "{quoted}"\n')
        done = run_admin(java, lib, [f"@{args_file}"], data_dir, data_dir / "conf")
    finally:
        args_file.unlink(missing_ok=True)
    if done.returncode != 0:
        raise Neo4jError(
            f"setting the initial Neo4j password in {data_dir} failed:\n"
            f"{tail(done.stdout + done.stderr)}"
        )


def _wait_ready(
    process: subprocess.Popen[bytes], info: ServerInfo, password: str | None, timeout: float
) -> None:
    """Poll Bolt with a real query until it answers; fail early if the JVM exits."""
    from neo4j import GraphDatabase
    from neo4j import exceptions as neo4j_errors

    auth = (USER, password) if password is not None else None
    deadline = time.monotonic() + timeout
    last_error = "no answer yet"
    with GraphDatabase.driver(
        info.bolt_uri, auth=auth, connection_timeout=2.0, connection_acquisition_timeout=5.0
    ) as driver:
        while True:
            code = process.poll()
            if code is not None:
                raise Neo4jError(
                    f"the Neo4j server on {info.data_dir} exited with code {code} while "
                    f"starting; end of its log:\n{log_tail(info.data_dir)}"
                )
            try:
                with driver.session() as session:
                    record = session.run("RETURN 1 AS ready").single()
                if record is not None and record["ready"] == 1:
                    return
            except neo4j_errors.AuthError as error:
                raise Neo4jError(
                    f"the Neo4j server on {info.data_dir} refused the password for user "
                    f"{USER!r} ({error.code}). A data directory keeps the password it was "
                    "first started with; use that one or a fresh directory."
                ) from error
            except (
                neo4j_errors.ServiceUnavailable,
                neo4j_errors.SessionExpired,
                neo4j_errors.TransientError,
                neo4j_errors.DatabaseUnavailable,
                OSError,
            ) as error:
                last_error = f"{type(error).__name__}: {error}"
            if time.monotonic() >= deadline:
                raise Neo4jError(
                    f"the Neo4j server on {info.data_dir} did not answer on {info.bolt_uri} "
                    f"within {timeout:g}s (last: {last_error}); end of its log:\n"
                    f"{log_tail(info.data_dir)}"
                )
            time.sleep(_POLL_S)


# --- status and stop ---------------------------------------------------------


def status(data_dir: Path) -> ServerInfo | None:
    """The server running on ``data_dir``, or None (a stale pid file is removed)."""
    data_dir = Path(data_dir).expanduser().resolve()
    pid = _read_pid(data_dir)
    if pid is None:
        return None
    if not _is_our_server(pid, data_dir):
        (data_dir / _PID_FILE).unlink(missing_ok=True)
        return None
    try:
        settings = json.loads((data_dir / _INFO_FILE).read_text())
        bolt_port, http_port = int(settings["bolt_port"]), int(settings["http_port"])
        auth = bool(settings["auth"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise Neo4jError(
            f"{data_dir / _INFO_FILE} is missing or unreadable ({error}) although server "
            f"pid {pid} runs on {data_dir}; stop it with kg neo4j stop {data_dir}."
        ) from error
    return ServerInfo(
        pid=pid,
        bolt_uri=f"bolt://127.0.0.1:{bolt_port}",
        http_url=f"http://127.0.0.1:{http_port}/",
        browser_url=f"http://127.0.0.1:{http_port}/browser/",
        data_dir=data_dir,
        auth=auth,
    )


def stop(data_dir: Path, timeout: float = 60.0) -> bool:
    """Stop the server of ``data_dir`` by the pid in its pid file.

    SIGTERM lets Neo4j shut down cleanly; after ``timeout`` seconds it gets
    SIGKILL. Returns False when no server was running there.
    """
    data_dir = Path(data_dir).expanduser().resolve()
    browser.stop_assets(data_dir)
    pid = _read_pid(data_dir)
    if pid is None or not _is_our_server(pid, data_dir):
        (data_dir / _PID_FILE).unlink(missing_ok=True)
        return False
    send_signal(pid, signal.SIGTERM)
    if not wait_gone(pid, timeout):
        send_signal(pid, signal.SIGKILL)
        if not wait_gone(pid, 10.0):
            raise Neo4jError(f"Neo4j server pid {pid} on {data_dir} survived SIGKILL.")
    (data_dir / _PID_FILE).unlink(missing_ok=True)
    return True


def log_tail(data_dir: Path, lines: int = 40) -> str:
    """The last lines of the server's logs (neo4j.log, else the console output)."""
    logs = Path(data_dir) / "logs"
    parts = []
    for name in ("neo4j.log", _CONSOLE_LOG):
        path = logs / name
        if path.is_file() and path.stat().st_size:
            text = path.read_text(encoding="utf-8", errors="replace")
            parts.append(f"--- {path}\n{tail(text, lines)}")
    return "\n".join(parts) if parts else f"(no log in {logs})"


def _read_pid(data_dir: Path) -> int | None:
    try:
        return int((data_dir / _PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return None


def _is_our_server(pid: int, data_dir: Path) -> bool:
    """Alive, and (where /proc exists) really this data directory's JVM, not a reused pid."""
    if not alive(pid):
        return False
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except FileNotFoundError:
        return not Path("/proc/self").exists() and alive(pid)
    except OSError:
        return True
    return ENTRY_POINT.encode() in argv and f"--home-dir={data_dir}".encode() in argv


# --- command line (scripts/neo4j/neo4j.sh; the kg CLI wraps the same functions) ----


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="neo4j.sh", description="The project's Neo4j Community 5.26 server."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build_parser = commands.add_parser("build", help="fetch the jars into scripts/neo4j/lib/")
    build_parser.add_argument("--force", action="store_true")
    start_parser = commands.add_parser(
        "start", help=f"start a server (password from ${PASSWORD_ENV})"
    )
    start_parser.add_argument("data_dir", type=Path)
    start_parser.add_argument("--bolt-port", type=int, default=7687)
    start_parser.add_argument("--http-port", type=int, default=7474)
    start_parser.add_argument("--no-auth", action="store_true")
    start_parser.add_argument("--heap", default="1g")
    start_parser.add_argument("--pagecache", default="512m")
    start_parser.add_argument("--timeout", type=float, default=120.0)
    for name in ("stop", "status"):
        commands.add_parser(name).add_argument("data_dir", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            print(build(force=args.force))
        elif args.command == "start":
            info = start(
                args.data_dir,
                bolt_port=args.bolt_port,
                http_port=args.http_port,
                auth=not args.no_auth,
                heap=args.heap,
                pagecache=args.pagecache,
                timeout=args.timeout,
            )
            print(f"started pid {info.pid}: {info.bolt_uri}  {info.browser_url}")
        elif args.command == "stop":
            print("stopped" if stop(args.data_dir) else "not running")
        else:
            running = status(args.data_dir)
            print(f"running pid {running.pid}: {running.bolt_uri}" if running else "not running")
            return 0 if running else 3
    except Neo4jError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
