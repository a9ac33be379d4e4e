"""The ``relations`` pipeline stage: statements, events and relations of a document."""

from __future__ import annotations

from kg.model import Document
from kg.pipeline import Stage, register_stage
from kg.relations import attribution, events, geography, roles, stance
from kg.relations.findings import DocState
from kg.relations.index import DocIndex

_SENTENCE_EXTRACTORS = (attribution.extract_sentence, events.extract_sentence,
                        stance.extract_sentence)
"""In this order: events and stance read the statements of their sentence."""


def extract_relations(doc: Document) -> Document:
    """Run every extractor over ``doc`` and return it with the three layers filled in.

    The document is indexed once (:class:`DocIndex`). Roles come first (speakers'
    countries and titles are needed by the rest); then, sentence by sentence,
    attribution, events and stance, so that a verb without a subject can take the
    previous speaker; geography last. Each extractor returns what it found and
    reads, never changes, what the ones before it found: only this function merges
    their findings into the document's state (:class:`DocState`). Relations with
    the same id (same kind, subject, object, polarity) are merged and keep all
    their evidence.
    """
    index = DocIndex.build(doc)
    state = DocState()
    state.merge(roles.extract(index, state))
    for sentence in doc.sentences:
        words = index.sentence_words(sentence)
        if not words:
            continue
        for extract in _SENTENCE_EXTRACTORS:
            found = extract(index, state, sentence, words)
            if found is not None:  # None: the sentence has nothing for this extractor
                state.merge(found)
    state.merge(geography.extract(index, state))
    known = {entity.id for entity in doc.entities}
    new_entities = tuple(e for e in state.new_entities.values() if e.id not in known)
    return doc.with_layers(
        "entities", "statements", "events", "relations",
        entities=doc.entities + new_entities,
        statements=doc.statements + tuple(state.statements.values()),
        events=doc.events + tuple(state.events.values()),
        relations=doc.relations + tuple(state.relations.values()),
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
