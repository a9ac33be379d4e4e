"""Validate a DocGraph before it is written: SHACL shapes, and a fast Python twin.

:func:`validate_shacl` runs pyshacl with ``ontology/shapes.ttl`` on the
document's RDF graph: it is the authoritative check (tests, ``--shacl``).
It costs tens of milliseconds to seconds per article, so the pipeline uses
:func:`validate_fast`, which checks the same constraints directly on the model
(offsets in bounds, ``text[start:end] == mention.text``, classes and
properties from the ontology, referenced ids present, confidence in [0, 1])
in well under a millisecond. :func:`validate` picks one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import get_args

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.errors import OntologyError
from kg.model import (
    Document,
    Entity,
    Event,
    Evidence,
    Mention,
    Modality,
    Polarity,
    Relation,
    Sentence,
    Statement,
)
from kg.ontology import schema

_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One violated constraint: which node (kind and id), which property, and why."""

    kind: str
    """The node's model class: ``Mention``, ``Statement``... (SHACL: its ontology class)."""
    node_id: str
    property: str
    """The property or path in SPARQL syntax: ``kg:confidence``, ``^kg:stated``; may be empty."""
    reason: str

    def __str__(self) -> str:
        where = f" {self.property}" if self.property else ""
        return f"{self.kind} {self.node_id}{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """Whether a document conforms, and what is wrong with it if not."""

    conforms: bool
    problems: list[Problem] = field(default_factory=list)
    """Violations, each naming the node and the constraint."""
    warnings: list[Problem] = field(default_factory=list)
    """Things worth knowing that do not stop a write (e.g. an unlinked mention)."""

    def raise_for_problems(self) -> None:
        """Raise :class:`OntologyError` listing the problems, if there are any."""
        if not self.conforms:
            raise OntologyError(
                "the document does not conform to the shapes:\n  "
                + "\n  ".join(map(str, self.problems))
            )


def validate(doc: Document, *, shacl: bool = False) -> ValidationReport:
    """Validate ``doc``: the fast Python checks, or pyshacl with ``shacl=True``."""
    return validate_shacl(doc) if shacl else validate_fast(doc)


# ---------------------------------------------------------------- SHACL


@cache
def shapes_graph() -> Graph:
    """``shapes.ttl`` parsed once."""
    return Graph().parse(schema.shapes_path(), format="turtle")


def validate_shacl(doc: Document) -> ValidationReport:
    """Run pyshacl with the shapes on ``doc``'s RDF graph (unknown terms included)."""
    from pyshacl import validate as pyshacl_validate

    from kg.rdf.convert import document_triples, entity_triples

    data = Graph()
    for triple in document_triples(doc, strict=False):
        data.add(triple)
    for triple in entity_triples(doc, strict=False):
        data.add(triple)
    _conforms, results, _text = pyshacl_validate(
        data,
        shacl_graph=shapes_graph(),
        inference="none",
        allow_warnings=True,
        advanced=False,
        inplace=True,
    )
    assert isinstance(results, Graph)
    problems, warnings = [], []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        line = _describe(results, result, data)
        if results.value(result, SH.resultSeverity) == SH.Violation:
            problems.append(line)
        else:
            warnings.append(line)
    return ValidationReport(not problems, sorted(problems), sorted(warnings))


def _short(node: Node | None) -> str:
    from kg.rdf.convert import ID_NS

    if node is None:
        return "?"
    text = str(node)
    if isinstance(node, URIRef):
        for prefix, iri in (
            ("", ID_NS),
            ("kg:", schema.KG_NS),
            ("rdf:", str(RDF)),
            ("prov:", "http://www.w3.org/ns/prov#"),
            ("sh:", str(SH)),
        ):
            if text.startswith(iri):
                return prefix + text[len(iri) :]
    return text


def _path(graph: Graph, node: Node | None) -> str:
    """A SHACL property path in SPARQL syntax: ``kg:start``, ``^kg:stated/rdf:type``."""
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        return _short(node)
    inverse = graph.value(node, SH.inversePath)
    if inverse is not None:
        return "^" + _path(graph, inverse)
    if graph.value(node, RDF.first) is not None:
        return "/".join(_path(graph, step) for step in Collection(graph, node))
    return "(path)"


