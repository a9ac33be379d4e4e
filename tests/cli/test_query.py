"""`kg query` through the real CLI: no federation unless asked, a deadline, Ctrl-C, RDF out."""

from __future__ import annotations

import http.server
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest
from rdflib import Graph, Literal, URIRef

from tests.cli.conftest import ROOT, SEED, Run, needs_shared

pytestmark = needs_shared

KG = "https://w3id.org/arkg/ontology#"
TURKEY = URIRef("https://w3id.org/arkg/id/wd-Q43")
# Three unrelated patterns over ~2,000 triples: 8e9 rows to count, minutes of work.
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _environment() -> dict[str, str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    environment.pop("KG_STORE", None)
    return environment


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A local store holding the seed article (ingested once for the module)."""
    location = tmp_path_factory.mktemp("query") / "store"
    done = subprocess.run(
        [sys.executable, "-m", "kg", "ingest", "--quiet", "--store", str(location), str(SEED)],
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return location


# --- SERVICE -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "select * where {{ ?x kg:nameEn ?n . "
        "service silent <http://127.0.0.1:{port}/> {{ ?x ?p ?o }} }}",
        # An escaped quote in a prefixed name starts no string: the SERVICE after it counts.
        "SELECT * WHERE {{ ?s kg:a\\' ?o . SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} "
        "?s kg:b\\' ?o }}",
    ],
    ids=["plain", "lowercase-silent", "after-escaped-quote"],
)
def test_service_is_refused_and_nothing_is_contacted(kg: Run, store: Path, template: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        port = listener.getsockname()[1]
        result = kg("query", "--store", str(store), template.format(port=port))
        waiting, _, _ = select.select([listener], [], [], 0.5)
    assert waiting == [], "kg query connected to the SERVICE address"
    assert result.returncode == 1, result.stderr
    assert "SERVICE" in result.stderr
    assert "--allow-service" in result.stderr
    assert "Traceback" not in result.stderr


def test_service_in_a_string_or_an_iri_is_no_clause(kg: Run, store: Path) -> None:
    result = kg(
        "query",
        "--store",
        str(store),
        "--json",
        'SELECT ?n WHERE { ?x kg:nameEn ?n FILTER(?n != "SERVICE <http://127.0.0.1:9/>") '
        "FILTER(?x != <http://example.org/SERVICE>) } ORDER BY ?n LIMIT 1",
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 1


class _Endpoint(http.server.BaseHTTPRequestHandler):
    """A SPARQL endpoint on 127.0.0.1 that answers every query with one Arabic name."""

    queries: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.queries.extend(parse_qs(urlparse(self.path).query).get("query", []))
        self._answer()

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        if self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
            self.queries.extend(parse_qs(body).get("query", []))
        else:
            self.queries.append(body)
        self._answer()

    def _answer(self) -> None:
        answer = {
            "head": {"vars": ["name"]},
            "results": {"bindings": [{"name": {"type": "literal", "value": "أنقرة"}}]},
        }
        data = json.dumps(answer).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def endpoint() -> Iterator[tuple[int, list[str]]]:
    queries: list[str] = []
    handler = type("Handler", (_Endpoint,), {"queries": queries})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], queries
    finally:
        server.shutdown()
        server.server_close()


def test_allow_service_sends_the_query_and_uses_the_answer(
    kg: Run, store: Path, endpoint: tuple[int, list[str]]
) -> None:
    port, queries = endpoint
    result = kg(
        "query",
        "--store",
        str(store),
        "--json",
        "--allow-service",
        f"SELECT ?name WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?x ?p ?name }} }}",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"name": "أنقرة"}]
    assert len(queries) == 1 and "?name" in queries[0]


# --- time limits ---------------------------------------------------------------------


def test_timeout_stops_a_long_query(kg: Run, store: Path) -> None:
    started = time.monotonic()
    result = kg("query", "--store", str(store), "--timeout", "2", CROSS_PRODUCT)
    elapsed = time.monotonic() - started
    assert result.returncode == 1, result.stderr
    assert "ran longer than 2 s and was stopped" in result.stderr
    assert "--timeout" in result.stderr
    assert elapsed < 20, f"took {elapsed:.1f} s"
    # The query's process is gone: the store's lock is free again.
    assert kg("stats", "--store", str(store)).returncode == 0


def test_the_default_timeout_is_sixty_seconds(kg: Run) -> None:
    result = kg("query", "--help")
    assert result.returncode == 0
    assert "--timeout" in result.stdout
    assert "60" in result.stdout


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process, from /proc (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(
    not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
    reason="needs /proc/PID/task/PID/children to find the query's process",
)
def test_ctrl_c_stops_a_long_query_at_once(store: Path, tmp_path: Path) -> None:
    # The query's process gets SIGINT as on a terminal: a shell that starts the tests in the
    # background (``pytest &``) has SIGINT ignored, which an exec'd process inherits, while a
    # handler of ours is reset to the default there.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            [sys.executable, "-X", "faulthandler", "-m", "kg", "query", "--store", str(store),
             "--timeout=0", CROSS_PRODUCT],
            cwd=tmp_path,
            env=_environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    try:
        # Inside the evaluation: the query's process has spent a second of CPU on it
        # (a fixed wait is not enough on a loaded host).
        deadline = time.monotonic() + 120
        while not (workers := _children(process.pid)) or _cpu_seconds(workers[0]) < 1.0:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the query process never started"
            time.sleep(0.05)
        assert process.poll() is None
        interrupted = time.monotonic()
        process.send_signal(signal.SIGINT)
        try:
            _, stderr = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGABRT)  # faulthandler: where it hangs, on stderr
            _, stderr = process.communicate(timeout=30)
            pytest.fail(f"kg query did not stop within 60 s of Ctrl-C; its stacks:\n{stderr}")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    elapsed = time.monotonic() - interrupted
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr
    assert elapsed < 5, f"Ctrl-C took {elapsed:.1f} s"
    assert not any(Path(f"/proc/{worker}").exists() for worker in workers)


# --- output formats ------------------------------------------------------------------


def test_construct_prints_turtle_by_default(kg: Run, store: Path) -> None:
    result = kg(
        "query", "--store", str(store), "CONSTRUCT { ?x kg:nameEn ?n } WHERE { ?x kg:nameEn ?n }"
    )
    assert result.returncode == 0, result.stderr
    assert "rdflib" not in result.stdout and "URIRef" not in result.stdout
    assert "@prefix kg: <https://w3id.org/arkg/ontology#> ." in result.stdout
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert (TURKEY, URIRef(KG + "nameEn"), Literal("Turkey", lang="en")) in graph
    assert set(graph.predicates()) == {URIRef(KG + "nameEn")}
    assert len(graph) >= 9  # the nine entities the ingest test names, at least


def test_describe_prints_n_triples(kg: Run, store: Path) -> None:
    result = kg(
        "query",
        "--store",
        str(store),
        "--format",
        "nt",
        'DESCRIBE ?x WHERE { ?x kg:nameEn "Turkey"@en }',
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("<") and line.endswith(" .") for line in lines)
    graph = Graph().parse(data=result.stdout, format="nt")
    assert set(graph.subjects()) == {TURKEY}
    assert (
        TURKEY,
        URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
        Literal("تركيا", lang="ar"),
    ) in graph


@pytest.mark.parametrize(
    ("options", "sparql", "message"),
    [
        (
            ["--format", "ttl"],
            "SELECT ?x WHERE { ?x a kg:Country }",
            "--format table, json, csv, tsv or xml",
        ),
        (["--format", "table"], "CONSTRUCT WHERE { ?x a kg:Country }", "--format ttl or nt"),
        (["--format", "nt"], "ASK { ?x a kg:Country }", "--format table, json, csv, tsv or xml"),
        (["--json", "--format", "nt"], "DESCRIBE ?x WHERE { ?x a kg:Country }", "disagree"),
    ],
    ids=["select-ttl", "construct-table", "ask-nt", "json-and-nt"],
)
def test_a_format_that_does_not_fit_the_query_is_a_usage_error(
    kg: Run, store: Path, options: list[str], sparql: str, message: str
) -> None:
    result = kg("query", "--store", str(store), *options, sparql)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_select_and_ask_keep_table_and_json(kg: Run, store: Path) -> None:
    table = kg("query", "--store", str(store), 'SELECT ?x WHERE { ?x kg:nameEn "Turkey"@en }')
    assert table.returncode == 0, table.stderr
    assert "id:wd-Q43" in table.stdout and "1 rows" in table.stdout  # a prefixed name
    as_json = kg(
        "query", "--store", str(store), "--format", "json", 'ASK { ?x kg:nameEn "Turkey"@en }'
    )
    assert (as_json.returncode, as_json.stdout.strip()) == (0, "true")
    alias = kg("query", "--store", str(store), "--json", 'ASK { ?x kg:nameEn "Atlantis"@en }')
    assert (alias.returncode, alias.stdout.strip()) == (0, "false")
