"""``kg serve``: the README's SPARQL examples through a client kg does not own (rdflib's
SPARQLStore), the same rows as ``kg query``; standard result formats; read-only."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from tests.cli.conftest import ROOT, SEED, Run, needs_shared

pytestmark = [needs_shared, pytest.mark.shared_data]

README_QUERIES = re.findall(r"kg query '(.*?)'", (ROOT / "README.md").read_text(), re.DOTALL)
PREFIXES = (
    "PREFIX kg: <https://w3id.org/arkg/ontology#>\n"
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article ingested once for the module (the tests only read it)."""
    location = tmp_path_factory.mktemp("serve") / "store"
    done = subprocess.run(
        [sys.executable, "-m", "kg", "ingest", str(SEED), "--store", str(location), "--quiet"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return location


@pytest.fixture(scope="module")
def endpoint(store: Path) -> Iterator[str]:
    """``kg serve`` on a free port; its URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0"],
        cwd=store.parent,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line)
    assert found, line + (process.stderr.read() if process.stderr else "")
    try:
        yield found.group(1)
    finally:
        process.terminate()
        process.wait(timeout=30)


def kg_query_rows(kg: Run, store: Path, sparql: str) -> list[dict[str, object]]:
    done = kg("query", "--store", str(store), "--format", "json", sparql)
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, object]] = json.loads(done.stdout)
    return rows


def test_the_readme_has_sparql_examples() -> None:
    assert len(README_QUERIES) >= 3
    assert any("VALUES ?stance" in query for query in README_QUERIES)


def test_a_client_it_does_not_own_gets_the_rows_of_kg_query(
    kg: Run, store: Path, endpoint: str
) -> None:
    client = SPARQLStore(endpoint, returnFormat="json")
    for sparql in README_QUERIES:
        expected = kg_query_rows(kg, store, sparql)
        assert expected, sparql
        answer = client.query(PREFIXES + sparql)
        got = [
            {str(var): (None if row[var] is None else row[var].toPython()) for var in answer.vars}
            for row in answer
        ]
        key = lambda row: json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)  # noqa: E731
        assert sorted(map(key, got)) == sorted(map(key, expected)), sparql


def _get(endpoint: str, query: str, accept: str) -> tuple[str, str]:
    url = endpoint + "?" + urllib.parse.urlencode({"query": PREFIXES + query})
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.headers["Content-Type"], response.read().decode("utf-8")


def test_results_in_csv_tsv_xml_and_graphs_in_turtle(endpoint: str) -> None:
    select = "SELECT ?name WHERE { ?e kg:name ?name } ORDER BY ?name"
    media, text = _get(endpoint, select, "text/csv")
    assert media.startswith("text/csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["name"] and ["الولايات المتحدة"] in rows
    media, text = _get(endpoint, select, "text/tab-separated-values")
    assert media.startswith("text/tab-separated-values") and text.startswith("?name\n")
    media, text = _get(endpoint, select, "application/sparql-results+xml")
    assert "sparql-results+xml" in media and "<sparql" in text
    construct = "CONSTRUCT { ?e kg:name ?name } WHERE { ?e kg:name ?name }"
    media, text = _get(endpoint, construct, "text/turtle")
    assert media.startswith("text/turtle")
    assert len(Graph().parse(data=text, format="turtle")) > 10


def test_updates_and_service_are_refused(endpoint: str) -> None:
    data = urllib.parse.urlencode({"update": "INSERT DATA { <a:b> <a:c> <a:d> }"}).encode()
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(urllib.request.Request(endpoint, data=data), timeout=60)
    assert refused.value.code == 403
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(urllib.error.HTTPError) as refused:
        _get(endpoint, service, "application/sparql-results+json")
    assert refused.value.code == 400
    assert "SERVICE" in refused.value.read().decode("utf-8")


def test_kg_query_csv_parses_into_the_rows_of_json(kg: Run, store: Path) -> None:
    sparql = README_QUERIES[-1]
    expected = kg_query_rows(kg, store, sparql)
    done = kg("query", "--store", str(store), "--format", "csv", sparql)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    as_text = [{k: "" if v is None else str(v) for k, v in row.items()} for row in expected]
    assert sorted(rows, key=repr) == sorted(as_text, key=repr)


def test_the_table_prints_prefixed_names(kg: Run, store: Path) -> None:
    done = kg("query", "--store", str(store), "SELECT DISTINCT ?p WHERE { ?s ?p ?o } LIMIT 50")
    assert done.returncode == 0, done.stderr
    assert "kg:" in done.stdout and "https://w3id.org/arkg/ontology#" not in done.stdout
