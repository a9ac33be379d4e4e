"""The SHACL shapes hold on kg's RDF export with and without RDFS inference."""

from __future__ import annotations

import pytest
from pyshacl import validate
from rdflib import Dataset, Graph

from kg.ontology import schema
from tests.cli.conftest import SEED, SNN, Run, needs_shared

pytestmark = [pytest.mark.shared_data, pytest.mark.slow]


@needs_shared
def test_the_seven_articles_export_conforms_with_and_without_rdfs_inference(kg: Run) -> None:
    articles = [SEED, *sorted(SNN.glob("snn_*.txt"))]
    assert kg("ingest", *map(str, articles), "--store", "store", "--quiet").returncode == 0
    exported = kg("export", "--store", "store", "--format", "nq")
    assert exported.returncode == 0, exported.stderr
    dataset = Dataset()
    dataset.parse(data=exported.stdout, format="nquads")
    data = Graph()
    for triple in dataset.triples((None, None, None)):
        data.add(triple)
    ontology = Graph().parse(schema.ontology_path(), format="turtle")
    shapes = Graph().parse(schema.shapes_path(), format="turtle")
    for inference in ("none", "rdfs"):
        conforms, _, text = validate(
            data, shacl_graph=shapes, ont_graph=ontology, inference=inference, allow_warnings=True
        )
        assert conforms, f"inference={inference}: {text[:3000]}"
