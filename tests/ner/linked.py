"""Names found by the gazetteer and linked, on a text: the helpers of the actor tests."""

from __future__ import annotations

from kg.gazetteer.extractors import EXTRACTOR
from kg.gazetteer.index import default_gazetteer
from kg.link.stages import LinkStage
from kg.model import Document
from kg.ner.gazetteer import GazetteerNERStage
from kg.pipeline import Pipeline
from kg.text.stages import SentenceStage, TokenStage


def gazetteer_pipeline() -> Pipeline:
    """Sentences, tokens, the gazetteer's names and the linker."""
    gazetteer = default_gazetteer()
    return Pipeline([SentenceStage(), TokenStage(), GazetteerNERStage(gazetteer),
                     LinkStage(gazetteer)])


def full_pipeline() -> Pipeline:
    """The pipeline up to the linker, with the bundled tagger and the state bodies."""
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link"])


def actors(pipeline: Pipeline, text: str) -> dict[str, str]:
    """Entity name -> label of the document's bodies and persons."""
    doc = pipeline(Document(id="doc-actors", text=text))
    return {e.name: e.label for e in doc.entities
            if e.label in ("GovernmentBody", "Person", "Organization")}


def named(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str]]:
    """Gazetteer mention text -> (entity label, entity name) in ``text``."""
    doc = pipeline(Document(id="doc-named", text=text))
    entities = {entity.id: entity for entity in doc.entities}
    return {
        m.text: (entities[m.entity_id].label, entities[m.entity_id].name)
        for m in doc.mentions
        if m.extractor == EXTRACTOR and m.entity_id in entities
    }
