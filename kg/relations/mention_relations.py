"""A relation between two mentions of one sentence, with the sentence as its evidence.

The geography and membership rules (``geography``, ``body_members``, ``club_possessive``)
each read a pair of names and write one fact between their entities; they write it here,
never between an entity and itself.
"""

from __future__ import annotations

from kg.ids import relation_id
from kg.model import Mention, Relation, Sentence
from kg.ontology.namespace import RelationKind
from kg.relations.context import Extraction
from kg.relations.rules import Rule


def mention_relation(context: Extraction, sentence: Sentence, kind: RelationKind,
                     subject: Mention, obj: Mention, rule: Rule, confidence: float) -> None:
    """A ``kind`` relation from ``subject``'s entity to ``obj``'s, found by ``rule``."""
    assert subject.entity_id is not None and obj.entity_id is not None
    if subject.entity_id == obj.entity_id:
        return
    evidence = context.evidence(sentence, [(subject.start, subject.end), (obj.start, obj.end)],
                                rule, confidence)
    context.add_relation(Relation(
        id=relation_id(kind, subject.entity_id, obj.entity_id, "positive"), kind=kind,
        subject_id=subject.entity_id, object_id=obj.entity_id, evidence=(evidence,),
    ))
