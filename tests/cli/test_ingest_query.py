"""End to end: real article files through the real CLI into the embedded store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Dataset

from tests.cli.conftest import SEED, SNN, Run, needs_shared

pytestmark = needs_shared


def _stats(kg: Run) -> dict[str, int]:
    result = kg("stats", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _select(kg: Run, sparql: str) -> list[dict[str, object]]:
    result = kg("query", "--json", sparql)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_seed_article_gives_entities_and_statements_with_their_sentences(kg: Run) -> None:
    result = kg("ingest", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "documents: 1" in result.stdout
    assert "skipped: 0" in result.stdout

    rows = _select(
        kg,
        "SELECT DISTINCT ?en ?class WHERE { ?m kg:refersTo ?e . ?e kg:nameEn ?en ; a ?class }",
    )
    found = {(row["en"], str(row["class"]).rsplit("#", 1)[1]) for row in rows}
    for expected in [
        ("United States", "Country"),
        ("Turkey", "Country"),
        ("Syria", "Country"),
        ("Russia", "Country"),
        ("Iraq", "Country"),
        ("Mike Pompeo", "Person"),
        ("Jens Stoltenberg", "Person"),
        ("NATO", "InternationalOrganization"),
        ("Syrian Democratic Forces", "ArmedGroup"),
    ]:
        assert expected in found, f"{expected} not in {sorted(found)}"

    statements = _select(
        kg,
        "SELECT ?speaker ?verb ?quote ?sentence WHERE { ?p kg:stated ?q . ?p kg:nameEn ?speaker ."
        " ?q kg:verb ?verb ; kg:quoteText ?quote ; kg:evidencedBy ?s . ?s kg:text ?sentence }",
    )
    speakers = {row["speaker"] for row in statements}
    assert {"Mike Pompeo", "Jens Stoltenberg", "James Jeffrey"} <= speakers
    for row in statements:
        assert str(row["quote"]) in str(row["sentence"]) or str(row["sentence"]) in str(
            row["quote"]
        )
    stoltenberg = [row for row in statements if row["speaker"] == "Jens Stoltenberg"]
    assert any("المعركة لم تنتهِ" in str(row["quote"]) for row in stoltenberg)


def test_reingesting_changes_nothing(kg: Run) -> None:
    assert kg("ingest", str(SEED), str(SNN / "snn_2015-07-21_01_aawsat.txt")).returncode == 0
    first = _stats(kg)
    assert kg("ingest", str(SEED), str(SNN / "snn_2015-07-21_01_aawsat.txt")).returncode == 0
    assert _stats(kg) == first
    assert first["documents"] == 2


def test_bad_files_are_reported_and_the_batch_goes_on(kg: Run, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a_good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (batch / "b_empty.txt").write_bytes(b"")
    (batch / "c_binary.txt").write_bytes(bytes(range(256)) * 4)
    (batch / "d_french.txt").write_text(
        "Le ministre a déclaré que la réunion était terminée.", encoding="latin-1"
    )
    (batch / "e_cp1256.txt").write_bytes(
        "قال وزير الخارجية الروسي إن موسكو ترفض العقوبات الجديدة.".encode("cp1256")
    )
    (batch / "f_big.txt").write_text("ا" * 6_000_000, encoding="utf-8")
    result = kg("ingest", str(batch))
    assert result.returncode == 3, result.stderr
    assert "documents: 2" in result.stdout
    summary = re.search(
        r"skipped: 4 \(bad input: 4, internal error: 0\) \(report: (\S+), run (\S+)\)",
        result.stdout,
    )
    assert summary, result.stdout
    assert summary[1] == f".kg/store-skipped-{summary[2]}.jsonl"
    report = [json.loads(line) for line in (tmp_path / summary[1]).read_text("utf-8").splitlines()]
    reasons = {Path(r["origin"]).name: r["kind"] for r in report}
    assert reasons == {
        "b_empty.txt": "empty",
        "c_binary.txt": "binary",
        "d_french.txt": "not_arabic",
        "f_big.txt": "too_large",
    }
    assert _stats(kg)["documents"] == 2


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "jsonld"])
def test_export_formats_parse(kg: Run, tmp_path: Path, fmt: str) -> None:
    assert kg("ingest", str(SEED)).returncode == 0
    out = tmp_path / f"graph.{fmt}"
    result = kg("export", "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    parser = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt]
    dataset = Dataset()
    dataset.parse(out, format=parser)
    assert len(dataset) > 100 or sum(len(g) for g in dataset.graphs()) > 100


def test_query_without_a_store_says_what_to_do(kg: Run) -> None:
    result = kg("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    assert result.returncode == 1
    assert "run `kg ingest PATH` first" in result.stderr


def test_bad_sparql_is_a_clear_error(kg: Run) -> None:
    assert kg("ingest", str(SEED)).returncode == 0
    result = kg("query", "SELECT WHERE {")
    assert result.returncode == 1
    assert "invalid SPARQL" in result.stderr


ARTICLES = [str(path) for path in sorted(SNN.glob("snn_*.txt"))]


def test_stats_count_the_facts_the_confidence_bar_held_back(kg: Run) -> None:
    """The summary says how many facts fell below the bar, and ``kg stats`` still knows."""
    strict = kg("ingest", *ARTICLES, "--min-confidence", "0.99")
    assert strict.returncode == 0, strict.stderr
    said = re.search(r"held back: (\d+) facts", strict.stdout)
    assert said, strict.stdout
    assert _stats(kg)["held_back"] == int(said.group(1)) > 0
    again = kg("ingest", *ARTICLES, "--min-confidence", "0")
    assert again.returncode == 0, again.stderr
    assert "held back" not in again.stdout
    assert _stats(kg)["held_back"] == 0
