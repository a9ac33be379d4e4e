"""The ``relations`` pipeline stage: statements, events and relations of a document."""

from __future__ import annotations

from kg.model import Document
from kg.pipeline import Stage, register_stage
from kg.relations import attribution, events, geography, roles, stance
from kg.relations.context import DocContext


def extract_relations(doc: Document) -> Document:
    """Run every extractor over ``doc`` and return it with the three layers filled in.

    Roles come first (speakers' countries and titles are needed by the rest);
    then, sentence by sentence, attribution, events and stance, so that a
    verb without a subject can take the previous speaker; geography last.
    Relations with the same id (same kind, subject, object, polarity) are
    merged and keep all their evidence.
    """
    context = DocContext.build(doc)
    roles.extract(context)
    state = events.EventState()
    for sentence in doc.sentences:
        words = context.sentence_words(sentence)
        if not words:
            continue
        attribution.extract_sentence(context, sentence, words)
        events.extract_sentence(context, sentence, words, state)
        stance.extract_sentence(context, sentence, words, state)
    geography.extract(context)
    known = {entity.id for entity in doc.entities}
    new_entities = tuple(e for e in context.new_entities.values() if e.id not in known)
    return doc.with_layers(
        "entities", "statements", "events", "relations",
        entities=doc.entities + new_entities,
        statements=doc.statements + tuple(context.statements.values()),
        events=doc.events + tuple(state.events.values()),
        relations=doc.relations + tuple(context.relations.values()),
    )


@register_stage("relations")
class RelationStage(Stage):
    """Attribution, stance, roles, events and geography from lexicons and patterns.

    Reads the sentences, the document's word view (``words``, from the ``tokens``
    stage) and the linked mentions and entities; adds the entities it names itself
    (a country read from a nisba adjective, a position) to ``entities``.
    """

    requires = frozenset({"sentences", "words", "mentions", "entities"})
    provides = frozenset({"entities", "statements", "events", "relations"})

    def __call__(self, doc: Document) -> Document:
        return extract_relations(doc)
