"""DocGraph -> RDF: exact graph contents, determinism, serialisations, and back."""

from dataclasses import replace

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD
from rdflib.namespace import SDO as SCHEMA

from kg.errors import OntologyError
from kg.model import Document
from kg.ontology import KG
from kg.rdf import graph_iri, node_id, node_iri, serialize, to_rdf, to_rdf_many
from kg.rdf.convert import ENTITY_GRAPH, document_triples, entity_triples
from kg.rdf.from_rdf import documents_from_dataset
from tests.example import example_document

ID = "https://w3id.org/arkg/id/"


@pytest.fixture(scope="module")
def doc() -> Document:
    return example_document()


@pytest.fixture(scope="module")
def graph(doc: Document) -> Graph:
    return to_rdf(doc).graph(graph_iri(doc.id))


def test_one_named_graph_per_document_and_one_for_entities(doc: Document) -> None:
    dataset = to_rdf(doc)
    graphs = {g for _s, _p, _o, g in dataset.quads((None, None, None, None))}
    assert graphs == {URIRef(ID + doc.id), ENTITY_GRAPH}


def test_an_entity_is_described_once_whatever_the_number_of_documents(doc: Document) -> None:
    other = replace(doc, id="doc-other")
    dataset = to_rdf_many([doc, other])
    usa = URIRef(ID + "wd-Q30")
    names = [q for q in dataset.quads((usa, KG.name, None, None))]
    assert len(names) == 1
    assert (node_iri("doc-other"), SCHEMA.mentions, usa) in dataset.graph(node_iri("doc-other"))


def test_document_and_sentences(doc: Document, graph: Graph) -> None:
    d = node_iri(doc.id)
    assert (d, RDF.type, KG.Document) in graph and (d, RDF.type, SCHEMA.NewsArticle) in graph
    assert (d, KG.text, Literal(doc.text, lang="ar")) in graph
    assert (d, KG.title, Literal("واشنطن ترفض التوغل التركي", lang="ar")) in graph
    s1 = node_iri(f"{doc.id}-s1")
    assert (d, KG.hasSentence, s1) in graph
    assert (s1, KG.start, Literal(79, datatype=XSD.integer)) in graph
    assert (s1, KG.end, Literal(137, datatype=XSD.integer)) in graph
    assert graph.value(s1, KG.text) == Literal(
        "وأضاف: «لم نكن سعداء بتوغل تركيا في الشمال الشرقي لسوريا».", lang="ar"
    )


