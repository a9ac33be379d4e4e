"""The ontology as Python: classes, properties, Neo4j labels and types, codes.

``kg.ttl`` is parsed once (:func:`ontology`). When running from a checkout the
source of truth ``ontology/kg.ttl`` is read; an installed package reads its
byte-identical copy ``kg/ontology/data/kg.ttl`` (kept in sync by
``scripts/gen_namespace.py`` and checked by a test).

Neo4j labels and relationship types come only from here, and every one of
them matches :data:`SAFE_NAME`, because the Neo4j loader interpolates them into
Cypher (values always go as parameters).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal, cast, get_args

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import BNode, Node

from kg.errors import OntologyError
from kg.ontology.namespace import EntityLabel, EventLabel, EventRole, RelationKind

KG_NS = "https://w3id.org/arkg/ontology#"
SAFE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
PropertyKind = Literal["object", "datatype", "annotation"]

_ANNOT = {
    name: URIRef(KG_NS + name)
    for name in ("neo4jLabel", "neo4jType", "cameoCode", "ploverCode", "abstract")
}


@dataclass(frozen=True, slots=True)
class ClassInfo:
    name: str
    label_ar: str
    label_en: str
    comment: str
    neo4j_label: str
    superclasses: tuple[str, ...]
    """Direct ``kg:`` superclasses."""
    ancestors: tuple[str, ...]
    """Every ``kg:`` superclass, nearest first (breadth first, ties by name)."""
    alignments: tuple[str, ...]
    """External IRIs from ``rdfs:subClassOf``, ``owl:equivalentClass``, ``skos:*Match``."""
    abstract: bool
    cameo_code: str | None
    plover_code: str | None


@dataclass(frozen=True, slots=True)
class PropertyInfo:
    name: str
    kind: PropertyKind
    label_ar: str
    label_en: str
    comment: str
    neo4j_type: str | None
    domain: tuple[str, ...]
    """Local names of ``kg:`` domain classes (a union gives several); empty = anything."""
    range: tuple[str, ...]
    """Local names for ``kg:`` ranges, CURIE-like ``xsd:integer`` for datatypes."""
    superproperties: tuple[str, ...]
    abstract: bool
    cameo_code: str | None
    plover_code: str | None


@dataclass(frozen=True, slots=True)
class Ontology:
    path: Path
    classes: dict[str, ClassInfo]
    properties: dict[str, PropertyInfo]


def ontology_path() -> Path:
    """``ontology/kg.ttl`` of the checkout if there is one, else the packaged copy."""
    checkout = Path(__file__).resolve().parents[2] / "ontology" / "kg.ttl"
    if checkout.is_file():
        return checkout
    return Path(str(resources.files("kg.ontology") / "data" / "kg.ttl"))


def shapes_path() -> Path:
    """``ontology/shapes.ttl`` of the checkout if there is one, else the packaged copy."""
    checkout = Path(__file__).resolve().parents[2] / "ontology" / "shapes.ttl"
    if checkout.is_file():
        return checkout
    return Path(str(resources.files("kg.ontology") / "data" / "shapes.ttl"))


@cache
def ontology() -> Ontology:
    """The parsed ontology (loaded once per process)."""
    path = ontology_path()
    try:
        graph = Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise OntologyError(f"cannot parse the ontology {path}: {exc}") from exc
    return _build(graph, path)


def _local(node: Node) -> str | None:
    text = str(node)
    return text[len(KG_NS) :] if isinstance(node, URIRef) and text.startswith(KG_NS) else None


def _curie(node: Node) -> str:
    text = str(node)
    for prefix, iri in (
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("rdf", str(RDF)),
        ("rdfs", str(RDFS)),
    ):
        if text.startswith(iri):
            return f"{prefix}:{text[len(iri) :]}"
    return _local(node) or text


def _label(graph: Graph, subject: URIRef, lang: str) -> str:
    for obj in graph.objects(subject, RDFS.label):
        if getattr(obj, "language", None) == lang:
            return str(obj)
    raise OntologyError(f"{subject} has no rdfs:label @{lang} in the ontology")


def _members(graph: Graph, node: Node) -> list[Node]:
    """The classes a domain/range names: itself, or the members of an owl:unionOf."""
    if isinstance(node, BNode):
        union = graph.value(node, OWL.unionOf)
        return list(Collection(graph, union)) if union is not None else []
    return [node]


def _safe(value: str, subject: str, what: str) -> str:
    if not SAFE_NAME.match(value):
        raise OntologyError(f"{what} {value!r} of {subject} must match {SAFE_NAME.pattern}")
    return value


def _build(graph: Graph, path: Path) -> Ontology:
    def annot(subject: URIRef, name: str) -> str | None:
        value = graph.value(subject, _ANNOT[name])
        return None if value is None else str(value)

    def is_abstract(subject: URIRef) -> bool:
        value = graph.value(subject, _ANNOT["abstract"])
        return value is not None and bool(value.toPython())  # type: ignore[attr-defined]

    direct: dict[str, tuple[str, ...]] = {}
    for subject in graph.subjects(RDF.type, OWL.Class):
        name = _local(subject)
        if name is not None:
            direct[name] = tuple(
                sorted(n for n in (_local(o) for o in graph.objects(subject, RDFS.subClassOf)) if n)
            )

    classes: dict[str, ClassInfo] = {}
    for name in sorted(direct):
        subject = URIRef(KG_NS + name)
        alignments = sorted(
            str(o)
            for p in (RDFS.subClassOf, OWL.equivalentClass, _SKOS_CLOSE, _SKOS_EXACT)
            for o in graph.objects(subject, p)
            if isinstance(o, URIRef) and _local(o) is None
        )
        label = annot(subject, "neo4jLabel")
        if label is None:
            raise OntologyError(f"class kg:{name} has no kg:neo4jLabel")
        classes[name] = ClassInfo(
            name=name,
            label_ar=_label(graph, subject, "ar"),
            label_en=_label(graph, subject, "en"),
            comment=str(graph.value(subject, RDFS.comment) or ""),
            neo4j_label=_safe(label, name, "kg:neo4jLabel"),
            superclasses=direct[name],
            ancestors=_ancestors(name, direct),
            alignments=tuple(alignments),
            abstract=is_abstract(subject),
            cameo_code=annot(subject, "cameoCode"),
            plover_code=annot(subject, "ploverCode"),
        )

    properties: dict[str, PropertyInfo] = {}
    kinds: tuple[tuple[URIRef, PropertyKind], ...] = (
        (OWL.ObjectProperty, "object"),
        (OWL.DatatypeProperty, "datatype"),
        (OWL.AnnotationProperty, "annotation"),
    )
    for rdf_kind, kind in kinds:
        for subject in graph.subjects(RDF.type, rdf_kind):
            name = _local(subject)
            if name is None or not isinstance(subject, URIRef):
                continue
            neo4j_type = annot(subject, "neo4jType")
            domain = [m for d in graph.objects(subject, RDFS.domain) for m in _members(graph, d)]
            range_ = [m for r in graph.objects(subject, RDFS.range) for m in _members(graph, r)]
            properties[name] = PropertyInfo(
                name=name,
                kind=kind,
                label_ar=_label(graph, subject, "ar"),
                label_en=_label(graph, subject, "en"),
                comment=str(graph.value(subject, RDFS.comment) or ""),
                neo4j_type=None if neo4j_type is None else _safe(neo4j_type, name, "kg:neo4jType"),
                domain=tuple(sorted(n for n in map(_local, domain) if n)),
                range=tuple(sorted(_curie(r) for r in range_ if r != RDFS.Resource)),
                superproperties=tuple(
                    sorted(n for n in map(_local, graph.objects(subject, RDFS.subPropertyOf)) if n)
                ),
                abstract=is_abstract(subject),
                cameo_code=annot(subject, "cameoCode"),
                plover_code=annot(subject, "ploverCode"),
            )
    return Ontology(path=path, classes=classes, properties=dict(sorted(properties.items())))


_SKOS_CLOSE = URIRef("http://www.w3.org/2004/02/skos/core#closeMatch")
_SKOS_EXACT = URIRef("http://www.w3.org/2004/02/skos/core#exactMatch")


def _ancestors(name: str, direct: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    seen: list[str] = []
    frontier = list(direct.get(name, ()))
    while frontier:
        following: list[str] = []
        for parent in frontier:
            if parent not in seen and parent != name:
                seen.append(parent)
                following.extend(direct.get(parent, ()))
        frontier = sorted(set(following))
    return tuple(seen)


def _unknown(kind: str, name: str, options: Iterable[str]) -> OntologyError:
    options = sorted(options)
    close = difflib.get_close_matches(name, options, n=3)
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    return OntologyError(
        f"{name!r} is not a {kind} of the kg ontology.{hint} Valid: {', '.join(options)}"
    )


def class_info(name: str) -> ClassInfo:
    """Everything about a class; unknown names raise :class:`OntologyError`."""
    found = ontology().classes.get(name)
    if found is None:
        raise _unknown("class", name, ontology().classes)
    return found


def property_info(name: str) -> PropertyInfo:
    """Everything about a property; unknown names raise :class:`OntologyError`."""
    found = ontology().properties.get(name)
    if found is None:
        raise _unknown("property", name, ontology().properties)
    return found


def is_class(name: str) -> bool:
    return name in ontology().classes


def is_property(name: str) -> bool:
    return name in ontology().properties


def classes() -> tuple[str, ...]:
    """Local names of every ``kg:`` class, sorted."""
    return tuple(ontology().classes)


def properties() -> tuple[str, ...]:
    """Local names of every ``kg:`` property (object, datatype, annotation), sorted."""
    return tuple(ontology().properties)


def object_properties() -> tuple[str, ...]:
    return tuple(p.name for p in ontology().properties.values() if p.kind == "object")


def datatype_properties() -> tuple[str, ...]:
    return tuple(p.name for p in ontology().properties.values() if p.kind == "datatype")


def subclasses(name: str) -> tuple[str, ...]:
    """Concrete (non-abstract) classes that are ``name`` or below it, sorted."""
    class_info(name)
    return tuple(
        c.name
        for c in ontology().classes.values()
        if not c.abstract and (c.name == name or name in c.ancestors)
    )


def entity_classes() -> tuple[str, ...]:
    """The classes a ``Mention.label``/``Entity.label`` may take."""
    return subclasses("Entity")


def event_classes() -> tuple[str, ...]:
    """The classes an ``Event.label`` may take."""
    return subclasses("Event")


def _subproperties(name: str) -> tuple[str, ...]:
    return tuple(
        p.name
        for p in ontology().properties.values()
        if name in p.superproperties and not p.abstract
    )


def stance_properties() -> tuple[str, ...]:
    """``opposes``, ``supports``...: the sub-properties of ``kg:stance``."""
    return _subproperties("stance")


def event_role_properties() -> tuple[str, ...]:
    """``agent``, ``target``, ``location``, ``participant``: valid ``Argument.role``s."""
    return _subproperties("eventRole")


def relation_properties() -> tuple[str, ...]:
    """Object properties a ``Relation.kind`` may take: those with a Neo4j type."""
    return tuple(
        p.name
        for p in ontology().properties.values()
        if p.kind == "object" and p.neo4j_type is not None
    )


def neo4j_label(class_name: str) -> str:
    """The Neo4j label of one class (its ``kg:neo4jLabel``, = its local name)."""
    return class_info(class_name).neo4j_label


def labels_for(class_name: str) -> tuple[str, ...]:
    """All Neo4j labels of a node of ``class_name``: its own first, then every ancestor's.

    ``labels_for("Country") == ("Country", "Agent", "Place", "Entity")``, so
    ``MATCH (e:Entity)`` and ``MATCH (a:Agent)`` find countries.
    """
    info = class_info(class_name)
    return (info.neo4j_label, *(class_info(a).neo4j_label for a in info.ancestors))


def neo4j_type(property_name: str) -> str:
    """The Neo4j relationship type of an object property (``opposes`` -> ``OPPOSES``)."""
    info = property_info(property_name)
    if info.neo4j_type is None:
        with_type = [p for p in ontology().properties.values() if p.neo4j_type]
        raise _unknown(
            "property with a Neo4j relationship type", property_name, (p.name for p in with_type)
        )
    return info.neo4j_type


def label(name: str, lang: Literal["ar", "en"] = "ar") -> str:
    """The ``rdfs:label`` of a class or property in Arabic or English."""
    info: ClassInfo | PropertyInfo = (
        class_info(name) if is_class(name) or not is_property(name) else property_info(name)
    )
    return info.label_ar if lang == "ar" else info.label_en


def cameo_code(name: str) -> str | None:
    """The CAMEO code of an event class or stance property, if it has one."""
    return (class_info(name) if is_class(name) else property_info(name)).cameo_code


def plover_code(name: str) -> str | None:
    """The PLOVER category of an event class or stance property, if it has one."""
    return (class_info(name) if is_class(name) else property_info(name)).plover_code


# --- names read from data, checked into the model's Literal types ---------------


def _check(name: str, allowed: tuple[str, ...], kind: str) -> None:
    if name not in allowed:
        raise _unknown(kind, name, allowed)


def entity_label(name: str) -> EntityLabel:
    """``name`` as a ``Mention.label``/``Entity.label``; anything else raises
    :class:`OntologyError`."""
    _check(name, get_args(EntityLabel), "class below kg:Entity")
    return cast(EntityLabel, name)


def event_label(name: str) -> EventLabel:
    """``name`` as an ``Event.label``, or :class:`OntologyError`."""
    _check(name, get_args(EventLabel), "class below kg:Event")
    return cast(EventLabel, name)


def relation_kind(name: str) -> RelationKind:
    """``name`` as a ``Relation.kind``, or :class:`OntologyError`."""
    _check(name, get_args(RelationKind), "relation property")
    return cast(RelationKind, name)


def event_role(name: str) -> EventRole:
    """``name`` as an ``Argument.role``, or :class:`OntologyError`."""
    _check(name, get_args(EventRole), "sub-property of kg:eventRole")
    return cast(EventRole, name)
