"""An invalid fact is dropped and reported; the rest of the article is kept."""

from __future__ import annotations

from dataclasses import replace

from kg.model import Entity
from kg.ontology.prune import prune_invalid
from tests.example import example_document


def test_a_statement_by_a_city_is_dropped_with_its_relations_and_the_rest_kept() -> None:
    doc = example_document()
    city = Entity("wd-Q649", "City", "موسكو", "Moscow", "Q649")
    statement = replace(doc.statements[0], speaker_id=city.id)
    broken = replace(doc, entities=(*doc.entities, city), statements=(statement, doc.statements[1]))
    result = prune_invalid(broken)
    assert result.problems == ()
    assert len(result.dropped) == 1 and "not an agent" in result.dropped[0].reason
    assert (result.dropped[0].kind, result.dropped[0].node_id) == ("Statement", statement.id)
    assert result.document.statements == (doc.statements[1],)
    assert result.document.relations == doc.relations
    assert result.document.mentions == doc.mentions


def test_a_valid_document_is_unchanged() -> None:
    doc = example_document()
    assert prune_invalid(doc).document is doc


def test_a_structural_problem_is_not_pruned() -> None:
    doc = example_document()
    broken = replace(doc, entities=(replace(doc.entities[0], label="Persn"), *doc.entities[1:]))
    result = prune_invalid(broken)
    assert result.problems and "Persn" in str(result.problems[0])
