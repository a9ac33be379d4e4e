"""A name after «مع» in the words after a reporting verb is the speaker's partner, never
the speaker (kg.relations.speakers); sentences written for the test."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _speakers(pipeline: Pipeline, text: str) -> list[str]:
    doc = pipeline(Document(id="doc-speakers21", text=text))
    names = {e.id: e.name for e in doc.entities}
    return [names.get(s.speaker_id or "", "") for s in doc.statements]


def test_partner_after_with_is_no_speaker(pipeline: Pipeline) -> None:
    text = ("وختم الوزير زيارته أمس، وقال في لقاء عقده مع رئيس البلدية سامي الحربي في "
            "مقر البلدية: «المشاريع ستكتمل قريبا».")
    assert "سامي الحربي" not in _speakers(pipeline, text)


def test_speaker_after_a_channel_still_read(pipeline: Pipeline) -> None:
    text = "وقال في مؤتمر صحافي رئيس البلدية سامي الحربي: «المشاريع ستكتمل قريبا»."
    assert "سامي الحربي" in _speakers(pipeline, text)
