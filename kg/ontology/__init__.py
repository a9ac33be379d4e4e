"""The ontology: its generated namespace, its schema API and SHACL validation."""

from kg.ontology.namespace import KG
from kg.ontology.schema import (
    KG_NS,
    class_info,
    classes,
    entity_classes,
    event_classes,
    event_role_properties,
    is_class,
    is_property,
    labels_for,
    neo4j_label,
    neo4j_type,
    properties,
    property_info,
    relation_properties,
    stance_properties,
)

ID_NS = "https://w3id.org/arkg/id/"
"""Resources: ``https://w3id.org/arkg/id/{id}``."""

__all__ = [
    "ID_NS",
    "KG",
    "KG_NS",
    "class_info",
    "classes",
    "entity_classes",
    "event_classes",
    "event_role_properties",
    "is_class",
    "is_property",
    "labels_for",
    "neo4j_label",
    "neo4j_type",
    "properties",
    "property_info",
    "relation_properties",
    "stance_properties",
]
