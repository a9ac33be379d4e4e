"""SHACL shapes and the fast validator agree on good and broken Arabic documents."""

from dataclasses import replace

import pytest
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg.errors import OntologyError
from kg.model import Document
from kg.ontology import schema
from kg.ontology.validate import shapes_graph, validate, validate_fast, validate_shacl
from tests.example import EXAMPLE_TEXT, example_document


@pytest.fixture(scope="module")
def doc() -> Document:
    return example_document()


@pytest.fixture(scope="module")
def broken(doc: Document) -> Document:
    """Three faults: a mention that is not the text, an unknown class, confidence 1.5."""
    pompeo_mention = doc.mentions[1]
    pompeo = doc.entities[0]
    rejects = doc.relations[0]
    return replace(
        doc,
        mentions=(*doc.mentions[:1], replace(pompeo_mention, text="بومبو"), *doc.mentions[2:]),
        entities=(replace(pompeo, label="Persn"), *doc.entities[1:]),
        relations=(
            replace(rejects, evidence=(replace(rejects.evidence[0], confidence=1.5),)),
            *doc.relations[1:],
        ),
    )


def test_example_offsets_are_exact(doc: Document) -> None:
    assert EXAMPLE_TEXT[18:29] == "مايك بومبيو"
    assert EXAMPLE_TEXT[33:49] == "الولايات المتحدة"
    assert EXAMPLE_TEXT[130:135] == "سوريا"
    assert [(m.start, m.end, m.text) for m in doc.mentions][:2] == [
        (4, 17, "وزير الخارجية"),
        (18, 29, "مايك بومبيو"),
    ]
    assert EXAMPLE_TEXT[doc.sentences[1].start : doc.sentences[1].end].startswith("وأضاف")


def test_shapes_parse_and_list_the_ontology_terms() -> None:
    shapes = shapes_graph()
    entity_shape = URIRef("https://w3id.org/arkg/shapes#EntityShape")
    event_shape = URIRef("https://w3id.org/arkg/shapes#EventShape")
    assert {schema.KG_NS + c for c in schema.entity_classes()} == {
        str(c) for c in shapes.objects(entity_shape, SH.targetClass)
    }
    assert {schema.KG_NS + c for c in schema.event_classes()} == {
        str(c) for c in shapes.objects(event_shape, SH.targetClass)
    }
    in_lists = [{str(x) for x in Collection(shapes, lst)} for lst in shapes.objects(None, SH["in"])]
    kg = schema.KG_NS
    assert {kg + c for c in schema.entity_classes()} in in_lists
    assert {kg + c for c in schema.event_classes()} in in_lists
    assert {kg + c for c in schema.subclasses("Agent")} in in_lists
    assert {kg + p for p in schema.relation_properties()} in in_lists


def test_example_conforms_to_shacl(doc: Document) -> None:
    report = validate_shacl(doc)
    assert report.conforms, report.problems
    assert report.problems == [] and report.warnings == []


def test_example_conforms_fast(doc: Document) -> None:
    assert validate(doc) == validate_fast(doc)
    assert validate_fast(doc).conforms


def test_broken_document_shacl_names_each_problem(broken: Document) -> None:
    report = validate_shacl(broken)
    assert not report.conforms
    text = "\n".join(map(str, report.problems))
    assert "-m18-29" in text and "«بومبو» is not the document text at 18..29 «مايك بومبيو»" in text
    assert "wd-Q473239 rdf:type" in text and "kg:Persn" in text
    assert "kg:confidence" in text and "1.5" in text and "MaxInclusive" in text


def test_broken_document_fast_names_each_problem(broken: Document) -> None:
    report = validate_fast(broken)
    assert not report.conforms
    text = "\n".join(map(str, report.problems))
    assert "Mention " in text and "«بومبو» is not the document text at 18..29 «مايك بومبيو»" in text
    assert "Entity wd-Q473239 rdf:type: 'Persn' is not an entity class" in text
    assert "kg:confidence: 1.5 is outside [0, 1]" in text
    with pytest.raises(OntologyError, match="Persn"):
        report.raise_for_problems()


def test_unlinked_mention_is_a_warning_not_a_violation(doc: Document) -> None:
    unlinked = replace(doc, mentions=(replace(doc.mentions[0], entity_id=None), *doc.mentions[1:]))
    for report in (validate_fast(unlinked), validate_shacl(unlinked)):
        assert report.conforms
        assert len(report.warnings) == 1 and "refersTo" in str(report.warnings[0])


def test_bad_references_and_spans(doc: Document) -> None:
    statement = doc.statements[0]
    bad = replace(
        doc,
        statements=(replace(statement, speaker_id="wd-Q0000"), *doc.statements[1:]),
        sentences=(doc.sentences[0], replace(doc.sentences[1], end=500)),
    )
    fast = "\n".join(map(str, validate_fast(bad).problems))
    shacl = "\n".join(map(str, validate_shacl(bad).problems))
    assert "no speaker entity wd-Q0000" in fast and "-q33-77 ^kg:stated/rdf:type" in shacl
    assert "-s1 kg:start/end: 79..500" in fast and "outside its document text" in shacl


def test_unknown_relation_kind(doc: Document) -> None:
    bad = replace(doc, relations=(replace(doc.relations[0], kind="opposez"), *doc.relations[1:]))
    assert "'opposez' is not a relation property" in "\n".join(
        map(str, validate_fast(bad).problems)
    )
    assert "kg:opposez" in "\n".join(map(str, validate_shacl(bad).problems))


def test_shapes_file_parses_standalone() -> None:
    assert len(Graph().parse(schema.shapes_path(), format="turtle")) > 100
