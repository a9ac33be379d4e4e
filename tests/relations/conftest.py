from __future__ import annotations

from kg.model import Document


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


def event_args(doc: Document, label: str) -> list[set[tuple[str, str]]]:
    return [
        {(a.role, node_name(doc, a.entity_id)) for a in e.arguments}
        for e in doc.events if e.label == label
    ]


def role_names(doc: Document, label: str, role: str) -> list[str]:
    """The sorted names filling ``role`` in the document's events of class ``label``."""
    return sorted(name for args in event_args(doc, label) for r, name in args if r == role)


def said(doc: Document) -> set[tuple[str, str]]:
    """(speaker, quoted or reported words) of every statement, by name."""
    return {(node_name(doc, s.speaker_id), doc.text[s.quote_start:s.quote_end])
            for s in doc.statements}
