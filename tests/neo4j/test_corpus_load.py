"""The real pipeline's graphs of the shared articles in the real server: idempotence, round trip."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.config import Neo4jSettings
from kg.ingest import default_pipeline
from kg.io import Article, read_articles
from kg.model import Document
from kg.neo4j.export import export_rdf, read_documents
from kg.neo4j.loader import Neo4jLoader
from kg.store.local import LocalStore
from tests.example import example_document

pytestmark = pytest.mark.neo4j

NEWS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news"


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    if not NEWS.exists():
        pytest.skip("../shared/data is absent")
    paths = [NEWS / "seed", *sorted((NEWS / "saudinewsnet").glob("snn_*.txt"))]
    pipeline = default_pipeline()
    docs = [
        pipeline(item.to_document()) for item in read_articles(paths) if isinstance(item, Article)
    ]
    assert len(docs) == 7
    return docs


def test_loading_the_articles_twice_gives_the_same_counts(
    loader: Neo4jLoader, corpus: list[Document]
) -> None:
    loader.load_documents(corpus, batch_size=3)
    once = loader.counts()
    loader.load_documents(corpus, batch_size=3)
    twice = loader.counts()
    print(f"\nafter one load: {once[0]} nodes, {once[1]} relationships")
    print(f"after two loads: {twice[0]} nodes, {twice[1]} relationships")
    assert once == twice
    assert once[0] > 500 and once[1] > 500


def _quads(data: str) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=data, format="nquads")
    return dataset


def test_round_trip_neo4j_export_equals_local_store_export(
    loader: Neo4jLoader, neo4j_settings: Neo4jSettings, corpus: list[Document], tmp_path: Path
) -> None:
    docs = [*corpus, example_document()]
    with LocalStore(tmp_path / "store") as store:
        store.put_documents(docs)
        local = store.export("nq")
    loader.load_documents(docs)
    remote = export_rdf(neo4j_settings, "nq")
    local_lines = sorted(set(local.splitlines()) - {""})
    remote_lines = sorted(set(remote.splitlines()) - {""})
    missing = [line for line in local_lines if line not in set(remote_lines)]
    extra = [line for line in remote_lines if line not in set(local_lines)]
    assert (missing[:5], extra[:5]) == ([], [])
    assert len(local_lines) > 1000
    # Same quads once parsed (no blank nodes, so equal sets mean equal graphs).
    assert set(_quads(local).quads()) == set(_quads(remote).quads())


def test_documents_read_back_equal_what_was_written(loader: Neo4jLoader) -> None:
    doc = example_document()
    first, *rest = doc.events
    doc = replace(doc, events=(replace(first, casualties=3, historical=True), *rest))
    loader.load_batch([doc])
    (back,) = read_documents(loader)
    assert back.mentions == doc.mentions
    assert back.sentences == doc.sentences
    assert back.text == doc.text and back.meta == doc.meta
    for layer in ("statements", "events", "relations", "entities"):
        assert sorted(getattr(back, layer), key=lambda x: x.id) == sorted(
            getattr(doc, layer), key=lambda x: x.id
        ), layer
