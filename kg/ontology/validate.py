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
from kg.model import Document, Evidence, Modality, Polarity
from kg.ontology import schema

_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """Whether a document conforms, and what is wrong with it if not."""

    conforms: bool
    problems: list[str] = field(default_factory=list)
    """Violations, each naming the node and the constraint."""
    warnings: list[str] = field(default_factory=list)
    """Things worth knowing that do not stop a write (e.g. an unlinked mention)."""

    def raise_for_problems(self) -> None:
        """Raise :class:`OntologyError` listing the problems, if there are any."""
        if not self.conforms:
            raise OntologyError(
                "the document does not conform to the shapes:\n  " + "\n  ".join(self.problems)
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
        line = _describe(results, result)
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


def _describe(results: Graph, result: Node) -> str:
    focus = _short(results.value(result, SH.focusNode))
    path = _path(results, results.value(result, SH.resultPath))
    message = results.value(result, SH.resultMessage)
    value = results.value(result, SH.value)
    component = _short(results.value(result, SH.sourceConstraintComponent))
    detail = f" (value {_short(value)})" if value is not None else ""
    return f"{focus} {path}: {message or 'violates ' + component}{detail} [{component}]"


# ---------------------------------------------------------------- fast


def validate_fast(doc: Document) -> ValidationReport:
    """The constraints of the shapes, checked on the model directly."""
    problems: list[str] = []
    warnings: list[str] = []
    bad = problems.append
    length = len(doc.text)
    entity_classes = set(schema.entity_classes())
    event_classes = set(schema.event_classes())
    agent_classes = set(schema.subclasses("Agent"))
    relation_kinds = set(schema.relation_properties())
    roles = set(schema.event_role_properties())

    def confidence(what: str, value: float) -> None:
        if not 0.0 <= value <= 1.0:
            bad(f"{what} kg:confidence: {value} is outside [0, 1]")

    def span(what: str, start: int, end: int, name: str = "start/end") -> bool:
        if not 0 <= start < end <= length:
            bad(f"{what} kg:{name}: {start}..{end} is not a span of the text (0..{length})")
            return False
        return True

    if not doc.id or "/" in doc.id:
        bad(f"Document {doc.id!r}: the id must be non-empty and contain no '/'")
    sentences = {s.id: s for s in doc.sentences}
    by_index = {s.index: s for s in doc.sentences}
    for sentence in doc.sentences:
        span(f"Sentence {sentence.id}", sentence.start, sentence.end)
        if sentence.index < 0:
            bad(f"Sentence {sentence.id} kg:index: {sentence.index} < 0")

    for mention in doc.mentions:
        what = f"Mention {mention.id}"
        if span(what, mention.start, mention.end):
            printed = doc.text[mention.start : mention.end]
            if printed != mention.text:
                bad(
                    f"{what} kg:text: «{mention.text}» is not the document text at "
                    f"{mention.start}..{mention.end} «{printed}»"
                )
        if mention.label not in entity_classes:
            bad(
                f"{what} kg:mentionClass: {mention.label!r} is not an entity class "
                f"({', '.join(sorted(entity_classes))})"
            )
        confidence(what, mention.confidence)
        container = by_index.get(mention.sentence_index)
        if container is None:
            bad(f"{what} ^kg:hasMention: no sentence with index {mention.sentence_index}")
        elif not container.start <= mention.start < mention.end <= container.end:
            bad(
                f"{what}: span {mention.start}..{mention.end} is outside its sentence "
                f"{container.start}..{container.end}"
            )
        if mention.entity_id is None:
            warnings.append(f"{what} kg:refersTo: the mention is not linked to an entity")
        elif doc.entity(mention.entity_id) is None:
            bad(f"{what} kg:refersTo: no entity {mention.entity_id} in the document")

    for entity in doc.entities:
        what = f"Entity {entity.id}"
        if entity.label not in entity_classes:
            bad(
                f"{what} rdf:type: {entity.label!r} is not an entity class "
                f"({', '.join(sorted(entity_classes))})"
            )
        if not entity.name:
            bad(f"{what} kg:name: an entity has a non-empty Arabic name")
        if entity.qid is not None and not _QID.match(entity.qid):
            bad(f"{what} kg:wikidataId: {entity.qid!r} is not a QID like Q30")

    entity_ids = {e.id: e for e in doc.entities}
    node_ids = set(entity_ids) | {e.id for e in doc.events} | {s.id for s in doc.statements}

    def evidence(what: str, ev: Evidence, with_span: bool = True) -> None:
        if ev.sentence_id not in sentences:
            bad(f"{what} kg:evidencedBy: no sentence {ev.sentence_id} in the document")
        if with_span:
            span(what, ev.start, ev.end)
        confidence(what, ev.confidence)
        if not ev.extractor:
            bad(f"{what} kg:extractor: the extractor name is empty")

    for statement in doc.statements:
        what = f"Statement {statement.id}"
        speaker = entity_ids.get(statement.speaker_id)
        if speaker is None:
            bad(f"{what} ^kg:stated: no speaker entity {statement.speaker_id} in the document")
        elif speaker.label not in agent_classes:
            bad(f"{what} ^kg:stated: the speaker is a {speaker.label}, not an agent")
        if not statement.verb:
            bad(f"{what} kg:verb: the verb of saying is empty")
        span(what, statement.quote_start, statement.quote_end, "quoteStart/quoteEnd")
        evidence(what, statement.evidence)

    for event in doc.events:
        what = f"Event {event.id}"
        if event.label not in event_classes:
            bad(
                f"{what} rdf:type: {event.label!r} is not an event class "
                f"({', '.join(sorted(event_classes))})"
            )
        span(what, event.trigger_start, event.trigger_end, "triggerStart/triggerEnd")
        if event.casualties is not None and event.casualties < 0:
            bad(f"{what} kg:casualties: {event.casualties} is negative; a count is >= 0")
        evidence(what, event.evidence, with_span=False)
        for argument in event.arguments:
            if argument.role not in roles:
                bad(
                    f"{what} rdf:predicate: {argument.role!r} is not an event role "
                    f"({', '.join(sorted(roles))})"
                )
            if argument.entity_id not in entity_ids:
                bad(f"{what} rdf:object: no entity {argument.entity_id} in the document")
            span(f"{what} argument {argument.role}", argument.start, argument.end)

    polarities, modalities = set(get_args(Polarity)), set(get_args(Modality))
    for relation in doc.relations:
        what = f"Relation {relation.id}"
        if relation.kind not in relation_kinds:
            bad(
                f"{what} rdf:predicate: {relation.kind!r} is not a relation property "
                f"({', '.join(sorted(relation_kinds))})"
            )
        for end_name, end_id in (
            ("rdf:subject", relation.subject_id),
            ("rdf:object", relation.object_id),
        ):
            if end_id not in node_ids:
                bad(f"{what} {end_name}: no entity, event or statement {end_id} in the document")
        if not relation.evidence:
            bad(f"{what} prov:wasDerivedFrom: a relation needs at least one piece of evidence")
        for ev in relation.evidence:
            evidence(what, ev)
        if relation.polarity not in polarities:
            bad(f"{what} kg:polarity: {relation.polarity!r} is not positive or negative")
        if relation.modality not in modalities:
            bad(
                f"{what} kg:modality: {relation.modality!r} is not one of "
                f"{', '.join(sorted(modalities))}"
            )
    return ValidationReport(not problems, problems, warnings)
