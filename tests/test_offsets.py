"""Offsets are sacred: every annotation of every shared article is its own text.

For the seed article and the six SaudiNewsNet articles, the whole default
pipeline runs and ``text[start:end]`` is checked against the surface of every
sentence, token, mention, statement quote, event trigger and evidence span.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import default_pipeline
from kg.io import Article, read_articles
from kg.model import Document, Evidence

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news"
PATHS = sorted(NEWS.glob("*/*.txt")) if NEWS.exists() else []


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    if not PATHS:
        pytest.skip("../shared/data is absent")
    pipeline = default_pipeline()
    docs = {}
    for item in read_articles(PATHS):
        assert isinstance(item, Article), item
        docs[Path(item.meta.origin).name] = pipeline(item.to_document())
    return docs


@pytest.mark.parametrize("name", [path.name for path in PATHS])
def test_every_span_is_its_surface(documents: dict[str, Document], name: str) -> None:
    doc = documents[name]
    text = doc.text
    assert doc.sentences and doc.tokens and doc.mentions and doc.entities
    for sentence in doc.sentences:
        surface = text[sentence.start : sentence.end]
        assert surface == surface.strip() and surface
    for token in doc.tokens:
        assert token.start <= token.stem_start <= token.stem_end <= token.end
        assert text[token.start : token.end].strip() == text[token.start : token.end]
    for mention in doc.mentions:
        assert text[mention.start : mention.end] == mention.text
        sentence = doc.sentences[mention.sentence_index]
        assert sentence.start <= mention.start < mention.end <= sentence.end

    def within_sentence(evidence: Evidence) -> None:
        sentence = next(s for s in doc.sentences if s.id == evidence.sentence_id)
        assert sentence.start <= evidence.start <= evidence.end <= sentence.end
        if evidence.trigger_start is not None and evidence.trigger_end is not None:
            assert 0 <= evidence.trigger_start < evidence.trigger_end <= len(text)

    for statement in doc.statements:
        assert 0 <= statement.quote_start < statement.quote_end <= len(text)
        within_sentence(statement.evidence)
    for event in doc.events:
        trigger = text[event.trigger_start : event.trigger_end]
        assert trigger and trigger == trigger.strip()
        within_sentence(event.evidence)
        for argument in event.arguments:
            assert 0 <= argument.start < argument.end <= len(text)
    for relation in doc.relations:
        assert relation.evidence
        for evidence in relation.evidence:
            within_sentence(evidence)