def test_mentions_and_entities(doc: Document, graph: Graph) -> None:
    mention = node_iri(f"{doc.id}-m130-135")
    assert (node_iri(f"{doc.id}-s1"), KG.hasMention, mention) in graph
    assert graph.value(mention, KG.text) == Literal("سوريا", lang="ar")
    assert graph.value(mention, KG.refersTo) == URIRef(ID + "wd-Q858")
    assert graph.value(mention, KG.mentionClass) == KG.Country
    usa = URIRef(ID + "wd-Q30")
    assert (node_iri(doc.id), SCHEMA.mentions, usa) in graph
    assert (usa, KG.alias, Literal("أمريكا", lang="ar")) in graph
    entities = to_rdf(doc).graph(ENTITY_GRAPH)
    assert (usa, RDF.type, KG.Country) in entities
    assert (usa, KG.name, Literal("الولايات المتحدة", lang="ar")) in entities
    assert (usa, KG.nameEn, Literal("United States", lang="en")) in entities
    assert (usa, RDFS.label, Literal("United States", lang="en")) in entities
    assert (usa, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q30")) in entities
    assert set(graph.objects(usa, KG.alias)) == {
        Literal("أمريكا", lang="ar"),
        Literal("واشنطن", lang="ar"),
    }


def test_statement(doc: Document, graph: Graph) -> None:
    statement = node_iri(f"{doc.id}-q87-135")
    assert (URIRef(ID + "wd-Q473239"), KG.stated, statement) in graph
    assert graph.value(statement, KG.quoteText) == Literal(
        "لم نكن سعداء بتوغل تركيا في الشمال الشرقي لسوريا", lang="ar"
    )
    assert graph.value(statement, KG.direct) == Literal(True)
    assert graph.value(statement, KG.evidencedBy) == node_iri(f"{doc.id}-s1")


def test_event_with_arguments(doc: Document, graph: Graph) -> None:
    event = node_iri(doc.events[1].id)
    assert (event, RDF.type, KG.MilitaryOperation) in graph
    assert graph.value(event, KG.triggerText) == Literal("توغل", lang="ar")
    assert (event, KG.agent, URIRef(ID + "wd-Q43")) in graph
    assert (event, KG.location, URIRef(ID + "wd-Q858")) in graph
    assert graph.value(event, KG.time) == Literal("2019-10")


def test_relation_direct_triple_and_assertion(doc: Document, graph: Graph) -> None:
    usa, event = URIRef(ID + "wd-Q30"), node_iri(doc.events[1].id)
    assert (usa, KG.opposes, event) in graph
    [assertion] = [a for a in graph.subjects(RDF.predicate, KG.opposes)]
    assert (assertion, RDF.type, KG.RelationAssertion) in graph
    assert graph.value(assertion, RDF.subject) == usa
    assert graph.value(assertion, RDF.object) == event
    assert graph.value(assertion, PROV.wasDerivedFrom) == node_iri(f"{doc.id}-s1")
    assert graph.value(assertion, KG.start).toPython() == 87  # type: ignore[union-attr]
    assert graph.value(assertion, KG.end).toPython() == 135  # type: ignore[union-attr]
    assert graph.value(assertion, KG.confidence).toPython() == 0.8  # type: ignore[union-attr]
    assert str(graph.value(assertion, KG.polarity)) == "positive"
    assert str(graph.value(assertion, KG.extractor)) == "relations.stance"
    activity = graph.value(assertion, PROV.wasGeneratedBy)
    assert (activity, RDF.type, PROV.Activity) in graph


def test_negative_relation_is_only_reified(doc: Document) -> None:
    negated = replace(doc.relations[1], polarity="negative")
    g = to_rdf(replace(doc, relations=(negated,))).graph(graph_iri(doc.id))
    assert (URIRef(ID + "wd-Q30"), KG.opposes, None) not in g
    assert {str(o) for o in g.objects(None, KG.polarity)} >= {"negative"}


def test_deterministic_and_no_blank_nodes(doc: Document) -> None:
    first, second = document_triples(doc), document_triples(example_document())
    assert first == second
    assert all(isinstance(t, URIRef | Literal) for triple in first for t in triple)


def test_unknown_class_raises_in_strict_mode(doc: Document) -> None:
    bad = replace(doc, entities=(replace(doc.entities[0], label="Persn"),))
    with pytest.raises(OntologyError, match="Persn"):
        to_rdf(bad)
    assert any(str(o).endswith("#Persn") for _s, _p, o in entity_triples(bad, strict=False))


def test_reconverting_replaces_the_graph(doc: Document) -> None:
    dataset = to_rdf(doc)
    before = len(dataset)
    to_rdf(doc, dataset)
    assert len(dataset) == before


def test_iris_round_trip() -> None:
    assert node_id(str(node_iri("doc-1 2/3"))) == "doc-1 2/3"
    assert str(node_iri("wd-Q30")) == ID + "wd-Q30"


@pytest.mark.parametrize(
    ("fmt", "parse_as"),
    [("ttl", "turtle"), ("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")],
)
def test_every_format_parses_back_with_the_same_count(
    doc: Document, fmt: str, parse_as: str
) -> None:
    other = example_document(text=doc.text, url="https://npasyria.com/example/other")
    dataset = to_rdf_many([doc, other])
    text = serialize(dataset, fmt)  # type: ignore[arg-type]
    if fmt == "ttl":
        union = {(s, p, o) for s, p, o, _g in dataset.quads((None, None, None, None))}
        assert len(Graph().parse(data=text, format=parse_as)) == len(union)
    else:
        parsed = Dataset().parse(data=text, format=parse_as)
        assert len(list(parsed.quads((None, None, None, None)))) == len(
            list(dataset.quads((None, None, None, None)))
        )
    assert "مايك بومبيو" in text or "\\u" in text


def _normalised(doc: Document) -> Document:
    return replace(
        doc,
        entities=tuple(sorted(doc.entities, key=lambda e: e.id)),
        relations=tuple(sorted(doc.relations, key=lambda r: r.id)),
    )


def test_round_trip_back_to_the_model(doc: Document) -> None:
    [back] = documents_from_dataset(to_rdf(doc))
    assert _normalised(back) == _normalised(doc)


def test_casualties_and_historical_are_typed_literals_and_round_trip(doc: Document) -> None:
    first, second = doc.events
    flagged = replace(doc, events=(replace(first, casualties=40, historical=True), second))
    graph = to_rdf(flagged).graph(graph_iri(doc.id))
    node = node_iri(first.id)
    assert graph.value(node, KG.casualties) == Literal(40, datatype=XSD.integer)
    assert graph.value(node, KG.historical) == Literal(True)
    # The defaults write nothing: no count, not background.
    assert graph.value(node_iri(second.id), KG.casualties) is None
    assert graph.value(node_iri(second.id), KG.historical) is None
    [back] = documents_from_dataset(to_rdf(flagged))
    by_id = {event.id: event for event in back.events}
    assert (by_id[first.id].casualties, by_id[first.id].historical) == (40, True)
    assert (by_id[second.id].casualties, by_id[second.id].historical) == (None, False)
