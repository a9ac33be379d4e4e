"""A name after «مع» in the words after a reporting verb is the speaker's partner, never
the speaker (kg.relations.speakers); sentences written for the test."""

from __future__ import annotations

from kg.pipeline import Pipeline
from tests.relations.conftest import pipeline_speakers


def test_partner_after_with_is_no_speaker(pipeline: Pipeline) -> None:
    text = ("وختم الوزير زيارته أمس، وقال في لقاء عقده مع رئيس البلدية سامي الحربي في "
            "مقر البلدية: «المشاريع ستكتمل قريبا».")
    assert "سامي الحربي" not in pipeline_speakers(pipeline, text, "doc-speakers21")


def test_speaker_after_a_channel_still_read(pipeline: Pipeline) -> None:
    text = "وقال في مؤتمر صحافي رئيس البلدية سامي الحربي: «المشاريع ستكتمل قريبا»."
    assert "سامي الحربي" in pipeline_speakers(pipeline, text, "doc-speakers21")
