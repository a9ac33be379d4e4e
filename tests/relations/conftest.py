from __future__ import annotations

import pytest

from kg.model import Document, Event
from kg.pipeline import Pipeline
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc


def node_name(doc: Document, node_id: str) -> str:
    """An entity's name, an event's class and trigger, or a statement's quote."""
    for entity in doc.entities:
        if entity.id == node_id:
            return entity.name
    for event in doc.events:
        if event.id == node_id:
            return f"{event.label}:{doc.text[event.trigger_start:event.trigger_end]}"
    for statement in doc.statements:
        if statement.id == node_id:
            return doc.text[statement.quote_start:statement.quote_end]
    return node_id


def facts(doc: Document, kind: str) -> set[tuple[str, str, str, str]]:
    """(subject, object, polarity, modality) of every relation of ``kind``, by name."""
    return {
        (node_name(doc, r.subject_id), node_name(doc, r.object_id), r.polarity, r.modality)
        for r in doc.relations if r.kind == kind
    }


def pairs(doc: Document, kind: str) -> set[tuple[str, str]]:
    return {(s, o) for s, o, _, _ in facts(doc, kind)}


STANCE = ("opposes", "supports", "criticizes", "rejects", "urges", "praises", "welcomes",
          "condemns", "warns", "threatens", "coordinatesWith")


def stances(doc: Document) -> set[tuple[str, str, str]]:
    """(kind, subject, object) of every stance relation, by name."""
    return {(kind, s, o) for kind in STANCE for s, o in pairs(doc, kind)}


def stances_of(doc: Document, kind: str) -> set[tuple[str, str]]:
    """(subject, object) of every stance relation of ``kind``, by name."""
    return {(subject, obj) for k, subject, obj in stances(doc) if k == kind}


def stance_holders(doc: Document, kind: str) -> set[str]:
    """The subject of every stance relation of ``kind``, by name."""
    return {s for k, s, _ in stances(doc) if k == kind}


def positions_of(doc: Document, person: str) -> set[str]:
    """The positions ``person`` holds (``holdsPosition``), by name."""
    return {o for s, o in pairs(doc, "holdsPosition") if s == person}


def event_args(doc: Document, label: str) -> list[set[tuple[str, str]]]:
    return [
        {(a.role, node_name(doc, a.entity_id)) for a in e.arguments}
        for e in doc.events if e.label == label
    ]


def events_of(doc: Document, label: str) -> list[Event]:
    """The document's events of class ``label``."""
    return [e for e in doc.events if e.label == label]


def trigger(doc: Document, event: Event) -> str:
    """The text of an event's trigger."""
    return doc.text[event.trigger_start:event.trigger_end]


def triggers(doc: Document, label: str) -> list[str]:
    """The trigger text of each event of class ``label``."""
    return [doc.text[e.trigger_start:e.trigger_end] for e in doc.events if e.label == label]


def all_roles(doc: Document, role: str) -> list[str]:
    """The text of every argument in ``role``, over all the document's events."""
    return [
        doc.text[argument.start:argument.end]
        for event in doc.events
        for argument in event.arguments
        if argument.role == role
    ]


def event_labels(doc: Document) -> list[str]:
    """The classes of the document's events, sorted."""
    return sorted(e.label for e in doc.events)


def role_names(doc: Document, label: str, role: str) -> list[str]:
    """The sorted names filling ``role`` in the document's events of class ``label``."""
    return sorted(name for args in event_args(doc, label) for r, name in args if r == role)


def said(doc: Document) -> set[tuple[str, str]]:
    """(speaker, quoted or reported words) of every statement, by name."""
    return {(node_name(doc, s.speaker_id), doc.text[s.quote_start:s.quote_end])
            for s in doc.statements}


def said_speakers(doc: Document) -> set[str]:
    """The speaker of every statement, by name."""
    return {speaker for speaker, _ in said(doc)}


def stated(text: str, entities: list[E]) -> set[tuple[str, str]]:
    """(speaker, words) of every ``stated`` relation kg reads in a hand-built document."""
    return pairs(extract_relations(build_doc(text, entities)), "stated")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The whole pipeline (NER and linking included), built once for a test module."""
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def pipeline_speakers(pipeline: Pipeline, text: str, doc_id: str) -> list[str]:
    """The name of each statement's speaker ("" for none) when ``pipeline`` reads ``text``."""
    doc = pipeline(Document(id=doc_id, text=text))
    names = {e.id: e.name for e in doc.entities}
    return [names.get(s.speaker_id or "", "") for s in doc.statements]
