"""What the NER tests share: the recognisers' pipeline and the names of the bodies it found."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """Every recogniser of the default pipeline, up to the field reader of bodies.

    A test module that needs a smaller pipeline defines its own ``pipeline``.
    """
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies"])


def body_names(doc: Document) -> list[str]:
    """The text of every mention the field reader of bodies (``ner.bodies``) added."""
    return [m.text for m in doc.mentions if m.extractor == "ner.bodies"]


def person_names(pipeline: Pipeline, text: str) -> list[str]:
    """The text of every Person mention ``pipeline`` finds in ``text``."""
    doc = pipeline(Document(id="t", text=text))
    return [m.text for m in doc.mentions if m.label == "Person"]
