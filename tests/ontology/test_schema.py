"""The ontology file and its Python API."""

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import OntologyError
from kg.ontology import schema

CONTRACT_ENTITY_CLASSES = {
    "Person",
    "Organization",
    "GovernmentBody",
    "InternationalOrganization",
    "ArmedGroup",
    "MediaOrganization",
    "PoliticalParty",
    "Country",
    "Place",
    "City",
    "Region",
    "Position",
    "Miscellaneous",
}
CONTRACT_EVENT_CLASSES = {
    "Meeting",
    "MilitaryOperation",
    "Attack",
    "Killing",
    "Protest",
    "Agreement",
    "Visit",
    "Sanction",
    "Withdrawal",
    "Deployment",
}
CONTRACT_TYPES = {
    "stated": "STATED",
    "about": "ABOUT",
    "opposes": "OPPOSES",
    "supports": "SUPPORTS",
    "criticizes": "CRITICIZES",
    "rejects": "REJECTS",
    "denies": "DENIES",
    "urges": "URGES",
    "praises": "PRAISES",
    "welcomes": "WELCOMES",
    "condemns": "CONDEMNS",
    "warns": "WARNS",
    "threatens": "THREATENS",
    "sharesConcernWith": "SHARES_CONCERN_WITH",
    "coordinatesWith": "COORDINATES_WITH",
    "holdsPosition": "HOLDS_POSITION",
    "positionOf": "OF",
    "memberOf": "MEMBER_OF",
    "leads": "LEADS",
    "agent": "AGENT",
    "target": "TARGET",
    "location": "LOCATION",
    "participant": "PARTICIPANT",
    "locatedIn": "LOCATED_IN",
    "partOf": "PART_OF",
    "hasSentence": "HAS_SENTENCE",
    "hasMention": "HAS_MENTION",
    "refersTo": "REFERS_TO",
    "evidencedBy": "EVIDENCED_BY",
}
DATATYPE_PROPERTIES = {
    "name",
    "nameEn",
    "wikidataId",
    "transliteration",
    "alias",
    "text",
    "start",
    "end",
    "index",
    "title",
    "url",
    "date",
    "source",
    "author",
    "dateline",
    "origin",
    "confidence",
    "extractor",
    "polarity",
    "modality",
    "verb",
    "direct",
    "quoteText",
    "quoteStart",
    "quoteEnd",
    "time",
    "triggerStart",
    "triggerEnd",
    "triggerText",
}


def test_kg_ttl_parses_and_is_an_owl_ontology() -> None:
    graph = Graph().parse(schema.ontology_path(), format="turtle")
    assert (None, RDF.type, OWL.Ontology) in graph
    assert len(graph) > 500


def test_every_term_has_arabic_and_english_labels_and_a_comment() -> None:
    graph = Graph().parse(schema.ontology_path(), format="turtle")
    terms = [
        s
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
        for s in graph.subjects(RDF.type, kind)
        if str(s).startswith(schema.KG_NS)
    ]
    assert len(terms) > 80
    for term in terms:
        languages = {getattr(label, "language", None) for label in graph.objects(term, RDFS.label)}
        assert {"ar", "en"} <= languages, term
        assert graph.value(term, RDFS.comment) is not None, term


def test_contract_classes_are_all_there() -> None:
    assert set(schema.entity_classes()) == CONTRACT_ENTITY_CLASSES
    assert set(schema.event_classes()) == CONTRACT_EVENT_CLASSES
    for name in (
        "Statement",
        "Document",
        "Sentence",
        "Mention",
        "RelationAssertion",
        "Agent",
        "Entity",
        "Event",
    ):
        assert schema.is_class(name)


def test_contract_relationship_types() -> None:
    for name, neo4j_type in CONTRACT_TYPES.items():
        assert schema.neo4j_type(name) == neo4j_type
    assert set(schema.datatype_properties()) >= DATATYPE_PROPERTIES


def test_labels_and_types_are_safe_for_cypher() -> None:
    for name in schema.classes():
        assert schema.SAFE_NAME.match(schema.neo4j_label(name))
        assert schema.neo4j_label(name) == name
    for name in schema.relation_properties():
        assert schema.SAFE_NAME.match(schema.neo4j_type(name))


def test_labels_for_includes_superclasses_most_specific_first() -> None:
    assert schema.labels_for("Country") == ("Country", "Agent", "Place", "Entity")
    assert schema.labels_for("GovernmentBody") == (
        "GovernmentBody",
        "Organization",
        "Agent",
        "Entity",
    )
    assert schema.labels_for("MilitaryOperation") == ("MilitaryOperation", "Event")
    assert schema.labels_for("Sentence") == ("Sentence",)


def test_arabic_and_english_labels() -> None:
    assert schema.label("Country", "ar") == "دولة"
    assert schema.label("Country", "en") == "Country"
    assert schema.label("opposes") == "يعارض"


def test_stance_properties_and_codes() -> None:
    stances = set(schema.stance_properties())
    assert stances == {
        "opposes",
        "supports",
        "criticizes",
        "rejects",
        "denies",
        "urges",
        "praises",
        "welcomes",
        "condemns",
        "warns",
        "threatens",
        "sharesConcernWith",
        "coordinatesWith",
    }
    assert set(schema.event_role_properties()) == {"agent", "target", "location", "participant"}
    for name in stances | set(schema.event_classes()):
        assert schema.cameo_code(name), name
    assert schema.cameo_code("rejects") == "120"
    assert schema.plover_code("rejects") == "REJECT"
    assert schema.cameo_code("Withdrawal") == "0874"
    assert schema.plover_code("Withdrawal") == "RETREAT"
    assert schema.plover_code("MilitaryOperation") == "ASSAULT"


def test_alignments() -> None:
    country = schema.class_info("Country")
    assert "https://schema.org/Country" in country.alignments
    assert "http://www.wikidata.org/entity/Q6256" in country.alignments
    assert "http://www.w3.org/ns/prov#Agent" in schema.class_info("Agent").alignments
    assert schema.property_info("positionOf").range == ("Country", "Organization")


def test_unknown_names_raise_with_the_valid_options() -> None:
    with pytest.raises(OntologyError, match=r"'Persn'.*Did you mean Person\?.*Valid: Agent"):
        schema.neo4j_label("Persn")
    with pytest.raises(OntologyError, match=r"Did you mean opposes"):
        schema.neo4j_type("opposse")
    with pytest.raises(OntologyError, match="Neo4j relationship type"):
        schema.neo4j_type("name")
