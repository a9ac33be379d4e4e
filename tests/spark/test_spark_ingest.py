"""``spark-submit --master local[2] scripts/spark_ingest.py`` against ``kg ingest``.

The seven shared articles, plus a second copy of one (the same document id, so
two versions of one document) and an empty file (a skip), go through the
single-process ingest into a store and through Spark; the sorted lines of the
store's N-Quads export and of the job's N-Quads files are the same, the job
reports the skip without failing, and its bulk CSV files are those of the
documents ``kg ingest`` wrote. With ``--neo4j``, the tasks of ``local[2]`` write
at once through kg's loader and the database ends up as ``kg ingest --neo4j``
leaves it. A slow test does the same on the whole
2,972-article SaudiNewsNet day.
"""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.config import Neo4jSettings
from kg.ingest import IngestSummary, ingest
from kg.model import Document
from kg.neo4j.bulk import write_import_csv
from kg.neo4j.loader import Neo4jLoader
from kg.neo4j.server import ServerInfo
from tests.spark.conftest import (
    SEVEN,
    ZIP,
    SparkSubmit,
    single_process,
    spark_nquads,
    store_nquads,
)

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(len(SEVEN) != 7, reason="../shared/data/news is absent"),
]


@dataclass
class Reference:
    inputs: list[Path]
    summary: IngestSummary
    documents: list[Document]
    nquads: list[str]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    """The inputs, and what the single-process ingest made of them."""
    folder = tmp_path_factory.mktemp("inputs")
    copy = folder / "copy_of_seed.txt"
    shutil.copyfile(SEVEN[0], copy)
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    inputs = [*SEVEN, copy, empty]
    store = folder / "store"
    summary, documents = single_process(inputs, store)
    return Reference(inputs, summary, documents, store_nquads(store))


def _latest(documents: list[Document]) -> list[Document]:
    """One version per document id, the last, in the place of the first (as the store
    and the Spark job keep them)."""
    return list({doc.id: doc for doc in documents}.values())


def test_seven_articles_give_the_single_process_nquads(
    spark_submit: SparkSubmit, reference: Reference, tmp_path: Path
) -> None:
    out, bulk = tmp_path / "out", tmp_path / "bulk"
    result = spark_submit(
        *map(str, reference.inputs), "--out", str(out), "--bulk", str(bulk), "--partitions", "4"
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert reference.summary.documents == 8  # the copy is written too, replacing the seed
    lines = spark_nquads(out)
    assert len(lines) > 5000
    assert_same_graph(lines, reference.nquads)

    summary = json.loads((out / "summary.json").read_text())
    assert summary["documents"] == 7  # one version of the copied article
    assert summary["partitions"] == 4
    assert (summary["skipped"], summary["bad_input"], summary["internal_errors"]) == (1, 1, 0)
    for name in ("sentences", "statements", "relations", "events"):
        assert summary[name] == sum(len(getattr(d, name)) for d in _latest(reference.documents))
    report = [json.loads(line) for line in Path(summary["report_path"]).read_text().splitlines()]
    assert [(r["origin"], r["stage"], r["kind"]) for r in report] == [
        (str(reference.inputs[-1]), "read", "empty")
    ]

    expected = write_import_csv(_latest(reference.documents), tmp_path / "bulk-reference")
    assert sorted(p.name for p in bulk.iterdir()) == sorted(
        p.name for p in expected.directory.iterdir()
    )
    for path in sorted(expected.directory.iterdir()):
        assert (bulk / path.name).read_text() == path.read_text(), path.name


@pytest.fixture()
def neo4j(neo4j_server: ServerInfo, neo4j_auth: tuple[str, str]) -> Neo4jSettings:
    """Settings of the session's server, its database emptied and its schema made."""
    settings = Neo4jSettings(neo4j_server.bolt_uri, neo4j_auth[0], neo4j_auth[1])
    with Neo4jLoader.connect(settings) as loader:
        _empty(loader)
        loader.ensure_schema()
    return settings


def _empty(loader: Neo4jLoader) -> None:
    with loader.driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()


@pytest.mark.neo4j
def test_neo4j_holds_what_kg_ingest_neo4j_writes(
    spark_submit: SparkSubmit, reference: Reference, neo4j: Neo4jSettings, tmp_path: Path
) -> None:
    with Neo4jLoader.connect(neo4j) as loader:
        ingest(reference.inputs, [loader], report_path=None)  # kg ingest --neo4j --no-store
        expected = loader.counts()
        _empty(loader)
    assert expected[0] > 500

    password = neo4j.password or ""
    result = spark_submit(
        *map(str, reference.inputs),
        *("--out", str(tmp_path / "out"), "--neo4j", neo4j.uri, "--partitions", "4"),
        env={"KG_NEO4J_USER": neo4j.user, "KG_NEO4J_PASSWORD": password},
    )
    assert result.returncode == 0, result.stderr[-4000:]
    with Neo4jLoader.connect(neo4j) as loader:
        assert loader.counts() == expected
        # Every document is there (its content hash is kg ingest's), and loading it again
        # adds nothing.
        again = loader.load_documents(_latest(reference.documents))
        assert (again.new, again.replaced + again.unchanged) == (0, 7)
        assert loader.counts() == expected


@pytest.mark.neo4j
def test_partitions_writing_at_once_give_the_sequential_graph(
    reference: Reference, neo4j: Neo4jSettings
) -> None:
    """Spark puts every version of a document in one partition, so tasks writing at once
    write different documents; the entities and facts they share are merged on their
    deterministic ids under the loader's locks, never duplicated."""
    documents = _latest(reference.documents)
    with Neo4jLoader.connect(neo4j) as loader:
        loader.load_documents(documents, batch_size=1)
        sequential = loader.counts()
        _empty(loader)
    parts = [documents[0::2], documents[1::2]]
    shared = {e.id for e in parts[0][0].entities} & {e.id for d in parts[1] for e in d.entities}
    assert shared  # the two tasks write some of the same entities

    def load(part: list[Document]) -> None:
        with Neo4jLoader.connect(neo4j) as own:
            own.load_documents(part, batch_size=1)

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(load, parts))
    with Neo4jLoader.connect(neo4j) as loader:
        assert loader.counts() == sequential


def assert_same_graph(lines: list[str], expected: list[str]) -> None:
    """The same quads, line for line: a word's NER input row does not depend on which
    words were new to the process with it (``NeuralTagger._word_rows``), so a Spark task
    computes every confidence to the bit as the single process does."""
    assert len(lines) == len(expected)
    assert lines == expected


@pytest.mark.slow
@pytest.mark.skipif(not ZIP.exists(), reason="the SaudiNewsNet zip is absent")
def test_the_whole_zip_gives_the_single_process_nquads(
    spark_submit: SparkSubmit, tmp_path: Path
) -> None:
    summary, _documents = single_process([ZIP], tmp_path / "store")
    expected = store_nquads(tmp_path / "store")
    out = tmp_path / "out"
    result = spark_submit(str(ZIP), "--out", str(out))
    assert result.returncode == 0, result.stderr[-4000:]
    assert_same_graph(spark_nquads(out), expected)
    counts = json.loads((out / "summary.json").read_text())
    print(f"single process: {summary.seconds:.1f} s; Spark job: {counts['seconds']:.1f} s")
    assert (counts["documents"], counts["skipped"], counts["dropped"]) == (
        summary.documents,
        summary.skipped,
        summary.dropped,
    )
