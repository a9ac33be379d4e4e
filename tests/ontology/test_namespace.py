"""The generated namespace: complete, up to date, and strict about typos."""

import dataclasses
from pathlib import Path
from types import ModuleType
from typing import get_args

import pytest
from rdflib import URIRef

from kg.errors import OntologyError
from kg.model import Argument, Entity, Event, Mention, Relation
from kg.ontology import KG, schema
from kg.ontology.namespace import EntityLabel, EventLabel, EventRole, RelationKind
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    return load_script("gen_namespace")


def test_known_terms_are_iris() -> None:
    assert KG.opposes == URIRef("https://w3id.org/arkg/ontology#opposes")
    assert KG.Country == URIRef("https://w3id.org/arkg/ontology#Country")
    assert KG["holdsPosition"] == URIRef("https://w3id.org/arkg/ontology#holdsPosition")


def test_unknown_term_raises() -> None:
    with pytest.raises(AttributeError, match="opposse"):
        _ = KG.opposse
    with pytest.raises(AttributeError):
        _ = KG["Persn"]


def test_every_ontology_term_is_in_the_namespace() -> None:
    for name in (*schema.classes(), *schema.properties()):
        assert name in KG, name


def test_generated_namespace_is_up_to_date() -> None:
    generator = _generator()
    expected = generator.render(ROOT / "ontology" / "kg.ttl")
    actual = (ROOT / "kg" / "ontology" / "namespace.py").read_text(encoding="utf-8")
    assert actual == expected, "run: python scripts/gen_namespace.py"


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_packaged_copy_is_identical(name: str) -> None:
    source = (ROOT / "ontology" / name).read_bytes()
    packaged = (ROOT / "kg" / "ontology" / "data" / name).read_bytes()
    assert packaged == source, "run: python scripts/gen_namespace.py"


def test_generator_check_mode_passes() -> None:
    assert _generator().main(["--check"]) == 0


def test_the_models_literal_types_are_the_ontologys_terms() -> None:
    assert get_args(EntityLabel) == schema.entity_classes()
    assert get_args(EventLabel) == schema.event_classes()
    assert get_args(RelationKind) == schema.relation_properties()
    assert get_args(EventRole) == schema.event_role_properties()
    typed = {
        (cls.__name__, f.name): f.type
        for cls in (Mention, Entity, Event, Relation, Argument)
        for f in dataclasses.fields(cls)
        if f.name in {"label", "kind", "role"}
    }
    assert typed == {
        ("Mention", "label"): "EntityLabel",
        ("Entity", "label"): "EntityLabel",
        ("Event", "label"): "EventLabel",
        ("Relation", "kind"): "RelationKind",
        ("Argument", "role"): "EventRole",
    }


def test_a_name_read_from_data_is_checked() -> None:
    assert schema.entity_label("Person") == "Person"
    with pytest.raises(OntologyError, match="Did you mean Person"):
        schema.entity_label("Persn")
    with pytest.raises(OntologyError):
        schema.relation_kind("opposse")
    with pytest.raises(OntologyError):
        schema.event_label("Person")
    with pytest.raises(OntologyError):
        schema.event_role("speaker")
