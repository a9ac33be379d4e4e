"""The embedded local store: idempotent puts, replacement, deletion, SPARQL, round trip."""

from dataclasses import replace
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.model import Document
from kg.store import LocalStore, SelectResult
from tests.example import EXAMPLE_TEXT, example_document

OTHER_TEXT = "وقال الرئيس التركي رجب طيب أردوغان إن العملية ستستمر."


@pytest.fixture
def store(tmp_path: Path) -> LocalStore:
    with LocalStore(tmp_path / "store") as opened:
        yield opened  # type: ignore[misc]


@pytest.fixture(scope="module")
def doc() -> Document:
    return example_document()


def test_put_is_idempotent(store: LocalStore, doc: Document) -> None:
    store.put_document(doc)
    count = store.triple_count()
    assert count > 200
    store.put_document(doc)
    store.put_documents([doc, doc])
    assert store.triple_count() == count
    assert list(store.documents()) == [doc.id]
    assert store.has_document(doc.id)


def test_changed_document_replaces_its_own_contribution(store: LocalStore, doc: Document) -> None:
    other = example_document(url="https://npasyria.com/example/other")
    store.put_documents([doc, other])
    other_count = store.triple_count() // 2
    changed = replace(doc, meta=replace(doc.meta, title="عنوان جديد"), relations=doc.relations[:1])
    store.put_document(changed)
    titles = store.query(f"SELECT ?t WHERE {{ GRAPH id:{doc.id} {{ id:{doc.id} kg:title ?t }} }}")
    assert isinstance(titles, SelectResult) and titles.rows == [("عنوان جديد",)]
    assert store.stats()["documents"] == 2
    assert store.triple_count() < 2 * other_count
    assert store.query("ASK { ?a kg:opposes ?b }") is True  # still asserted by the other doc


def test_delete_leaves_other_documents(store: LocalStore, doc: Document) -> None:
    other = example_document(url="https://npasyria.com/example/other")
    store.put_documents([doc, other])
    assert store.delete_document(doc.id) is True
    assert store.delete_document(doc.id) is False
    assert list(store.documents()) == [other.id]
    assert store.stats()["entities"] == 5


def test_select_finds_the_statement_with_its_sentence(store: LocalStore, doc: Document) -> None:
    store.put_document(doc)
    result = store.query("""
        SELECT ?speaker ?verb ?quote ?sentence ?start WHERE {
            ?who kg:stated ?statement ; kg:name ?speaker .
            ?statement kg:verb ?verb ; kg:quoteText ?quote ; kg:quoteStart ?start ;
                       kg:direct true ; kg:evidencedBy ?s .
            ?s kg:text ?sentence .
        }""")
    assert isinstance(result, SelectResult)
    assert result.header == ("speaker", "verb", "quote", "sentence", "start")
    assert result.rows == [
        (
            "مايك بومبيو",
            "أضاف",
            "لم نكن سعداء بتوغل تركيا في الشمال الشرقي لسوريا",
            "وأضاف: «لم نكن سعداء بتوغل تركيا في الشمال الشرقي لسوريا».",
            87,
        )
    ]
    assert EXAMPLE_TEXT[87:135] == result.rows[0][2]


def test_construct_and_ask(store: LocalStore, doc: Document) -> None:
    store.put_document(doc)
    triples = store.query("CONSTRUCT { ?a kg:opposes ?b } WHERE { ?a kg:opposes ?b }")
    assert isinstance(triples, list) and len(triples) == 1
    assert store.query("ASK { id:wd-Q30 kg:rejects ?x }") is True
    with pytest.raises(StoreError, match="invalid SPARQL"):
        store.query("SELECT WHERE {")


def test_stats(store: LocalStore, doc: Document) -> None:
    store.put_document(doc)
    assert store.stats() == {
        "documents": 1,
        "sentences": 2,
        "mentions": 6,
        "entities": 5,
        "statements": 2,
        "events": 2,
        "relations": 3,
        "relation_assertions": 3,
        "held_back": 0,
        "triples": store.triple_count(),
    }


def test_stats_counts_the_facts_held_back(store: LocalStore, doc: Document) -> None:
    """What the confidence bar held back is kept on each document and summed by ``stats``."""
    store.put_document(replace(doc, held_back=4))
    store.put_document(replace(doc, id="doc-2", held_back=3))
    assert store.stats()["held_back"] == 7
    (back,) = store.to_documents(["doc-2"])
    assert back.held_back == 3


@pytest.mark.parametrize(
    ("fmt", "parse_as"),
    [("ttl", "turtle"), ("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")],
)
def test_export_parses_back(store: LocalStore, doc: Document, fmt: str, parse_as: str) -> None:
    from rdflib import Dataset, Graph

    store.put_document(doc)
    text = store.export(fmt)  # type: ignore[arg-type]
    if fmt == "ttl":
        assert len(Graph().parse(data=text, format=parse_as)) == store.triple_count()
    else:
        parsed = Dataset().parse(data=text, format=parse_as)
        assert len(list(parsed.quads((None, None, None, None)))) == store.triple_count()


def test_round_trip_to_documents(store: LocalStore, doc: Document) -> None:
    store.put_document(doc)
    [back] = store.to_documents()
    assert back.text == doc.text and back.meta == doc.meta
    assert back.sentences == doc.sentences and back.mentions == doc.mentions
    assert back.statements == doc.statements and back.events == doc.events
    assert back.entities == tuple(sorted(doc.entities, key=lambda e: e.id))
    assert back.relations == tuple(sorted(doc.relations, key=lambda r: r.id))
    assert back.annotations == doc.annotations


def test_persists_and_locks(tmp_path: Path, doc: Document) -> None:
    path = tmp_path / "store"
    with LocalStore(path) as first:
        first.put_document(doc)
        with pytest.raises(StoreError, match="locked"):
            LocalStore(path)
    with LocalStore(path) as again:
        assert again.has_document(doc.id)


def test_refuses_paths_that_are_not_stores(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text(OTHER_TEXT, encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        LocalStore(a_file)
    with pytest.raises(StoreError, match="not a local store"):
        LocalStore(tmp_path)
    closed = LocalStore(tmp_path / "closed")
    closed.close()
    with pytest.raises(StoreError, match="closed"):
        closed.triple_count()