def _describe(results: Graph, result: Node, data: Graph) -> Problem:
    focus_node = results.value(result, SH.focusNode)
    classes = sorted(_short(c) for c in data.objects(focus_node, RDF.type))
    kind = next((c[3:] for c in classes if c.startswith("kg:")), "")
    path = _path(results, results.value(result, SH.resultPath))
    message = results.value(result, SH.resultMessage)
    value = results.value(result, SH.value)
    component = _short(results.value(result, SH.sourceConstraintComponent))
    detail = f" (value {_short(value)})" if value is not None else ""
    reason = f"{message or 'violates ' + component}{detail} [{component}]"
    return Problem(kind, _short(focus_node), path, reason)


# ---------------------------------------------------------------- fast


def validate_fast(doc: Document) -> ValidationReport:
    """The constraints of the shapes, checked on the model directly."""
    check = _Checker(doc)
    check.document()
    return ValidationReport(not check.problems, check.problems, check.warnings)


class _Checker:
    """Collects the problems of one document, node by node."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.length = len(doc.text)
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.entity_classes = set(schema.entity_classes())
        self.entity_ids = {e.id: e for e in doc.entities}
        self.sentences = {s.id: s for s in doc.sentences}

    def bad(self, kind: str, node: str, prop: str, reason: str) -> None:
        self.problems.append(Problem(kind, node, prop, reason))

    def confidence(self, kind: str, node: str, value: float) -> None:
        if not 0.0 <= value <= 1.0:
            self.bad(kind, node, "kg:confidence", f"{value} is outside [0, 1]")

    def span(self, kind: str, node: str, start: int, end: int, name: str = "start/end") -> bool:
        if not 0 <= start < end <= self.length:
            reason = f"{start}..{end} is not a span of the text (0..{self.length})"
            self.bad(kind, node, f"kg:{name}", reason)
            return False
        return True

    def document(self) -> None:
        doc = self.doc
        if not doc.id or "/" in doc.id:
            self.bad("Document", doc.id, "", "the id must be non-empty and contain no '/'")
        for sentence in doc.sentences:
            self.span("Sentence", sentence.id, sentence.start, sentence.end)
            if sentence.index < 0:
                self.bad("Sentence", sentence.id, "kg:index", f"{sentence.index} < 0")
        by_index = {s.index: s for s in doc.sentences}
        for mention in doc.mentions:
            self.mention(mention, by_index.get(mention.sentence_index))
        for entity in doc.entities:
            self.entity(entity)
        for statement in doc.statements:
            self.statement(statement)
        for event in doc.events:
            self.event(event)
        for relation in doc.relations:
            self.relation(relation)

    def mention(self, mention: Mention, container: Sentence | None) -> None:
        kind, node = "Mention", mention.id
        if self.span(kind, node, mention.start, mention.end):
            printed = self.doc.text[mention.start : mention.end]
            if printed != mention.text:
                reason = (
                    f"«{mention.text}» is not the document text at "
                    f"{mention.start}..{mention.end} «{printed}»"
                )
                self.bad(kind, node, "kg:text", reason)
        if mention.label not in self.entity_classes:
            self.bad(kind, node, "kg:mentionClass", self._not_entity_class(mention.label))
        self.confidence(kind, node, mention.confidence)
        if container is None:
            reason = f"no sentence with index {mention.sentence_index}"
            self.bad(kind, node, "^kg:hasMention", reason)
        elif not container.start <= mention.start < mention.end <= container.end:
            reason = (
                f"span {mention.start}..{mention.end} is outside its sentence "
                f"{container.start}..{container.end}"
            )
            self.bad(kind, node, "", reason)
        if mention.entity_id is None:
            reason = "the mention is not linked to an entity"
            self.warnings.append(Problem(kind, node, "kg:refersTo", reason))
        elif mention.entity_id not in self.entity_ids:
            self.bad(kind, node, "kg:refersTo", f"no entity {mention.entity_id} in the document")

    def _not_entity_class(self, label: str) -> str:
        return f"{label!r} is not an entity class ({', '.join(sorted(self.entity_classes))})"

    def entity(self, entity: Entity) -> None:
        kind, node = "Entity", entity.id
        if entity.label not in self.entity_classes:
            self.bad(kind, node, "rdf:type", self._not_entity_class(entity.label))
        if not entity.name:
            self.bad(kind, node, "kg:name", "an entity has a non-empty Arabic name")
        if entity.qid is not None and not _QID.match(entity.qid):
            self.bad(kind, node, "kg:wikidataId", f"{entity.qid!r} is not a QID like Q30")

    def evidence(self, kind: str, node: str, ev: Evidence, with_span: bool = True) -> None:
        if ev.sentence_id not in self.sentences:
            reason = f"no sentence {ev.sentence_id} in the document"
            self.bad(kind, node, "kg:evidencedBy", reason)
        if with_span:
            self.span(kind, node, ev.start, ev.end)
        self.confidence(kind, node, ev.confidence)
        if not ev.extractor:
            self.bad(kind, node, "kg:extractor", "the extractor name is empty")

    def statement(self, statement: Statement) -> None:
        kind, node = "Statement", statement.id
        speaker = self.entity_ids.get(statement.speaker_id)
        if speaker is None:
            reason = f"no speaker entity {statement.speaker_id} in the document"
            self.bad(kind, node, "^kg:stated", reason)
        elif speaker.label not in set(schema.subclasses("Agent")):
            reason = f"the speaker is a {speaker.label}, not an agent"
            self.bad(kind, node, "^kg:stated", reason)
        if not statement.verb:
            self.bad(kind, node, "kg:verb", "the verb of saying is empty")
        self.span(kind, node, statement.quote_start, statement.quote_end, "quoteStart/quoteEnd")
        self.evidence(kind, node, statement.evidence)

    def event(self, event: Event) -> None:
        kind, node = "Event", event.id
        classes = schema.event_classes()
        if event.label not in classes:
            reason = f"{event.label!r} is not an event class ({', '.join(sorted(classes))})"
            self.bad(kind, node, "rdf:type", reason)
        self.span(kind, node, event.trigger_start, event.trigger_end, "triggerStart/triggerEnd")
        if event.casualties is not None and event.casualties < 0:
            reason = f"{event.casualties} is negative; a count is >= 0"
            self.bad(kind, node, "kg:casualties", reason)
        self.evidence(kind, node, event.evidence, with_span=False)
        roles = schema.event_role_properties()
        for argument in event.arguments:
            if argument.role not in roles:
                reason = f"{argument.role!r} is not an event role ({', '.join(sorted(roles))})"
                self.bad(kind, node, "rdf:predicate", reason)
            if argument.entity_id not in self.entity_ids:
                reason = f"no entity {argument.entity_id} in the document"
                self.bad(kind, node, "rdf:object", reason)
            if not 0 <= argument.start < argument.end <= self.length:
                reason = (
                    f"argument {argument.role}: {argument.start}..{argument.end} "
                    f"is not a span of the text (0..{self.length})"
                )
                self.bad(kind, node, "kg:start/end", reason)

    def relation(self, relation: Relation) -> None:
        kind, node = "Relation", relation.id
        kinds = schema.relation_properties()
        if relation.kind not in kinds:
            reason = f"{relation.kind!r} is not a relation property ({', '.join(sorted(kinds))})"
            self.bad(kind, node, "rdf:predicate", reason)
        nodes = self.entity_ids.keys() | {e.id for e in self.doc.events}
        nodes |= {s.id for s in self.doc.statements}
        for end_name, end_id in (
            ("rdf:subject", relation.subject_id),
            ("rdf:object", relation.object_id),
        ):
            if end_id not in nodes:
                reason = f"no entity, event or statement {end_id} in the document"
                self.bad(kind, node, end_name, reason)
        if not relation.evidence:
            reason = "a relation needs at least one piece of evidence"
            self.bad(kind, node, "prov:wasDerivedFrom", reason)
        for ev in relation.evidence:
            self.evidence(kind, node, ev)
        if relation.polarity not in get_args(Polarity):
            reason = f"{relation.polarity!r} is not positive or negative"
            self.bad(kind, node, "kg:polarity", reason)
        modalities = get_args(Modality)
        if relation.modality not in modalities:
            reason = f"{relation.modality!r} is not one of {', '.join(sorted(modalities))}"
            self.bad(kind, node, "kg:modality", reason)
