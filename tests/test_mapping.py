"""kg/mapping.py maps every field of every model class to both stores, both ways."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from kg import mapping, model
from kg.neo4j.bulk import property_type
from kg.neo4j.rows import document_rows
from kg.pipeline import Pipeline
from kg.rdf import to_rdf
from kg.rdf.from_rdf import documents_from_dataset
from tests.example import example_document

MODEL_CLASSES = [
    cls
    for _name, cls in inspect.getmembers(model, inspect.isclass)
    if dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
]


def test_every_model_class_is_declared() -> None:
    assert set(MODEL_CLASSES) == set(mapping.FIELDS)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_every_field_is_mapped_for_rdf_and_neo4j(cls: type) -> None:
    declared = {f.name: f for f in mapping.FIELDS[cls]}
    if cls.__name__ in mapping.NOT_STORED:
        assert not declared
        return
    names = [f.name for f in dataclasses.fields(cls)]
    missing = [n for n in names if n not in declared]
    assert not missing, f"{cls.__name__}: fields not in kg/mapping.py: {missing}"
    assert not set(declared) - set(names), "kg/mapping.py declares fields the model lacks"
    for name, f in declared.items():
        qualified = f"{cls.__name__}.{name}"
        if qualified in mapping.NOT_STORED or qualified in mapping.RUNTIME:
            continue
        assert f.rdf and f.neo4j, f"{cls.__name__}.{name} lacks an RDF or a Neo4j mapping"
        if f.plain:
            assert f.rdf.startswith("http"), f"{cls.__name__}.{name}: {f.rdf} is not an IRI"
        if f.neo4j_property:
            assert property_type(f.neo4j) in {"string", "long", "double", "boolean"} | {
                "string[]",
                "long[]",
                "double[]",
            }


def test_runtime_fields_are_the_runtime_layers() -> None:
    """Each runtime layer is a Document field declared in ``mapping.RUNTIME``, and no other."""
    assert set(mapping.RUNTIME) == {f"Document.{layer}" for layer in model.RUNTIME_LAYERS}
    assert not set(mapping.RUNTIME) & set(mapping.NOT_STORED)
    names = {f.name for f in dataclasses.fields(model.Document)}
    assert names >= model.RUNTIME_LAYERS


def test_no_store_and_no_pickle_keeps_a_runtime_layer() -> None:
    """The words of the ``tokens`` stage are gone from the stored form, and from what
    leaves the pipeline (a worker process pickles it back to the main one)."""
    doc = _every_field_set()
    with_words = Pipeline.from_names(["sentences", "tokens"])(doc)
    assert with_words.words is not None and "words" in with_words.annotations
    stored = model.stored_form(with_words)
    assert stored.words is None and "words" not in stored.annotations
    [back] = documents_from_dataset(to_rdf(with_words))
    assert back == stored and back.words is None
    plain = model.without_runtime_layers(with_words)
    assert plain.words is None and not plain.annotations & model.RUNTIME_LAYERS
    assert pickle.loads(pickle.dumps(plain)).words is None
    assert len(pickle.dumps(plain)) < len(pickle.dumps(with_words))


def _every_field_set() -> model.Document:
    """The example with every optional field set, so that a lost field shows."""
    doc = example_document()
    event = dataclasses.replace(doc.events[0], time="2019-10", casualties=3, historical=True)
    entity = dataclasses.replace(
        doc.entities[0], name_en="Name", qid="Q30", transliteration="name", aliases=("أ", "ب")
    )
    meta = model.DocumentMeta(
        title="عنوان", url="https://x.example/a", date="2019-10-09", source="npa",
        author="هديل", dateline="واشنطن", origin="a.txt",
    )  # fmt: skip
    relation = dataclasses.replace(doc.relations[0], time="2019-10-09")
    return dataclasses.replace(
        doc, meta=meta, events=(event, *doc.events[1:]), entities=(entity, *doc.entities[1:]),
        relations=(relation, *doc.relations[1:]),
    )


def test_the_rdf_round_trip_keeps_every_stored_field() -> None:
    doc = model.stored_form(_every_field_set())
    [back] = documents_from_dataset(to_rdf(doc))
    assert back == doc


def test_neo4j_rows_carry_every_mapped_property() -> None:
    doc = _every_field_set()
    rows = document_rows([doc], {doc.id: "hash"})
    document = rows.documents[0]
    props_by_class: dict[type, set[str]] = {
        model.Document: set(document["props"]),
        model.DocumentMeta: set(document["props"]),
        model.Sentence: set(document["sentences"][0]["props"]),
        model.Mention: {
            k for s in document["sentences"] for m in s["mentions"] for k in m["props"]
        },
        model.Entity: {"id", *next(iter(rows.entities.values()))[0]["props"]},
        model.Statement: set(rows.statements[0]["props"]),
        model.Evidence: set(rows.statements[0]["evidence"]),
        model.Event: set(next(iter(rows.events.values()))[0]["props"]),
        model.Argument: set(next(iter(rows.arguments.values()))[0]),
        model.Relation: set(next(iter(rows.relations.values()))[0]["props"]),
    }
    for cls, props in props_by_class.items():
        for f in mapping.FIELDS[cls]:
            if f.neo4j_property and f.name not in {"aliases"}:
                assert f.neo4j in props, f"{cls.__name__}.{f.name}: no {f.neo4j} in the rows"
