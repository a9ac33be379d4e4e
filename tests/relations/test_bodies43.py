"""Body names, session 43 (helper sp43); sentences written for the test.

A body's field joined by «و» to a verbal noun of a derived form or a plural field is part
of its name («وزارة الثقافة والإعلام», «لجنة القبول والتسجيل»: :mod:`kg.ner.conjoined_fields`,
:mod:`kg.relations.body_conjoined_fields`); «والجهات المعنية», «والمواطنون» are other
parties.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.conjoined_fields import conjoined_field
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _speakers(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline(Document(id="bodies43", text=text))
    names = {e.id: e.name for e in doc.entities}
    return {names.get(s.speaker_id, s.speaker_id) for s in doc.statements}


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقالت وزارة الزراعة والاستثمار إن المحصول وفير هذا العام.", "وزارة الزراعة والاستثمار"),
    ("وأوضحت لجنة التنظيم والإشراف العليا أن السباق يبدأ مساء.",
     "لجنة التنظيم والإشراف العليا"),
    ("وذكرت إدارة التخطيط والتطوير في البلدية أن الطريق يفتتح قريبا.",
     "إدارة التخطيط والتطوير"),
])
def test_field_joined_by_waw_is_in_the_name(pipeline: Pipeline, text: str, speaker: str) -> None:
    assert _speakers(pipeline, text) == {speaker}


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقالت وزارة الزراعة والجهات المعنية إن المحصول وفير.", "وزارة الزراعة"),
    ("وأوضحت لجنة التنظيم والمتطوعون أن السباق يبدأ مساء.", "لجنة التنظيم"),
])
def test_other_party_after_waw_is_not_in_the_name(pipeline: Pipeline, text: str,
                                                  speaker: str) -> None:
    assert _speakers(pipeline, text) == {speaker}


@pytest.mark.parametrize(("word", "joined"), [
    ("والتسجيل", True), ("والاشراف", True), ("والانتخاب", True), ("والاستثمار", True),
    ("والتعاون", True), ("والمتابعه", True), ("والاوقاف", True),
    ("والجهات", False), ("والمواطنين", False), ("التسجيل", False), ("والصحه", False),
])
def test_conjoined_field_shapes(word: str, joined: bool) -> None:
    assert conjoined_field(word) is joined
